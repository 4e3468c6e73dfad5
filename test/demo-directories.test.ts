import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usccCheckChar } from '@dsr/domain';
import pg from 'pg';
import { seedDemoDirectories } from '@dsr/db';
import { startTestApp, type TestApp } from './support/harness';
import { ok } from './support/catalog-fixtures';

/** The 叶县 directories `pnpm start` loads for trying the walk-through by hand (README). */
describe('demo directories of 叶县 (pnpm start)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('R9/R13: hotels and internet cafés with valid credit codes, and two departments ready to draw', async () => {
    expect(await seedDemoDirectories(t.db.ownerUrl)).toEqual({ targets: 20, inspectors: 14, cityInspectors: 8 * 7 });
    const office = await t.login('yexian.coordinator');
    const readiness = ok(
      await t.gql('{ departmentReadiness { departmentName activeInspectors ready } }', {}, office),
      'readiness',
    ).departmentReadiness;
    expect(readiness).toEqual(
      expect.arrayContaining([
        { departmentName: '治安大队', activeInspectors: 7, ready: true },
        { departmentName: '网安大队', activeInspectors: 7, ready: true },
      ]),
    );
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      const { rows } =
        await owner.query(`select t.uscc, t.business_category as category, t.region_code from target t join bureau b on b.id = t.bureau_id
        where b.division_code = '410422'`);
      expect(rows.filter((r) => r.category === 'HOTEL')).toHaveLength(12);
      expect(rows.filter((r) => r.category === 'INTERNET_CAFE')).toHaveLength(8);
      for (const r of rows) expect(usccCheckChar(r.uscc.slice(0, 17)), r.uscc).toBe(r.uscc[17]);
      expect(new Set(rows.map((r) => r.region_code))).toEqual(new Set(['410422100', '410422101', '410422102']));
    } finally {
      await owner.end();
    }
  });

  it('R13: every inspecting department of the demo cities has the 6 inspectors a draw needs (README step 7 draws 平顶山市 治安管理支队)', async () => {
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      const { rows } =
        await owner.query(`select b.name as bureau, d.name as department, count(i.id)::int as n from department d
        join bureau b on b.id = d.bureau_id left join inspector i on i.department_id = d.id and i.status = 'ACTIVE'
        where b.level = 'CITY' and d.kind = 'POLICE' group by b.name, d.name order by b.name, d.name`);
      expect(rows).toHaveLength(8);
      for (const r of rows) expect(r.n, `${r.bureau} ${r.department}`).toBeGreaterThanOrEqual(6);
    } finally {
      await owner.end();
    }
    // Through the API, as each city's office sees its readiness.
    for (const city of ['pingdingshan', 'puyang', 'panjin', 'baoding', 'fushun']) {
      const readiness = ok(
        await t.gql(
          '{ departmentReadiness { departmentName activeInspectors } }',
          {},
          await t.login(`${city}.coordinator`),
        ),
        city,
      ).departmentReadiness;
      const zhian = readiness.find((d: { departmentName: string }) => /^治安(管理)?支队$/.test(d.departmentName));
      expect(zhian, city).toMatchObject({ activeInspectors: 7 });
    }
  });
});
