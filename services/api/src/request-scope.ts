import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestContext } from './context';
import { createLoaders } from './loaders';
import type { TokenService } from './modules/org/token.service';
import { beginSessionScope } from './scope-session';
import { unauthenticated } from './common/errors';
import type { RateLimiter } from './common/rate-limit';
import type { LinkHolder, UrlSigner } from './common/signed-url';

/** The bearer token; null when none is given (an empty "Bearer " from GraphiQL's template counts as none). */
export function bearer(header: string | undefined): string | null {
  if (!header || /^\s*(Bearer\s*)?$/i.test(header)) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1] : ''; // present but not a bearer token: refused as UNAUTHENTICATED
}

/** Whether the request names a caller by header (a malformed one counts: it is refused later). */
export function hasBearer(req: Request): boolean {
  return bearer(req.header('authorization')) !== null;
}

/** What opening a request needs, each named (the composition root, server.ts, passes them). */
export interface ScopeDeps {
  orm: MikroORM;
  /** Checks bearer tokens. */
  tokens: Pick<TokenService, 'verify'>;
  /** Checks signed download links. */
  links: Pick<UrlSigner, 'verify'>;
  limiter: RateLimiter;
  /** Requests without a token, per client address (sign-in included). */
  anonymousLimiter?: RateLimiter;
}

/**
 * Who the request says it is: the bearer token, or — for downloads only (`signedLinks`), when no
 * header is sent — a signed link (common/signed-url.ts), checked before anything is read.
 */
async function requestClaims(deps: ScopeDeps, req: Request, signedLinks: boolean): Promise<LinkHolder | null> {
  const token = bearer(req.header('authorization'));
  if (token !== null) {
    const claims = await deps.tokens.verify(token);
    if (!claims) throw unauthenticated('令牌无效或已过期，请重新登录');
    return claims;
  }
  if (!signedLinks || (req.method !== 'GET' && req.method !== 'HEAD')) return null;
  const check = deps.links.verify(req.originalUrl);
  if (check.kind === 'refused') {
    throw new GraphQLError(check.message, { extensions: { code: check.code, http: { status: check.status } } });
  }
  return check.kind === 'valid' ? check.holder : null;
}

/**
 * The start of every request, GraphQL or upload: token checked, a transaction begun on a fresh
 * EntityManager, the live session's principal loaded and the row-level security scope set in it
 * (one round trip for the three).
 * A revoked session (logout) ends its token and its signed links alike.
 * The caller ends the transaction (commit or rollback).
 */
export async function openRequestContext(
  deps: ScopeDeps,
  req: Request,
  res: Response,
  opts: { signedLinks?: boolean } = {},
): Promise<RequestContext> {
  const headerId = req.header('x-request-id');
  const requestId = headerId && /^[\w.-]{1,64}$/.test(headerId) ? headerId : randomUUID();
  res.setHeader('x-request-id', requestId);
  const claims = await requestClaims(deps, req, opts.signedLinks === true);
  const clientIp = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  if (claims) deps.limiter.take(claims.userId);
  else deps.anonymousLimiter?.take(`ip:${clientIp}`);
  const em = deps.orm.em.fork({ clear: true, useContext: false });
  // BEGIN, the session's principal and the scope settings: one round trip.
  const principal = claims ? await beginSessionScope(em, claims.sessionId) : null;
  if (!claims) await em.begin();
  res.locals.em = em;
  try {
    if (claims && (!principal || principal.userId !== claims.userId)) {
      throw unauthenticated('会话已注销或已过期，请重新登录');
    }
    const userAgent = req.header('user-agent') ?? null;
    return {
      requestId,
      em,
      principal,
      loaders: createLoaders(em),
      clientIp,
      userAgent,
      auditEntries: 0,
    };
  } catch (err) {
    await em.rollback();
    throw err;
  }
}
