import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { addDays, chinaToday } from '#test/support/dates';
import { auditEntryWhere } from './audit-filter';

const CREATE_DEPT = 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { department { id } } }';
const TRAIL = `query($f: AuditEntryFilter) {
  auditEntries(first: 100, filter: $f) { totalCount edges { node { actorUserId actorName actorBureauName at objectId } } }
}`;
const ME = '{ me { user { id } } }';

type Entry = {
  actorUserId: string | null;
  actorName: string;
  actorBureauName: string;
  at: string;
  objectId: string | null;
};

describe('audit trail filters: actor and China days', () => {
  it('turns from/to (China days, inclusive) into a half-open range of instants', () => {
    expect(auditEntryWhere({ from: '2026-03-02', to: '2026-03-02' })).toEqual({
      $and: [{}, { at: { $gte: '2026-03-01T16:00:00.000Z' } }, { at: { $lt: '2026-03-02T16:00:00.000Z' } }],
    });
    expect(auditEntryWhere({ to: '2026-12-31' })).toEqual({
      $and: [{}, { at: { $lt: '2026-12-31T16:00:00.000Z' } }],
    });
    expect(() => auditEntryWhere({ from: '2026-02-30' })).toThrow(/2026-02-30/);
    expect(() => auditEntryWhere({ from: '2026-03-03', to: '2026-03-02' })).toThrow(/截止日不能早于起始日/);
    expect(() => auditEntryWhere({ actorUserId: 'x' })).toThrow(/操作人编号无效/);
  });

  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const trail = async (token: string, f: Record<string, unknown>) => {
    const res = await t.gql(TRAIL, { f }, token);
    expect(res.body.errors).toBeUndefined();
    const c = res.body.data!.auditEntries as { totalCount: number; edges: { node: Entry }[] };
    return { total: c.totalCount, entries: c.edges.map((e) => e.node) };
  };

  it('lists one actor’s entries of the given days, and nobody’s outside the reader’s scope', async () => {
    const city = await t.login('puyang.admin');
    const county = await t.login('nanle.admin');
    const countyId = (await t.gql(ME, {}, county)).body.data!.me.user.id as string;
    const cityId = (await t.gql(ME, {}, city)).body.data!.me.user.id as string;
    const before = chinaToday();
    const mine = await t.gql(CREATE_DEPT, { i: { code: 'af-c', name: '筛选县', kind: 'POLICE' } }, county);
    await t.gql(CREATE_DEPT, { i: { code: 'af-p', name: '筛选市', kind: 'POLICE' } }, city);
    // Another city's county writes too: its name must not reach Puyang's readers.
    const sibling = await t.login('yexian.admin');
    await t.gql(CREATE_DEPT, { i: { code: 'af-y', name: '筛选叶县', kind: 'POLICE' } }, sibling);
    const after = chinaToday();
    const deptId = mine.body.data!.createDepartment.department.id as string;

    const byCounty = await trail(city, { actorUserId: countyId, from: before, to: after });
    expect(byCounty.entries.map((e) => e.objectId)).toContain(deptId);
    expect(new Set(byCounty.entries.map((e) => e.actorUserId))).toEqual(new Set([countyId]));
    expect(byCounty.total).toBe(byCounty.entries.length);
    // The days before today hold none of today's entries; a day after today none at all.
    const earlier = await trail(city, { actorUserId: countyId, to: addDays(before, -1) });
    expect(earlier.entries.map((e) => e.objectId)).not.toContain(deptId);
    expect((await trail(city, { from: addDays(after, 1) })).total).toBe(0);
    // A county reads nothing of its city's administrator, filter or not (scope filter and RLS).
    expect((await trail(county, { actorUserId: cityId })).total).toBe(0);

    // Each entry names its actor's bureau, and only bureaus of the reader's subtree: never 叶县 (another city's).
    expect(byCounty.entries.every((e) => e.actorBureauName === '南乐县公安局')).toBe(true);
    const cityNames = new Set((await trail(city, { from: before })).entries.map((e) => e.actorBureauName));
    expect(cityNames).toEqual(new Set(['濮阳市公安局', '南乐县公安局']));
    const countyNames = new Set((await trail(county, {})).entries.map((e) => e.actorBureauName));
    expect(countyNames).toEqual(new Set(['南乐县公安局']));
  });

  it('names the bureaus of a page of 20 entries with the statements of a page of 1 (one loader, no read per row)', async () => {
    const city = await t.login('puyang.admin');
    const county = await t.login('nanle.admin');
    for (const [code, token] of [
      ['sc-1', county],
      ['sc-2', county],
      ['sc-3', city],
    ] as const)
      await t.gql(CREATE_DEPT, { i: { code, name: `计数${code}`, kind: 'POLICE' } }, token);
    const page = (n: number) =>
      t.countStatements(async () => {
        const res = await t.gql(`{ auditEntries(first: ${n}) { edges { node { seq actorBureauName } } } }`, {}, city);
        await new Promise((r) => setTimeout(r, 50)); // the commit is sent after the answer: count it too
        return res;
      });
    const one = await page(1);
    const many = await page(20);
    const names = (many.result.body.data!.auditEntries.edges as { node: { actorBureauName: string } }[]).map(
      (e) => e.node.actorBureauName,
    );
    expect(names.length).toBeGreaterThan(2);
    expect(new Set(names).size).toBe(2); // the city's and the county's: two bureaus, one read
    expect(many.statements, many.sql.join('\n')).toBe(one.statements);
  });

  it('refuses a day that does not exist and a range that ends before it starts, naming the field', async () => {
    const city = await t.login('puyang.admin');
    const bad = await t.gql(TRAIL, { f: { from: '2026-13-01' } }, city);
    expect(bad.body.errors?.[0]?.extensions?.field).toBe('from');
    const reversed = await t.gql(TRAIL, { f: { from: '2026-03-02', to: '2026-03-01' } }, city);
    expect(errorCode(reversed)).toBe('BAD_USER_INPUT');
    expect(reversed.body.errors?.[0]?.extensions?.field).toBe('to');
  });
});
