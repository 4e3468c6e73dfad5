import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticUscc } from '@dsr/db';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { loadTree, type Tree } from '#test/support/tenancy';
import { withRequestContext } from '#test/support/request-context';
import { signedIn } from '../../common/principal';
import { conflictsForSnapshot } from './draw-snapshot.queries';
import { recusedFromTarget } from './draw.queries';

const NANLE = '41.4109.410923';
const CREATE_INSPECTOR = 'mutation($i: CreateInspectorInput!) { createInspector(input: $i) { inspector { id } } }';
const CREATE_TARGET = 'mutation($i: CreateTargetInput!) { createTarget(input: $i) { target { id } } }';
const hotel = {
  holderKind: 'ORGANISATION',
  regionCode: '410923',
  businessCategory: 'HOTEL',
  grade: 'B',
  legalRepresentative: '王五',
  registeredAddress: '南乐县城关镇',
};
const DECLARE = 'mutation($i: DeclareConflictInput!) { declareConflict(input: $i) { conflict { id } } }';
const END = `mutation($i: EndConflictInput!) { endConflict(input: $i) { conflict {
  id since until endedAt endReason } } }`;
const LIST = `query($f: ConflictFilter) { conflictsOfInterest(first: 20, filter: $f) { edges { node {
  id until endedAt endReason } } } }`;

describe('R30: ending a conflict of interest', () => {
  let t: TestApp;
  let tree: Tree;
  let office: string;
  let inspectorId: string;
  let targetId: string;
  let otherTargetId: string;
  const dept = (name: string) =>
    tree.departments.find((d) => tree.pathOf(d.bureau_id) === NANLE && d.name === name)!.id;
  beforeAll(async () => {
    t = await startTestApp();
    tree = await loadTree(t.db.ownerUrl);
    office = await t.login('nanle.coordinator');
    const inspector = {
      name: '郑八',
      gender: 'M',
      departmentId: dept('治安大队'),
      badgeNo: '410923018',
      warrantNo: '豫18',
    };
    inspectorId = (await t.gql(CREATE_INSPECTOR, { i: { inspector } }, office)).body.data!.createInspector.inspector.id;
    const target = async (name: string, n: number) => {
      const i = { ...hotel, name, uscc: syntheticUscc('410923', n), departmentId: dept('治安大队') };
      const res = await t.gql(CREATE_TARGET, { i: { target: i } }, office);
      return res.body.data!.createTarget.target.id as string;
    };
    targetId = await target('南乐县回避宾馆', 923_001);
    otherTargetId = await target('南乐县回避旅社', 923_002);
  });
  afterAll(async () => {
    await t.close();
  });

  const declare = async (since: string, until?: string, target = targetId) => {
    const i = { inspectorId, targetId: target, relation: 'FORMER_EMPLOYER', since, until };
    const res = await t.gql(DECLARE, { i }, office);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.declareConflict.conflict.id as string;
  };
  const recusedIn = (start: string, end: string) =>
    withRequestContext(t, 'nanle.coordinator', async (ctx) =>
      (await conflictsForSnapshot(ctx, signedIn(ctx).bureauId, start, end)).some(
        (c) => c.inspector_id === inspectorId && c.target_id === targetId,
      ),
    );

  it('ends with a last day and a reason: kept, audited, and no draw starting after that day recuses on it', async () => {
    const id = await declare('2030-01-01');
    expect(await recusedIn('2030-07-01', '2030-07-31')).toBe(true);
    const res = await t.gql(END, { i: { id, until: '2030-06-30', reason: '原单位已注销' } }, office);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.endConflict.conflict).toMatchObject({
      id,
      since: '2030-01-01',
      until: '2030-06-30',
      endReason: '原单位已注销',
      endedAt: expect.any(String),
    });
    // A window starting after the last day recuses no more; one that holds the last day still does.
    expect(await recusedIn('2030-07-01', '2030-07-31')).toBe(false);
    expect(await recusedIn('2030-06-15', '2030-07-15')).toBe(true);
    // Still listed on the inspector's page, ended.
    const listed = await t.gql(LIST, { f: { inspectorId } }, office);
    expect(listed.body.data!.conflictsOfInterest.edges.map((e: { node: { id: string } }) => e.node)).toContainEqual(
      expect.objectContaining({ id, until: '2030-06-30', endReason: '原单位已注销' }),
    );
    const trail = await t.gql(
      'query($id: String) { auditEntries(first: 5, filter: { objectId: $id }) { edges { node { operation before after } } } }',
      { id },
      await t.login('nanle.admin'),
    );
    expect(trail.body.data!.auditEntries.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      operation: 'END_CONFLICT',
      before: { until: null, endedAt: null },
      after: expect.objectContaining({ until: '2030-06-30', reason: '原单位已注销' }),
    });
    // Once only.
    expect(errorCode(await t.gql(END, { i: { id, until: '2030-06-30', reason: '再次结束' } }, office))).toBe(
      'CONFLICT',
    );
  });

  it('swaps stop recusing once the last day has passed (China today), not before', async () => {
    const past = await declare('2020-01-01', undefined, otherTargetId);
    const current = await declare('2020-01-01', undefined, otherTargetId);
    await t.gql(END, { i: { id: past, until: '2020-12-31', reason: '已调离' } }, office);
    const recused = () =>
      withRequestContext(t, 'nanle.coordinator', (ctx) =>
        recusedFromTarget(ctx, signedIn(ctx).bureauId, otherTargetId, '2021-01-01'),
      );
    // `current` (open) still recuses the inspector; only it does: ending `past` alone would not free them.
    expect(await recused()).toContain(inspectorId);
    await t.gql(END, { i: { id: current, until: '2020-12-31', reason: '已调离' } }, office);
    expect(await recused()).not.toContain(inspectorId);
  });

  it('refuses a last day before the start or after the declared one, a missing reason, and those who may not end it', async () => {
    const id = await declare('2031-01-01', '2031-12-31');
    const end = (i: Record<string, unknown>, token = office) => t.gql(END, { i: { id, ...i } }, token);
    const field = (r: Awaited<ReturnType<typeof end>>) => r.body.errors?.[0]?.extensions?.field;
    expect(field(await end({ until: '2030-12-31', reason: '已调离' }))).toBe('until');
    expect(field(await end({ until: '2032-01-01', reason: '已调离' }))).toBe('until');
    expect(field(await end({ until: '2031-13-01', reason: '已调离' }))).toBe('until');
    expect(errorCode(await end({ until: '2031-06-30', reason: ' ' }))).toBe('BAD_USER_INPUT');
    // Shield: an inspector keeps no directory; another county's office does not see the conflict at all.
    expect(errorCode(await end({ until: '2031-06-30', reason: '已调离' }, await t.login('nanle.inspector')))).toBe(
      'FORBIDDEN',
    );
    const sibling = await t.login('yexian.coordinator');
    expect(errorCode(await end({ until: '2031-06-30', reason: '已调离' }, sibling))).toBe('NOT_FOUND');
    // Nothing was written by the refusals.
    const listed = await t.gql(LIST, { f: { inspectorId } }, office);
    const row = listed.body.data!.conflictsOfInterest.edges.find((e: { node: { id: string } }) => e.node.id === id);
    expect(row.node).toMatchObject({ until: '2031-12-31', endedAt: null, endReason: null });
  });
});
