import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { ok } from '#test/support/catalog-fixtures';
import { Scenario, siblingCounty, type TaskSpec } from '#test/support/scenario';
import { withRequestContext } from '#test/support/request-context';
import { chinaToday } from '#test/support/dates';

const CLI = path.join(__dirname, '../../../dist/cli/verify-draw.js');

const DRAW = `id status roundId poolDigest commitment beaconSource beacon noBeacon nonce resultDigest n cycleClosed targetCount eligibleInspectorCount
  replacesDrawId redrawReason approvedBy selections { position targetId stratum cycle inspectorIds } exclusions { kind id reasons }
  dispatches { id departmentId targetCount dueDate dueEstimated confirmedAt } swaps { id targetId removedInspectorId addedInspectorId reason }`;
const COMMIT = `mutation($i: CommitDrawInput!) { commitDraw(input: $i) { draw { ${DRAW} } } }`;
const BEACON = `mutation($i: EnterBeaconInput!) { enterDrawBeacon(input: $i) { draw { ${DRAW} } } }`;
const RUN = `mutation($i: RunDrawInput!) { runDraw(input: $i) { draw { ${DRAW} } } }`;
const REDRAW = `mutation($i: RedrawInput!) { redraw(input: $i) { draw { ${DRAW} } } }`;
const REQUEST_SWAP =
  'mutation($i: RequestDrawSwapInput!) { requestDrawSwap(input: $i) { request { id status poolDigest commitment } } }';
const APPROVE_SWAP =
  'mutation($i: ApproveDrawSwapInput!) { approveDrawSwap(input: $i) { swap { id targetId removedInspectorId addedInspectorId resultDigest } } }';
const GET = `query($id: ID!) { draw(id: $id) { ${DRAW} } }`;
const VERIFY = 'query($id: ID!) { verifyDraw(id: $id) { ok checks { name ok recorded computed } } }';
const RECORD = 'query($id: ID!) { drawRecord(id: $id) }';

interface Selection {
  position: number;
  targetId: string;
  stratum: string;
  cycle: string;
  inspectorIds: string[];
}
interface Dispatch {
  id: string;
  departmentId: string;
  targetCount: number;
  dueDate: string;
  dueEstimated: boolean;
  confirmedAt: string | null;
}
interface Draw {
  id: string;
  status: string;
  commitment: string;
  nonce: string | null;
  n: number;
  noBeacon: boolean;
  beacon: string | null;
  exclusions: { kind: string; id: string; reasons: string[] }[];
  selections: Selection[];
  dispatches: Dispatch[];
  swaps: { id: string; targetId: string; removedInspectorId: string; addedInspectorId: string }[];
}
interface Check {
  name: string;
  ok: boolean;
  recorded: string | null;
  computed: string | null;
}
interface Verification {
  ok: boolean;
  checks: Check[];
}
interface SnapshotInspector {
  id: string;
  department: string;
}
interface NamedInspector {
  id: string;
  name: string;
  badgeNo: string;
  department: { name: string };
  bureau: { name: string };
}
interface NamedSelection {
  targetId: string;
  inspectorIds: string[];
  target: { id: string; name: string };
  inspectors: NamedInspector[];
}

