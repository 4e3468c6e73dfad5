import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSyntheticTargets, syntheticUscc } from '@dsr/db';
import { startTestApp, type TestApp } from '#test/support/harness';
import type { Edge } from '#test/support/graphql';

interface Row {
  id: string;
  name: string;
  uscc: string | null;
  region_code: string;
  business_category: string;
  grade: string | null;
  status: string;
  department_id: string;
  bureau_id: string;
}
type Filter = Record<string, string>;

const PAGE =
  'query($f: TargetFilter, $n: Int, $a: String) { targets(first: $n, after: $a, filter: $f) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';
// As a list screen asks: the page and the capped count together (a name search reads its matches once for both).
const PAGE_COUNTED =
  'query($f: TargetFilter, $n: Int, $a: String) { targets(first: $n, after: $a, filter: $f) { ...c edges { node { id } } pageInfo { hasNextPage endCursor } } } fragment c on TargetConnection { totalCountCapped }';
const COUNTS =
  'query($f: TargetFilter) { targets(first: 1, filter: $f) { totalCount totalCountCapped totalCountOverCap } }';

/**
 * The target list of issue 3 runs a filter one of two ways: through the ORM (index-only pages,
 * capped counts), or, with a name substring, through the reviewed app_private.target_search.
 * Both must select exactly what the filter says, within the caller's scope and department.
 */
