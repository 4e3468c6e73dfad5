import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSyntheticInspections } from '@dsr/db';
import { startTestApp, type TestApp } from '#test/support/harness';
import { chinaToday } from '#test/support/dates';
import { getBinary } from '#test/support/downloads';

/**
 * Issue 15 §Statistics: the dashboards' figures are the base rows' counts (a plain SQL
 * recomputation, written here without the summaries), over the caller's subtree only.
 * The seeded set: synthetic inspections over 濮阳 (with 南乐) and 平顶山 (with 叶县), then approved
 * reports with every opinion, rectification notices (half concluded) and published results.
 */
const FIGURES = `due dueInspected inspected reported findings notices noticesConcluded published inspectors targets targetsInspected
  plans tasks completionRate publicationRate closureRate coverageRate`;
const STATS = `query($f: StatisticsFilter!) { statistics(filter: $f) {
  year unit { id name level } trail { name } refreshedAt
  totals { ${FIGURES} }
  rows { unit { id name level own drillable } figures { ${FIGURES} } overdue { reports rectifications total } }
  trend { month due dueInspected inspected findings published }
  findingsByKind { opinion count }
  findingsByTrade { category inspected findings }
  coverageByItem { itemId due dueInspected inspected completionRate }
  overdue { reports dispatches rectifications publications appeals total }
  workload { top { name assigned } inspectorsWithWork idle assigned max }
} }`;

