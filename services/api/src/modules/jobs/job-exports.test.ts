import ExcelJS from 'exceljs';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay, organisationCodeCheckChar, usccCheckChar } from '@dsr/domain';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { getBinary } from '#test/support/downloads';
import { withRequestContext } from '#test/support/request-context';
import { jobRunOver } from '#test/support/job-run';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import { loadTree } from '#test/support/tenancy';
import { jobFileContent, jobFileInfos } from './job-files.queries';

/**
 * Issue 12 §3: big exports and the retention export run as jobs whose file is kept in the job's
 * scope and downloaded by a signed link (Job.download); a failed import job offers its error sheet.
 * Thresholds lowered by environment: exports over 100 rows, imports over 400 rows run as jobs.
 */
const EXPORT_ROWS = 100;
const IMPORT_ROWS = 400;
const JOB = `query($id: ID!) { job(id: $id) { id kind state progress total result errors { code }
  download { url expiresAt filename size availableUntil } } }`;
const START = `mutation($kind: ExportKind!, $filter: ExportFilterInput, $bg: Boolean) {
  startExport(kind: $kind, filter: $filter, background: $bg) { rows url { url } job { id state } } }`;
const CANCEL = `mutation($id: ID!) { cancelJob(id: $id) { state } }`;
const HEADERS = ['名称', '类型', '统一社会信用代码', '登记机关', '区域代码', '行业类别', '管理部门'];
const PREFIX = '南乐导出宾馆';
const ME = 'nanle.coordinator';
const NEIGHBOUR = 'yexian.coordinator';

interface JobView {
  id: string;
  kind: string;
  state: string;
  progress: number;
  total: number | null;
  result: Record<string, unknown> | null;
  errors: { code: string }[];
  download: { url: string; expiresAt: string; filename: string; size: number; availableUntil: string } | null;
}

