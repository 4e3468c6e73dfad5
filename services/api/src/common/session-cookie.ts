import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';

/**
 * The web workbench's session: the access token in an httpOnly, SameSite=Strict cookie, so no script
 * (nor an injected one) can read it and no other site can send it. Bearer clients are unchanged: an
 * Authorization header, when sent, wins over the cookie.
 */
export const SESSION_COOKIE = 'dsr_session';

/** The cookie's token, or null when there is none. */
export function readSessionCookie(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return value && /^[\w.-]+$/.test(value) ? value : null; // a JWT's alphabet; anything else is not ours
    }
  }
  return null;
}

/** What a resolver may do with the caller's cookie (sign-in sets it, sign-out clears it). */
export interface SessionCookieJar {
  set(token: string, lifetimeSeconds: number): void;
  clear(): void;
}

/** The jar of one request: Secure when the request came over https (behind DSR_TRUST_PROXY, as the proxy says). */
export function sessionCookieJar(req: Request, res: Response): SessionCookieJar {
  const options = { httpOnly: true, sameSite: 'strict', path: '/', secure: req.secure } as const;
  return {
    set(token, lifetimeSeconds) {
      res.cookie(SESSION_COOKIE, token, { ...options, maxAge: lifetimeSeconds * 1000 });
    },
    clear() {
      res.clearCookie(SESSION_COOKIE, options);
    },
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A request that changes state with the cookie as its credential must come from our own pages: the
 * browser's Sec-Fetch-Site says so, or (older browsers) its Origin is this server's. SameSite=Strict
 * already keeps the cookie off other sites' requests; this is the second lock (REST uploads have no
 * CSRF check of their own, GraphQL keeps Apollo's as well).
 */
export function refuseCrossSiteWrite(req: Request): void {
  if (SAFE_METHODS.has(req.method)) return;
  const site = req.header('sec-fetch-site');
  const origin = req.header('origin');
  const sameOrigin = site ? site === 'same-origin' : origin === `${req.protocol}://${req.get('host') ?? ''}`;
  if (!sameOrigin) {
    throw new GraphQLError('跨站请求已拒绝：请在本系统页面中操作', {
      extensions: { code: 'CROSS_SITE_REQUEST', http: { status: 403 } },
    });
  }
}
