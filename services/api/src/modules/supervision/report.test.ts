import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '@dsr/domain';
import { ok } from '#test/support/catalog-fixtures';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { Scenario } from '#test/support/scenario';
import { getBinary, pdfText } from '#test/support/downloads';
import { loadTree } from '#test/support/tenancy';
import { pendingSituationReport } from './report.service';
import { demoBureau, recheckRows, seedCounty } from '#test/supervision/assessment-fixture';

/**
 * Supervision reports (issue 15 §Reports, R22, R56): 叶县 draws a round of internet cafés; two checks
 * end, one with a rectification report. The round report, made by its job, must count what a plain
 * SQL count over the round's inspections says, per bureau and department; its PDF is a PDF with the
 * Chinese title, its workbook has the per-bureau and per-department sheets; 南乐 and 濮阳 never see it.
 */
const REQUEST = `mutation($i: RequestSupervisionReportInput!) { requestSupervisionReport(input: $i) {
  report { id kind title periodStart periodEnd state } } }`;
const ROUNDS = `query($s: String, $n: Int) { reportRounds(search: $s, first: $n) { id roundNo taskName planTitle bureauName } }`;
const DUE = `{ situationReportDue { title asOf overdue } }`;
const REPORTS = `{ supervisionReports { id kind title state generatedAt xlsx { url filename } pdf { url filename } } }`;

interface ReportView {
  id: string;
  kind: string;
  title: string;
  state: string | null;
  generatedAt: string | null;
  xlsx: { url: string; filename: string } | null;
  pdf: { url: string; filename: string } | null;
}

/** Last year: its 1 June report covers 1 December before it to 31 May. */
const Y = Number(chinaDay(new Date()).slice(0, 4)) - 1;
const d = (md: string) => `${Y}-${md}`;

let t: TestApp;
let owner: pg.Client;
let roundId = '';
let inspections: string[] = [];

const as = async (persona: string, q: string, v?: Record<string, unknown>) => t.gql(q, v, await t.login(persona));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function reportsOf(persona: string): Promise<ReportView[]> {
  return ok(await as(persona, REPORTS), 'reports').supervisionReports as ReportView[];
}

async function generated(id: string): Promise<ReportView> {
  const until = Date.now() + 30_000;
  for (;;) {
    const r = (await reportsOf('yexian.coordinator')).find((x) => x.id === id);
    if (r?.generatedAt || r?.state === 'FAILED') return r;
    if (Date.now() > until) throw new Error(`report ${id} not generated: ${JSON.stringify(r)}`);
    await sleep(100);
  }
}

async function download(url: string): Promise<Buffer> {
  const res = await getBinary(t, url);
  expect(res.status).toBe(200);
  return res.body as Buffer;
}

