import type { MikroORM } from '@mikro-orm/postgresql';
import { enterJobScope } from '../../scope-session';
import { auditJobState, jobContext, lockAuditChain } from './job-channel';
import { markAttemptFailed } from './jobs.queries';
import { inOwnTransaction } from '../../common/own-transaction';

/**
 * A dead letter: pg-boss gave up on a run (its last attempt failed, or its process died and the run
 * expired). A run that failed normally has already ended its job FAILED and this changes nothing;
 * a job whose last run was lost ends FAILED here, audited in its starter's scope.
 */
export async function failLostJob(orm: MikroORM, jobId: string): Promise<void> {
  const em = orm.em.fork({ clear: true, useContext: false });
  await inOwnTransaction(em, async (tx) => {
    const principal = await enterJobScope(tx, jobId);
    if (!principal) return;
    const error = {
      attempt: 0,
      at: new Date().toISOString(),
      code: 'WORKER_LOST',
      message: '执行任务的进程中断，重试次数已用完',
    };
    const ctx = jobContext(tx, principal, jobId);
    await lockAuditChain(ctx, principal.tenantId);
    const row = await markAttemptFailed(tx, jobId, error, true);
    if (row) await auditJobState(ctx, row, error);
  });
}
