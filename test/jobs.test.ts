import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '@dsr/db';
import { errorCode, startTestApp, type TestApp } from './support/harness';
import { withRequestContext } from './support/request-context';
import { jobRunOver } from './support/job-run';
import { writeRows } from './support/job-rows.mjs';
import type { JobRun } from '../services/api/src/modules/jobs/job-handler';
import { everyMinutesCron } from '../services/api/src/modules/jobs/audit-verification.job';

/**
 * Issue 12 §3: background jobs on the queue (pg-boss), run in this process with short timings. A job
 * runs as its starter, under row-level security; progress is readable while it runs; a cancelled or
 * failed job writes nothing; retries back off. The crash of a worker process: jobs-crash.test.ts.
 */
const JOB_FIELDS =
  'id kind state progress total attempts startedBy createdAt startedAt finishedAt result errors { attempt at code message }';
const JOB = `query($id: ID!) { job(id: $id) { ${JOB_FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelJob(id: $id) { ${JOB_FIELDS} } }`;

interface JobView {
  id: string;
  state: string;
  progress: number;
  total: number | null;
  attempts: number;
  result: Record<string, unknown> | null;
  errors: { attempt: number; at: string; code: string; message: string }[];
}

type Payload =
  | { mode: 'scope'; neighbour: string }
  | { mode: 'gate' }
  | { mode: 'fail' }
  | { mode: 'rows'; rows: number; delayMs: number; prefix: string };

const gates = new Map<string, () => void>();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The test kind (TARGET_EXPORT here): what it does depends on the payload. */
async function testHandler(job: JobRun<Payload>): Promise<unknown> {
  const { ctx, payload } = job;
  if (payload.mode === 'rows')
    return writeRows(job as unknown as JobRun<{ rows: number; delayMs: number; prefix: string }>);
  if (payload.mode === 'fail') throw new Error(`第 ${job.attempt} 次执行失败`);
  if (payload.mode === 'gate') {
    for (let i = 1; i <= 3; i++) job.progress(i, 5);
    await new Promise<void>((resolve) => gates.set(job.jobId, resolve));
    return { released: true };
  }
  const count = async (bureauId: string) => {
    const rows = (await ctx.em
      .getConnection()
      .execute(
        'select count(*)::int as n from app_user where bureau_id = ?',
        [bureauId],
        'all',
        ctx.em.getTransactionContext(),
      )) as { n: number }[];
    return rows[0].n;
  };
  const own = ctx.principal?.bureauId ?? '';
  return {
    principal: ctx.principal?.username,
    ownBySql: await count(own),
    neighbourBySql: await count(payload.neighbour),
    neighbourByOrm: await ctx.em.count(User, { bureauId: payload.neighbour }),
  };
}

