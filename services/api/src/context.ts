import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@dsr/domain';
import type { Loaders } from './loaders';
import type { SessionCookieJar } from './common/session-cookie';

/** Who is calling, as the database says now (not as the token said when it was issued). */
export interface Principal {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  departmentId: string;
  bureauId: string;
  tenantId: string;
  scopePath: string;
  sessionId: string;
  /** The user's bureau and every bureau below it. */
  bureauIds: string[];
  /** bureauIds and the ancestors. */
  readableBureauIds: string[];
}

export interface RequestContext {
  requestId: string;
  em: EntityManager;
  principal: Principal | null;
  loaders: Loaders;
  clientIp: string;
  userAgent: string | null;
  /** Audit entries written by this request; a mutation that writes none is refused. */
  auditEntries: number;
  /** The web session's cookie (HTTP requests only): sign-in sets it, sign-out clears it. */
  sessionCookie?: SessionCookieJar;
  /** Work that may start once the request's transaction has committed (afterCommit); dropped on rollback. */
  committed?: (() => void)[];
}

/**
 * Runs `fn` after the GraphQL request's transaction commits (never if it rolls back): work in the
 * background that must see what was written. Outside a GraphQL request (jobs, REST) it is dropped.
 */
export function afterCommit(ctx: RequestContext, fn: () => void): void {
  (ctx.committed ??= []).push(fn);
}

export function hasRole(ctx: RequestContext, ...roles: Role[]): boolean {
  return !!ctx.principal && ctx.principal.roles.some((r) => roles.includes(r));
}
