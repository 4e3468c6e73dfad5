import express, { type Request } from 'express';

/** The largest spreadsheet upload taken as a raw request body. */
const MAX_UPLOAD = '64mb';

/** Uploads take the file as the raw request body, whatever its declared type. */
export const rawUpload = express.raw({ type: () => true, limit: MAX_UPLOAD });

/** How long the rest of a refused upload is read and thrown away before the connection is cut. */
const DISCARD_MS = 30_000;

/**
 * After an upload is refused, the client may still be sending. The rest of the body is read and
 * dropped (no memory, no disk) so that the client, which reads its answer once it has sent, gets the
 * refusal rather than a reset connection — for DISCARD_MS at most, then the connection is closed.
 */
export function discardBody(req: Request): void {
  if (req.readableEnded || req.destroyed) return;
  req.unpipe();
  req.resume();
  const timer = setTimeout(() => req.socket.destroy(), DISCARD_MS).unref();
  req.once('end', () => clearTimeout(timer)).once('close', () => clearTimeout(timer));
}
