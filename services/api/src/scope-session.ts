import type { EntityManager } from '@mikro-orm/postgresql';
import { SCOPE_FILTER } from '@dsr/db';
import type { Role } from '@dsr/domain';
import type { Principal } from './context';

interface PrincipalRow {
  user_id: string; username: string; display_name: string; roles: Role[]; department_id: string;
  bureau_id: string; tenant_id: string; scope_path: string; bureau_ids: string[]; readable_bureau_ids: string[];
}

/**
 * One round trip at the start of the request transaction: the live session's principal, and the
 * scope settings row-level security reads (local to this transaction, gone when it ends).
 * Returns null when the session is revoked or expired or the user deactivated.
 */
export async function enterSessionScope(em: EntityManager, sessionId: string): Promise<Principal | null> {
  const rows = await em.execute<PrincipalRow[]>(
    `select p.*, set_config('app.scope_path', p.scope_path::text, true) as s1,
            set_config('app.bureau_id', p.bureau_id::text, true) as s2,
            set_config('app.tenant_id', p.tenant_id::text, true) as s3
     from app_private.session_principal(?) p`,
    [sessionId],
  );
  const row = rows[0];
  if (!row) return null;
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
  em.setFilterParams(SCOPE_FILTER, { bureauIds: principal.bureauIds, readableBureauIds: principal.readableBureauIds });
  return principal;
}

/** Sets the row-level security scope for a principal known otherwise (sign-in). */
export async function setScope(em: EntityManager, scope: { scopePath: string; bureauId: string; tenantId: string }): Promise<void> {
  await em.execute(
    `select set_config('app.scope_path', ?, true), set_config('app.bureau_id', ?, true), set_config('app.tenant_id', ?, true)`,
    [scope.scopePath, scope.bureauId, scope.tenantId],
  );
}
