import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobKind, ScheduledTask } from '@dsr/domain';
import type { Principal, RequestContext } from '../../context';
import { signedIn } from '../../common/principal';
import type { JobFile } from './job-files.queries';

/**
 * One run of a job, as its handler sees it. `ctx` is what a request of the starter would get: their
 * principal as the database says now, an EntityManager in ONE transaction with the row-level
 * security scope and the ORM scope filter set, loaders. The runner commits it when the handler
 * returns (with the job's result and its SUCCEEDED audit entry) and rolls it back when the handler
 * throws or the job is cancelled: a job's work is all or nothing.
 */
export interface JobRun<P> {
  readonly jobId: string;
  readonly kind: JobKind;
  readonly payload: P;
  readonly ctx: RequestContext;
  /** 1 for the first attempt; a retry starts again from a clean transaction. */
  readonly attempt: number;
  /**
   * Reports progress. Written outside the job's transaction (readers see it live), at most every
   * few hundred milliseconds; never throws. `total` may be given once and left out afterwards.
   */
  readonly progress: (done: number, total?: number) => void;
  /** Aborted when the job is cancelled (or the process stops): stop, and throw or return. */
  readonly signal: AbortSignal;
  /**
   * Keeps the job's file (an export's workbook) in the job's transaction: it is there when the job
   * has SUCCEEDED and never when the run fails or is cancelled. One file per job.
   */
  readonly keepFile: (file: JobFile) => Promise<void>;
}

/**
 * A job that ends FAILED with a result: what the user must fix, said in full (an import's error
 * rows), not retried. Its work is rolled back as for any failure; `file` (an import's error sheet)
 * is kept with the FAILED state, downloadable from the job.
 */
export class JobFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly result: unknown,
    readonly file?: JobFile,
  ) {
    super(message);
  }
}

/**
 * The route's or mutation's permission check again, at the start of a run: the starter's roles as
 * they are now, not as they were when the job was queued. A refusal ends the job FAILED, not retried.
 */
export function checkStarterAgain(check: (p: Principal) => void, ctx: RequestContext): void {
  try {
    check(signedIn(ctx));
  } catch (e) {
    const code = (e as { extensions?: { code?: unknown } }).extensions?.code;
    throw new JobFailure(typeof code === 'string' ? code : 'FORBIDDEN', (e as Error).message, null);
  }
}

/** What a kind of job does; its resolved value is the job's result (JSON). */
export type JobHandler<P = unknown, R = unknown> = (job: JobRun<P>) => Promise<R>;

export interface JobKindSpec<P = unknown, R = unknown> {
  handler: JobHandler<P, R>;
  /** Retries after a failed attempt (default: the queue's configured retryLimit). 0: none. */
  retryLimit?: number;
}

/** Periodic work without a starting user: no job row, no principal; its own transactions. */
export type TaskHandler = (run: { orm: MikroORM; signal: AbortSignal }) => Promise<unknown>;

export interface ScheduledTaskSpec {
  handler: TaskHandler;
  /** A pg-boss cron expression (minutes are its finest grain), UTC. */
  cron: string;
}

/**
 * The kinds this process can run, registered by the composition root (services.ts). A kind that is
 * not registered here is still accepted by `startJob` (another process may run it), never run here.
 */
export class JobKinds {
  private readonly kinds = new Map<JobKind, JobKindSpec>();
  private readonly tasks = new Map<ScheduledTask, ScheduledTaskSpec>();

  register<P, R>(kind: JobKind, spec: JobKindSpec<P, R>): this {
    this.kinds.set(kind, spec as JobKindSpec);
    return this;
  }

  schedule(task: ScheduledTask, spec: ScheduledTaskSpec): this {
    this.tasks.set(task, spec);
    return this;
  }

  get(kind: JobKind): JobKindSpec | undefined {
    return this.kinds.get(kind);
  }

  registered(): JobKind[] {
    return [...this.kinds.keys()];
  }

  scheduled(): [ScheduledTask, ScheduledTaskSpec][] {
    return [...this.tasks.entries()];
  }
}
