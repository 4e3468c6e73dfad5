import { uuidv7 } from 'uuidv7';
import type { JobKind, JsonValue } from '@dsr/domain';
import { Job } from '@dsr/db';
import type { RequestContext } from '../../context';
import { signedIn } from '../../common/principal';
import { ownedBy } from '../../common/ownership';
import { findInScope } from '../../common/find-in-scope';
import { conflict } from '../../common/errors';
import { recordAudit } from '../audit/audit.service';
import type { JobKinds } from './job-handler';
import type { JobQueue } from './job-queue';
import { requireJobCanceller, requireJobReader } from './jobs.access';
import { announceCancel, insertJob, markCancelled } from './jobs.queries';

/** Payloads up to this size are copied into the START_JOB audit entry; larger ones are named by size. */
const AUDITED_PAYLOAD_CHARS = 2000;

/**
 * Background jobs as the API offers them: start one (in the caller's transaction: its row, its
 * audit entry and its place in the queue commit together), read it in scope, cancel it.
 */
export class JobService {
  constructor(
    private readonly kinds: JobKinds,
    private readonly queue: JobQueue,
  ) {}

  /** Queues a job of `kind` run as the caller, with `payload` (JSON); the caller's mutation commits it. */
  async start(ctx: RequestContext, kind: JobKind, payload: JsonValue): Promise<Job> {
    const p = signedIn(ctx);
    const id = uuidv7();
    await insertJob(ctx.em, { id, kind, startedBy: p.userId, ...ownedBy(p) }, payload);
    const text = JSON.stringify(payload);
    await recordAudit(ctx, {
      operation: 'START_JOB',
      objectType: 'Job',
      objectId: id,
      after: { kind, payload: text.length <= AUDITED_PAYLOAD_CHARS ? payload : `(${text.length} 字符)` },
    });
    await this.queue.send(ctx.em, kind, id, this.kinds.get(kind)?.retryLimit);
    return this.job(ctx, id);
  }

  /** A job in the caller's scope that is their business (jobs.access.ts), or NOT_FOUND. */
  async job(ctx: RequestContext, id: string): Promise<Job> {
    const job = await findInScope(ctx, Job, id, '任务');
    requireJobReader(signedIn(ctx), job);
    return job;
  }

  /** The jobs the caller started, newest first. */
  myJobs(ctx: RequestContext, first: number): Promise<Job[]> {
    const p = signedIn(ctx);
    return ctx.em.find(
      Job,
      { startedBy: p.userId },
      { orderBy: { id: 'desc' }, limit: Math.min(Math.max(first, 1), 100) },
    );
  }

  /**
   * Cancels a queued or running job: CANCELLED at once (a running one notices and rolls back its
   * work); a job that has ended is a CONFLICT.
   */
  async cancel(ctx: RequestContext, id: string): Promise<Job> {
    const job = await this.job(ctx, id);
    requireJobCanceller(signedIn(ctx), job);
    // A running job sees this at once and rolls back, freeing the audit chain its work holds.
    await announceCancel(ctx.em, id);
    // The audit entry first: the chain's lock before the job's row, as every state change of a job
    // takes them (job-channel.ts lockAuditChain); a refusal rolls the entry back.
    await recordAudit(ctx, {
      operation: 'CANCEL_JOB',
      objectType: 'Job',
      objectId: id,
      before: { kind: job.kind, state: job.state },
      after: { kind: job.kind, state: 'CANCELLED' },
    });
    if (!(await markCancelled(ctx.em, id))) {
      await ctx.em.refresh(job);
      throw conflict(`任务已结束（${job.state}），无法取消`, { state: job.state });
    }
    await this.queue.cancel(ctx.em, job.kind, id);
    await ctx.em.refresh(job);
    return job;
  }
}
