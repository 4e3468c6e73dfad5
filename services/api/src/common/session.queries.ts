import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@dsr/domain';
import { queryBound } from './bound-sql';
import { beginWithPrincipal, isSessionId, SESSION_PRINCIPAL_SQL, sessionPrincipalSql } from '@dsr/db';
import { announceStatement, beginOrmTransaction, beginOrmTransactionWith } from './request-transaction';

/** The principal statement with a knex bind parameter: @dsr/db's, the one the bench floor sends too. */
const SESSION_PRINCIPAL_BOUND = sessionPrincipalSql('?');

/** The first round trip as statement counts see it: BEGIN and the principal, written together. */
const BEGIN_WITH_PRINCIPAL = `BEGIN; ${SESSION_PRINCIPAL_SQL}`;

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
 * round trip: BEGIN and @dsr/db's prepared principal statement written together (the request
 * transaction's connection is in pg's pipeline mode; @dsr/db's `beginWithPrincipal`, as the bench
 * floor sends them). An id that
 * is not a UUID begins alone and finds no one. Undefined: no live session.
 */
export async function beginOrmTransactionWithPrincipal(
  em: EntityManager,
  sessionId: string,
): Promise<PrincipalRow | undefined> {
  if (!isSessionId(sessionId)) {
    await beginOrmTransaction(em);
    return undefined;
  }
  announceStatement(em, BEGIN_WITH_PRINCIPAL, [sessionId]);
  const row = await beginOrmTransactionWith(em, (conn) => beginWithPrincipal(conn, sessionId));
  return (row as PrincipalRow | null) ?? undefined;
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
