import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobKind } from '@dsr/domain';
import type { JobError } from '@dsr/db';
import { enterJobScope } from '../../scope-session';
import type { Principal } from '../../context';
import { auditJobState, JobChannel, jobContext, lockAuditChain } from './job-channel';
import { JobFailure, type JobKinds, type JobKindSpec } from './job-handler';
import { jobRecord, lockJobRun, markSucceeded } from './jobs.queries';
import { insertJobFile } from './job-files.queries';

export interface RunnerSettings {
  /** Least milliseconds between two progress writes of a job. */
  progressIntervalMs: number;
  /** Milliseconds between two looks at a running job's state (has it been cancelled?). */
  cancelPollMs: number;
  /** Hours a job's file (an export, an error sheet) stays downloadable. */
  fileTtlHours: number;
}

export interface RunnerDeps {
  orm: MikroORM;
  kinds: JobKinds;
  settings: RunnerSettings;
  log: (m: string, e?: unknown) => void;
  /** Aborted when the process stops: running jobs roll back and are retried elsewhere. */
  stopping: AbortSignal;
}

/** One delivery of a job by the queue: which job, and whether a failure now is its last. */
export interface Delivery {
  jobId: string;
  kind: JobKind;
  attempt: number;
  final: boolean;
}

class Cancelled extends Error {}

/** An attempt's error as the job record keeps it (a GraphQL-style code when the error has one). */
function jobError(err: unknown, attempt: number): JobError {
  const e = err as { message?: string; extensions?: { code?: unknown }; code?: unknown } | null;
  const given = e?.extensions?.code ?? e?.code;
  const code = typeof given === 'string' ? given : 'INTERNAL_SERVER_ERROR';
  return { attempt, at: new Date().toISOString(), code, message: e?.message ?? String(err) };
}

/**
 * Runs one delivery: the job's transaction is begun and the starter's scope entered, the run is
 * serialised per job (lockJobRun), a job that has already ended is left alone (a retry after a
 * crash, or a cancelled one), the handler runs, and its result, SUCCEEDED and the audit entry are
 * committed with its work. A failure rolls the work back, records the error, and rethrows so that
 * pg-boss retries with back-off (or, on the last attempt, the job ends FAILED).
 */
export async function runDelivery(deps: RunnerDeps, d: Delivery): Promise<unknown> {
  const spec = deps.kinds.get(d.kind);
  if (!spec) throw new Error(`job kind ${d.kind} is not registered in this process`);
  const em = deps.orm.em.fork({ clear: true, useContext: false });
  await em.begin();
  let channel: JobChannel | null = null;
  const aborts = new AbortController();
  const onStop = () => aborts.abort(new Error('进程停止，任务将重新执行'));
  deps.stopping.addEventListener('abort', onStop);
  try {
    const principal = await enterJobScope(em, d.jobId);
    if (!principal) throw new Error('任务的发起人已停用或调离，任务无法以其身份执行');
    await lockJobRun(em, d.jobId);
    const job = await jobRecord(em, d.jobId);
    if (job?.state !== 'QUEUED' && job?.state !== 'RUNNING') return { skipped: job?.state ?? 'MISSING' };
    channel = new JobChannel(
      deps.orm,
      principal,
      { id: d.jobId, kind: d.kind },
      deps.settings.progressIntervalMs,
      () => aborts.abort(new Cancelled('任务已取消')),
      deps.log,
      deps.settings.fileTtlHours,
    );
    if (!(await channel.running(d.attempt))) return { skipped: 'CANCELLED' };
    const result = await runHandler(deps, spec, { ...d, payload: job.payload }, principal, em, channel, aborts);
    const ctx = jobContext(em, principal, d.jobId, d.kind);
    await lockAuditChain(ctx, principal.tenantId); // chain, then row: as every state change (job-channel.ts)
    const row = await markSucceeded(em, d.jobId, result);
    if (!row) throw new Cancelled('任务已取消');
    await auditJobState(ctx, row);
    await em.commit();
    return { succeeded: true };
  } catch (err) {
    if (em.isInTransaction()) await em.rollback().catch((e: unknown) => deps.log('job rollback failed', e));
    let reason: unknown = aborts.signal.aborted ? aborts.signal.reason : err;
    if (reason instanceof Cancelled) {
      // Stopped for a cancel under way: it may still fail (then this run fails, nothing written).
      if (!channel || (await channel.stateAfterCancel()) === 'CANCELLED') return { skipped: 'CANCELLED' };
      reason = new Error('取消未能完成，任务已停止，未写入任何数据');
    }
    const stopped = deps.stopping.aborted;
    const failure = reason instanceof JobFailure ? reason : null;
    await channel
      ?.attemptFailed(
        jobError(reason, d.attempt),
        (d.final || failure !== null) && !stopped,
        failure?.result,
        failure?.file,
      )
      .catch((e: unknown) => deps.log(`job ${d.jobId}: failure not recorded`, e));
    throw reason;
  } finally {
    deps.stopping.removeEventListener('abort', onStop);
    // A run that found its job ended (a retry, a cancel) returns with the transaction still open.
    if (em.isInTransaction()) await em.rollback().catch((e: unknown) => deps.log('job rollback failed', e));
  }
}

/** The handler with its progress channel and a watch on the job's state (cancel); the channel drained after. */
async function runHandler(
  deps: RunnerDeps,
  spec: JobKindSpec,
  d: Delivery & { payload: unknown },
  principal: Principal,
  em: Parameters<typeof jobContext>[0],
  channel: JobChannel,
  aborts: AbortController,
): Promise<unknown> {
  let looking = false; // one look at a time: a slow look is not overtaken by the next
  const watch = setInterval(() => {
    if (looking) return;
    looking = true;
    channel
      .watch()
      .then((w) => {
        if (w.state === 'CANCELLED' || w.cancelling) aborts.abort(new Cancelled('任务已取消'));
      })
      .catch((e: unknown) => deps.log(`job ${d.jobId}: state not read`, e))
      .finally(() => (looking = false));
  }, deps.settings.cancelPollMs);
  try {
    const result = await spec.handler({
      jobId: d.jobId,
      kind: d.kind,
      payload: d.payload,
      ctx: jobContext(em, principal, d.jobId, d.kind),
      attempt: d.attempt,
      progress: (done, total) => channel.progress(done, total),
      signal: aborts.signal,
      keepFile: (file) => insertJobFile(em, principal, d.jobId, file, deps.settings.fileTtlHours),
    });
    if (aborts.signal.aborted) throw aborts.signal.reason;
    await em.flush();
    return result;
  } finally {
    clearInterval(watch);
    await channel.flush();
  }
}
