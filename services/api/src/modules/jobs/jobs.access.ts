import { ROLES, ROLE_SETS, holdsAnyRole } from '@dsr/domain';
import type { Job } from '@dsr/db';
import type { Principal } from '../../context';
import type { PermissionTable } from '../../common/access';
import { forbidden, notFound } from '../../common/errors';

/** Who may call each root field of the jobs module (the job's own scope is checked after). */
export const JOBS_PERMISSIONS = {
  job: ROLES,
  myJobs: ROLES,
  cancelJob: ROLES,
  startAuditVerification: ['ADMIN'],
} as const satisfies PermissionTable<string>;

/**
 * A job in scope (the ORM filter and row-level security have found it) is the business of its
 * starter and of those who read or act for the whole bureau; anyone else is told it does not exist.
 */
export function requireJobReader(p: Principal, job: Job): void {
  if (job.startedBy !== p.userId && !holdsAnyRole(p.roles, ROLE_SETS.READS_WHOLE_BUREAU)) throw notFound('任务');
}

/** Cancelling: the starter, or the bureau's office, of the bureau that started it (a superior reads, never cancels). */
export function requireJobCanceller(p: Principal, job: Job): void {
  requireJobReader(p, job);
  if (job.bureauId !== p.bureauId) throw forbidden('只能取消本机关发起的任务');
  if (job.startedBy !== p.userId && !holdsAnyRole(p.roles, ROLE_SETS.ACTS_FOR_BUREAU)) {
    throw forbidden('只能取消自己发起的任务，或由单位管理员、双随机办协调员取消');
  }
}
