import type { NextFunction, Request, Response } from 'express';

/**
 * Headers on every answer of the process (API, REST files, GraphiQL, the workbench's files): no type sniffing
 * (a JSON error or an uploaded file is never run as a page or a script), no framing by another site
 * (clickjacking; SAMEORIGIN, not DENY: a browser's PDF viewer may show a printed form in a frame of its own),
 * and no address of ours in the Referer sent elsewhere (signed links carry their signature in the query).
 * The workbench's page adds its Content-Security-Policy (web-app.ts).
 */
export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'SAMEORIGIN');
  res.setHeader('Referrer-Policy', 'same-origin');
  next();
}
