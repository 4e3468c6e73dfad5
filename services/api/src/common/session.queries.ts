import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@dsr/domain';
import { queryBound } from './bound-sql';
import { isUuid } from '../loaders';
import { beginWith } from './request-transaction';

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

/** The live session's principal, setting in the same statement the scope row-level security reads. */
function sessionPrincipalSql(session: string): string {
  return `select p.*, set_config('app.scope_path', p.scope_path::text, true) as s1,
            set_config('app.bureau_id', p.bureau_id::text, true) as s2,
            set_config('app.tenant_id', p.tenant_id::text, true) as s3
     from app_private.session_principal(${session}) p`;
}

/**
 * The live session's principal, setting in the same statement the scope row-level security reads
 * (local to the transaction). No row: the session is revoked or expired, or the user deactivated.
 */
export async function sessionPrincipal(em: EntityManager, sessionId: string): Promise<PrincipalRow | undefined> {
  const rows = await queryBound<PrincipalRow>(em, sessionPrincipalSql('?'), [sessionId]);
  return rows[0];
}

/**
 * Begins the request transaction and reads the session's principal (setting the scope) in one
 * round trip: `BEGIN; select … session_principal('<id>')` in the simple protocol, which has no
 * bind parameters — hence the id is inlined only after it is checked to be a UUID (hex digits
 * and dashes, nothing that could end the literal; another id begins alone and finds no one).
 * The transaction is begun either way. Undefined: no live session.
 */
export async function beginWithPrincipal(em: EntityManager, sessionId: string): Promise<PrincipalRow | undefined> {
  if (!isUuid(sessionId)) {
    await beginWith(em, 'BEGIN;');
    return undefined;
  }
  const [, principal] = await beginWith<PrincipalRow>(em, `BEGIN; ${sessionPrincipalSql(`'${sessionId}'::uuid`)}`);
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
