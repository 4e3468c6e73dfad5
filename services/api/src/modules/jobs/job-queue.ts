import type PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { JOB_KINDS, SCHEDULED_TASKS, type JobKind, type ScheduledTask } from '@dsr/domain';
import { JOB_DEAD_LETTER_QUEUE, jobQueueName, openJobQueue, taskQueueName } from '@dsr/db';
import { queryBound } from '../../common/bound-sql';
import type { JobKinds } from './job-handler';
import { runDelivery, type RunnerSettings } from './job-runner';
import { failLostJob } from './job-lost';

/** How jobs are queued and run (config.ts reads them from the environment; tests shorten them). */
export interface JobSettings extends RunnerSettings {
  /** Seconds a run may stay active before pg-boss takes it for lost (its process died) and retries it. */
  expireSeconds: number;
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) for each further one. */
  retryDelaySeconds: number;
  pollSeconds: number;
  maintenanceSeconds: number;
  /** Jobs this process runs at once, per kind. */
  concurrency: number;
}

export const DEFAULT_JOB_SETTINGS: JobSettings = {
  expireSeconds: 15 * 60,
  retryLimit: 2,
  retryDelaySeconds: 10,
  pollSeconds: 2,
  maintenanceSeconds: 60,
  concurrency: 1,
  progressIntervalMs: 500,
  cancelPollMs: 1000,
  fileTtlHours: 24,
};

interface JobData {
  jobId: string;
}

/** A pg-boss parameter as knex passes it on: arrays (job ids) as array literals, objects as JSON, undefined as NULL. */
function bindable(v: unknown): unknown {
  if (v === undefined || v === null || v instanceof Date) return v ?? null;
  if (Array.isArray(v)) return `{${v.map((x) => JSON.stringify(String(x))).join(',')}}`;
  return typeof v === 'object' ? JSON.stringify(v) : v;
}

/** pg-boss's SQL ($1…) on the request's own transaction: a job is queued with the row that records it, or not at all. */
function inTransaction(em: EntityManager): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const params: unknown[] = [];
      const sql = text.replace(/\$(\d+)/g, (_m, n: string) => {
        params.push(bindable(values[Number(n) - 1]));
        return '?';
      });
      return { rows: await queryBound(em, sql, params) };
    },
  };
}

/**
 * The queue of one process (pg-boss, see packages/db/src/jobs/job-queue.ts for why): sends jobs in
 * the caller's transaction, and — once started with `work` — runs the registered kinds, the dead
 * letters and the schedules. The API runs it in-process (embedded mode); `pnpm worker` processes
 * run it when scaled out (DSR_JOBS_IN_PROCESS=false on the API then).
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly pool: Pool;
  private readonly stopping = new AbortController();
  private started = false;

  constructor(
    private readonly kinds: JobKinds,
    readonly settings: JobSettings,
    connection: { clientUrl: string; actAsRole?: string },
    private readonly log: (m: string, e?: unknown) => void,
  ) {
    const opened = openJobQueue({
      ...connection,
      poolMax: Math.max(2, settings.concurrency * JOB_KINDS.length + 2),
      maintenanceSeconds: settings.maintenanceSeconds,
      pollSeconds: settings.pollSeconds,
      schedule: true,
      onError: (e) => log('job queue error', e),
    });
    this.boss = opened.boss;
    this.pool = opened.pool;
  }

  /** Queues a run of the job in the caller's transaction (the job's id is pg-boss's id too). */
  async send(em: EntityManager, kind: JobKind, jobId: string, retryLimit?: number): Promise<void> {
    await this.boss.send(jobQueueName(kind), { jobId } satisfies JobData, {
      id: jobId,
      db: inTransaction(em),
      retryLimit: retryLimit ?? this.settings.retryLimit,
      retryDelay: this.settings.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.settings.expireSeconds,
    });
  }

  /**
   * Queues an early run of a scheduled task in the caller's transaction (the task's queue runs one at
   * a time: a run already going finishes first, then this one takes what the change gave it).
   */
  async sendTask(em: EntityManager, task: ScheduledTask): Promise<void> {
    await this.boss.send(
      taskQueueName(task),
      {},
      {
        db: inTransaction(em),
        retryLimit: 0,
        expireInSeconds: this.settings.expireSeconds,
      },
    );
  }

  /** Takes a queued run off the queue, in the caller's transaction (a running one sees CANCELLED itself). */
  async cancel(em: EntityManager, kind: JobKind, jobId: string): Promise<void> {
    await this.boss.cancel(jobQueueName(kind), jobId, { db: inTransaction(em) });
  }

  /** Starts the queue; with `work`, this process runs jobs and schedules too. */
  async start(orm: MikroORM, opts: { work: boolean }): Promise<void> {
    await this.boss.start();
    this.started = true;
    if (!opts.work) return;
    const deps = { orm, kinds: this.kinds, settings: this.settings, log: this.log, stopping: this.stopping.signal };
    const work = { includeMetadata: true as const, pollingIntervalSeconds: this.settings.pollSeconds, batchSize: 1 };
    for (const kind of this.kinds.registered()) {
      for (let i = 0; i < this.settings.concurrency; i++) {
        await this.boss.work<JobData>(jobQueueName(kind), work, ([job]) =>
          runDelivery(deps, {
            jobId: job.data.jobId,
            kind,
            attempt: job.retryCount + 1,
            final: job.retryCount >= job.retryLimit,
          }),
        );
      }
    }
    await this.boss.work<JobData>(JOB_DEAD_LETTER_QUEUE, work, ([job]) => failLostJob(orm, job.data.jobId));
    await this.startSchedules(orm, work);
  }

  private async startSchedules(orm: MikroORM, work: PgBoss.WorkOptions & { includeMetadata: true }): Promise<void> {
    const active = new Set<ScheduledTask>();
    for (const [task, spec] of this.kinds.scheduled()) {
      active.add(task);
      const queue = taskQueueName(task);
      await this.boss.schedule(queue, spec.cron, {}, { retryLimit: 0, expireInSeconds: this.settings.expireSeconds });
      await this.boss.work(queue, work, () => spec.handler({ orm, signal: this.stopping.signal }));
    }
    // A task no process schedules any more stops running.
    for (const task of SCHEDULED_TASKS) if (!active.has(task)) await this.boss.unschedule(taskQueueName(task));
  }

  /** Running jobs roll back (and are retried elsewhere); then the queue stops and its pool closes. */
  async stop(): Promise<void> {
    this.stopping.abort();
    if (this.started) await this.boss.stop({ graceful: true, timeout: 5000, close: false });
    await this.pool.end();
  }
}