describe('R53 statistics for the dashboards', () => {
  let t: TestApp;
  let owner: pg.Client;
  const year = Number(chinaToday().slice(0, 4));
  const path: Record<string, string> = {};
  const id: Record<string, string> = {};

  /** One number from the base tables, as the owner (the migrator, which the seed runs as too). */
  const count = async (sql: string, params: unknown[]) => Number((await owner.query(sql, params)).rows[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    for (const city of ['4109', '4104'])
      await seedSyntheticInspections(t.db.ownerUrl, {
        cityCode: city,
        inspections: 900,
        inspectorsPerDepartment: 4,
        targetsPerBureau: 150,
        years: 2,
      });
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    for (const r of (
      await owner.query<{ id: string; name: string; path: string }>(
        `select id, name, path::text as path from bureau where division_code in ('4109', '410923', '4104', '410422')`,
      )
    ).rows) {
      path[r.name] = r.path;
      id[r.name] = r.id;
    }
    // Reports on ended inspections: two in three approved, opinions in turn; notices on the rectifications.
    await owner.query(`insert into inspection_report (id, tenant_id, bureau_id, scope_path, inspection_id, status, content, steps,
        findings, assessment, opinion, opinion_detail, submitted_by, submitted_at)
      select gen_random_uuid(), i.tenant_id, i.bureau_id, i.scope_path, i.id,
             case when x.n % 3 = 2 then 'SUBMITTED' else 'APPROVED' end, '内容', '步骤', '发现', '评价',
             (array['NO_ANOMALY', 'NO_ANOMALY', 'RECTIFICATION', 'CASE_FILED', 'REFERRED', 'JUDICIAL', 'OTHER'])[1 + x.n % 7],
             case when x.n % 7 = 6 then '其他处理' end, i.created_by, now()
        from (select i.*, row_number() over (order by i.id) as n from inspection i where i.check_ended_on is not null) i
        cross join lateral (select i.n) x`);
    await owner.query(`insert into rectification_notice (id, tenant_id, bureau_id, scope_path, inspection_id, document_no, findings,
        legal_basis, deadline, status, issued_by, issued_at, follow_up_result, follow_up_on, follow_up_by)
      select gen_random_uuid(), i.tenant_id, i.bureau_id, i.scope_path, i.id, 'TZ-' || row_number() over (order by i.id), '问题', '依据',
             i.check_ended_on + 15, case when x.k % 2 = 0 then 'CLOSED' else 'ISSUED' end, i.created_by,
             (i.check_ended_on + 1)::timestamp at time zone 'Asia/Shanghai',
             case when x.k % 2 = 0 then 'RECTIFIED' end, case when x.k % 2 = 0 then i.check_ended_on + 20 end,
             case when x.k % 2 = 0 then i.created_by end
        from inspection i join inspection_report r on r.inspection_id = i.id
        cross join lateral (select ('x' || substr(md5(i.id::text), 1, 4))::bit(16)::int as k) x
       where r.status = 'APPROVED' and r.opinion = 'RECTIFICATION'`);
    // Published results for one in two approved reports.
    await owner.query(`insert into publication (id, tenant_id, bureau_id, scope_path, kind, subject_id, series_id, version, action,
        status, document, document_sha256, prepared_by, prepared_at, approved_by, approved_at, published_at)
      select p.id, i.tenant_id, i.bureau_id, i.scope_path, 'INSPECTION_RESULT', i.id, p.id, 1, 'PUBLISH', 'PUBLISHED', '{}',
             repeat('a', 64), i.created_by, now(), u.id, now(), now()
        from inspection i join inspection_report r on r.inspection_id = i.id
        cross join lateral (select gen_random_uuid() as id) p
        join lateral (select u.id from app_user u where u.bureau_id = i.bureau_id and u.id <> i.created_by order by u.id limit 1) u on true
       where r.status = 'APPROVED' and ('x' || substr(md5(i.id::text), 5, 4))::bit(16)::int % 2 = 0`);
    await owner.query('select app_private.refresh_statistics()');
  }, 180_000);
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  const stats = async (persona: string, f: Record<string, unknown>) => t.gql(STATS, { f }, await t.login(persona));

  /** The plain recomputation of one subtree's figures of the year from the base tables. */
  async function recomputed(p: string) {
    const inYear = `i.scope_path <@ $1::ltree and i.status <> 'CANCELLED'`;
    const ended = `${inYear} and extract(year from i.check_ended_on) = $2`;
    const approved = `join inspection_report r on r.inspection_id = i.id and r.status = 'APPROVED'`;
    return {
      due: await count(
        `select count(*) n from inspection i where ${inYear} and extract(year from i.window_start) = $2`,
        [p, year],
      ),
      // Done by the end of the period (the whole year here): ended on or before 31 December.
      dueInspected: await count(
        `select count(*) n from inspection i where ${inYear} and extract(year from i.window_start) = $2
            and i.check_ended_on < make_date($2::int + 1, 1, 1)`,
        [p, year],
      ),
      inspected: await count(`select count(*) n from inspection i where ${ended}`, [p, year]),
      reported: await count(`select count(*) n from inspection i ${approved} where ${ended}`, [p, year]),
      findings: await count(
        `select count(*) n from inspection i ${approved} where ${ended} and r.opinion <> 'NO_ANOMALY'`,
        [p, year],
      ),
      notices: await count(
        `select count(*) n from rectification_notice n join inspection i on i.id = n.inspection_id
          where ${inYear} and extract(year from n.issued_at at time zone 'Asia/Shanghai') = $2`,
        [p, year],
      ),
      noticesConcluded: await count(
        `select count(*) n from rectification_notice n join inspection i on i.id = n.inspection_id
          where ${inYear} and extract(year from n.issued_at at time zone 'Asia/Shanghai') = $2 and n.status <> 'ISSUED'`,
        [p, year],
      ),
      published: await count(
        `select count(*) n from inspection i where ${ended} and exists (select 1 from publication x
           where x.kind = 'INSPECTION_RESULT' and x.subject_id = i.id and x.published_at is not null)`,
        [p, year],
      ),
      inspectors: await count(`select count(*) n from inspector where scope_path <@ $1::ltree and status = 'ACTIVE'`, [
        p,
      ]),
      targets: await count(
        `select count(*) n from target where scope_path <@ $1::ltree and extract(year from created_at) <= $2`,
        [p, year],
      ),
      targetsInspected: await count(`select count(distinct i.target_id) n from inspection i where ${ended}`, [p, year]),
    };
  }

  it('R53 the totals and each subordinate unit equal a plain SQL recomputation; 濮阳 sees 南乐, never 叶县', async () => {
    const res = await stats('puyang.admin', { year });
    expect(res.body.errors).toBeUndefined();
    const s = res.body.data!.statistics;
    expect(s.refreshedAt).toBeTruthy();
    const want = await recomputed(path['濮阳市公安局']!);
    expect(want.inspected).toBeGreaterThan(50);
    expect(want.notices).toBeGreaterThan(3);
    expect(s.totals).toMatchObject(want);
    expect(s.totals.completionRate).toBeCloseTo(want.dueInspected / want.due, 3);
    expect(s.totals.publicationRate).toBeCloseTo(want.published / want.inspected, 3);
    expect(s.totals.closureRate).toBeCloseTo(want.noticesConcluded / want.notices, 3);

    const names = s.rows.map((r: { unit: { name: string } }) => r.unit.name);
    expect(names).toEqual(['南乐县公安局', '濮阳市公安局（本级）']);
    expect(JSON.stringify(s)).not.toContain('叶县');
    const nanle = s.rows[0];
    expect(nanle.unit).toMatchObject({ id: id['南乐县公安局'], drillable: true, own: false });
    expect(nanle.figures).toMatchObject(await recomputed(path['南乐县公安局']!));
    // The rows add up to the totals.
    const sum = (k: string) =>
      s.rows.reduce((n: number, r: { figures: Record<string, number> }) => n + r.figures[k]!, 0);
    for (const k of ['due', 'dueInspected', 'inspected', 'findings', 'published', 'inspectors'])
      expect(sum(k)).toBe(s.totals[k]);
    for (const r of [s.totals, ...s.rows.map((r: { figures: unknown }) => r.figures), ...s.coverageByItem])
      expect(r.completionRate ?? 0).toBeLessThanOrEqual(1);
  });

  it('R53 trends by month, findings by kind and trade and today’s overdue reports equal the base rows', async () => {
    const s = (await stats('puyang.admin', { year, fromMonth: 1, untilMonth: 12 })).body.data!.statistics;
    const p = path['濮阳市公安局']!;
    const byMonth = (
      await owner.query<{ m: number; n: number }>(
        `select extract(month from check_ended_on)::int m, count(*)::int n from inspection
          where scope_path <@ $1::ltree and extract(year from check_ended_on) = $2 group by 1`,
        [p, year],
      )
    ).rows;
    for (const { m, n } of byMonth) expect(s.trend[m - 1]).toMatchObject({ month: m, inspected: n });
    expect(s.trend).toHaveLength(12);
    const kinds = (
      await owner.query<{ opinion: string; n: number }>(
        `select r.opinion, count(*)::int n from inspection i join inspection_report r on r.inspection_id = i.id
          where i.scope_path <@ $1::ltree and r.status = 'APPROVED' and extract(year from i.check_ended_on) = $2 group by 1`,
        [p, year],
      )
    ).rows;
    for (const k of kinds) expect(s.findingsByKind).toContainEqual({ opinion: k.opinion, count: k.n });
    const trades = (
      await owner.query<{ category: string; n: number }>(
        `select t.business_category category, count(*)::int n from inspection i join target t on t.id = i.target_id
          where i.scope_path <@ $1::ltree and extract(year from i.check_ended_on) = $2 group by 1`,
        [p, year],
      )
    ).rows;
    for (const tr of trades)
      expect(s.findingsByTrade).toContainEqual(expect.objectContaining({ category: tr.category, inspected: tr.n }));
    expect(s.overdue.reports).toBe(
      await count(
        `select count(*) n from inspection where scope_path <@ $1::ltree and status = 'RECORDED' and report_due < $2::date`,
        [p, chinaToday()],
      ),
    );
    expect(s.overdue.rectifications).toBe(
      await count(
        `select count(*) n from rectification_notice where scope_path <@ $1::ltree and status = 'ISSUED' and deadline < $2::date`,
        [p, chinaToday()],
      ),
    );
    expect(s.workload.assigned).toBe(
      await count(
        `select count(*) n from inspection_member m join inspection i on i.id = m.inspection_id
          where m.left_at is null and m.scope_path <@ $1::ltree and extract(year from i.window_start) = $2`,
        [p, year],
      ),
    );
    // Idle: on duty in the subtree, in no team whose window starts in the year.
    expect(s.workload.idle).toBe(
      await count(
        `select count(*) n from inspector p where p.scope_path <@ $1::ltree and p.status = 'ACTIVE' and not exists (
           select 1 from inspection_member m join inspection i on i.id = m.inspection_id
            where m.inspector_id = p.id and m.left_at is null and extract(year from i.window_start) = $2)`,
        [p, year],
      ),
    );
  });

  it('R53 a period of months and a department code narrow the figures the same way as SQL', async () => {
    const p = path['濮阳市公安局']!;
    const s = (await stats('puyang.admin', { year, fromMonth: 1, untilMonth: 6, departmentCode: 'zhian' })).body.data!
      .statistics;
    // 已完成: of those due in January–June, the ones whose check ended by 30 June.
    const due = `i.scope_path <@ $1::ltree and i.status <> 'CANCELLED' and d.code = 'zhian'
        and i.window_start >= make_date($2, 1, 1) and i.window_start < make_date($2, 7, 1)`;
    const zhian = `from inspection i join department d on d.id = i.lead_department_id where ${due}`;
    expect(s.totals.due).toBe(await count(`select count(*) n ${zhian}`, [p, year]));
    expect(s.totals.dueInspected).toBe(
      await count(`select count(*) n ${zhian} and i.check_ended_on < make_date($2, 7, 1)`, [p, year]),
    );
    expect(s.totals.inspected).toBe(
      await count(
        `select count(*) n from inspection i join department d on d.id = i.lead_department_id
          where i.scope_path <@ $1::ltree and extract(year from i.check_ended_on) = $2
            and extract(month from i.check_ended_on) between 1 and 6 and d.code = 'zhian'`,
        [p, year],
      ),
    );
    expect(s.trend.map((m: { month: number }) => m.month)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('R53 南乐 sees only itself, by department; 濮阳 drills into 南乐, not into 叶县 or 平顶山', async () => {
    const own = (await stats('nanle.admin', { year })).body.data!.statistics;
    expect(own.unit.name).toBe('南乐县公安局');
    expect(own.trail.map((u: { name: string }) => u.name)).toEqual(['南乐县公安局']);
    expect(own.rows.every((r: { unit: { level: string } }) => r.unit.level === 'DEPARTMENT')).toBe(true);
    expect(own.totals).toMatchObject(await recomputed(path['南乐县公安局']!));

    const drilled = (await stats('puyang.admin', { year, unitId: id['南乐县公安局'] })).body.data!.statistics;
    expect(drilled.trail.map((u: { name: string }) => u.name)).toEqual(['濮阳市公安局', '南乐县公安局']);
    expect(drilled.totals).toEqual(own.totals);

    for (const [persona, unit] of [
      ['puyang.admin', '叶县公安局'],
      ['puyang.admin', '平顶山市公安局'],
      ['nanle.admin', '濮阳市公安局'],
    ] as const) {
      const res = await stats(persona, { year, unitId: id[unit] });
      expect(res.body.errors?.[0]?.extensions?.code, `${persona} → ${unit}`).toBe('NOT_FOUND');
      expect(res.body.data?.statistics ?? null).toBeNull();
    }
  });

  it('R53 a view asked again within the cache time is answered from the shared answers, only for callers who may see that unit', async () => {
    const view = { year, fromMonth: 2, untilMonth: 11 }; // a period no other test asks for
    const first = await t.countStatements(() => stats('puyang.admin', { ...view, unitId: id['南乐县公安局'] }));
    // 南乐's own view is the same unit and filter: its parts come from the answer 濮阳 made.
    const again = await t.countStatements(() => stats('nanle.admin', view));
    const [a, b] = [first.result.body.data!.statistics, again.result.body.data!.statistics];
    for (const part of ['totals', 'rows', 'trend', 'findingsByKind', 'coverageByItem', 'overdue', 'workload'])
      expect(b[part], part).toEqual(a[part]);
    // What is left is the request's own: sign-in, the unit check, the trail and the refresh time.
    expect(first.statements - again.statements, again.sql.join('\n')).toBeGreaterThanOrEqual(8);
    // Asking for the unit is checked before any shared answer: 叶县 and 平顶山 get nothing of 南乐's.
    for (const persona of ['yexian.admin', 'pingdingshan.admin']) {
      const res = await stats(persona, { ...view, unitId: id['南乐县公安局'] });
      expect(res.body.errors?.[0]?.extensions?.code, persona).toBe('NOT_FOUND');
      expect(res.body.data?.statistics ?? null).toBeNull();
    }
  });

  it('R53 the statistics are read by the office, leaders and oversight, not by an inspector', async () => {
    const res = await stats('nanle.inspector', { year });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stats('puyang.leader', { year })).body.errors).toBeUndefined();
  });

  it('bad filters are refused with BAD_USER_INPUT', async () => {
    for (const f of [
      { year: 1999 },
      { year, fromMonth: 0 },
      { year, untilMonth: 13 },
      { year, fromMonth: 7, untilMonth: 3 },
      { year, departmentCode: 'Zhi An!' },
      { year, itemId: 'not-an-id' },
    ]) {
      const res = await stats('puyang.admin', f);
      expect(res.body.errors?.[0]?.extensions?.code, JSON.stringify(f)).toBe('BAD_USER_INPUT');
    }
    const res = await stats('puyang.admin', { year, unitId: 'not-an-id' });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('R53 the dashboard downloads as xlsx through a signed link, with the figures of the query; a drill outside is 404', async () => {
    const token = await t.login('puyang.admin');
    const path = `/export/statistics.xlsx?year=${year}&fromMonth=1&untilMonth=12`;
    const link = await t.gql('query($p: String!) { downloadUrl(path: $p) { url } }', { p: path }, token);
    expect(link.body.errors).toBeUndefined();
    const res = await getBinary(t, link.body.data!.downloadUrl.url);
    expect(res.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as Buffer);
    const units = book.getWorksheet('下级单位')!;
    expect(book.getWorksheet('使用说明')!.getCell('A1').value).toBe('仅限双随机抽查工作使用，不得用于其他用途'); // R52
    const s = (await stats('puyang.admin', { year })).body.data!.statistics;
    const nanle = units.getRow(2);
    expect(nanle.getCell(1).value).toBe('南乐县公安局');
    expect(nanle.getCell(2).value).toBe(s.rows[0].figures.due);
    expect(nanle.getCell(3).value).toBe(s.rows[0].figures.dueInspected);
    expect(nanle.getCell(5).value).toBe(s.rows[0].figures.inspected);
    const names: unknown[] = [];
    units.eachRow((r) => names.push(r.getCell(1).value));
    expect(names).not.toContain('叶县公安局');

    const outside = await getBinary(t, `/export/statistics.xlsx?year=${year}&unitId=${id['叶县公安局']}`, token);
    expect(outside.status).toBe(404);
    const bad = await getBinary(t, `/export/statistics.xlsx?year=19x`, token);
    expect(bad.status).toBe(400);
    // R52: a mistyped filter is refused, not dropped (the file would cover the whole year).
    const typo = await getBinary(t, `/export/statistics.xlsx?year=${year}&untilMonht=6`, token);
    expect([typo.status, JSON.parse(String(typo.body)).errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    const inspector = await getBinary(t, `/export/statistics.xlsx?year=${year}`, await t.login('nanle.inspector'));
    expect(inspector.status).toBe(403);
  });

  it('R53 完成率 counts, among the inspections due in the period, those done by its last month’s end: never above 100 %, and a closed period stays as it was', async () => {
    // Three inspections of 南乐 in years nothing else touches: A due 28 June, check ended 3 July; B due
    // and ended in July; C due 20 December, ended 5 January of the next year. July has one due and two
    // ended in it: "ended ÷ due" would be 200 %. A is not done in "June" (it ended after 30 June), but is
    // in "June–July"; C is not done in its own year at all.
    const past = year - 4;
    await owner.query(
      `insert into inspection (id, tenant_id, bureau_id, scope_path, kind, target_id, lead_department_id, department_ids,
         item_version_ids, status, window_start, window_end, scheduled_on, check_ended_on, report_due, report_due_estimated,
         retention_until, created_by, created_at)
       select gen_random_uuid(), i.tenant_id, i.bureau_id, i.scope_path, i.kind, i.target_id, i.lead_department_id,
              i.department_ids, i.item_version_ids, 'CLOSED', d.s, d.s + 30, d.e, d.e, d.e + 5, false, d.s + 731,
              i.created_by, d.s::timestamp at time zone 'Asia/Shanghai'
         from (select * from inspection where bureau_id = $1 and check_ended_on is not null order by id limit 1) i
        cross join (values ($2::date, $3::date), ($4::date, $5::date), ($6::date, $7::date)) d (s, e)`,
      [
        id['南乐县公安局'],
        `${past}-06-28`,
        `${past}-07-03`,
        `${past}-07-10`,
        `${past}-07-15`,
        `${past}-12-20`,
        `${past + 1}-01-05`,
      ],
    );
    await owner.query('select app_private.refresh_statistics()');
    const p = path['南乐县公安局']!;
    const inMonth = (col: string, m: number) =>
      `i.scope_path <@ $1::ltree and i.status <> 'CANCELLED' and ${col} >= make_date($2, ${m}, 1)
         and ${col} < make_date($2, ${m}, 1) + interval '1 month'`;
    for (const [month, want] of [
      [6, { due: 1, dueInspected: 0, inspected: 0, completionRate: 0 }],
      [7, { due: 1, dueInspected: 1, inspected: 2, completionRate: 1 }],
      [12, { due: 1, dueInspected: 0, inspected: 0, completionRate: 0 }],
    ] as const) {
      const res = await stats('nanle.admin', { year: past, fromMonth: month, untilMonth: month });
      expect(res.body.errors).toBeUndefined();
      const { totals } = res.body.data!.statistics;
      expect(totals, `${month} 月`).toMatchObject(want);
      // The same numbers as plain SQL over the base rows, with the cut-off at the month's end.
      expect(totals.due).toBe(
        await count(`select count(*) n from inspection i where ${inMonth('window_start', month)}`, [p, past]),
      );
      expect(totals.dueInspected).toBe(
        await count(
          `select count(*) n from inspection i where ${inMonth('window_start', month)}
              and i.check_ended_on < make_date($2, ${month}, 1) + interval '1 month'`,
          [p, past],
        ),
      );
      expect(totals.inspected).toBe(
        await count(`select count(*) n from inspection i where ${inMonth('check_ended_on', month)}`, [p, past]),
      );
    }
    // The city's row for 南乐, over June and July: 2 due, both done by 31 July, 100 %; June's one in the trend too.
    const city = (await stats('puyang.admin', { year: past, fromMonth: 6, untilMonth: 7 })).body.data!.statistics;
    expect(city.rows[0].figures).toMatchObject({ due: 2, dueInspected: 2, inspected: 2, completionRate: 1 });
    expect(city.trend.map((m: { dueInspected: number }) => m.dueInspected)).toEqual([1, 1]);
    // The whole year: A and B done, C not (it ended in the next year).
    const whole = (await stats('puyang.admin', { year: past })).body.data!.statistics;
    expect(whole.totals).toMatchObject({ due: 3, dueInspected: 2 });
    expect(whole.trend.map((m: { dueInspected: number }) => m.dueInspected).slice(5)).toEqual([1, 1, 0, 0, 0, 0, 0]);
  });
});