function uscc(n: number): string {
  const body = String(n).padStart(8, '0');
  const first17 = `91410923${body}${organisationCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

function csv(prefix: string, count: number, from: number, mutate?: (row: string[], i: number) => void): Buffer {
  const rows = Array.from({ length: count }, (_, i) => {
    const row = [`${prefix}${i + 1}号`, '单位', uscc(from + i), '南乐县市场监督管理局', '410923', '旅馆业', '治安大队'];
    mutate?.(row, i);
    return row.join(',');
  });
  return Buffer.from([HEADERS.join(','), ...rows].join('\r\n') + '\r\n');
}

/** Every sheet of a workbook as its name and its rows of cell values. */
async function cells(bytes: Buffer): Promise<{ name: string; rows: unknown[][] }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return wb.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    return { name: ws.name, rows };
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ended = (j: JobView) => ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(j.state);

describe('issue 12 §3: exports as jobs, their files, and a failed import job’s error sheet', () => {
  let t: TestApp;
  let owner: pg.Client;
  let firstExport = '';
  const saved = { exportRows: process.env.DSR_EXPORT_JOB_ROWS, importRows: process.env.DSR_IMPORT_JOB_ROWS };
  const files = async (id: string) =>
    Number((await owner.query('select count(*) as n from job_file where job_id = $1', [id])).rows[0].n);

  const gql = async (persona: string, query: string, variables: Record<string, unknown>) =>
    t.gql(query, variables, await t.login(persona));
  const readJob = async (persona: string, id: string): Promise<JobView> => {
    const res = await gql(persona, JOB, { id });
    if (!res.body.data?.job) throw new Error(JSON.stringify(res.body));
    return res.body.data.job as JobView;
  };
  const waitFor = async (id: string, done: (j: JobView) => boolean, persona = ME): Promise<JobView> => {
    const until = Date.now() + 30_000;
    for (;;) {
      const job = await readJob(persona, id);
      if (done(job)) return job;
      if (Date.now() > until) throw new Error(`job ${id} still ${JSON.stringify(job)}`);
      await sleep(50);
    }
  };
  const startExport = async (persona: string, kind: string, filter?: object, bg = false) => {
    const res = await gql(persona, START, { kind, filter, bg });
    if (!res.body.data?.startExport) throw new Error(JSON.stringify(res.body));
    return res.body.data.startExport as {
      rows: number | null;
      url: { url: string } | null;
      job: { id: string } | null;
    };
  };
  const upload = async (file: Buffer, query: string) =>
    supertest(t.server.app)
      .post(`/import/targets?${query}&format=csv`)
      .set('authorization', `Bearer ${await t.login(ME)}`)
      .set('content-type', 'text/csv')
      .send(file);

  beforeAll(async () => {
    process.env.DSR_EXPORT_JOB_ROWS = String(EXPORT_ROWS);
    process.env.DSR_IMPORT_JOB_ROWS = String(IMPORT_ROWS);
    t = await startTestApp({
      jobs: {
        settings: {
          pollSeconds: 0.5,
          maintenanceSeconds: 1,
          expireSeconds: 120,
          retryLimit: 1,
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
    const imported = await upload(csv(PREFIX, 300, 90_000), 'mode=commit');
    expect(imported.status).toBe(200);
  });
  afterAll(async () => {
    if (saved.exportRows === undefined) delete process.env.DSR_EXPORT_JOB_ROWS;
    else process.env.DSR_EXPORT_JOB_ROWS = saved.exportRows;
    if (saved.importRows === undefined) delete process.env.DSR_IMPORT_JOB_ROWS;
    else process.env.DSR_IMPORT_JOB_ROWS = saved.importRows;
    await owner?.end();
    await t?.close();
  });

  it('a big target export runs as a job: SUCCEEDED, progress = total, its file the synchronous workbook', async () => {
    const started = await startExport(ME, 'TARGETS', { nameContains: PREFIX });
    expect(started).toMatchObject({ rows: EXPORT_ROWS + 1, url: null, job: { id: expect.any(String) } });
    const done = await waitFor(started.job!.id, ended);
    firstExport = done.id;
    expect(done).toMatchObject({ kind: 'TARGET_EXPORT', state: 'SUCCEEDED', progress: 300, total: 300 });
    expect(done.result).toMatchObject({ rows: 300, filename: '检查对象名录库.xlsx' });
    expect(done.download).toMatchObject({ filename: '检查对象名录库.xlsx', size: done.result!.size });
    expect(new Date(done.download!.availableUntil).getTime()).toBeGreaterThan(Date.now() + 3600_000);

    // The link opens in a browser: no Authorization header.
    const file = await getBinary(t, done.download!.url);
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toContain(encodeURIComponent('检查对象名录库.xlsx'));
    const sync = await getBinary(
      t,
      `/export/targets.xlsx?nameContains=${encodeURIComponent(PREFIX)}`,
      await t.login(ME),
    );
    expect(sync.status).toBe(200);
    const [fromJob, fromRoute] = await Promise.all([cells(file.body as Buffer), cells(sync.body as Buffer)]);
    expect(fromJob[0]!.rows).toHaveLength(301);
    expect(fromJob).toEqual(fromRoute);
  });

  it('a small export is a direct link; the retention export runs as a job when asked, audited, equal to the route', async () => {
    const small = await startExport(ME, 'TARGETS', { nameContains: `${PREFIX}29` });
    expect(small).toMatchObject({
      rows: 11,
      job: null,
      url: { url: expect.stringMatching(/^\/export\/targets\.xlsx\?/) },
    });
    expect((await getBinary(t, small.url!.url)).status).toBe(200);

    // One inspection in 叶县's archive list (the demo has none).
    const archivist = 'yexian.coordinator';
    await hotelUnderDirectCheck(t, await loadTree(t.db.ownerUrl), {
      serial: 975,
      targetName: '叶县导出档案宾馆',
      reference: '12345热线 2026-11-0975',
      badgePrefix: 'ZA-4104225',
    });
    const started = await startExport(archivist, 'RETENTION', undefined, true);
    expect(started.rows).toBeGreaterThan(0);
    const done = await waitFor(started.job!.id, ended, archivist);
    expect(done).toMatchObject({ kind: 'RETENTION_EXPORT', state: 'SUCCEEDED', total: started.rows });
    expect(done.progress).toBe(done.total);
    const audited = await owner.query(
      `select after from audit_entry where operation = 'EXPORT_RETENTION_LIST' and request_id = $1`,
      [`job:${done.id}`],
    );
    expect(audited.rows).toEqual([{ after: expect.objectContaining({ rows: started.rows, jobId: done.id }) }]);
    const file = await getBinary(t, done.download!.url);
    const sync = await getBinary(t, '/export/retention.xlsx', await t.login(archivist));
    const fromJob = await cells(file.body as Buffer);
    expect(fromJob[0]!.rows.flat()).toContain('叶县导出档案宾馆');
    expect(fromJob).toEqual(await cells(sync.body as Buffer));
    // A county's inspector may not export the archive list, neither as a link nor as a job.
    const refused = await gql('nanle.inspector', START, { kind: 'RETENTION', bg: true });
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it("a neighbour bureau reads neither the job nor its file; a link's path cannot be changed", async () => {
    const started = await startExport(ME, 'TARGETS', { nameContains: PREFIX }, true);
    const done = await waitFor(started.job!.id, ended);
    expect(done.state).toBe('SUCCEEDED');
    const path = `/jobs/${done.id}/file`;
    expect(errorCode(await gql(NEIGHBOUR, JOB, { id: done.id }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(NEIGHBOUR, 'query($p: String!) { downloadUrl(path: $p) { url } }', { p: path }))).toBe(
      'NOT_FOUND',
    );
    const byToken = await getBinary(t, path, await t.login(NEIGHBOUR));
    expect(byToken.status).toBe(404);
    expect((await getBinary(t, path, await t.login(ME))).status).toBe(200);
    // The owner's signed link, pointed at another job: refused by its signature.
    expect((await getBinary(t, done.download!.url.replace(done.id, firstExport))).status).toBe(403);
    expect((await getBinary(t, path)).status).toBe(401);
    // Row-level security alone keeps the file from the neighbour's scope (no job look-up first).
    const byRls = (persona: string) =>
      withRequestContext(t, persona, async (ctx) => ({
        content: (await jobFileContent(ctx.em, done.id))?.content.length ?? null,
        infos: (await jobFileInfos(ctx.em, [done.id])).length,
      }));
    expect(await byRls(NEIGHBOUR)).toEqual({ content: null, infos: 0 });
    expect(await byRls(ME)).toEqual({ content: done.download!.size, infos: 1 });
    // This newer export of the same kind by the same user replaced the older one's file.
    expect([await files(done.id), await files(firstExport)]).toEqual([1, 0]);
    expect((await readJob(ME, firstExport)).download).toBeNull();
  });

  it('a cancelled export keeps no file (cancelled while it runs)', async () => {
    const lock = new pg.Client({ connectionString: t.db.ownerUrl });
    await lock.connect();
    try {
      // The export's first read of the permits waits behind this lock: the job is RUNNING when cancelled.
      await lock.query('begin');
      await lock.query('lock table target_permit in access exclusive mode');
      const started = await startExport(ME, 'TARGETS', { nameContains: PREFIX }, true);
      const id = started.job!.id;
      await waitFor(id, (j) => j.state === 'RUNNING');
      expect((await gql(ME, CANCEL, { id })).body.data.cancelJob.state).toBe('CANCELLED');
      await lock.query('commit');
      // The run goes on past the lock, sees the cancel and rolls back.
      await jobRunOver(lock, id);
      const job = await readJob(ME, id);
      expect(job).toMatchObject({ state: 'CANCELLED', download: null, result: null });
      expect(await files(id)).toBe(0);
    } finally {
      await lock.end();
    }
  });

  it('a failed import job offers the error sheet the synchronous upload gives, the bad row in it', async () => {
    const file = csv('南乐错表宾馆', 450, 95_000, (row, i) => {
      if (i === 279) row[4] = '410422';
    });
    const res = await upload(file, 'mode=commit');
    expect(res.status).toBe(202);
    const done = await waitFor(res.body.data.jobId as string, ended);
    expect(done).toMatchObject({ state: 'FAILED', errors: [{ code: 'IMPORT_ROWS_INVALID' }] });
    expect(done.download).toMatchObject({ filename: '检查对象导入结果.xlsx' });
    const sheet = await getBinary(t, done.download!.url);
    expect(sheet.status).toBe(200);
    const [got] = await cells(sheet.body as Buffer);
    expect(got!.rows[280]!.slice(0, 5)).toEqual([
      '南乐错表宾馆280号',
      '单位',
      uscc(95_279),
      '南乐县市场监督管理局',
      '410422',
    ]);
    expect(String(got!.rows[280]!.at(-1))).toMatch(/不在本单位辖区/);
    // The same sheet as the synchronous upload's (validate, report=xlsx) of the same file.
    const syncSheet = await supertest(t.server.app)
      .post('/import/targets?mode=validate&report=xlsx&format=csv')
      .set('authorization', `Bearer ${await t.login(ME)}`)
      .set('content-type', 'text/csv')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .send(file);
    expect(await cells(sheet.body as Buffer)).toEqual(await cells(syncSheet.body as Buffer));
    expect(errorCode(await gql(NEIGHBOUR, JOB, { id: done.id }))).toBe('NOT_FOUND');
  });

  it('R52: a filter the target export cannot apply is refused with 400 (BAD_USER_INPUT by startExport), never dropped; nothing audited, no job; a job exports what the route does', async () => {
    const token = await t.login(ME);
    const count = async (sql: string) => Number((await owner.query(sql)).rows[0].n);
    const audited = () =>
      count(`select count(*) as n from audit_entry where operation in ('EXPORT_TARGETS', 'START_EXPORT')`);
    const jobs = () => count(`select count(*) as n from job where kind = 'TARGET_EXPORT'`);
    const [auditsBefore, jobsBefore] = [await audited(), await jobs()];
    const q = (s: string) => `/export/targets.xlsx?nameContains=${encodeURIComponent(PREFIX)}&${s}`;
    for (const bad of [
      'status=BOGUS',
      'statsu=ACTIVE',
      'status=ACTIVE&status=TERMINATED',
      'businessCategory=NOPE',
      'regionCode=41x923',
      'code=%27%20or%201%3D1',
      'departmentId=nope',
      'riskLevel=SEVERE',
    ]) {
      const res = await supertest(t.server.app).get(q(bad)).set('authorization', `Bearer ${token}`);
      expect(res.status, bad).toBe(400);
      expect(res.headers['content-type'], bad).toMatch(/json/);
      expect(res.body.errors[0].extensions.code, bad).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message, bad).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const [filter, named] of [
      [{ status: 'BOGUS' }, '状态'],
      [{ riskLevel: 'SEVERE' }, '风险等级'],
      [{ departmentId: 'nope' }, '管理部门'],
    ] as const) {
      for (const background of [false, true]) {
        const res = await gql(ME, START, {
          kind: 'TARGETS',
          filter: { nameContains: PREFIX, ...filter },
          bg: background,
        });
        expect(errorCode(res), named).toBe('BAD_USER_INPUT');
        expect(res.body.errors[0].message, named).toContain(named);
      }
    }
    expect(await audited()).toBe(auditsBefore);
    expect(await jobs()).toBe(jobsBefore);

    // The list's department and risk-level filters apply to the export too (the page sends them).
    const rows = async (s: string) => {
      const res = await getBinary(t, q(s), token);
      expect(res.status, s).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as Buffer);
      return wb.worksheets[0]!.rowCount - 1;
    };
    const dept = (await owner.query(`select department_id from target where name like $1 limit 1`, [`${PREFIX}%`]))
      .rows[0].department_id as string;
    expect(await rows(`departmentId=${dept}&status=ACTIVE`)).toBe(300);
    expect(await rows(`departmentId=${crypto.randomUUID()}`)).toBe(0);
    expect(await rows('riskLevel=HIGH')).toBe(0);

    // A background export (startExport) of the same filter has exactly the route's rows: one target made ELEVATED.
    const { rows: risky } = await owner.query(`select id from target where name = $1`, [`${PREFIX}7号`]);
    const RISK = 'mutation($i: RecordRiskInput!) { recordTargetRisk(input: $i) { target { riskLevel } } }';
    const since = chinaDay(new Date());
    const recorded = await gql(ME, RISK, {
      i: { targetId: risky[0].id, code: 'SERIOUS_VIOLATION', since, source: '南公（治）决字〔2026〕7号' },
    });
    expect(recorded.body.data?.recordTargetRisk.target, JSON.stringify(recorded.body)).toEqual({
      riskLevel: 'ELEVATED',
    });
    for (const [filter, count] of [
      [{ departmentId: dept }, 300],
      [{ departmentId: crypto.randomUUID() }, 0],
      [{ riskLevel: 'ELEVATED' }, 1],
      [{ riskLevel: 'NORMAL', departmentId: dept }, 299],
    ] as const) {
      const query = { nameContains: PREFIX, ...filter };
      const job = await startExport(ME, 'TARGETS', query, true);
      expect(job.rows, JSON.stringify(filter)).toBe(Math.min(count, EXPORT_ROWS + 1)); // counted up to the threshold
      const done = await waitFor(job.job!.id, ended);
      expect(done.state).toBe('SUCCEEDED');
      const fromJob = await cells((await getBinary(t, done.download!.url)).body as Buffer);
      const fromRoute = await cells(
        (await getBinary(t, `/export/targets.xlsx?${new URLSearchParams(query).toString()}`, token)).body as Buffer,
      );
      expect(fromJob[0]!.rows, JSON.stringify(filter)).toHaveLength(count + 1);
      expect(fromJob, JSON.stringify(filter)).toEqual(fromRoute);
    }
  });

  it('R52: a target export, by the route or as a job, is audited (who, when, filter, rows) and carries the notice; a name like =HYPERLINK(…) stays text', async () => {
    // Names a spreadsheet would run as formulas (Excel formula injection), imported as text from a CSV.
    const names = ['=HYPERLINK("http://x","y")', '@SUM(1+1)', '-2+3', '+1'];
    const lines = names.map((name, i) =>
      [
        `"${name.replace(/"/g, '""')}"`,
        '单位',
        uscc(98_000 + i),
        '南乐县市场监督管理局',
        '410923',
        '旅馆业',
        '治安大队',
      ].join(','),
    );
    const imported = await upload(Buffer.from([HEADERS.join(','), ...lines].join('\r\n') + '\r\n'), 'mode=commit');
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const me = (await owner.query('select id from app_user where username = $1', [ME])).rows[0].id as string;
    const audits = async () =>
      (
        await owner.query(
          `select actor_user_id, at, request_id, after from audit_entry where operation = 'EXPORT_TARGETS' order by seq`,
        )
      ).rows as { actor_user_id: string; at: Date; request_id: string; after: Record<string, unknown> }[];
    const before = (await audits()).length;
    const started = Date.now();

    const sync = await getBinary(t, `/export/targets.xlsx?regionCode=410923&code=${uscc(98_000)}`, await t.login(ME));
    expect(sync.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sync.body as Buffer);
    const [data, notice] = wb.worksheets;
    expect(data!.getCell('A2').value).toBe(names[0]);
    expect(data!.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(notice).toMatchObject({ name: '使用说明' });
    expect(notice!.getCell('A1').value).toBe('仅限双随机抽查工作使用，不得用于其他用途');
    expect(data!.headerFooter.oddFooter).toContain('仅限双随机抽查工作使用，不得用于其他用途');
    const [byRoute] = (await audits()).slice(before);
    expect(byRoute).toMatchObject({
      actor_user_id: me,
      after: { filter: { regionCode: '410923', code: uscc(98_000) }, rows: 1, file: 'targets.xlsx' },
    });
    expect(byRoute!.at.getTime()).toBeGreaterThanOrEqual(started - 1000);

    const job = await startExport(ME, 'TARGETS', { nameContains: PREFIX }, true);
    const done = await waitFor(job.job!.id, ended);
    expect(done.state).toBe('SUCCEEDED');
    const [byJob] = (await audits()).slice(before + 1);
    expect(byJob).toMatchObject({
      actor_user_id: me,
      request_id: `job:${done.id}`,
      after: { filter: { nameContains: PREFIX }, rows: 300, jobId: done.id },
    });
    const kept = await cells((await getBinary(t, done.download!.url)).body as Buffer);
    expect(kept.at(-1)).toEqual({ name: '使用说明', rows: [['仅限双随机抽查工作使用，不得用于其他用途']] });

    // Every formula-looking name comes back as the same text in the full export; none is a formula.
    const all = new ExcelJS.Workbook();
    await all.xlsx.load(
      (await getBinary(t, '/export/targets.xlsx?regionCode=410923', await t.login(ME))).body as Buffer,
    );
    const got = new Map<string, ExcelJS.ValueType>();
    all.worksheets[0]!.eachRow((row) => got.set(String(row.getCell(1).value), row.getCell(1).type));
    for (const name of names) expect(got.get(name), name).toBe(ExcelJS.ValueType.String);

    // The archive list (R42) was audited already (EXPORT_RETENTION_LIST, the test above); its file carries the notice too.
    const retention = await cells(
      (await getBinary(t, '/export/retention.xlsx', await t.login('yexian.coordinator'))).body as Buffer,
    );
    expect(retention.at(-1)!.rows).toEqual([['仅限双随机抽查工作使用，不得用于其他用途']]);
  });
});
