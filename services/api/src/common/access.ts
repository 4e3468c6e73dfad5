import { ROLE_LABELS, holdsAnyRole, type Role } from '@dsr/domain';
import type { Principal } from '../context';
import { forbidden, notFound } from './errors';

/**
 * A module's permission table: for each action, the roles that may take it. The same table feeds
 * the shield rules of its GraphQL fields and the checks of its REST routes, so the two never drift.
 */
export type PermissionTable<A extends string> = Readonly<Record<A, readonly Role[]>>;

/** The refusal for a principal without any of `allowed` (names the roles, in Chinese). */
export function missingRole(allowed: readonly Role[]) {
  return forbidden(`需要以下角色之一：${allowed.map((r) => ROLE_LABELS[r]).join('、')}`);
}

/** Default deny: the principal holds one of the roles the table gives `action`, or FORBIDDEN. */
export function requireRole<A extends string>(p: Principal, table: PermissionTable<A>, action: A): void {
  if (!holdsAnyRole(p.roles, table[action])) throw missingRole(table[action]);
}

/**
 * Every asked id is among those a batched access query allowed, or NOT_FOUND: a denial never says
 * whether the object exists (immich's requireAccess).
 */
export function requireAllowedIds(asked: readonly string[], allowed: ReadonlySet<string>, what: string): void {
  for (const id of asked) if (!allowed.has(id)) throw notFound(what);
}
