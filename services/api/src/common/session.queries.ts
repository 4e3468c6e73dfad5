import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@dsr/domain';
import { queryBound } from './bound-sql';
import { beginWithPrincipalSql, sessionPrincipalSql } from '@dsr/db';
import { beginOrmTransactionWith } from './request-transaction';

/** The principal statement with a knex bind parameter: @dsr/db's, the one the bench floor sends too. */
const SESSION_PRINCIPAL_BOUND = sessionPrincipalSql('?');

export interface PrincipalRow {
  user_id: string;
  username: string;
  display_name: string;
  roles: Role[];
  department_id: string;
  bureau_id: string;
  tenant_id: string;
  scope_path: string;
  bureau_ids: string[] | null;
  readable_bureau_ids: string[] | null;
}

/**
 * The live session's principal, setting in the same statement the scope row-level security reads
 * (local to the transaction). No row: the session is revoked or expired, or the user deactivated.
 */
export async function sessionPrincipal(em: EntityManager, sessionId: string): Promise<PrincipalRow | undefined> {
  const rows = await queryBound<PrincipalRow>(em, SESSION_PRINCIPAL_BOUND, [sessionId]);
  return rows[0];
}

/**
 * Begins the request's ORM transaction and reads the session's principal (setting the scope) in one
 * round trip: @dsr/db's `BEGIN; select … session_principal('<id>')` in the simple protocol, the id
 * inlined only after its strict check (another id begins alone and finds no one). The transaction
 * is begun either way. Undefined: no live session.
 */
export async function beginOrmTransactionWithPrincipal(
  em: EntityManager,
  sessionId: string,
): Promise<PrincipalRow | undefined> {
  const sql = beginWithPrincipalSql(sessionId);
  if (sql === null) {
    await beginOrmTransactionWith(em, 'BEGIN;');
    return undefined;
  }
  const [, principal] = await beginOrmTransactionWith<PrincipalRow>(em, sql);
  return principal.rows[0];
}

/**
 * The principal of the user who started a background job (still active, still of the job's bureau),
 * setting the same scope as sessionPrincipal in the same statement. No row: the job is unknown or
 * its starter may no longer act for its bureau.
 */
export async function jobPrincipal(em: EntityManager, jobId: string): Promise<PrincipalRow | undefined> {
  const rows = await queryBound<PrincipalRow>(em, 'select * from app_private.job_principal(?)', [jobId]);
  return rows[0];
}

/** Sets the row-level security scope, local to the transaction. */
export async function setScopeSettings(
  em: EntityManager,
  scope: { scopePath: string; bureauId: string; tenantId: string },
): Promise<void> {
  await queryBound(
    em,
    `select set_config('app.scope_path', ?, true), set_config('app.bureau_id', ?, true),
            set_config('app.tenant_id', ?, true)`,
    [scope.scopePath, scope.bureauId, scope.tenantId],
  );
}
