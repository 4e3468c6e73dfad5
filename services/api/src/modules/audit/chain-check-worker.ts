import { parentPort } from 'node:worker_threads';
import type { ChainCheckAnswer, ChainCheckRequest } from './chain-check-thread';
import { ChainStreamCheck } from './chain-stream';
import type { CopyDataHandler } from './copy-out';

/**
 * The worker thread of chain-check-thread.ts: the walk's COPY bytes in, in order; per COPY whether
 * it was complete and whether the walk stops; at the end the check's state. It imports only the
 * byte code of the walk (no database, no ORM), so it starts in a few tens of milliseconds.
 */
if (!parentPort) throw new Error('chain-check-worker runs as a worker thread');
const port = parentPort;
let check: ChainStreamCheck | null = null;
let onData: CopyDataHandler | null = null;
/** The first error of the current COPY's bytes (the COPY is read to its end, as on the main thread). */
let failure: string | undefined;

const answer = (message: ChainCheckAnswer) => port.postMessage(message);

port.on('message', (request: ChainCheckRequest) => {
  if ('begin' in request) {
    const { tenantId, start, watch } = request.begin;
    check = new ChainStreamCheck(tenantId, start, new Set(watch));
  } else if (!check) {
    throw new Error('chain-check-worker: no begin');
  } else if ('copy' in request) {
    onData = check.nextCopy();
    failure = undefined;
  } else if ('bytes' in request) {
    const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
    if (failure === undefined && onData) {
      try {
        onData(bytes, 0, bytes.length);
      } catch (error) {
        failure = (error as Error).message;
      }
    }
    answer({ recycled: request.bytes.buffer as SharedArrayBuffer });
  } else if ('copyEnd' in request) {
    const stop = !!check.firstBreak || check.halted;
    answer({ copyEnd: { complete: check.copyComplete(), stop, ...(failure === undefined ? {} : { error: failure }) } });
  } else {
    answer({ state: check.state() });
    port.close();
  }
});
