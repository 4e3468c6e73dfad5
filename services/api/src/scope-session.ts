import type { EntityManager } from '@mikro-orm/postgresql';
import { LRUCache } from 'lru-cache';
import { SCOPE_FILTER } from '@dsr/db';
import type { Principal } from './context';
import {
  beginOrmTransactionWithPrincipal,
  jobPrincipal,
  sessionPrincipal,
  setScopeSettings,
  type PrincipalRow,
} from './common/session.queries';

/** The scope filter's parameters: the bureaus a principal's reads are limited to. */
interface ScopeParams {
  readonly bureauIds: readonly string[];
  readonly readableBureauIds: readonly string[];
}

/** The last scope parameters of each session (or job), handed out again while its bureaus stay the same. */
const scopes = new LRUCache<string, ScopeParams>({ max: 10_000 });

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * The scope filter's parameters for this session: the same (frozen) object as on its previous
 * request while the database gives the same bureaus, so that what the ORM works out from them —
 * each entity's filter condition (common/filtered-read.ts) — is worked out once, not per request.
 * Bureaus that changed give a new object, and with it everything anew.
 */
function scopeParams(sessionId: string, bureauIds: string[], readableBureauIds: string[]): ScopeParams {
  const known = scopes.get(sessionId);
  if (known && sameIds(known.bureauIds, bureauIds) && sameIds(known.readableBureauIds, readableBureauIds)) return known;
  const params = Object.freeze({
    bureauIds: Object.freeze([...bureauIds]),
    readableBureauIds: Object.freeze([...readableBureauIds]),
  });
  scopes.set(sessionId, params);
  return params;
}

/** The principal a session row names, and the ORM scope filter set to it on `em`. */
function enterPrincipal(em: EntityManager, row: PrincipalRow, sessionId: string): Principal {
  const principal: Principal = {
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    roles: row.roles,
    departmentId: row.department_id,
    bureauId: row.bureau_id,
    tenantId: row.tenant_id,
    scopePath: row.scope_path,
    sessionId,
    bureauIds: row.bureau_ids ?? [],
    readableBureauIds: row.readable_bureau_ids ?? [],
  };
  em.setFilterParams(SCOPE_FILTER, scopeParams(sessionId, principal.bureauIds, principal.readableBureauIds));
  return principal;
}

/**
 * One round trip at the start of the request transaction: the live session's principal, and the
 * scope settings row-level security reads (local to this transaction, gone when it ends).
 * Returns null when the session is revoked or expired or the user deactivated.
 */
export async function enterSessionScope(em: EntityManager, sessionId: string): Promise<Principal | null> {
  const row = await sessionPrincipal(em, sessionId);
  return row ? enterPrincipal(em, row, sessionId) : null;
}

/**
 * enterSessionScope with the transaction's BEGIN in the same round trip (the start of a request).
 * The transaction is begun even when the answer is null (no live session): the caller ends it.
 */
export async function beginSessionScope(em: EntityManager, sessionId: string): Promise<Principal | null> {
  const row = await beginOrmTransactionWithPrincipal(em, sessionId);
  return row ? enterPrincipal(em, row, sessionId) : null;
}

/** Sets the row-level security scope for a principal known otherwise (sign-in). */
export async function setScope(
  em: EntityManager,
  scope: { scopePath: string; bureauId: string; tenantId: string },
): Promise<void> {
  await setScopeSettings(em, scope);
}

/**
 * The same for a background job: its starter's principal and scope, as a request of theirs would
 * have them now (the job's id stands for the session). Null: the starter is deactivated or moved.
 */
export async function enterJobScope(em: EntityManager, jobId: string): Promise<Principal | null> {
  const row = await jobPrincipal(em, jobId);
  return row ? enterPrincipal(em, row, jobId) : null;
}
