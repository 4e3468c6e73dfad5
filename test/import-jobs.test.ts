import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationCodeCheckChar, usccCheckChar } from '@dsr/domain';
import { errorCode, startTestApp, type TestApp } from './support/harness';
import { jobRunOver } from './support/job-run';

/**
 * Issue 12 §3: an uploaded commit over DSR_IMPORT_JOB_ROWS rows (50 here) runs as a background job,
 * through the real upload route and the queue running in this process: 202 with the job's id, the
 * job read with job(id) in scope only, all rows or none (a cancel or an error row writes nothing).
 */
const JOB = `query($id: ID!) { job(id: $id) { id kind state progress total attempts result errors { code message } } }`;
const CANCEL = `mutation($id: ID!) { cancelJob(id: $id) { state } }`;
const HEADERS = ['名称', '类型', '统一社会信用代码', '登记机关', '区域代码', '行业类别', '管理部门'];
const THRESHOLD = 50;

interface JobView {
  id: string;
  kind: string;
  state: string;
  progress: number;
  total: number | null;
  attempts: number;
  result: Record<string, unknown> | null;
  errors: { code: string; message: string }[];
}

function uscc(n: number): string {
  const body = String(n).padStart(8, '0');
  const first17 = `91410923${body}${organisationCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

/** A csv of `count` valid 南乐 targets named `<prefix><n>号`, codes from `from`; `mutate` spoils rows. */
function csv(prefix: string, count: number, from: number, mutate?: (row: string[], i: number) => void): Buffer {
  const rows = Array.from({ length: count }, (_, i) => {
    const row = [`${prefix}${i + 1}号`, '单位', uscc(from + i), '南乐县市场监督管理局', '410923', '旅馆业', '治安大队'];
    mutate?.(row, i);
    return row.join(',');
  });
  return Buffer.from([HEADERS.join(','), ...rows].join('\r\n') + '\r\n');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('issue 12 §3: big imports run as background jobs', () => {
  let t: TestApp;
  let owner: pg.Client;
  let saved: string | undefined;
  const count = async (sql: string, params: unknown[]) => Number((await owner.query(sql, params)).rows[0].n);
  const targets = (prefix: string) => count('select count(*) as n from target where name like $1', [`${prefix}%`]);
  /** Audit entries naming a target of the file (each row's entry carries its name). */
  const audit = (prefix: string) =>
    count(`select count(*) as n from audit_entry where object_type = 'Target' and after::text like $1`, [
      `%${prefix}%`,
    ]);

  const upload = async (persona: string, file: Buffer, mode = 'commit') =>
    supertest(t.server.app)
      .post(`/import/targets?mode=${mode}&format=csv`)
      .set('authorization', `Bearer ${await t.login(persona)}`)
      .set('content-type', 'text/csv')
      .send(file);

  const readJob = async (persona: string, id: string): Promise<JobView> => {
    const res = await t.gql(JOB, { id }, await t.login(persona));
    if (!res.body.data?.job) throw new Error(JSON.stringify(res.body));
    return res.body.data.job as JobView;
  };
  const waitFor = async (
    id: string,
    done: (j: JobView) => boolean,
    persona = 'nanle.coordinator',
    ms = 60_000,
  ): Promise<JobView> => {
    const until = Date.now() + ms;
    for (;;) {
      const job = await readJob(persona, id);
      if (done(job)) return job;
      if (Date.now() > until) throw new Error(`job ${id} still ${JSON.stringify(job)}`);
      await sleep(50);
    }
  };
  /** Whether the job's record still holds the uploaded file (dropped when the job ends). */
  const holdsFile = async (id: string) =>
    (await owner.query<{ held: boolean }>(`select payload ? 'file' as held from job where id = $1`, [id])).rows[0].held;
  const ended = (j: JobView) => ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(j.state);
  /** The queue's own record of the job's deliveries (pg-boss keeps it under the job's id). */
  const delivery = async (id: string) =>
    (
      await owner.query<{ state: string; retries: number }>(
        'select state, retry_count as retries from pgboss.job where id = $1',
        [id],
      )
    ).rows[0];

  beforeAll(async () => {
    saved = process.env.DSR_IMPORT_JOB_ROWS;
    process.env.DSR_IMPORT_JOB_ROWS = String(THRESHOLD);
    t = await startTestApp({
      jobs: {
        settings: {
          pollSeconds: 0.5,
          maintenanceSeconds: 1,
          expireSeconds: 120,
          retryLimit: 2,
          retryDelaySeconds: 1,
          progressIntervalMs: 50,
          cancelPollMs: 50,
          concurrency: 1,
        },
      },
    });
    await t.server.services.jobQueue.start(t.orm, { work: true });
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.DSR_IMPORT_JOB_ROWS;
    else process.env.DSR_IMPORT_JOB_ROWS = saved;
    await owner?.end();
    await t?.close();
  });

  it('a file over the threshold answers 202 with a job; the job imports every row, progress = total', async () => {
    const res = await upload('nanle.coordinator', csv('南乐后台宾馆', 600, 70_000));
    expect(res.status).toBe(202);
    expect(res.body.data).toMatchObject({ mode: 'commit', written: false, state: 'QUEUED', rows: 600 });
    expect(res.body.data.message).toContain('后台任务');
    const id = res.body.data.jobId as string;
    const done = await waitFor(id, ended);
    expect(await holdsFile(id)).toBe(false);
    expect(done).toMatchObject({ kind: 'TARGET_IMPORT', state: 'SUCCEEDED', progress: 600, total: 600 });
    expect(done.result).toMatchObject({ written: true, rows: 600, inserted: 600, errorCount: 0 });
    expect(await targets('南乐后台宾馆')).toBe(600);
    // One entry per row and the file's summary, in the starter's chain.
    expect(await audit('南乐后台宾馆')).toBe(600);
    const summary = await owner.query(
      `select count(*)::int as n from audit_entry where operation = 'IMPORT_TARGETS'
      and request_id = $1`,
      [`job:${id}`],
    );
    expect(summary.rows[0].n).toBe(1);

    // A neighbouring county does not see the job; the importer's own city does.
    const seen = await t.gql(JOB, { id }, await t.login('yexian.coordinator'));
    expect(errorCode(seen)).toBe('NOT_FOUND');
    expect((await t.gql(CANCEL, { id }, await t.login('yexian.coordinator'))).body.errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('a file with an error row writes nothing: the job ends FAILED, its result names the row', async () => {
    const file = csv('南乐错行宾馆', 300, 71_000, (row, i) => {
      if (i === 279) row[6] = '不存在的大队';
    });
    const res = await upload('nanle.coordinator', file);
    expect(res.status).toBe(202);
    const done = await waitFor(res.body.data.jobId as string, ended);
    expect(done.state).toBe('FAILED');
    expect(await holdsFile(done.id)).toBe(false);
    expect(done.errors).toEqual([expect.objectContaining({ code: 'IMPORT_ROWS_INVALID' })]);
    expect(done.result).toMatchObject({ written: false, inserted: 0, errorCount: 1 });
    // Row 281: the header is row 1, the 280th data row is row 281.
    expect(done.result?.errors).toEqual([expect.objectContaining({ row: 281, code: 'UNKNOWN_DEPARTMENT' })]);
    expect(await targets('南乐错行宾馆')).toBe(0);
    expect(await audit('南乐错行宾馆')).toBe(0);
    // Not run again: the queue's retry (due after 1 s here) finds it FAILED and leaves it, and only then does
    // the queue call the delivery completed.
    for (const until = Date.now() + 20_000; (await delivery(done.id))?.state !== 'completed'; await sleep(50)) {
      if (Date.now() > until) throw new Error(`the retry did not end: ${JSON.stringify(await delivery(done.id))}`);
    }
    expect(await delivery(done.id)).toEqual({ state: 'completed', retries: 1 });
    expect(await readJob('nanle.coordinator', done.id)).toMatchObject({ state: 'FAILED', attempts: 1 });
    expect((await readJob('nanle.coordinator', done.id)).errors).toHaveLength(1);
  });

  it('a cancelled import job writes no targets and no audit entries', async () => {
    // 5,000 rows: twenty chunks, far more than the one the cancel waits for.
    const res = await upload('nanle.coordinator', csv('南乐取消宾馆', 5_000, 200_000));
    expect(res.status).toBe(202);
    const id = res.body.data.jobId as string;
    expect(await holdsFile(id)).toBe(true);
    // At least one chunk of rows is written in the job's transaction (and its audit chain lock held).
    const running = await waitFor(id, (j) => j.progress > 0 || ended(j));
    expect(running.state).toBe('RUNNING');
    expect(running.progress).toBeGreaterThan(0);
    const asked = Date.now();
    const cancel = await t.gql(CANCEL, { id }, await t.login('nanle.coordinator'));
    expect(cancel.body.errors).toBeUndefined();
    expect(cancel.body.data?.cancelJob).toEqual({ state: 'CANCELLED' });
    // The cancel does not wait for the import to end: the run stops at once and rolls back.
    expect(Date.now() - asked).toBeLessThan(5000);
    const after = await readJob('nanle.coordinator', id);
    expect(after.state).toBe('CANCELLED');
    expect(await holdsFile(id)).toBe(false);
    expect(after.progress).toBeLessThan(5_000);
    expect(await targets('南乐取消宾馆')).toBe(0);
    expect(await audit('南乐取消宾馆')).toBe(0);
    const trail = await owner.query<{ operation: string }>(
      'select operation from audit_entry where object_id = $1 order by seq',
      [id],
    );
    expect(trail.rows.map((r) => r.operation)).toEqual(['START_JOB', 'JOB_RUNNING', 'CANCEL_JOB']);
    // Nothing comes later either, once the run has ended.
    await jobRunOver(owner, id);
    expect(await targets('南乐取消宾馆')).toBe(0);
    expect((await readJob('nanle.coordinator', id)).state).toBe('CANCELLED');
  });

  it('an inspector file over the threshold is an INSPECTOR_IMPORT job too', async () => {
    const head = ['姓名', '性别', '部门', '警号', '警官证号', '证件有效期至', '技能'];
    const rows = Array.from({ length: 80 }, (_, i) =>
      [
        `任务民警${i}`,
        i % 2 ? '男' : '女',
        '治安大队',
        `1306349${String(i).padStart(3, '0')}`,
        `冀公任务${i}`,
        '2030-12-31',
        '旅馆业检查',
      ].join(','),
    );
    const res = await supertest(t.server.app)
      .post('/import/inspectors?mode=commit&format=csv')
      .set('authorization', `Bearer ${await t.login('quyang.admin')}`)
      .set('content-type', 'text/csv')
      .send(Buffer.from([head.join(','), ...rows].join('\n') + '\n'));
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const done = await waitFor(res.body.data.jobId as string, ended, 'quyang.admin');
    expect(done).toMatchObject({ kind: 'INSPECTOR_IMPORT', state: 'SUCCEEDED', progress: 80, total: 80 });
    expect(done.result).toMatchObject({ written: true, inserted: 80 });
    expect(await count('select count(*) as n from inspector where name like $1', ['任务民警%'])).toBe(80);
  });

  it('a small upload, and any validation, stay synchronous as before', async () => {
    const small = await upload('nanle.coordinator', csv('南乐小表宾馆', THRESHOLD, 73_000));
    expect(small.body.data?.errors ?? []).toEqual([]);
    expect(small.status).toBe(200);
    expect(small.body.data).toMatchObject({ written: true, inserted: THRESHOLD });
    expect(small.body.data.jobId).toBeUndefined();
    expect(await targets('南乐小表宾馆')).toBe(THRESHOLD);
    const validate = await upload('nanle.coordinator', csv('南乐校验宾馆', 200, 74_000), 'validate');
    expect(validate.status).toBe(200);
    expect(validate.body.data).toMatchObject({ mode: 'validate', rows: 200, written: false });
    expect(validate.body.data.jobId).toBeUndefined();
  });
});