describe('draw: commit → beacon → draw → reveal (R24–R34, DRAW.md)', () => {
  let t: TestApp;
  let yexian: Scenario;
  let owner: pg.Client;
  let office: string;
  let admin: string;
  let head: string;
  const rounds: string[] = [];
  let shortRound: string;
  let task: TaskSpec;
  let cafes: string[];
  const staff: Record<'wangan' | 'zhian' | 'jindu', string[]> = { wangan: [], zhian: [], jindu: [] };
  const departmentOf = new Map<string, string>();
  // The story of one draw, from its commit to its re-draw: the `it` blocks below that use it run in order.
  let first: Draw;
  const dir = mkdtempSync(path.join(tmpdir(), 'dsr-draw-'));
  const dept = (name: string) => yexian.department(name);
  const bureauId = (p: string) => yexian.tree.bureaus.find((b) => b.path === p)!.id;
  const count = async (table: string) => Number((await owner.query(`select count(*) from ${table}`)).rows[0].count);

  /** A 叶县 plan for `year` with one task, acknowledged by 平顶山 (or only filed); returns the round ids. */
  async function acknowledgedPlan(
    year: number,
    planned: TaskSpec,
    windows: [string, string][],
    acknowledge = true,
    lateEntryReason?: string,
  ): Promise<string[]> {
    const work = await yexian.plan({
      year,
      tasks: [{ task: planned, rounds: windows }],
      until: acknowledge ? 'ACKNOWLEDGED' : 'FILED',
      lateEntryReason,
    });
    return work.rounds[0]!;
  }

  beforeAll(async () => {
    t = await startTestApp();
    yexian = await Scenario.of(t, 'yexian');
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    office = await t.login('yexian.coordinator');
    admin = await t.login('yexian.admin');
    head = await t.login('yexian.head');
    // The directories: 200 internet cafés in four townships, one terminated; 8 + 7 inspectors with warrants,
    // one expired, one suspended; 3 in 禁毒 (too few, R13).
    await yexian.importTargets(
      Array.from({ length: 200 }, (_, i) => ({
        name: `网吧${i + 1}`,
        category: 'INTERNET_CAFE',
        department: '网安大队',
        region: `410422${100 + ((i + 1) % 4)}`,
        serial: i + 1,
      })),
    );
    cafes = [await yexian.targetId(1), await yexian.targetId(2)];
    await yexian.terminate(cafes[0]!, '许可证已注销');
    staff.wangan = await yexian.inspectors('网安大队', 8, (n) => ({
      name: `网安${n}`,
      warrantValidUntil: n === 8 ? '2020-12-31' : undefined,
    }));
    staff.zhian = await yexian.inspectors('治安大队', 7, (n) => ({
      name: `治安${n}`,
      status: n === 7 ? 'SUSPENDED' : undefined,
    }));
    staff.jindu = await yexian.inspectors('禁毒大队', 3, (n) => ({ name: `禁毒${n}` }));
    for (const [name, ids] of [
      ['网安大队', staff.wangan],
      ['治安大队', staff.zhian],
      ['禁毒大队', staff.jindu],
    ] as const) {
      for (const id of ids) departmentOf.set(id, dept(name));
    }
    const cafe = await yexian.item({
      name: '对网吧业的抽查',
      law: '《互联网上网服务营业场所管理条例》',
      department: '网安大队',
      targetType: '全县网吧业',
      categories: ['INTERNET_CAFE'],
      samplingRatioBp: 1000,
      frequencyPerYear: 2,
      checkContents: [],
    });
    // DRAW.md §2: every participating department is on every team (no separate list of required ones).
    task = {
      name: '网吧业联合抽查',
      itemVersionIds: [cafe],
      departmentIds: [dept('网安大队'), dept('治安大队')],
      joint: true,
      ratioBp: 1000,
      timesPerYear: 2,
      teamSize: 3,
    };
    rounds.push(
      ...(await acknowledgedPlan(2027, task, [
        ['2027-03-01', '2027-03-31'],
        ['2027-09-01', '2027-09-30'],
      ])),
    );
    [shortRound] = await acknowledgedPlan(
      2028,
      { ...task, name: '禁毒参加的抽查', departmentIds: [dept('网安大队'), dept('禁毒大队')] },
      [['2028-03-01', '2028-03-31']],
    );
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await owner.end();
    await t.close();
  });

  it('R24: a round of a plan that is only filed cannot be drawn (default setting); nothing is written', async () => {
    const [filedOnly] = await acknowledgedPlan(2029, task, [['2029-03-01', '2029-03-31']], false);
    const before = await count('draw');
    expect(errorCode(await t.gql(COMMIT, { i: { roundId: filedOnly, beaconSource: 'NONE' } }, office))).toBe(
      'PLAN_NOT_ACKNOWLEDGED',
    );
    // Another city's county cannot even find the round.
    expect(
      errorCode(
        await t.gql(COMMIT, { i: { roundId: rounds[0], beaconSource: 'NONE' } }, await t.login('nanle.coordinator')),
      ),
    ).toBe('NOT_FOUND');
    expect(await count('draw')).toBe(before);
  });

  it('R13: a participating department with fewer than 6 inspectors cannot draw; nothing is written', async () => {
    const before = await count('draw');
    const res = await t.gql(COMMIT, { i: { roundId: shortRound, beaconSource: 'NONE' } }, office);
    expect(errorCode(res)).toBe('DEPARTMENT_TOO_FEW_INSPECTORS');
    expect(res.body.errors![0]!.message).toContain('禁毒大队');
    expect(await count('draw')).toBe(before);
  });

  it('R25–R30/R33: commit publishes the snapshot digest and commitment, never the nonce; exclusions keep their reasons', async () => {
    const res = ok(
      await t.gql(
        COMMIT,
        { i: { roundId: rounds[0], beaconSource: 'LOTTERY', beaconNote: '福彩3D 第2027060期' } },
        office,
      ),
      'commit',
    );
    first = res.commitDraw.draw as Draw;
    expect(first).toMatchObject({
      status: 'COMMITTED',
      beaconSource: 'LOTTERY',
      beacon: null,
      noBeacon: false,
      nonce: null,
      resultDigest: null,
      selections: [],
      targetCount: 200,
      eligibleInspectorCount: 13,
    });
    expect(first.commitment).toMatch(/^[0-9a-f]{64}$/);
    const reasons = Object.fromEntries(first.exclusions.map((e) => [e.kind + e.reasons.join(), e.kind]));
    expect(Object.keys(reasons).some((k) => k.includes('已注销'))).toBe(true);
    expect(Object.keys(reasons).some((k) => k.includes('执法证件有效期'))).toBe(true);
    expect(Object.keys(reasons).some((k) => k.includes('不在岗'))).toBe(true);
    // The superior sees the commitment at once; a county of another city sees nothing.
    expect(
      ok(await t.gql(GET, { id: first.id }, await t.login('pingdingshan.coordinator')), 'city').draw.commitment,
    ).toBe(first.commitment);
    expect(errorCode(await t.gql(GET, { id: first.id }, await t.login('nanle.admin')))).toBe('NOT_FOUND');
    // The nonce is in no table the service role can read.
    const app = new pg.Client({ connectionString: t.db.appUrl });
    await app.connect();
    await expect(app.query('select nonce from draw_secret')).rejects.toThrow(/permission denied/);
    await app.end();
  });

  it('DRAW.md §1: no draw before the beacon; the lottery number comes from a second person, once', async () => {
    expect(errorCode(await t.gql(RUN, { i: { drawId: first.id } }, office))).toBe('BEACON_MISSING');
    expect(errorCode(await t.gql(BEACON, { i: { drawId: first.id, beacon: '483' } }, office))).toBe(
      'SECOND_PERSON_REQUIRED',
    );
    const entered = ok(await t.gql(BEACON, { i: { drawId: first.id, beacon: '483' } }, admin), 'beacon').enterDrawBeacon
      .draw;
    expect(entered.beacon).toBe('483');
    expect(errorCode(await t.gql(BEACON, { i: { drawId: first.id, beacon: '999' } }, admin))).toBe(
      'BEACON_ALREADY_ENTERED',
    );
  });

  it('R31: two concurrent commits of the same round: exactly one draw exists, the other gets CONFLICT', async () => {
    const [round] = await acknowledgedPlan(2031, task, [['2031-03-01', '2031-03-31']]);
    const [a, b] = await Promise.all([
      t.gql(COMMIT, { i: { roundId: round, beaconSource: 'NONE' } }, office),
      t.gql(COMMIT, { i: { roundId: round, beaconSource: 'NONE' } }, admin),
    ]);
    expect([errorCode(a), errorCode(b)].sort()).toEqual(['CONFLICT', null].sort());
    expect(Number((await owner.query('select count(*) from draw where round_id = $1', [round])).rows[0].count)).toBe(1);
  });

  it('R30: a target whose required department is wholly recused cannot be drawn: ALL_INSPECTORS_IN_CONFLICT, nothing written', async () => {
    const [round] = await acknowledgedPlan(2030, task, [['2030-03-01', '2030-03-31']]);
    const target = { id: cafes[1]! };
    for (const inspector of staff.zhian.slice(0, 6))
      await yexian.recuse(inspector, target.id, '2030-01-01', '2030-12-31');
    const before = await count('draw');
    const res = await t.gql(COMMIT, { i: { roundId: round, beaconSource: 'NONE' } }, office);
    expect(errorCode(res)).toBe('ALL_INSPECTORS_IN_CONFLICT');
    expect(res.body.errors![0]!.extensions!.targetId).toBe(target.id);
    expect(await count('draw')).toBe(before);
  });

  it('R31: two concurrent requests to draw the same draw: one result, the other CONFLICT', async () => {
    const [a, b] = await Promise.all([
      t.gql(RUN, { i: { drawId: first.id } }, office),
      t.gql(RUN, { i: { drawId: first.id } }, admin),
    ]);
    const codes = [errorCode(a), errorCode(b)].sort();
    expect(codes).toEqual(['CONFLICT', null].sort());
    const won = a.body.data?.runDraw ?? b.body.data?.runDraw;
    expect(won).toBeTruthy();
    first = won.draw;
    expect(first.status).toBe('DRAWN');
    expect(first.nonce).toMatch(/^[0-9a-f]{64}$/);
    expect(first.n).toBe(20); // ⌈10% × 199⌉
    expect(await count('draw_selection')).toBe(20);
  });

  it('R25/R29/R30: regions balanced, teams of 3 with both departments, no terminated target', async () => {
    const perRegion = new Map<string, number>();
    for (const s of first.selections) perRegion.set(s.stratum, (perRegion.get(s.stratum) ?? 0) + 1);
    expect([...perRegion.values()].sort()).toEqual([5, 5, 5, 5]);
    const required = [dept('网安大队'), dept('治安大队')].sort();
    for (const s of first.selections) {
      expect(s.inspectorIds).toHaveLength(3);
      // One of each required department first, in the snapshot's (sorted) department order.
      expect(s.inspectorIds.slice(0, 2).map((i) => departmentOf.get(i))).toEqual(required);
    }
  });

  it('R33: verifyDraw passes every check; the exported record verifies offline, and one changed byte is rejected', async () => {
    const v = ok(await t.gql(VERIFY, { id: first.id }, office), 'verify').verifyDraw as Verification;
    expect(v.ok).toBe(true);
    expect(v.checks.map((c) => c.name)).toEqual([
      'commitment',
      'poolDigest',
      'resultDigest',
      'replay',
      'drawId',
      'beaconSource',
    ]);
    const record: string = ok(
      await t.gql(RECORD, { id: first.id }, await t.login('pingdingshan.coordinator')),
      'record',
    ).drawRecord;
    const file = path.join(dir, 'record.json');
    writeFileSync(file, record);
    const good = spawnSync(process.execPath, [CLI, file], { encoding: 'utf8' });
    expect(good.stdout).toContain('校验通过');
    expect(good.status).toBe(0);
    const at = record.indexOf('"stratum":"410422') + '"stratum":"41042'.length;
    writeFileSync(file, record.slice(0, at) + '3' + record.slice(at + 1));
    const bad = spawnSync(process.execPath, [CLI, file], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    // DRAW.md §9: the beacon source agrees with the beacon; a lottery-beacon draw relabelled NONE is rejected.
    writeFileSync(file, record.replace('"beaconSource":"LOTTERY"', '"beaconSource":"NONE"'));
    const relabelled = spawnSync(process.execPath, [CLI, file], { encoding: 'utf8' });
    expect(relabelled.status).toBe(1);
    expect(relabelled.stdout).toContain('校验失败：beaconSource\n');
  });

  it('R32: each participating department gets its part, due in one working day, and confirms it', async () => {
    expect(first.dispatches).toHaveLength(2);
    for (const d of first.dispatches)
      expect(d).toMatchObject({ targetCount: 20, confirmedAt: null, dueEstimated: false });
    const mine = first.dispatches.find((d) => d.departmentId === dept('治安大队'))!;
    const other = first.dispatches.find((d) => d.departmentId !== dept('治安大队'))!;
    expect(
      errorCode(
        await t.gql(
          'mutation($i: ConfirmDispatchInput!) { confirmDrawDispatch(input: $i) { dispatch { id } } }',
          { i: { dispatchId: other.id } },
          head,
        ),
      ),
    ).toBe('FORBIDDEN');
    // A head's to-do asks for their own department's dispatches only; an id of nothing lists nothing.
    const PENDING_OF = 'query($d: ID) { pendingDrawDispatches(departmentId: $d) { id departmentId } }';
    const pendingOf = async (d: string) =>
      (ok(await t.gql(PENDING_OF, { d }, head), 'pending of').pendingDrawDispatches as { id: string }[]).map(
        (x) => x.id,
      );
    expect(await pendingOf(mine.departmentId)).toEqual([mine.id]);
    expect(await pendingOf('not-an-id')).toEqual([]);
    const confirmed = ok(
      await t.gql(
        'mutation($i: ConfirmDispatchInput!) { confirmDrawDispatch(input: $i) { dispatch { confirmedAt } } }',
        { i: { dispatchId: mine.id } },
        head,
      ),
      'confirm',
    );
    expect(confirmed.confirmDrawDispatch.dispatch.confirmedAt).toBeTruthy();
    const pending = ok(await t.gql('{ pendingDrawDispatches { id } }', {}, office), 'pending')
      .pendingDrawDispatches as { id: string }[];
    expect(pending.map((d) => d.id)).toEqual([other.id]);
  });

  it('R26: the next round does not draw a target twice within the coverage cycle', async () => {
    const second = ok(await t.gql(COMMIT, { i: { roundId: rounds[1], beaconSource: 'NONE' } }, office), 'commit 2')
      .commitDraw.draw;
    const drawn = ok(await t.gql(RUN, { i: { drawId: second.id } }, office), 'run 2').runDraw.draw as Draw;
    expect(drawn.noBeacon).toBe(true);
    const before = new Set(first.selections.map((s) => s.targetId));
    expect(drawn.selections.filter((s) => before.has(s.targetId))).toEqual([]);
    expect(drawn.selections.every((s) => s.cycle === 'current')).toBe(true);
  });

  it('R31: a drawn draw cannot be drawn again or changed, even by the table owner', async () => {
    expect(errorCode(await t.gql(RUN, { i: { drawId: first.id } }, office))).toBe('CONFLICT');
    expect(errorCode(await t.gql(COMMIT, { i: { roundId: rounds[0], beaconSource: 'NONE' } }, office))).toBe(
      'CONFLICT',
    );
    await expect(
      owner.query(`update draw set result_digest = repeat('0', 64) where id = $1`, [first.id]),
    ).rejects.toThrow(/不可修改/);
    await expect(owner.query('delete from draw_selection where draw_id = $1', [first.id])).rejects.toThrow(/不能删除/);
  });

  it("R31: a swap is requested by the office and approved by the removed inspector's department head; the replacement is drawn verifiably and kept with the draw", async () => {
    const headDepartment = yexian.tree.users.find((u) => u.username === 'yexian.head')!.department_id;
    // A team with one member of the head's department: the replacement must keep that department covered.
    const position = first.selections.findIndex(
      (s) => s.inspectorIds.filter((i) => departmentOf.get(i) === headDepartment).length === 1,
    );
    const target = first.selections[position];
    const k = target.inspectorIds.findIndex((i) => departmentOf.get(i) === headDepartment);
    const leaving = target.inspectorIds[k];
    const input = { drawId: first.id, targetId: target.targetId, inspectorId: leaving, reason: '与检查对象有亲属关系' };
    expect(errorCode(await t.gql(REQUEST_SWAP, { i: input }, await t.login('yexian.legal')))).toBe('FORBIDDEN');
    const request = ok(await t.gql(REQUEST_SWAP, { i: input }, office), 'request').requestDrawSwap.request;
    expect(request).toMatchObject({ status: 'REQUESTED' });
    expect(errorCode(await t.gql(APPROVE_SWAP, { i: { requestId: request.id } }, office))).toBe('FORBIDDEN');
    const swap = ok(await t.gql(APPROVE_SWAP, { i: { requestId: request.id } }, head), 'approve').approveDrawSwap.swap;
    expect(swap.id).toBe(request.id);
    expect(departmentOf.get(swap.addedInspectorId)).toBe(departmentOf.get(leaving));
    const after = ok(await t.gql(GET, { id: first.id }, office), 'get').draw;
    expect(after.selections[position].inspectorIds).toEqual(
      target.inspectorIds.map((i: string, n: number) => (n === k ? swap.addedInspectorId : i)),
    );
    expect(after.swaps).toHaveLength(1);
    const text: string = ok(await t.gql(RECORD, { id: first.id }, office), 'record').drawRecord;
    expect(JSON.parse(text).swaps[0].result.added).toBe(swap.addedInspectorId);
    const file = path.join(dir, 'swapped.json');
    writeFileSync(file, text);
    expect(spawnSync(process.execPath, [CLI, file], { encoding: 'utf8' }).status).toBe(0);
    writeFileSync(file, text.replace(`"added":"${swap.addedInspectorId}"`, `"added":"${leaving}"`));
    const forged = spawnSync(process.execPath, [CLI, file], { encoding: 'utf8' });
    expect(forged.status).toBe(1);
    expect(forged.stdout).toContain('swaps[0].resultDigest');
    // DRAW.md §9: verifyDraw checks the swap against the draw: chain, team as it stood, removed, candidates.
    const v = ok(await t.gql(VERIFY, { id: first.id }, office), 'verify').verifyDraw as Verification;
    expect(v.checks.filter((c) => !c.ok)).toEqual([]);
    expect(v.checks.filter((c) => c.name.startsWith('swaps[0].')).map((c) => c.name.slice(9))).toEqual([
      'commitment',
      'poolDigest',
      'resultDigest',
      'replay',
      'drawId',
      'replaces',
      'team',
      'removed',
      'candidates',
      'replaced',
    ]);
    expect(v.checks.find((c) => c.name === 'swaps[0].replaces').recorded).toBe(JSON.stringify([first.id, first.id]));
    expect(JSON.parse(text).replacedBy).toBeNull();
  });

  it('R31: a re-draw is approved by a department head with a reason, points to the draw it replaces, and keeps it', async () => {
    const before = await count('draw');
    expect(
      errorCode(
        await t.gql(
          REDRAW,
          { i: { drawId: first.id, reason: '抽取范围有误，经批准重抽', beaconSource: 'NONE' } },
          office,
        ),
      ),
    ).toBe('FORBIDDEN');
    const redraw = ok(
      await t.gql(REDRAW, { i: { drawId: first.id, reason: '抽取范围有误，经批准重抽', beaconSource: 'NONE' } }, head),
      'redraw',
    ).redraw.draw;
    expect(redraw).toMatchObject({
      status: 'COMMITTED',
      replacesDrawId: first.id,
      redrawReason: '抽取范围有误，经批准重抽',
    });
    expect(await count('draw')).toBe(before + 1);
    expect(
      errorCode(await t.gql(REDRAW, { i: { drawId: first.id, reason: '再次重抽', beaconSource: 'NONE' } }, head)),
    ).toBe('CONFLICT');
    // The swap made before the re-draw stays valid in the replaced draw's record (DRAW.md §9).
    const old = ok(await t.gql(VERIFY, { id: first.id }, office), 'old still verifies').verifyDraw as Verification;
    expect(old.checks.filter((c) => !c.ok)).toEqual([]);
    expect(old.checks.map((c) => c.name)).toContain('swaps[0].replaced');
    const record = JSON.parse(ok(await t.gql(RECORD, { id: first.id }, office), 'record').drawRecord);
    expect(record.replacedBy).toBe(redraw.id);
    expect(record.replacedAt > record.swaps[0].createdAt).toBe(true);
    // The independent reference (written from DRAW.md) finds the same real record valid, swap and re-draw included.
    const file = path.join(dir, 'replaced.json');
    writeFileSync(file, JSON.stringify(record));
    const reference = spawnSync(
      'python3',
      [path.join(__dirname, '../../../../../test/draw-reference/dsr_draw.py'), 'replay', file],
      { encoding: 'utf8' },
    );
    if (!reference.error) {
      expect(JSON.parse(reference.stdout).checks).toMatchObject({
        'swaps[0].replaces': true,
        'swaps[0].team': true,
        'swaps[0].replaced': true,
        beaconSource: true,
      });
      expect(reference.status).toBe(0);
    }
  });

  it('R34/R30: a short department draws from the sibling bureaus its superior names, once its bureau enables cross-region drawing; their recusals are declared by the borrower', async () => {
    const yexianId = yexian.bureauId;
    // A sibling county under 平顶山 with a 禁毒大队 of 4 inspectors: 叶县's 3 plus these 4 make 7.
    const lushan = await siblingCounty(t, {
      parentPath: '41.4104',
      divisionCode: '410423',
      name: '鲁山县公安局',
      prefix: 'lushan',
    });
    const lushanScenario = await Scenario.of(t, 'lushan');
    await lushanScenario.addDepartment('jindu', '禁毒大队');
    const lentInspectors = await lushanScenario.inspectors('禁毒大队', 4, (n) => ({
      name: `鲁山禁毒${n}`,
      gender: 'F',
      badgeNo: `LS${n}`,
    }));

    const settings = ok(
      await t.gql('{ bureauSettings { version minimumRatioBp jointMinimumRatioBp } }', {}, admin),
      'settings',
    ).bureauSettings;
    ok(
      await t.gql(
        'mutation($i: UpdateBureauSettingsInput!) { updateBureauSettings(input: $i) { settings { crossRegionDrawing } } }',
        { i: { ...settings, crossRegionDrawing: true } },
        admin,
      ),
      'enable',
    );
    // Enabled, but nobody named yet: still too few.
    expect(errorCode(await t.gql(COMMIT, { i: { roundId: shortRound, beaconSource: 'NONE' } }, office))).toBe(
      'DEPARTMENT_TOO_FEW_INSPECTORS',
    );

    const NAME =
      'mutation($i: CrossRegionPoolInput!) { nameCrossRegionPool(input: $i) { pool { id lenderBureauIds } } }';
    expect(
      errorCode(await t.gql(NAME, { i: { subordinateBureauId: yexianId, lenderBureauIds: [lushan.id] } }, office)),
    ).toBe('FORBIDDEN');
    const cityOffice = await t.login('pingdingshan.coordinator');
    expect(
      errorCode(
        await t.gql(
          NAME,
          { i: { subordinateBureauId: yexianId, lenderBureauIds: [bureauId('41.4109.410923')] } },
          cityOffice,
        ),
      ),
    ).toBe('LENDER_NOT_SIBLING');
    const lent = [...lentInspectors].sort().map((id) => ({ id }));
    const cafe = { id: cafes[1]! };
    const DECLARE =
      'mutation($i: DeclareConflictInput!) { declareConflict(input: $i) { conflict { id inspectorId targetId } } }';
    const recusal = {
      inspectorId: lent[0].id,
      targetId: cafe.id,
      relation: 'KIN',
      detail: '其妻为该网吧经营者',
      since: '2028-01-01',
    };
    // R30 × R34: before the superior names the pool the lent inspector is nobody of 叶县's.
    expect(errorCode(await t.gql(DECLARE, { i: recusal }, office))).toBe('BAD_USER_INPUT');
    ok(
      await t.gql(NAME, { i: { subordinateBureauId: yexianId, lenderBureauIds: [lushan.id] } }, cityOffice),
      'name pool',
    );
    // Then 叶县's coordinating office (not a department head) declares the lent inspector's recusal.
    expect(errorCode(await t.gql(DECLARE, { i: recusal }, head))).toBe('FORBIDDEN');
    ok(await t.gql(DECLARE, { i: recusal }, office), 'declare recusal of a lent inspector');

    const draw = ok(
      await t.gql(COMMIT, { i: { roundId: shortRound, beaconSource: 'NONE' } }, office),
      'commit with lent inspectors',
    ).commitDraw.draw;
    expect(draw.eligibleInspectorCount).toBe(7 + 3 + 4);
    const snapshot = ok(
      await t.gql('query($id: ID!) { draw(id: $id) { snapshot } }', { id: draw.id }, office),
      'snapshot',
    ).draw.snapshot;
    expect(snapshot.conflicts).toContainEqual([lent[0].id, cafe.id]);
    const inPool = (snapshot.inspectors as SnapshotInspector[]).filter((i) => lent.some((l) => l.id === i.id));
    expect(inPool.map((i) => i.department)).toEqual([0, 1, 2, 3].map(() => dept('禁毒大队')));
    // DRAW.md §2: the snapshot lists the participating departments, and every team holds one of each.
    const participating = [dept('网安大队'), dept('禁毒大队')].sort();
    expect(snapshot.departments).toEqual(participating);
    const drawn = ok(await t.gql(RUN, { i: { drawId: draw.id } }, office), 'run').runDraw.draw as Draw;
    expect(drawn.status).toBe('DRAWN');
    const departmentOf = new Map((snapshot.inspectors as SnapshotInspector[]).map((i) => [i.id, i.department]));
    for (const s of drawn.selections)
      expect(s.inspectorIds.slice(0, 2).map((i) => departmentOf.get(i))).toEqual(participating);

    // Names, not ids (issue 10 §4): 叶县 reads its draw's targets and teams by name, the lent inspectors too (R34), with their bureau.
    const SEL = `query($id: ID!) { draw(id: $id) { selections { targetId inspectorIds target { id name uscc registeredAddress regionCode }
      inspectors { id name badgeNo department { name } bureau { name } } } } }`;
    const selections = ok(await t.gql(SEL, { id: draw.id }, office), 'names').draw.selections as NamedSelection[];
    expect(selections.length).toBeGreaterThan(0);
    for (const sel of selections) {
      expect(sel.inspectors.map((i) => i.id)).toEqual(sel.inspectorIds);
      expect(sel.target).toMatchObject({
        id: sel.targetId,
        name: expect.any(String),
        uscc: expect.any(String),
        regionCode: expect.stringMatching(/^410422/),
      });
      for (const i of sel.inspectors) expect(i.name && i.department.name && i.bureau.name).toBeTruthy();
    }
    const drawnLent = [
      ...new Set(
        selections
          .flatMap((sel) => sel.inspectors)
          .filter((i) => lent.some((l) => l.id === i.id))
          .map((i) => i.id),
      ),
    ];
    for (const i of selections.flatMap((sel) => sel.inspectors).filter((x) => drawnLent.includes(x.id))) {
      expect(i).toMatchObject({
        name: expect.stringMatching(/^鲁山禁毒/),
        badgeNo: expect.stringMatching(/^LS/),
        department: { name: '禁毒大队' },
        bureau: { name: '鲁山县公安局' },
      });
    }
    // Row-level security is unchanged: 叶县 reads none of 鲁山's directory rows; the reviewed function names only the lent inspectors on
    // 叶县's own teams (never the others), and nobody to 南乐, a county outside the pool.
    const lentIds = `{${lent.map((l) => l.id).join(',')}}`;
    const names = (persona: string) =>
      withRequestContext(t, persona, async (ctx) => ({
        rows: Number(
          (
            await ctx.em.execute<{ n: string }[]>('select count(*) as n from inspector where id = any(?::uuid[])', [
              lentIds,
            ])
          )[0]!.n,
        ),
        named: (
          await ctx.em.execute<{ id: string }[]>('select id from app_private.team_inspectors(?::uuid[])', [lentIds])
        )
          .map((r) => r.id)
          .sort(),
      }));
    expect(await names('yexian.coordinator')).toEqual({ rows: 0, named: [...drawnLent].sort() });
    expect(await names('nanle.coordinator')).toEqual({ rows: 0, named: [] });
  });

  it("names, not ids: a page of draws with their selections' targets and inspectors costs the same for one draw as for all", async () => {
    const q = (n: number) =>
      `{ draws(first: ${n}, filter: { status: DRAWN }) { edges { node { id selections { target { name uscc } inspectors { name badgeNo department { name } } } } } } }`;
    const one = await t.countStatements(() => t.gql(q(1), {}, office));
    const all = await t.countStatements(() => t.gql(q(5), {}, office)); // five draws of many selections: within the query cost limit
    expect(all.result.body.errors).toBeUndefined();
    const drawn = all.result.body.data!.draws.edges as { node: { selections: NamedSelection[] } }[];
    expect(drawn.length).toBeGreaterThan(1);
    expect(
      drawn
        .flatMap((e) => e.node.selections)
        .every((sel) => sel.target.name && sel.inspectors.length >= 2 && sel.inspectors.every((i) => i.name)),
    ).toBe(true);
    expect(all.statements, `${all.sql.join('\n')}\n--- one draw:\n${one.sql.join('\n')}`).toBe(one.statements);
  });

  it("R23: a target under a direct check in the round's window is excluded from the draw, with the reason kept", async () => {
    const [round] = await acknowledgedPlan(2032, task, [['2032-03-01', '2032-03-31']]);
    const target = { id: cafes[1]! };
    const directTeam = staff.wangan.slice(0, 2).map((id) => ({ id }));
    ok(
      await t.gql(
        'mutation($i: CreateDirectCheckInput!) { createDirectCheck(input: $i) { inspection { id } } }',
        {
          i: {
            targetId: target.id,
            reason: 'COMPLAINT',
            reference: '叶公投诉〔2032〕15号',
            itemVersionIds: task.itemVersionIds,
            inspectorIds: directTeam.map((r) => r.id),
            windowStart: '2032-03-10',
            windowEnd: '2032-03-20',
          },
        },
        office,
      ),
      'direct check',
    );
    const draw = ok(await t.gql(COMMIT, { i: { roundId: round, beaconSource: 'NONE' } }, office), 'commit').commitDraw
      .draw as Draw;
    expect(draw.exclusions.find((e) => e.id === target.id)?.reasons).toEqual(['正在接受直接检查（R23）']);
  });

  it('R26/R32: a round that has already ended is not drawn, unless an administrator enters past work with a reason (audited)', async () => {
    const last = Number(chinaToday().slice(0, 4)) - 1;
    const reason = '补录上年度现场抽取的结果';
    const [ended] = await acknowledgedPlan(last, task, [[`${last}-05-01`, `${last}-05-31`]], true, reason);
    const before = [await count('draw'), await count('audit_entry')];
    const refused = await t.gql(COMMIT, { i: { roundId: ended, beaconSource: 'NONE' } }, office);
    expect([errorCode(refused), refused.body.errors[0].extensions.field]).toEqual(['ROUND_ENDED', 'roundId']);
    expect(
      errorCode(await t.gql(COMMIT, { i: { roundId: ended, beaconSource: 'NONE', lateEntryReason: reason } }, office)),
    ).toBe('LATE_ENTRY_ADMIN_ONLY');
    expect([await count('draw'), await count('audit_entry')]).toEqual(before);
    const draw = ok(
      await t.gql(COMMIT, { i: { roundId: ended, beaconSource: 'NONE', lateEntryReason: reason } }, admin),
      'late commit',
    ).commitDraw.draw;
    const {
      rows: [entry],
    } = await owner.query(`select after from audit_entry where object_id = $1 and operation = 'COMMIT_DRAW'`, [
      draw.id,
    ]);
    expect(entry.after.lateEntry).toEqual({ reason, rule: 'ROUND_ENDED' });
  });
});
