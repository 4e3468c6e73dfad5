import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

/** The built workbench (services/web, `vite build`): beside this service, from src/ (tests) and dist/ alike. */
export const WEB_DIST = path.resolve(__dirname, '../../web/dist');

/**
 * The page's policy: everything from this origin (fonts included, nothing from outside: closed bureau
 * networks); Ant Design writes its styles at run time, hence inline styles.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The page's own headers, wherever it is answered from (a client route, or /index.html by name). */
function setPageHeaders(res: Response): void {
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
}

/** Vite's hashed files: a new build makes new names, so they may be kept for a year. */
function setAssetHeaders(res: Response, file: string): void {
  if (path.extname(file) === '.html') {
    setPageHeaders(res); // /index.html asked by name: the page, with its policy (framed by no one)
    return;
  }
  const hashed = file.includes(`${path.sep}assets${path.sep}`);
  res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/** A browser navigating to a client route (no file extension): the app's page answers it. */
function isPageRequest(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (path.posix.extname(req.path) !== '') return false;
  return req.accepts(['html', 'json']) === 'html';
}

/**
 * The workbench at / from the API process (same origin: the session cookie needs no CORS). Mounted after
 * /graphql and the REST routes, so those keep their paths; any other page address gets index.html
 * (client routes), revalidated on each visit so a new build is picked up at once.
 * Returns false when the web app was not built (the API alone still serves).
 */
export function mountWebApp(app: Express, dist: string = WEB_DIST): boolean {
  const indexFile = path.join(dist, 'index.html');
  if (!fs.existsSync(indexFile)) return false;
  app.use(express.static(dist, { index: false, redirect: false, setHeaders: setAssetHeaders }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isPageRequest(req)) {
      next();
      return;
    }
    setPageHeaders(res);
    res.sendFile(indexFile);
  });
  return true;
}
