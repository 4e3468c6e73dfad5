import PgBoss from 'pg-boss';
import pg from 'pg';
import { JOB_KINDS, SCHEDULED_TASKS, type JobKind, type ScheduledTask } from '@dsr/domain';

/**
 * The job queue is pg-boss (issue 12 §3), in its own schema. Why pg-boss over graphile-worker (both
 * checked on npm, 2026-12): its 10.x line runs on Node 20 (11+ and graphile-worker 0.18 need 22);
 * a job left active by a crashed process is failed and retried once its `expireIn` passes, which we
 * set per queue (graphile-worker 0.16/0.17 frees a dead worker's jobs only after a fixed 4 hours);
 * retries with exponential back-off and cron schedules are per queue and configurable; and a job can
 * be sent inside our own transaction (`send(…, { db })`), so a request that fails leaves no job.
 */
export const JOB_QUEUE_SCHEMA = 'pgboss';

/** One queue per kind of user job; its failures end in JOB_DEAD_LETTER_QUEUE once out of retries. */
export function jobQueueName(kind: JobKind): string {
  return `dsr_job_${kind.toLowerCase()}`;
}

/** One queue per scheduled task (pg-boss keeps one schedule per queue). */
export function taskQueueName(task: ScheduledTask): string {
  return `dsr_task_${task.toLowerCase()}`;
}

/** Jobs whose retries ran out, whatever the cause (a crash on the last attempt included). */
export const JOB_DEAD_LETTER_QUEUE = 'dsr_job_dead';

/** pg-boss's own queue for cron (created by its timekeeper, which the service role may not). */
const CRON_QUEUE = '__pgboss__send-it';

/**
 * Installs or upgrades the queue's schema and creates every queue, as the owner (pg-boss manages
 * its own schema; this is our migrate step's second half), then grants the service role what the
 * queue needs at run time: rows of its tables, never their definitions.
 */
export async function installJobQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: JOB_QUEUE_SCHEMA,
    max: 1,
    migrate: true,
    supervise: false,
    schedule: false,
  });
  boss.on('error', () => undefined); // start() rejects on what matters
  await boss.start();
  try {
    await boss.createQueue(JOB_DEAD_LETTER_QUEUE);
    await boss.createQueue(CRON_QUEUE);
    for (const kind of JOB_KINDS) {
      const name = jobQueueName(kind);
      await boss.createQueue(name, { name, deadLetter: JOB_DEAD_LETTER_QUEUE });
    }
    for (const task of SCHEDULED_TASKS) {
      const name = taskQueueName(task);
      await boss.createQueue(name, { name, policy: 'singleton' });
    }
  } finally {
    await boss.stop({ graceful: false });
  }
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`grant usage on schema ${JOB_QUEUE_SCHEMA} to dsr_app;
      grant select, insert, update, delete on all tables in schema ${JOB_QUEUE_SCHEMA} to dsr_app;
      grant usage on all sequences in schema ${JOB_QUEUE_SCHEMA} to dsr_app;`);
  } finally {
    await client.end();
  }
}

export interface JobQueueSettings {
  /** The service's connection: a dsr_app login, or another login that then acts as dsr_app. */
  clientUrl: string;
  actAsRole?: string;
  poolMax?: number;
  /** Seconds between maintenance runs (expiry of jobs a dead process left, archive). */
  maintenanceSeconds: number;
  /** Seconds between polls of an idle queue. */
  pollSeconds: number;
  /** Whether this process runs the cron clock (any number of processes may: pg-boss sends each run once). */
  schedule: boolean;
  onError: (err: unknown) => void;
}

/** A pg-boss on the service's role, its schema already installed (installJobQueue). */
export function openJobQueue(settings: JobQueueSettings): { boss: PgBoss; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: settings.clientUrl, max: settings.poolMax ?? 4 });
  pool.on('error', settings.onError);
  // Queued on the new client before any other query, as the ORM's pool does with afterCreate.
  if (settings.actAsRole) pool.on('connect', (c) => void c.query(`set role ${settings.actAsRole}`));
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => pool.query(text, values) },
    schema: JOB_QUEUE_SCHEMA,
    migrate: false,
    supervise: true,
    schedule: settings.schedule,
    maintenanceIntervalSeconds: settings.maintenanceSeconds,
    pollingIntervalSeconds: settings.pollSeconds,
    cronMonitorIntervalSeconds: Math.min(30, Math.max(1, settings.pollSeconds)),
  });
  boss.on('error', settings.onError);
  return { boss, pool };
}
