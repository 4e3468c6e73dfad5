import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/harness';
import { withRequestContext } from './support/request-context';
import { writeRows } from './support/job-rows.mjs';
import { jobRunOver } from './support/job-run';

/**
 * Issue 12 §3, bad input: a worker process (`pnpm worker`, built: services/api/dist/worker.js) is
 * killed with SIGKILL while its job holds an open transaction with rows written. No row of that run
 * survives; once the run's expiry passes, the job is taken up again by another worker (this test
 * process) and finishes once. Short expiry, maintenance and polling through configuration.
 */
const CHILD = path.join(__dirname, 'support', 'job-worker-child.mjs');
const ROWS = 10;

describe('a worker killed mid-job', () => {
  let t: TestApp;
  let owner: pg.Client;
  let dir: string;
  let child: ChildProcess | null = null;
  // The INSPECTOR_IMPORT run below ends when the test lets it: after pg-boss has given up on it.
  let endLateRun = () => {};
  const lateRunMayEnd = new Promise<void>((resolve) => (endLateRun = resolve));

  beforeAll(async () => {
    t = await startTestApp({
      jobs: {
        settings: {
          pollSeconds: 0.5,
          maintenanceSeconds: 1,
          expireSeconds: 3,
          retryLimit: 2,
          retryDelaySeconds: 1,
          progressIntervalMs: 50,
          cancelPollMs: 100,
        },
      },
    });
    t.server.services.jobKinds.register('ITEM_IMPORT', { handler: writeRows });
    // A run that outlives its expiry with no retry left: pg-boss gives up on it (a dead letter).
    t.server.services.jobKinds.register('INSPECTOR_IMPORT', {
      retryLimit: 0,
      handler: async (job) => {
        await writeRows(job as Parameters<typeof writeRows>[0]);
        await lateRunMayEnd;
        return { late: true };
      },
    });
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    dir = mkdtempSync(path.join(tmpdir(), 'dsr-worker-'));
  });
  afterAll(async () => {
    endLateRun();
    child?.kill('SIGKILL');
    await owner.end();
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const jobRow = async (id: string) =>
    (
      await owner.query<{ state: string; progress: number; attempts: number; result: unknown }>(
        'select state, progress, attempts, result from job where id = $1',
        [id],
      )
    ).rows[0];
  const rowsOf = async (id: string) =>
    (
      await owner.query<{ n: number }>('select count(*)::int as n from import_error_sheet where filename like $1', [
        `crash-${id}-%`,
      ])
    ).rows[0].n;
  const until = async <T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> => {
    const end = Date.now() + ms;
    for (;;) {
      const v = await read();
      if (ok(v)) return v;
      if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(v)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('leaves no partial rows, and another worker finishes the job once', async () => {
    const started = Date.now();
    child = spawn(process.execPath, [CHILD], {
      env: {
        ...process.env,
        DATABASE_URL: t.db.ownerUrl,
        DATABASE_APP_URL: t.db.appUrl,
        DSR_JWT_SECRET: randomBytes(32).toString('hex'),
        DSR_AUDIT_SIGNING_KEY: randomBytes(32).toString('base64'),
        DSR_EVIDENCE_DIR: path.join(dir, 'evidence'),
        DSR_AUDIT_CHECKPOINT_FILE: path.join(dir, 'checkpoints.jsonl'),
        DSR_JOB_POLL_SECONDS: '1',
        DSR_JOB_MAINTENANCE_SECONDS: '1',
        DSR_JOB_PROGRESS_MS: '50',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child?.once('exit', (_code, signal) => resolve(signal)),
    );
    await until(
      'worker start',
      () => Promise.resolve(output),
      (o) => o.includes('已启动'),
      20_000,
    );

    const job = await withRequestContext(
      t,
      'yexian.admin',
      (ctx) => t.server.services.jobs.start(ctx, 'ITEM_IMPORT', { rows: ROWS, delayMs: 150, prefix: 'crash' }),
      { commit: true },
    );
    // The child's run has written rows in its open transaction: progress shows them, the table not yet.
    await until(
      'first run under way',
      () => jobRow(job.id),
      (j) => j.progress >= 3,
      15_000,
    );
    expect(await rowsOf(job.id)).toBe(0);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(await rowsOf(job.id)).toBe(0);
    expect(await jobRow(job.id)).toMatchObject({ state: 'RUNNING', attempts: 1 });

    // Another worker: this process. pg-boss expires the lost run (3 s) and retries it, from a clean transaction.
    await t.server.services.jobQueue.start(t.orm, { work: true });
    const done = await until(
      'retry finished',
      () => jobRow(job.id),
      (j) => j.state !== 'RUNNING' && j.state !== 'QUEUED',
      25_000,
    );
    expect(done).toMatchObject({ state: 'SUCCEEDED', attempts: 2, result: { rows: ROWS, attempt: 2 } });
    expect(await rowsOf(job.id)).toBe(ROWS);
    const audit = await owner.query<{ operation: string }>(
      'select operation from audit_entry where object_id = $1 order by seq',
      [job.id],
    );
    expect(audit.rows.map((r) => r.operation)).toEqual(['START_JOB', 'JOB_RUNNING', 'JOB_RUNNING', 'JOB_SUCCEEDED']);
    expect(Date.now() - started).toBeLessThan(40_000);
  }, 60_000);

  it('a lost run with no retry left ends FAILED (WORKER_LOST); its late end writes nothing', async () => {
    const job = await withRequestContext(
      t,
      'yexian.admin',
      (ctx) => t.server.services.jobs.start(ctx, 'INSPECTOR_IMPORT', { rows: 2, delayMs: 0, prefix: 'crash' }),
      { commit: true },
    );
    const failed = await until(
      'given up',
      () => jobRow(job.id),
      (j) => j.state === 'FAILED',
      20_000,
    );
    expect(failed.attempts).toBe(1);
    const errors = await owner.query<{ errors: { code: string }[] }>('select errors from job where id = $1', [job.id]);
    expect(errors.rows[0].errors.map((e) => e.code)).toContain('WORKER_LOST');
    // The handler ends now, after its run was given up; its transaction is rolled back.
    endLateRun();
    await jobRunOver(owner, job.id);
    expect(await jobRow(job.id)).toMatchObject({ state: 'FAILED', result: null });
    expect(await rowsOf(job.id)).toBe(0);
  }, 30_000);
});
