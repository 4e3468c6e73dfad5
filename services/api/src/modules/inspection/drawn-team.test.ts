import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '#test/support/catalog-fixtures';
import { roundAroundToday } from '#test/support/dates';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { Scenario } from '#test/support/scenario';
import { loadTree } from '#test/support/tenancy';

/**
 * R31 (004 §16: 抽取的检查人员不得随意更换): the office may add a helper to a drawn team and let that
 * helper go again, but a drawn inspector leaves the team only by a swap the department head approves
 * (requestDrawSwap, DRAW.md §9) — never by the office's leaveInspection, which would be a swap without
 * approval and without its random draw.
 */

const INSPECTION =
  'query($f: InspectionFilter) { inspections(first: 5, filter: $f) { edges { node { id members { inspectorId joinedVia leftAt } } } } }';
const CHANGE = (m: string) =>
  `mutation($i: ChangeInspectionMemberInput!) { ${m}(input: $i) { inspection { members { inspectorId leftAt } } } }`;

let t: TestApp;
let yexian: Scenario;
let inspectionId: string;
let drawn: string[];
let helper: string;
let suspended: string;
let drawId: string;
let hotel: string;

beforeAll(async () => {
  t = await startTestApp();
  yexian = await Scenario.of(t, 'yexian', await loadTree(t.db.ownerUrl));
  [hotel] = (await yexian.targets([
    { name: '叶县抽中宾馆', category: 'HOTEL', department: '治安大队', region: '410422100', serial: 7331 },
  ])) as [string];
  const pool = await yexian.inspectors('治安大队', 7, (n) => ({ name: `抽取民警${n}`, badgeNo: `DT733${n}` }));
  const item = await yexian.item({ name: '对旅馆业的抽查', department: '治安大队', categories: ['HOTEL'] });
  const round = roundAroundToday();
  const { rounds } = await yexian.plan({
    year: round.year,
    tasks: [
      {
        task: {
          name: '旅馆业抽查',
          itemVersionIds: [item],
          departmentIds: [yexian.department('治安大队')],
          ratioBp: 10000,
          timesPerYear: 1,
          teamSize: 2,
          businessCategories: ['HOTEL'],
        },
        rounds: [[round.windowStart, round.windowEnd]],
      },
    ],
  });
  drawId = (await yexian.draw(rounds[0]![0]!)).id;
  const office = await yexian.token('coordinator');
  const found = ok(await t.gql(INSPECTION, { f: { targetId: hotel } }, office), 'inspections').inspections.edges;
  const node = found[0].node as { id: string; members: { inspectorId: string; joinedVia: string }[] };
  inspectionId = node.id;
  drawn = node.members.filter((m) => m.joinedVia === 'DRAW').map((m) => m.inspectorId);
  [helper, suspended] = pool.filter((id) => !drawn.includes(id)) as [string, string];
}, 120_000);

afterAll(() => t?.close());

describe('a drawn team changes only by an approved swap (R31)', () => {
  it('R31: the office cannot take a drawn inspector off the team, even with a helper added; the helper may leave again', async () => {
    expect(drawn).toHaveLength(2);
    const office = await yexian.token('coordinator');
    const change = (m: string, inspectorId: string, reason: string) =>
      t.gql(CHANGE(m), { i: { inspectionId, inspectorId, reason } }, office);
    ok(await change('joinInspection', helper, '熟悉该宾馆消防设施'), 'helper joins');
    const refused = await change('leaveInspection', drawn[0]!, '另有任务');
    expect(errorCode(refused)).toBe('DRAWN_MEMBER_NOT_REMOVABLE');
    expect(refused.body.errors![0]!.message).toContain('换人');
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query(
        'select inspector_id from inspection_member where inspection_id = $1 and left_at is null order by inspector_id',
        [inspectionId],
      );
      expect(rows.map((r) => r.inspector_id)).toEqual([...drawn, helper].sort());
    } finally {
      await owner.end();
    }
    ok(await change('leaveInspection', helper, '协助完毕'), 'the helper leaves');
  });

  it('R13/R31: an inspector suspended since the draw is no candidate for a swap on it', async () => {
    const office = await yexian.token('coordinator');
    const FIELDS = `id version departmentId name gender badgeNo warrantNo warrantValidUntil externalAgency agencyCertificateNo
      post duty skills qualifications phone`;
    const { id, version, ...inspector } = ok(
      await t.gql(`query($id: ID!) { inspector(id: $id) { ${FIELDS} } }`, { id: suspended }, office),
      'inspector',
    ).inspector;
    const UPDATE = 'mutation($i: UpdateInspectorInput!) { updateInspector(input: $i) { inspector { status } } }';
    ok(await t.gql(UPDATE, { i: { id, version, status: 'SUSPENDED', inspector } }, office), 'suspend');
    const REQUEST = `mutation($i: RequestDrawSwapInput!) { requestDrawSwap(input: $i) { request { id snapshot } } }`;
    const request = ok(
      await t.gql(
        REQUEST,
        { i: { drawId, targetId: hotel, inspectorId: drawn[1]!, reason: '身体原因不能参加' } },
        office,
      ),
      'request',
    ).requestDrawSwap.request;
    const candidates = (JSON.parse(request.snapshot).candidates as { id: string }[]).map((c) => c.id);
    expect(candidates).not.toContain(suspended);
    expect(candidates.length).toBeGreaterThan(0);
  });
});