describe('background jobs (issue 12 §3)', () => {
  let t: TestApp;
  let owner: pg.Client;
  const bureauOf = async (username: string) =>
    (await owner.query<{ bureau_id: string }>('select bureau_id from app_user where username = $1', [username])).rows[0]
      .bureau_id;

  const startJob = async (persona: string, payload: Payload) =>
    withRequestContext(t, persona, (ctx) => t.server.services.jobs.start(ctx, 'TARGET_EXPORT', payload), {
      commit: true,
    });

  const readJob = async (persona: string, id: string): Promise<JobView> => {
    const res = await t.gql(JOB, { id }, await t.login(persona));
    if (!res.body.data?.job) throw new Error(JSON.stringify(res.body));
    return res.body.data.job as JobView;
  };

  const waitFor = async (persona: string, id: string, done: (j: JobView) => boolean, ms = 20_000): Promise<JobView> => {
    const until = Date.now() + ms;
    for (;;) {
      const job = await readJob(persona, id);
      if (done(job)) return job;
      if (Date.now() > until) throw new Error(`job ${id} still ${JSON.stringify(job)}`);
      await sleep(100);
    }
  };
  const ended = (j: JobView) => ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(j.state);

  beforeAll(async () => {
    t = await startTestApp({
      jobs: {
        settings: {
          pollSeconds: 0.5,
          maintenanceSeconds: 1,
          expireSeconds: 30,
          retryLimit: 2,
          retryDelaySeconds: 1,
          progressIntervalMs: 50,
          cancelPollMs: 100,
          concurrency: 2,
        },
      },
    });
    t.server.services.jobKinds.register('TARGET_EXPORT', { handler: testHandler });
    await t.server.services.jobQueue.start(t.orm, { work: true });
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it("runs as its starter under row-level security; the neighbour's rows stay unseen, and so does the job", async () => {
    const neighbour = await bureauOf('nanle.admin');
    const job = await startJob('yexian.admin', { mode: 'scope', neighbour });
    const done = await waitFor('yexian.admin', job.id, ended);
    expect(done.state).toBe('SUCCEEDED');
    expect(done.result).toEqual({
      principal: 'yexian.admin',
      ownBySql: expect.any(Number),
      neighbourBySql: 0,
      neighbourByOrm: 0,
    });
    expect(done.result?.ownBySql).toBeGreaterThan(0);
    // The owner sees the neighbour's users: the zero above is the scope's doing.
    const all = await owner.query('select count(*)::int as n from app_user where bureau_id = $1', [neighbour]);
    expect(all.rows[0].n).toBeGreaterThan(0);

    const seen = await t.gql(JOB, { id: job.id }, await t.login('nanle.admin'));
    expect(errorCode(seen)).toBe('NOT_FOUND');
    expect(seen.body.errors?.[0].message).toBe('任务不存在或无权访问');
    const cancel = await t.gql(CANCEL, { id: job.id }, await t.login('nanle.admin'));
    expect(errorCode(cancel)).toBe('NOT_FOUND');
    // The city above reads it (its scope), as an administrator of the whole bureau.
    expect((await readJob('pingdingshan.admin', job.id)).state).toBe('SUCCEEDED');
    // State changes by the worker are in the starter's chain, under the job's request id.
    const audit = await owner.query<{ operation: string; actor_name: string }>(
      `select operation, actor_name from audit_entry where object_id = $1 order by seq`,
      [job.id],
    );
    expect(audit.rows.map((r) => r.operation)).toEqual(['START_JOB', 'JOB_RUNNING', 'JOB_SUCCEEDED']);
  });

  it('shows progress while the job runs', async () => {
    const job = await startJob('yexian.admin', { mode: 'gate' });
    const running = await waitFor('yexian.admin', job.id, (j) => j.progress === 3);
    expect(running).toMatchObject({ state: 'RUNNING', progress: 3, total: 5, attempts: 1 });
    gates.get(job.id)?.();
    const done = await waitFor('yexian.admin', job.id, ended);
    expect(done).toMatchObject({ state: 'SUCCEEDED', result: { released: true } });
  });

  it('cancels a running job: CANCELLED, nothing written; cancelling it again is CONFLICT', async () => {
    const prefix = 'cancel';
    const job = await startJob('yexian.admin', { mode: 'rows', rows: 200, delayMs: 50, prefix });
    await waitFor('yexian.admin', job.id, (j) => j.progress >= 3);
    const token = await t.login('yexian.admin');
    const res = await t.gql(CANCEL, { id: job.id }, token);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.cancelJob).toMatchObject({ state: 'CANCELLED' });
    await jobRunOver(owner, job.id); // the worker notices within cancelPollMs and rolls back
    const rows = await owner.query('select count(*)::int as n from import_error_sheet where filename like $1', [
      `${prefix}-${job.id}-%`,
    ]);
    expect(rows.rows[0].n).toBe(0);
    expect((await readJob('yexian.admin', job.id)).state).toBe('CANCELLED');
    const again = await t.gql(CANCEL, { id: job.id }, token);
    expect(errorCode(again)).toBe('CONFLICT');
    const audit = await owner.query<{ operation: string }>(
      'select operation from audit_entry where object_id = $1 order by seq',
      [job.id],
    );
    expect(audit.rows.map((r) => r.operation)).toEqual(['START_JOB', 'JOB_RUNNING', 'CANCEL_JOB']);
  });

  it('cancelling a finished job is CONFLICT', async () => {
    const job = await startJob('yexian.admin', { mode: 'rows', rows: 2, delayMs: 0, prefix: 'done' });
    expect((await waitFor('yexian.admin', job.id, ended)).state).toBe('SUCCEEDED');
    const res = await t.gql(CANCEL, { id: job.id }, await t.login('yexian.admin'));
    expect(errorCode(res)).toBe('CONFLICT');
    const rows = await owner.query('select count(*)::int as n from import_error_sheet where filename like $1', [
      `done-${job.id}-%`,
    ]);
    expect(rows.rows[0].n).toBe(2);
  });

  it('retries a failing job with back-off and ends FAILED with every error', async () => {
    const job = await startJob('yexian.admin', { mode: 'fail' });
    const done = await waitFor('yexian.admin', job.id, ended, 25_000);
    expect(done.state).toBe('FAILED');
    expect(done.attempts).toBe(3);
    expect(done.errors.map((e) => [e.attempt, e.message])).toEqual([
      [1, '第 1 次执行失败'],
      [2, '第 2 次执行失败'],
      [3, '第 3 次执行失败'],
    ]);
    const [a, b, c] = done.errors.map((e) => Date.parse(e.at));
    expect(b - a).toBeGreaterThanOrEqual(1000); // retryDelay 1 s, then doubled
    expect(c - b).toBeGreaterThanOrEqual(2000);
  }, 30_000);

  it('verifies the audit chain as a job: the result is what verifyAuditChain answers', async () => {
    const token = await t.login('pingdingshan.admin');
    const start = await t.gql(`mutation { startAuditVerification(full: true) { id state kind } }`, {}, token);
    expect(start.body.errors).toBeUndefined();
    const id = start.body.data?.startAuditVerification.id as string;
    const done = await waitFor('pingdingshan.admin', id, ended);
    expect(done.state).toBe('SUCCEEDED');
    const direct = await t.gql(`{ verifyAuditChain(full: true) { ok tenants chains { tenantId ok } } }`, {}, token);
    expect(done.result).toMatchObject({ ok: true, tenants: direct.body.data?.verifyAuditChain.tenants });
    expect(done.total).toBe(direct.body.data?.verifyAuditChain.tenants);
    // A county verifies no chain: refused before anything is queued.
    const county = await t.gql(`mutation { startAuditVerification { id } }`, {}, await t.login('yexian.admin'));
    expect(errorCode(county)).toBe('FORBIDDEN');
  });

  it('schedules audit checkpoints, the publication clock and the statistics refresh on the queue (minute grain)', async () => {
    expect(everyMinutesCron(60)).toBe('* * * * *');
    expect(everyMinutesCron(300)).toBe('*/5 * * * *');
    expect(everyMinutesCron(20)).toBe('* * * * *');
    const schedules = await owner.query<{ name: string; cron: string }>(
      'select name, cron from pgboss.schedule order by name',
    );
    expect(schedules.rows).toEqual([
      { name: 'dsr_task_audit_checkpoint', cron: '* * * * *' },
      { name: 'dsr_task_publication_clock', cron: '*/10 * * * *' },
      { name: 'dsr_task_statistics_refresh', cron: '*/5 * * * *' },
    ]);
  });
});
