import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { RequestContext } from './context';
import { createLoaders } from './loaders';
import type { Services } from './services';
import { enterSessionScope } from './scope-session';
import { unauthenticated } from './common/errors';
import type { RateLimiter } from './common/rate-limit';

/** The bearer token; null when none is given (an empty "Bearer " from GraphiQL's template counts as none). */
export function bearer(header: string | undefined): string | null {
  if (!header || /^\s*(Bearer\s*)?$/i.test(header)) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1]! : ''; // present but not a bearer token: refused as UNAUTHENTICATED
}

export interface ScopeDeps {
  orm: MikroORM;
  services: Services;
  limiter: RateLimiter;
  /** Requests without a token, per client address (sign-in included). */
  anonymousLimiter?: RateLimiter;
}

/**
 * The start of every request, GraphQL or upload: token checked, a transaction begun on a fresh
 * EntityManager, the live session's principal loaded and the row-level security scope set in it.
 * The caller ends the transaction (commit or rollback).
 */
export async function openRequestContext(deps: ScopeDeps, req: Request, res: Response): Promise<RequestContext> {
  const headerId = req.header('x-request-id');
  const requestId = headerId && /^[\w.-]{1,64}$/.test(headerId) ? headerId : randomUUID();
  res.setHeader('x-request-id', requestId);
  const token = bearer(req.header('authorization'));
  const claims = token ? await deps.services.tokens.verify(token) : null;
  if (token !== null && !claims) throw unauthenticated('令牌无效或已过期，请重新登录');
  const clientIp = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  if (claims) deps.limiter.take(claims.userId);
  else deps.anonymousLimiter?.take(`ip:${clientIp}`);
  const em = deps.orm.em.fork({ clear: true, useContext: false }) as EntityManager;
  await em.begin();
  res.locals.em = em;
  try {
    const principal = claims ? await enterSessionScope(em, claims.sessionId) : null;
    if (claims && (!principal || principal.userId !== claims.userId)) throw unauthenticated('会话已注销或已过期，请重新登录');
    return {
      requestId, em, principal, loaders: createLoaders(em), services: deps.services,
      clientIp, userAgent: req.header('user-agent') ?? null, auditEntries: 0,
    };
  } catch (err) {
    await em.rollback();
    throw err;
  }
}
