import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { RequestContext } from './context';
import { createLoaders } from './loaders';
import type { TokenService } from './modules/org/token.service';
import { beginSessionScope } from './scope-session';
import { unauthenticated } from './common/errors';
import { beginOrmTransaction } from './common/request-transaction';
import { addressKey, type RateLimiter } from './common/rate-limit';
import type { LinkHolder, UrlSigner } from './common/signed-url';
import {
  readSessionCookie,
  refuseCrossSiteWrite,
  sessionCookieJar,
  type SessionCookieJar,
} from './common/session-cookie';

/** The bearer token; null when none is given (an empty "Bearer " from GraphiQL's template counts as none). */
export function bearer(header: string | undefined): string | null {
  if (!header || /^\s*(Bearer\s*)?$/i.test(header)) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1] : ''; // present but not a bearer token: refused as UNAUTHENTICATED
}

/** Whether the request names a caller: by header or the web's session cookie (a malformed header counts: refused later). */
export function namesCaller(req: Request): boolean {
  return bearer(req.header('authorization')) !== null || readSessionCookie(req) !== null;
}

/** What opening a request needs, each named (the composition root, server.ts, passes them). */
export interface ScopeDeps {
  orm: MikroORM;
  /** Checks bearer and cookie tokens; signs the cookie's renewed token. */
  tokens: Pick<TokenService, 'verify' | 'check' | 'sign' | 'ttlSeconds'>;
  /** Checks signed download links. */
  links: Pick<UrlSigner, 'verify'>;
  limiter: RateLimiter;
  /** Requests without a token, per client address (sign-in included). */
  anonymousLimiter?: RateLimiter;
}

/** Who the request says it is, and how: the cookie's token carries its `exp` for renewal. */
type Credential = { holder: LinkHolder; via: 'header' | 'link' } | { holder: LinkHolder; via: 'cookie'; exp: number };

/**
 * Who the request says it is: the bearer token; else the session cookie (web workbench); else — for
 * downloads only (`signedLinks`), GET — a signed link (common/signed-url.ts). Checked before anything
 * is read. A cookie whose token lapsed is cleared and the request goes on without a caller (so the
 * sign-in page still works); a cookie's write from another site is refused.
 */
async function requestCredential(
  deps: ScopeDeps,
  req: Request,
  jar: SessionCookieJar,
  signedLinks: boolean,
): Promise<Credential | null> {
  const token = bearer(req.header('authorization'));
  if (token !== null) {
    const claims = await deps.tokens.verify(token);
    if (!claims) throw unauthenticated('令牌无效或已过期，请重新登录');
    return { holder: claims, via: 'header' };
  }
  const cookieToken = readSessionCookie(req);
  if (cookieToken !== null) {
    const checked = await deps.tokens.check(cookieToken);
    if (checked) {
      refuseCrossSiteWrite(req);
      return { holder: checked.claims, via: 'cookie', exp: checked.exp };
    }
    jar.clear();
  }
  if (!signedLinks || (req.method !== 'GET' && req.method !== 'HEAD')) return null;
  const check = deps.links.verify(req.originalUrl);
  if (check.kind === 'refused') {
    throw new GraphQLError(check.message, { extensions: { code: check.code, http: { status: check.status } } });
  }
  return check.kind === 'valid' ? { holder: check.holder, via: 'link' } : null;
}

/**
 * The cookie's token renewed once past half its life, so a working day passes without signing in
 * again while the browser is used; the session row's own expiry and revocation, checked in the
 * database on every request, still end it.
 */
async function renewCookie(deps: ScopeDeps, credential: Credential, jar: SessionCookieJar): Promise<void> {
  if (credential.via !== 'cookie') return;
  const ttl = deps.tokens.ttlSeconds;
  if (credential.exp - Date.now() / 1000 > ttl / 2) return;
  const { userId, sessionId } = credential.holder;
  const { token } = await deps.tokens.sign({ userId, sessionId });
  jar.set(token, ttl);
}

/**
 * BEGIN, the session's principal and the scope settings: one round trip. A cookie of a session that
 * was revoked or has ended is cleared and the request goes on without a caller; a header's is refused.
 */
async function beginScope(em: EntityManager, credential: Credential | null, jar: SessionCookieJar) {
  if (!credential) {
    await beginOrmTransaction(em);
    return { principal: null, credential };
  }
  const principal = await beginSessionScope(em, credential.holder.sessionId);
  if (principal && principal.userId === credential.holder.userId) return { principal, credential };
  if (credential.via === 'cookie') {
    await em.rollback();
    jar.clear();
    await beginOrmTransaction(em);
    return { principal: null, credential: null };
  }
  await em.rollback();
  throw unauthenticated('会话已注销或已过期，请重新登录');
}

/**
 * The start of every request, GraphQL or upload: token checked, a transaction begun on a fresh
 * EntityManager, the live session's principal loaded and the row-level security scope set in it
 * (one round trip for the three).
 * A revoked session (logout) ends its token, its cookie and its signed links alike.
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
  const jar = sessionCookieJar(req, res);
  const claimed = await requestCredential(deps, req, jar, opts.signedLinks === true);
  const clientIp = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  if (claimed) deps.limiter.take(claimed.holder.userId);
  else deps.anonymousLimiter?.take(`ip:${addressKey(clientIp)}`);
  const em = deps.orm.em.fork({ clear: true, useContext: false });
  const { principal, credential } = await beginScope(em, claimed, jar);
  res.locals.em = em;
  try {
    if (credential) await renewCookie(deps, credential, jar);
    return {
      requestId,
      em,
      principal,
      loaders: createLoaders(em),
      clientIp,
      userAgent: req.header('user-agent') ?? null,
      auditEntries: 0,
      sessionCookie: jar,
    };
  } catch (err) {
    await em.rollback();
    throw err;
  }
}
