import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobKind, JobState } from '@dsr/domain';
import type { JobError } from '@dsr/db';
import type { Principal, RequestContext } from '../../context';
import { createLoaders } from '../../loaders';
import { setScope } from '../../scope-session';
import { recordAudit } from '../audit/audit.service';
import { chainTail } from '../audit/audit.queries';
import {
  jobState,
  jobWatch,
  markAttemptFailed,
  markRunning,
  stateAfterCancel,
  writeProgress,
  type JobStateRow,
} from './jobs.queries';
import { insertJobFile, type JobFile } from './job-files.queries';
import { inOwnTransaction } from '../../common/own-transaction';

/** The context a job's work and its bookkeeping run in: the starter's, marked as the job's. */
export function jobContext(
  em: RequestContext['em'],
  principal: Principal,
  jobId: string,
  kind?: JobKind,
): RequestContext {
  return {
    requestId: `job:${jobId}`,
    em,
    principal,
    loaders: createLoaders(em),
    clientIp: 'job',
    userAgent: kind ? `dsr-job ${kind}` : 'dsr-job',
    auditEntries: 0,
  };
}

/**
 * Takes the tenant's audit chain lock before a job's row is touched: every state change (the
 * worker's, a cancel's) takes the chain lock first and the row lock second, so two of them never
 * wait for each other crosswise.
 */
export async function lockAuditChain(ctx: RequestContext, tenantId: string): Promise<void> {
  await chainTail(ctx, tenantId);
}

/** A state change of a job, in the job's scope's hash chain. */
export async function auditJobState(ctx: RequestContext, row: JobStateRow, error?: JobError): Promise<void> {
  await recordAudit(ctx, {
    operation: `JOB_${row.state}`,
    objectType: 'Job',
    objectId: row.id,
    after: { kind: row.kind, state: row.state, attempt: row.attempts, ...(error ? { error: error.message } : {}) },
  });
}

/**
 * The job's record as readers see it while the job runs: state, progress and errors, each written
 * in a short transaction of its own with the starter's scope (the job's transaction holds its work
 * until the end). Progress is throttled to one write per `intervalMs`; a write that finds the job
 * CANCELLED calls `onCancelled`.
 */
export class JobChannel {
  private pending: { done: number; total: number | null } | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastWrite = 0;
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly orm: MikroORM,
    private readonly principal: Principal,
    private readonly job: { id: string; kind: JobKind },
    private readonly intervalMs: number,
    private readonly onCancelled: () => void,
    private readonly log: (m: string, e?: unknown) => void,
    private readonly fileTtlHours: number,
  ) {}

  private scoped<T>(fn: (ctx: RequestContext) => Promise<T>): Promise<T> {
    const em = this.orm.em.fork({ clear: true, useContext: false });
    return inOwnTransaction(em, async (tx) => {
      await setScope(tx, this.principal);
      return fn(jobContext(tx, this.principal, this.job.id, this.job.kind));
    });
  }

  /** QUEUED/RUNNING → RUNNING (audited); false when the job was cancelled before it ran. */
  running(attempt: number): Promise<boolean> {
    return this.scoped(async (ctx) => {
      await lockAuditChain(ctx, this.principal.tenantId);
      const row = await markRunning(ctx.em, this.job.id, attempt);
      if (row) await auditJobState(ctx, row);
      return row !== null;
    });
  }

  state(): Promise<JobState | null> {
    return this.scoped((ctx) => jobState(ctx.em, this.job.id));
  }

  /** The job's state and whether a cancel is under way (jobs.queries.ts announceCancel). */
  watch(): Promise<{ state: JobState | null; cancelling: boolean }> {
    return this.scoped((ctx) => jobWatch(ctx.em, this.job.id));
  }

  /** The job's state once a cancel under way has ended (call with the job's own transaction ended). */
  stateAfterCancel(): Promise<JobState | null> {
    return this.scoped((ctx) => stateAfterCancel(ctx.em, this.job.id));
  }

  /**
   * An attempt failed: FAILED when `final`, else QUEUED for pg-boss's retry; audited. `result` and
   * `file`: see JobFailure (the file is kept only with FAILED, in the same transaction).
   */
  attemptFailed(error: JobError, final: boolean, result?: unknown, file?: JobFile): Promise<void> {
    return this.scoped(async (ctx) => {
      await lockAuditChain(ctx, this.principal.tenantId);
      const row = await markAttemptFailed(ctx.em, this.job.id, error, final, result);
      if (row) await auditJobState(ctx, row, error);
      if (row?.state === 'FAILED' && file) {
        await insertJobFile(ctx.em, this.principal, this.job.id, file, this.fileTtlHours);
      }
    });
  }

  progress(done: number, total?: number): void {
    this.pending = { done: Math.max(0, Math.floor(done)), total: total === undefined ? null : Math.floor(total) };
    if (this.timer) return;
    const wait = Math.max(0, this.lastWrite + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.writePending();
    }, wait);
  }

  private writePending(): void {
    const next = this.pending;
    if (!next) return;
    this.pending = null;
    this.lastWrite = Date.now();
    this.writes = this.writes
      .then(() => this.scoped((ctx) => writeProgress(ctx.em, this.job.id, next.done, next.total)))
      .then((state) => {
        if (state === 'CANCELLED') this.onCancelled();
      })
      .catch((e: unknown) => this.log(`job ${this.job.id}: progress not written`, e));
  }

  /** Writes what progress is pending and waits for every write (before the job's transaction ends). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.writePending();
    await this.writes;
  }
}