beforeAll(async () => {
  t = await startTestApp({
    jobs: {
      settings: {
        pollSeconds: 0.5,
        maintenanceSeconds: 1,
        expireSeconds: 120,
        retryLimit: 0,
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
  const yexian = await Scenario.of(t, 'yexian');
  await yexian.importTargets(
    Array.from({ length: 10 }, (_, i) => ({
      name: `报告网吧${i + 1}`,
      category: 'INTERNET_CAFE',
      department: '网安大队',
      region: '410422100',
      serial: 8600 + i,
    })),
  );
  await yexian.inspectors('网安大队', 6, (n) => ({ name: `网安报告${n}` }));
  const item = await yexian.item({
    name: '网吧抽查（报告）',
    department: '网安大队',
    categories: ['INTERNET_CAFE'],
    samplingRatioBp: 5000,
  });
  const year = Number(chinaDay(new Date()).slice(0, 4)) + 1;
  const task = {
    name: '网吧专项抽查',
    itemVersionIds: [item],
    departmentIds: [yexian.department('网安大队')],
    joint: false,
    ratioBp: 5000,
    timesPerYear: 1,
    teamSize: 2,
  };
  const work = await yexian.plan({
    year,
    tasks: [{ task, rounds: [[`${year}-03-01`, `${year}-03-31`]] }],
    until: 'ACKNOWLEDGED',
  });
  roundId = work.rounds[0]![0]!;
  await yexian.draw(roundId);
  inspections = (
    await owner.query<{ id: string }>(
      'select i.id from inspection i join inspection_source s on s.inspection_id = i.id where s.round_id = $1 order by i.id',
      [roundId],
    )
  ).rows.map((r) => r.id);
  // Two checks ended in the round (as the owner: the figures are counted from rows, whatever wrote them),
  // a third only after the round's window: not done in the round's report.
  await owner.query(`update inspection set check_ended_on = window_start where id = any($1::uuid[])`, [
    inspections.slice(0, 2),
  ]);
  await owner.query(`update inspection set check_ended_on = window_end + 5 where id = $1`, [inspections[2]]);
  // The half year before 1 June of last year: 叶县's records in plain SQL (one outside the period).
  const ye = demoBureau(await loadTree(t.db.ownerUrl), 'yexian');
  const seeded = await seedCounty(t, {
    bureauId: ye.bureauId,
    path: ye.path,
    divisionCode: '410422',
    departments: ye.departments,
    users: [ye.user('head').id, ye.user('admin').id],
    activeTargets: 5,
    inspections: [
      {
        windowEnd: d('03-31'),
        ended: d('03-20'),
        reportDue: d('03-25'),
        report: 'ON_TIME',
        opinion: 'RECTIFICATION',
        notice: { deadline: d('04-30'), closed: true },
        pub: { due: d('04-20'), on: d('04-10') },
      },
      {
        windowEnd: d('04-30'),
        ended: d('04-15'),
        reportDue: d('04-20'),
        report: 'LATE',
        pub: { due: d('05-15'), on: null },
      },
      {
        windowEnd: d('05-31'),
        ended: d('05-10'),
        reportDue: d('05-13'),
        report: 'ON_TIME',
        opinion: 'RECTIFICATION',
        notice: { deadline: d('05-25'), closed: false },
        dept: 1,
      },
      { direct: true, windowEnd: d('05-20'), ended: null, reportDue: d('05-25') },
      { windowEnd: d('07-15'), ended: d('07-10'), reportDue: d('07-14'), report: 'ON_TIME' },
      // Due in the half year, but its check ended after 31 May: in the report, not done in it.
      { windowEnd: d('05-31'), ended: d('06-03'), reportDue: d('06-08') },
    ],
  });
  // 平顶山's re-check concluded on the first two, agreeing on one; the second re-checked twice (the latest counts).
  await recheckRows(t, [
    { bureauId: ye.bureauId, inspectionId: seeded.inspections[0]!, concludedOn: d('05-02'), agreed: true },
    { bureauId: ye.bureauId, inspectionId: seeded.inspections[1]!, concludedOn: d('04-20'), agreed: true },
    { bureauId: ye.bureauId, inspectionId: seeded.inspections[1]!, concludedOn: d('05-20'), agreed: false },
  ]);
});

afterAll(async () => {
  await owner?.end();
  await t?.close();
});

describe('supervision reports (R22, R56)', () => {
  let report: ReportView;

  it('R56 a round report, made by its job, counts what a plain SQL count over the round says; done = ended by the round’s last day', async () => {
    expect(inspections.length).toBeGreaterThanOrEqual(3);
    const req = ok(await as('yexian.coordinator', REQUEST, { i: { kind: 'ROUND', roundId } }), 'request');
    expect(req.requestSupervisionReport.report).toMatchObject({
      kind: 'ROUND',
      title: '网吧专项抽查第1轮抽查工作总结',
    });
    report = await generated(req.requestSupervisionReport.report.id as string);
    expect(report.state).toBe('SUCCEEDED');
    const { rows: plain } = await owner.query<Record<string, number | string | null>>(
      `select i.bureau_id, i.lead_department_id, count(*)::int as inspections,
              count(*) filter (where i.kind = 'DRAWN')::int as drawn,
              count(*) filter (where i.check_ended_on <= r.window_end)::int as inspected,
              count(n.id)::int as notices,
              count(*) filter (where exists (select 1 from publication p where p.subject_id = i.id
                 and p.kind = 'INSPECTION_RESULT' and p.published_at is not null))::int as published
         from inspection_source s join inspection i on i.id = s.inspection_id
         join plan_round r on r.id = s.round_id
         left join rectification_notice n on n.inspection_id = i.id
        where s.round_id = $1
        group by i.bureau_id, i.lead_department_id`,
      [roundId],
    );
    const { rows } = await owner.query<{ figures: Record<string, unknown>[] }>(
      'select figures from supervision_report where id = $1',
      [report.id],
    );
    const figures = rows[0]!.figures;
    const perDepartment = figures.filter((f) => f.bureauId && !f.wholeBureau);
    expect(perDepartment).toHaveLength(plain.length);
    for (const p of plain) {
      const f = perDepartment.find((x) => x.departmentId === p.lead_department_id)!;
      expect(f).toMatchObject({
        bureauId: p.bureau_id,
        inspections: p.inspections,
        drawn: p.drawn,
        inspected: p.inspected,
        notices: p.notices,
        published: p.published,
      });
    }
    const total = figures.find((f) => !f.bureauId)!;
    expect(total).toMatchObject({ inspections: inspections.length, drawn: inspections.length, inspected: 2 });
  });

  it('R56/R52 the PDF is a PDF with the Chinese title and the use notice in its footer; the workbook has 各单位 and 各部门 sheets and the notice', async () => {
    expect(report.pdf?.filename).toBe('网吧专项抽查第1轮抽查工作总结.pdf');
    const pdf = await download(report.pdf!.url);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The text as a reader extracts it (pdf.js): the title, and the bureau's row.
    const text = await pdfText(pdf);
    expect(text).toContain('网吧专项抽查第1轮抽查工作总结');
    expect(text).toContain('叶县公安局');
    expect(text).toContain('仅限双随机抽查工作使用，不得用于其他用途');
    const xlsx = await download(report.xlsx!.url);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '各单位', '各部门', '使用说明']);
    // R52: internal files say what they may be used for.
    expect(wb.getWorksheet('使用说明')!.getCell('A1').value).toBe('仅限双随机抽查工作使用，不得用于其他用途');
    const units = wb.getWorksheet('各单位')!;
    expect(units.getRow(2).getCell(1).value).toBe('叶县公安局');
    expect(units.getRow(2).getCell(2).value).toBe(inspections.length);
    expect(wb.getWorksheet('各部门')!.getRow(2).getCell(2).value).toBe('网安大队');
    const { rows } = await owner.query(`select operation from audit_entry where object_id = $1 order by id`, [
      report.id,
    ]);
    expect(rows.map((r) => r.operation)).toEqual(['REQUEST_SUPERVISION_REPORT', 'GENERATE_SUPERVISION_REPORT']);
  });

  it('R22 a situation report is of 1 June or 1 December; anything else is REPORT_SITUATION_DATE, nothing written', async () => {
    const before = Number((await owner.query('select count(*) from supervision_report')).rows[0].count);
    const bad = await as('yexian.coordinator', REQUEST, { i: { kind: 'SITUATION', asOf: `${Y}-07-01` } });
    expect(errorCode(bad)).toBe('REPORT_SITUATION_DATE');
    expect(Number((await owner.query('select count(*) from supervision_report')).rows[0].count)).toBe(before);
  });

  it('R22 the 1 June report counts the half year before it: done by 31 May, findings, notices, publications, overdue as plain SQL says', async () => {
    const req = ok(
      await as('yexian.coordinator', REQUEST, { i: { kind: 'SITUATION', asOf: `${Y}-06-01` } }),
      'situation',
    );
    expect(req.requestSupervisionReport.report).toMatchObject({
      periodStart: `${Y - 1}-12-01`,
      periodEnd: `${Y}-06-01`,
    });
    const done = await generated(req.requestSupervisionReport.report.id as string);
    expect(done.state).toBe('SUCCEEDED');
    const { rows } = await owner.query<{ figures: Record<string, unknown>[] }>(
      'select figures from supervision_report where id = $1',
      [done.id],
    );
    const total = rows[0]!.figures.find((f) => !f.bureauId)!;
    // Independently: the inspections whose window closed in the half year, and what followed them.
    const { rows: plain } = await owner.query<Record<string, number>>(
      `with chosen as (select * from inspection where window_end >= $1 and window_end < $2 and status <> 'CANCELLED')
       select (select count(*) from chosen)::int as inspections,
              (select count(*) from chosen where kind = 'DRAWN')::int as drawn,
              (select count(*) from chosen where check_ended_on < $2)::int as inspected,
              (select count(*) from inspection_report r join chosen c on c.id = r.inspection_id
                where r.opinion = 'RECTIFICATION')::int as rectification,
              (select count(*) from rectification_notice n join chosen c on c.id = n.inspection_id)::int as notices,
              (select count(*) from rectification_notice n join chosen c on c.id = n.inspection_id
                where n.status = 'CLOSED')::int as notices_closed,
              (select count(*) from publication p join chosen c on c.id = p.subject_id
                where p.published_at is not null)::int as published,
              ((select count(*) from chosen c where c.report_due < $2
                  and not exists (select 1 from inspection_report r where r.inspection_id = c.id))
               + (select count(*) from rectification_notice n join chosen c on c.id = n.inspection_id
                   where n.status = 'ISSUED' and n.deadline < $2)
               + (select count(*) from publication p join chosen c on c.id = p.subject_id
                   where p.published_at is null and p.due_date < $2))::int as overdue`,
      [`${Y - 1}-12-01`, `${Y}-06-01`],
    );
    const p = plain[0]!;
    // Three ended inside the half year; the one due in it that ended on 3 June is not done in it.
    expect(p).toMatchObject({ inspections: 5, inspected: 3, rectification: 2, overdue: 3 });
    expect(total).toMatchObject({
      inspections: p.inspections,
      drawn: p.drawn,
      inspected: p.inspected,
      notices: p.notices,
      noticesClosed: p.notices_closed,
      published: p.published,
      overdue: p.overdue,
    });
    expect((total.findings as Record<string, number>).RECTIFICATION).toBe(p.rectification);
    expect(total).toMatchObject({ rechecked: 2, recheckAgreed: 1 });
  });

  it('R56 the round picker searches every round of the subtree by plan, task or bureau name, a capped page', async () => {
    const found = async (persona: string, v: Record<string, unknown>) =>
      ok(await as(persona, ROUNDS, v), 'rounds').reportRounds as { id: string; taskName: string; bureauName: string }[];
    expect(await found('yexian.coordinator', { s: '网吧专项' })).toContainEqual(
      expect.objectContaining({ id: roundId, taskName: '网吧专项抽查', bureauName: '叶县公安局' }),
    );
    expect((await found('yexian.coordinator', { s: '叶县' })).map((r) => r.id)).toContain(roundId);
    expect(await found('yexian.coordinator', { s: '没有这样的计划' })).toEqual([]);
    expect(await found('yexian.coordinator', { n: 1 })).toHaveLength(1);
    expect((await found('pingdingshan.coordinator', { s: '网吧专项' })).map((r) => r.id)).toContain(roundId);
    for (const n of [0, 51]) expect(errorCode(await as('yexian.coordinator', ROUNDS, { n }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await as('yexian.inspector', ROUNDS, {}))).toBe('FORBIDDEN');
  });

  it('R22 the half-year report is due from 15 days before 1 June / 1 December, overdue after it', () => {
    expect(pendingSituationReport('2026-05-16')).toEqual({
      asOf: '2025-12-01',
      remindFrom: '2025-11-16',
      overdue: true,
    });
    expect(pendingSituationReport('2026-05-17')).toEqual({
      asOf: '2026-06-01',
      remindFrom: '2026-05-17',
      overdue: false,
    });
    expect(pendingSituationReport('2026-06-01')).toMatchObject({ asOf: '2026-06-01', overdue: false });
    expect(pendingSituationReport('2026-06-02')).toMatchObject({ asOf: '2026-06-01', overdue: true });
    expect(pendingSituationReport('2026-11-16')).toMatchObject({ asOf: '2026-12-01', overdue: false });
    expect(pendingSituationReport('2027-01-10')).toMatchObject({ asOf: '2026-12-01', overdue: true });
  });

  it('R22 the office is reminded of the situation report until it is requested — a city, and a county too (002 七(四) is 叶县’s own rule)', async () => {
    const pending = pendingSituationReport(chinaDay(new Date()));
    const month = pending.asOf.endsWith('-06-01') ? '6月1日' : '12月1日';
    const due = async (persona: string) => ok(await as(persona, DUE), 'due').situationReportDue;
    expect(await due('pingdingshan.coordinator')).toEqual({
      title: `半年情况报告（${month}）待生成`,
      asOf: pending.asOf,
      overdue: pending.overdue,
    });
    expect(await due('yexian.coordinator')).toEqual(await due('pingdingshan.coordinator'));
    expect(errorCode(await as('pingdingshan.leader', DUE))).toBe('FORBIDDEN');

    const made = ok(
      await as('pingdingshan.coordinator', REQUEST, { i: { kind: 'SITUATION', asOf: pending.asOf } }),
      'request',
    ).requestSupervisionReport.report as ReportView;
    expect(await due('pingdingshan.coordinator')).toBeNull();
    // Let its job finish before the app closes.
    for (const until = Date.now() + 30_000; Date.now() < until; await sleep(100)) {
      const r = (await reportsOf('pingdingshan.coordinator')).find((x) => x.id === made.id);
      if (r?.generatedAt || r?.state === 'FAILED') break;
    }
  });

  it('tenancy: 南乐 and 濮阳 never see 叶县’s reports, its files, nor its round', async () => {
    for (const persona of ['nanle.coordinator', 'puyang.coordinator']) {
      expect((await reportsOf(persona)).map((r) => r.id)).not.toContain(report.id);
      const res = await supertest(t.server.app)
        .get(`/supervision-reports/${report.id}/report.pdf`)
        .set('authorization', `Bearer ${await t.login(persona)}`);
      expect(res.status).toBe(404);
      expect(errorCode(await as(persona, REQUEST, { i: { kind: 'ROUND', roundId } }))).toBe('NOT_FOUND');
      const rounds = ok(await as(persona, ROUNDS, { s: '网吧专项' }), 'rounds').reportRounds as { id: string }[];
      expect(rounds.map((r) => r.id)).not.toContain(roundId);
    }
    // The superior sees its county's report.
    expect((await reportsOf('pingdingshan.coordinator')).map((r) => r.id)).toContain(report.id);
  });
});