describe('target search: the same answer by either path, capped counts, pages by id', () => {
  let t: TestApp;
  let office: string;
  let rows: Row[];
  let bureauId: string;
  const permitsBefore = new Map<string, string>(); // target id → the earliest valid permit's end

  beforeAll(async () => {
    t = await startTestApp();
    office = await t.login('nanle.coordinator');
    await seedSyntheticTargets(t.db.ownerUrl, '410923', 10_050); // over the count cap of 10,000
    await seedSyntheticTargets(t.db.ownerUrl, '410422', 60); // another city's county: never in these answers
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      bureauId = (await owner.query(`select id from bureau where division_code = '410923'`)).rows[0].id;
      await owner.query(
        `update target set status = 'TERMINATED', terminated_at = now() where bureau_id = $1 and uscc in (${[3, 4, 5, 333].map((n) => `'${syntheticUscc('410923', n)}'`).join(',')})`,
        [bureauId],
      );
      // Permits: valid ones ending on several days, and a cancelled one that must not count.
      await owner.query(
        `insert into target_permit (id, tenant_id, bureau_id, scope_path, target_id, permit_type, permit_no, valid_until, status)
        select gen_random_uuid(), t.tenant_id, t.bureau_id, t.scope_path, t.id, '特种行业许可证', 'P' || row_number() over (order by t.id),
               date '2026-06-01' + (row_number() over (order by t.id))::int * 10, case when row_number() over (order by t.id) % 7 = 0 then 'CANCELLED' else 'VALID' end
        from target t where t.bureau_id = $1 and t.business_category = 'HOTEL' and t.grade = 'B' and t.region_code = '410923104'`,
        [bureauId],
      );
      // Another department's targets: what a department inspector must not see.
      await owner.query(
        `update target set department_id = (select id from department where bureau_id = $1 and id <> target.department_id order by code limit 1)
        where bureau_id = $1 and region_code = '410923107'`,
        [bureauId],
      );
      rows = (
        await owner.query<Row>(
          'select id, name, uscc, region_code, business_category, grade, status, department_id, bureau_id from target where bureau_id = $1',
          [bureauId],
        )
      ).rows;
      for (const p of (
        await owner.query(
          `select target_id, min(valid_until)::text as d from target_permit where status = 'VALID' group by target_id`,
        )
      ).rows)
        permitsBefore.set(p.target_id, p.d);
    } finally {
      await owner.end();
    }
  }, 60_000);
  afterAll(async () => t.close());

  /** What a filter selects, worked out here from the rows themselves. */
  const expected = (f: Filter, dept?: string) =>
    rows
      .filter(
        (r) =>
          (!f.nameContains || r.name.toLowerCase().includes(f.nameContains.toLowerCase())) &&
          (!f.code || r.uscc === f.code) &&
          (!f.regionCode || r.region_code.startsWith(f.regionCode)) &&
          (!f.businessCategory || r.business_category === f.businessCategory) &&
          (!f.grade || r.grade === f.grade) &&
          (!f.status || r.status === f.status) &&
          (!f.departmentId || r.department_id === f.departmentId) &&
          (!dept || r.department_id === dept) &&
          (!f.permitExpiringBefore || (permitsBefore.has(r.id) && permitsBefore.get(r.id)! <= f.permitExpiringBefore)),
      )
      .map((r) => r.id)
      .sort();

  /** Every id of the list, page after page. */
  async function all(f: Filter, token = office, size = 100, query = PAGE): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res = await t.gql(query, { f, n: size, a: after }, token);
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      const c = res.body.data!.targets;
      ids.push(...c.edges.map((e: Edge<{ id: string }>) => e.node.id));
      if (!c.pageInfo.hasNextPage) return ids;
      after = c.pageInfo.endCursor;
    }
  }

  const selective: Filter[] = [
    { regionCode: '410923105', businessCategory: 'INTERNET_CAFE' },
    { businessCategory: 'HOTEL', grade: 'A', regionCode: '410923' },
    { status: 'TERMINATED' },
    { code: syntheticUscc('410923', 4242) },
    { code: syntheticUscc('410422', 7) }, // another county's code: nothing here
    { permitExpiringBefore: '2026-09-01' },
    { permitExpiringBefore: '2026-09-01', nameContains: '宾馆' },
    { nameContains: '迎宾华联' },
    { nameContains: '华联迎宾', grade: 'B' },
    { nameContains: '迎宾', businessCategory: 'HOTEL', regionCode: '410923103' },
    { nameContains: 'ktv1', status: 'ACTIVE' }, // any case
    { nameContains: '1%_' }, // wildcards are literal
    { nameContains: '号', code: syntheticUscc('410923', 4242) },
  ];

  it('selects exactly what the filter says, in id order, by either path', async () => {
    for (const f of selective) {
      const want = expected(f);
      expect(want.length, JSON.stringify(f)).toBeLessThan(500);
      expect(await all(f), JSON.stringify(f)).toEqual(want);
      expect(await all(f, office, 100, PAGE_COUNTED), JSON.stringify(f)).toEqual(want);
    }
    expect(expected({ nameContains: '迎宾华联' }).length).toBeGreaterThan(10);
    expect(expected({ permitExpiringBefore: '2026-09-01' }).length).toBeGreaterThan(3);
  });

  it('pages of any size join up without gaps or repeats, whichever path', async () => {
    for (const f of [
      { nameContains: '迎宾', regionCode: '410923104' },
      { regionCode: '410923104', grade: 'C' },
    ]) {
      expect(await all(f, office, 7), JSON.stringify(f)).toEqual(expected(f));
      expect(await all(f, office, 7, PAGE_COUNTED), JSON.stringify(f)).toEqual(expected(f));
    }
    // Over the cap, the page of a name search still comes in id order from the start.
    const first = (await t.gql(PAGE_COUNTED, { f: { nameContains: '号' }, n: 50 }, office)).body.data!.targets;
    const second = (
      await t.gql(PAGE_COUNTED, { f: { nameContains: '号' }, n: 50, a: first.pageInfo.endCursor }, office)
    ).body.data!.targets;
    expect([...first.edges, ...second.edges].map((e: Edge<{ id: string }>) => e.node.id)).toEqual(
      expected({ nameContains: '号' }).slice(0, 100),
    );
    expect(second.totalCountCapped).toBe(10_000);
  });

  it('counts exactly when asked for totalCount, and up to 10,000 with totalCountCapped', async () => {
    const counts = async (f: Filter) => (await t.gql(COUNTS, { f }, office)).body.data!.targets;
    expect(await counts({})).toEqual({ totalCount: rows.length, totalCountCapped: 10_000, totalCountOverCap: true });
    expect(rows.length).toBeGreaterThan(10_000);
    expect(await counts({ nameContains: '号' })).toEqual({
      totalCount: rows.length,
      totalCountCapped: 10_000,
      totalCountOverCap: true,
    });
    for (const f of [
      { status: 'ACTIVE', grade: 'A' },
      { nameContains: '迎宾' },
      { permitExpiringBefore: '2027-01-01' },
      { code: syntheticUscc('410422', 7) },
    ]) {
      const n = expected(f).length;
      expect(await counts(f), JSON.stringify(f)).toEqual({
        totalCount: n,
        totalCountCapped: n,
        totalCountOverCap: false,
      });
    }
  });

  it("a department inspector finds only their department's targets, by either path", async () => {
    const inspector = await t.login('nanle.inspector');
    const me = (await t.gql('{ me { user { departmentId } } }', {}, inspector)).body.data!.me.user
      .departmentId as string;
    const other = rows.find((r) => r.department_id !== me)!.department_id;
    expect(rows.filter((r) => r.department_id === me).length).toBeGreaterThan(1000);
    for (const f of [
      { nameContains: '迎宾华联' },
      { nameContains: '迎宾' },
      { businessCategory: 'HOTEL', grade: 'A' },
      { nameContains: '迎宾华联', departmentId: other },
      { departmentId: other },
    ]) {
      expect(await all(f, inspector), JSON.stringify(f)).toEqual(expected(f, me));
    }
    expect((await t.gql(COUNTS, { f: { nameContains: '迎宾' } }, inspector)).body.data!.targets.totalCount).toBe(
      expected({ nameContains: '迎宾' }, me).length,
    );
  });

  it('SQL statements per page do not depend on the page size, by either path', async () => {
    const q =
      'query($f: TargetFilter, $n: Int) { targets(first: $n, filter: $f) { totalCountCapped totalCountOverCap edges { node { id name grade } } } }';
    for (const f of [{ nameContains: '迎宾' }, { businessCategory: 'HOTEL' }]) {
      const one = await t.countStatements(() => t.gql(q, { f, n: 1 }, office));
      const many = await t.countStatements(() => t.gql(q, { f, n: 100 }, office));
      expect(many.result.body.data!.targets.edges.length).toBe(100);
      expect(many.statements, many.sql.join('\n')).toBe(one.statements);
      // begin, session + scope, page ids, rows, one capped count for both fields, commit (a name
      // search: the ids and the count in one statement)
      expect(many.statements, many.sql.join('\n')).toBeLessThanOrEqual(f.nameContains ? 5 : 6);
    }
  });

  it('refuses a department filter that is not an id, naming the field', async () => {
    const res = await t.gql(PAGE, { f: { departmentId: 'x' }, n: 1 }, office);
    expect(res.body.errors?.[0]?.extensions?.field).toBe('filter.departmentId');
  });

  it('the facets count the same targets as the list, name filter included', async () => {
    const f = { nameContains: '迎宾', regionCode: '410923103' };
    const res = await t.gql(
      'query($f: TargetFilter) { targetFacets(filter: $f) { grade { value count } } }',
      { f },
      office,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    const facets = res.body.data!.targetFacets;
    expect(facets.grade.reduce((n: number, x: { count: number }) => n + x.count, 0)).toBe(expected(f).length);
    expect(bureauId).toBeTruthy();
  });
});
