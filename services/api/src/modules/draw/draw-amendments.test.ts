import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '@dsr/domain';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { addDays, checkedToday } from '#test/support/dates';
import { ok } from '#test/support/catalog-fixtures';
import { Scenario, type RunDraw, type TaskSpec } from '#test/support/scenario';
import type { Tree } from '#test/support/tenancy';

const DRAW = `id status replacesDrawId selections { targetId inspectorIds } dispatches { id departmentId targetCount confirmedAt closedAt closedReason }
  swaps { id targetId removedInspectorId addedInspectorId approvedBy createdBy target { name } removedInspector { name department { name } } addedInspector { name department { name } } }
  swapRequests { id status approverRole decisionReason removedInspector { name } }`;
const GET = `query($id: ID!) { draw(id: $id) { ${DRAW} } }`;
const BEACON = 'mutation($i: EnterBeaconInput!) { enterDrawBeacon(input: $i) { draw { id beacon } } }';
const RUN = `mutation($i: RunDrawInput!) { runDraw(input: $i) { draw { ${DRAW} } } }`;
const REDRAW = 'mutation($i: RedrawInput!) { redraw(input: $i) { draw { id } } }';
const REQUEST = `mutation($i: RequestDrawSwapInput!) { requestDrawSwap(input: $i) { request {
  id status replacesId approverRole poolDigest commitment snapshot requestedBy } } }`;
const APPROVE =
  'mutation($i: ApproveDrawSwapInput!) { approveDrawSwap(input: $i) { swap { id removedInspectorId addedInspectorId approvedBy createdBy } } }';
const DECLINE =
  'mutation($i: DeclineDrawSwapInput!) { declineDrawSwap(input: $i) { request { id status decidedBy decisionReason } } }';
const INSPECTIONS = `query($t: ID!) { inspections(first: 20, filter: { targetId: $t }) { edges { node {
  id status joint departmentIds itemVersionIds leadDepartmentId cancelReason cancelledByDrawId
  members { inspectorId departmentId joinedVia leftAt leftReason } sources { drawId withdrawnAt withdrawnReason } } } } }`;
const MINE = '{ myInspections(first: 50) { edges { node { id } } } }';

interface Member {
  inspectorId: string;
  departmentId: string;
  joinedVia: string;
  leftAt: string | null;
  leftReason: string | null;
}
interface Inspection {
  id: string;
  status: string;
  joint: boolean;
  departmentIds: string[];
  itemVersionIds: string[];
  leadDepartmentId: string;
  cancelReason: string | null;
  cancelledByDrawId: string | null;
  members: Member[];
  sources: { drawId: string; withdrawnAt: string | null; withdrawnReason: string | null }[];
}
interface Dispatch {
  id: string;
  departmentId: string;
  targetCount: number;
  confirmedAt: string | null;
  closedAt: string | null;
  closedReason: string | null;
}
interface Swap {
  id: string;
  targetId: string;
  removedInspectorId: string;
  addedInspectorId: string;
  approvedBy: string;
  createdBy: string;
  target: { name: string };
  removedInspector: { name: string };
  addedInspector: { name: string; department: { name: string } };
}
interface Draw extends RunDraw {
  replacesDrawId: string | null;
  dispatches: Dispatch[];
  swaps: Swap[];
  swapRequests: {
    id: string;
    status: string;
    approverRole: string;
    decisionReason: string | null;
    removedInspector: { name: string };
  }[];
}

describe('draw amendments reach the work (R26, R30, R31, DRAW.md §9)', () => {
  let t: TestApp;
  let tree: Tree;
  let owner: pg.Client;
  let office: string, admin: string, head: string, leader: string;
  let zhian: string, wangan: string, wanganHead: string;
  let yexian: Scenario;
  const today = chinaDay(new Date());
  const year = Number(today.slice(0, 4));
  const windowStart = addDays(today, -1) < `${year}-01-01` ? today : addDays(today, -1);
  const windowEnd = addDays(today, 14) > `${year}-12-31` ? `${year}-12-31` : addDays(today, 14);
  const items: Record<string, string> = {};
  const draws: Record<string, Draw> = {};
  const targets: Record<string, string> = {};
  const departmentOf = new Map<string, string>();
  const headOf = () =>
    new Map([
      [zhian, head],
      [wangan, wanganHead],
    ]);

  const dept = (name: string) => yexian.department(name);
  const nameOf = (departmentId: string) => tree.departments.find((d) => d.id === departmentId)!.name;
  const getDraw = async (id: string): Promise<Draw> => ok(await t.gql(GET, { id }, office), 'draw').draw;
  const inspectionsOf = async (targetId: string): Promise<Inspection[]> =>
    ok(await t.gql(INSPECTIONS, { t: targetId }, office), 'inspections').inspections.edges.map(
      (e: { node: Inspection }) => e.node,
    );
  const inspectionOf = async (drawId: string, targetId: string) =>
    (await inspectionsOf(targetId)).find((i) => i.sources.some((s) => s.drawId === drawId))!;
  const mine = async (token: string) =>
    ok(await t.gql(MINE, {}, token), 'mine').myInspections.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    ) as string[];

  /** A login of 叶县 for `department` with the given roles (password as the demo accounts'). */
  const user = (username: string, department: string, roles: string[]) =>
    yexian.user(username, nameOf(department), roles);
  const link = (inspectorId: string, userId: string | null) => yexian.link(inspectorId, userId);
  async function submitRecord(token: string, inspectionId: string, present: string[], itemVersionId: string) {
    return t.gql(
      'mutation($i: InspectionRecordInput!) { submitInspectionRecord(input: $i) { record { id } } }',
      {
        i: {
          inspectionId,
          ...checkedToday(),
          place: '经营场所',
          presentInspectorIds: present,
          answers: [{ itemVersionId, no: 1, result: 'NORMAL' }],
          methods: ['ON_SITE'],
          findings: '未发现问题',
          representative: '张经理',
          refusalReason: '负责人外出，无法签字',
          nonCooperation: [],
        },
      },
      token,
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    yexian = await Scenario.of(t, 'yexian');
    tree = yexian.tree;
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    [office, admin, head, leader] = await Promise.all(
      ['yexian.coordinator', 'yexian.admin', 'yexian.head', 'yexian.leader'].map((u) => t.login(u)),
    );
    zhian = dept('治安大队');
    wangan = dept('网安大队');
    expect(tree.users.find((u) => u.username === 'yexian.head')!.department_id).toBe(zhian);
    wanganHead = (await user('yexian.wangan.head', wangan, ['DEPARTMENT_HEAD'])).token;

    // Four hotels in 昆阳街道 (swaps), a hotel and a café in 廉村镇 (a joint inspection), four hotels in 任店镇 (coverage).
    const hotel = (serial: number, name: string, region: string) => ({
      name,
      category: 'HOTEL',
      department: '治安大队',
      region,
      serial: 700 + serial,
    });
    const specs = [
      ...[1, 2, 3, 4].map((n) => hotel(n, `昆阳宾馆${n}`, '410422100')),
      hotel(5, '廉村如家宾馆', '410422101'),
      { name: '廉村星空网吧', category: 'INTERNET_CAFE', department: '网安大队', region: '410422101', serial: 706 },
      ...[1, 2, 3, 4].map((n) => hotel(6 + n, `任店旅社${n}`, '410422102')),
    ];
    await yexian.importTargets(specs);
    const keys = ['S1', 'S2', 'S3', 'S4', 'H', 'C', 'K1', 'K2', 'K3', 'K4'];
    await Promise.all(
      keys.map(async (key, n) => {
        targets[key] = await yexian.targetId(specs[n]!.serial);
      }),
    );
    await Promise.all(
      (
        [
          ['治安大队', '治安', 8],
          ['网安大队', '网安', 7],
        ] as const
      ).map(async ([department, prefix, count]) => {
        for (const id of await yexian.inspectors(department, count, (n) => ({ name: `${prefix}${n}` })))
          departmentOf.set(id, dept(department));
      }),
    );
    const hotelItem = (name: string) =>
      yexian.item({
        name,
        department: '治安大队',
        categories: ['HOTEL'],
        checkContents: ['是否按规定登记旅客身份信息'],
      });
    items.S = await hotelItem('对旅馆业的抽查');
    items.J1 = await hotelItem('对旅馆消防通道的抽查');
    items.K = await hotelItem('对旅社的抽查');
    items.J2 = await yexian.item({
      name: '对上网服务场所的抽查',
      law: '《互联网上网服务营业场所管理条例》',
      department: '网安大队',
      targetType: '上网服务场所',
      categories: ['INTERNET_CAFE'],
      checkContents: ['是否落实上网用户实名登记'],
    });

    const tasks: Record<string, TaskSpec> = {
      S: {
        name: '昆阳旅馆抽查',
        itemVersionIds: [items.S],
        departmentIds: [zhian, wangan],
        joint: true,
        ratioBp: 10000,
        timesPerYear: 1,
        teamSize: 3,
        businessCategories: ['HOTEL'],
        regionCodes: ['410422100'],
      },
      J1: {
        name: '廉村旅馆抽查',
        itemVersionIds: [items.J1],
        departmentIds: [zhian],
        ratioBp: 10000,
        timesPerYear: 1,
        teamSize: 2,
        businessCategories: ['HOTEL'],
        regionCodes: ['410422101'],
      },
      J2: {
        name: '廉村上网场所抽查',
        itemVersionIds: [items.J2],
        departmentIds: [wangan],
        ratioBp: 10000,
        timesPerYear: 1,
        teamSize: 2,
        businessCategories: ['INTERNET_CAFE', 'HOTEL'],
        regionCodes: ['410422101'],
      },
      K: {
        name: '任店旅社抽查',
        itemVersionIds: [items.K],
        departmentIds: [zhian],
        ratioBp: 5000,
        timesPerYear: 1,
        teamSize: 2,
        businessCategories: ['HOTEL'],
        regionCodes: ['410422102'],
      },
    };
    const { rounds } = await yexian.plan({
      year,
      tasks: Object.values(tasks).map((task) => ({ task, rounds: [[windowStart, windowEnd]] })),
    });
    const roundOf = Object.fromEntries(Object.keys(tasks).map((key, n) => [key, rounds[n]![0]!]));
    for (const key of ['S', 'J1', 'K']) draws[key] = await yexian.draw<Draw>(roundOf[key]!, { fields: DRAW });
    draws.J2 = {
      id: await yexian.commit(roundOf.J2!, { beaconSource: 'WITNESS', beaconNote: '见证人：县人大代表' }),
    } as Draw;
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it("R30/R31/R32: an approved swap changes the inspection's team, both people's myInspections and the dispatch counts, in the same transaction", async () => {
    const draw = draws.S;
    const selection = draw.selections.find((s) => s.targetId === targets.S1)!;
    // Teams of 3 over two departments: one department is on the team twice, so one of those two can leave
    // without the team missing that department (DRAW.md §9 requiredDepartment null).
    const twice = (selection.inspectorIds as string[]).filter(
      (i, _n, all) => all.filter((j) => departmentOf.get(j) === departmentOf.get(i)).length === 2,
    );
    const leaving = twice[1];
    const kept = (selection.inspectorIds as string[]).filter((i) => i !== leaving);
    const leavingDepartment = departmentOf.get(leaving)!;
    // Everyone else of the leaving one's department has a conflict with the target: the replacement comes from the other department.
    for (const [id, d] of departmentOf) {
      if (d !== leavingDepartment || selection.inspectorIds.includes(id)) continue;
      await yexian.recuse(id, targets.S1!, today);
    }
    const before = await inspectionOf(draw.id, targets.S1);
    const removedUser = await user('yexian.swap.out', leavingDepartment, ['INSPECTOR']);
    await link(leaving, removedUser.id);
    expect(await mine(removedUser.token)).toContain(before.id);

    const reason = '临时抽调参加专项行动';
    const request = ok(
      await t.gql(REQUEST, { i: { drawId: draw.id, targetId: targets.S1, inspectorId: leaving, reason } }, office),
      'request',
    ).requestDrawSwap.request;
    expect(request).toMatchObject({ status: 'REQUESTED', replacesId: draw.id, approverRole: 'DEPARTMENT_HEAD' });
    const swap = ok(await t.gql(APPROVE, { i: { requestId: request.id } }, headOf().get(leavingDepartment)!), 'approve')
      .approveDrawSwap.swap;
    const added = swap.addedInspectorId;
    expect(departmentOf.get(added)).not.toBe(leavingDepartment);

    const after = await inspectionOf(draw.id, targets.S1);
    expect(after.id).toBe(before.id);
    const active = after.members
      .filter((m) => !m.leftAt)
      .map((m) => m.inspectorId)
      .sort();
    expect(active).toEqual([...kept, added].sort());
    expect(after.members.find((m) => m.inspectorId === leaving)).toMatchObject({
      leftReason: `换人（R31）：${reason}`,
    });
    expect(after.members.find((m) => m.inspectorId === added)).toMatchObject({ joinedVia: 'SWAP', leftAt: null });
    expect(after.departmentIds).toContain(departmentOf.get(added));

    const addedUser = await user('yexian.swap.in', departmentOf.get(added)!, ['INSPECTOR']);
    await link(added, addedUser.id);
    expect(await mine(addedUser.token)).toContain(after.id);
    expect(await mine(removedUser.token)).not.toContain(after.id);

    // R32: each department's count is the number of targets its inspectors are on, teams as they stand.
    const now = await getDraw(draw.id);
    for (const d of now.dispatches) {
      const expected = now.selections.filter((s) =>
        s.inspectorIds.some((i: string) => departmentOf.get(i) === d.departmentId),
      ).length;
      expect(d.targetCount, d.departmentId).toBe(expected);
    }
    const wanganCount = (x: Draw) => x.dispatches.find((d) => d.departmentId === wangan)!.targetCount;
    // Every participating department is on every team (DRAW.md §2), so a swap leaves the counts where they were.
    expect(wanganCount(now)).toBe(wanganCount(draw));
    expect(now.swaps).toEqual([
      expect.objectContaining({
        id: request.id,
        removedInspectorId: leaving,
        addedInspectorId: added,
        createdBy: request.requestedBy,
      }),
    ]);
    // Names, not ids (issue 10 §4): the swap names the target and both people.
    expect(now.swaps[0]).toMatchObject({
      target: { name: '昆阳宾馆1' },
      removedInspector: { name: expect.stringMatching(/^(治安|网安)\d$/) },
      addedInspector: {
        name: expect.stringMatching(/^(治安|网安)\d$/),
        department: { name: expect.stringMatching(/大队$/) },
      },
    });
    expect(now.swapRequests[0].removedInspector.name).toBe(now.swaps[0].removedInspector.name);
    draws.S = now;
  });

  it("DRAW.md §9: a person swapped out of a target's team never comes back as a candidate for it", async () => {
    const swap = draws.S.swaps[0];
    // Not recused and eligible: only the rule keeps them out.
    const { rows } = await owner.query(
      'select 1 from conflict_of_interest where inspector_id = $1 and target_id = $2',
      [swap.removedInspectorId, targets.S1],
    );
    expect(rows).toEqual([]);
    const request = ok(
      await t.gql(
        REQUEST,
        {
          i: {
            drawId: draws.S.id,
            targetId: targets.S1,
            inspectorId: swap.addedInspectorId,
            reason: '身体原因不能参加',
          },
        },
        office,
      ),
      'request again',
    ).requestDrawSwap.request;
    const snapshot = JSON.parse(request.snapshot);
    expect(request.replacesId).toBe(swap.id);
    expect(snapshot.replaces).toBe(swap.id);
    expect(snapshot.candidates.length).toBeGreaterThan(0);
    expect(snapshot.candidates.map((c: { id: string }) => c.id)).not.toContain(swap.removedInspectorId);
    ok(
      await t.gql(
        DECLINE,
        { i: { requestId: request.id, reason: '理由不充分，不予批准' } },
        headOf().get(departmentOf.get(swap.addedInspectorId)!)!,
      ),
      'decline',
    );
  });

  it("R31: two people: the requester never approves; a department head's own request goes to the leader; one open request per draw; nobody reads the nonce", async () => {
    const draw = draws.S;
    const team = draw.selections.find((s) => s.targetId === targets.S2)!.inspectorIds;
    const own = ok(
      await t.gql(
        REQUEST,
        { i: { drawId: draw.id, targetId: targets.S2, inspectorId: team[0], reason: '与检查对象有亲属关系' } },
        head,
      ),
      'head requests',
    ).requestDrawSwap.request;
    expect(own).toMatchObject({ approverRole: 'LEADER', status: 'REQUESTED' });
    const app = new pg.Client({ connectionString: t.db.appUrl });
    await app.connect();
    await expect(app.query('select nonce from draw_swap_secret')).rejects.toThrow(/permission denied/);
    await app.end();
    expect(errorCode(await t.gql(APPROVE, { i: { requestId: own.id } }, head))).toBe('SECOND_PERSON_REQUIRED');
    expect(errorCode(await t.gql(APPROVE, { i: { requestId: own.id } }, wanganHead))).toBe('FORBIDDEN');
    const other = draw.selections.find((s) => s.targetId === targets.S3)!.inspectorIds;
    expect(
      errorCode(
        await t.gql(
          REQUEST,
          { i: { drawId: draw.id, targetId: targets.S3, inspectorId: other[0], reason: '另一申请理由' } },
          office,
        ),
      ),
    ).toBe('SWAP_PENDING');
    const swap = ok(await t.gql(APPROVE, { i: { requestId: own.id } }, leader), 'leader approves').approveDrawSwap.swap;
    expect(swap).toMatchObject({
      removedInspectorId: team[0],
      approvedBy: expect.any(String),
      createdBy: own.requestedBy,
    });
    expect(swap.approvedBy).not.toBe(swap.createdBy);
    // The declined request stays, as a state; only approved swaps are in the draw and its record.
    const now = await getDraw(draw.id);
    expect(now.swapRequests.map((r) => r.status)).toEqual(['APPROVED', 'DECLINED', 'APPROVED']);
    expect(now.swaps).toHaveLength(2);
    const record = JSON.parse(
      ok(await t.gql('query($id: ID!) { drawRecord(id: $id) }', { id: draw.id }, office), 'record').drawRecord,
    );
    expect(record.swaps.map((s: { drawId: string }) => s.drawId)).toEqual(now.swaps.map((s) => s.id));
    expect(
      ok(await t.gql('query($id: ID!) { verifyDraw(id: $id) { ok } }', { id: draw.id }, office), 'verify').verifyDraw
        .ok,
    ).toBe(true);
  });

  it('R31/R36: a swap on an inspection whose on-site record is submitted is refused (RECORD_ALREADY_SUBMITTED), at the request and at the approval', async () => {
    const draw = draws.S;
    const team = draw.selections.find((s) => s.targetId === targets.S4)!.inspectorIds;
    const inspection = await inspectionOf(draw.id, targets.S4);
    const request = ok(
      await t.gql(
        REQUEST,
        { i: { drawId: draw.id, targetId: targets.S4, inspectorId: team[1], reason: '与检查对象有亲属关系' } },
        office,
      ),
      'request',
    ).requestDrawSwap.request;
    const member = await user('yexian.s4.member', departmentOf.get(team[0])!, ['INSPECTOR']);
    await link(team[0], member.id);
    ok(await submitRecord(member.token, inspection.id, team, items.S), 'record');
    expect(
      errorCode(await t.gql(APPROVE, { i: { requestId: request.id } }, headOf().get(departmentOf.get(team[1])!)!)),
    ).toBe('RECORD_ALREADY_SUBMITTED');
    ok(
      await t.gql(
        DECLINE,
        { i: { requestId: request.id, reason: '现场检查已完成' } },
        headOf().get(departmentOf.get(team[1])!)!,
      ),
      'decline',
    );
    expect(
      errorCode(
        await t.gql(
          REQUEST,
          { i: { drawId: draw.id, targetId: targets.S4, inspectorId: team[1], reason: '与检查对象有亲属关系' } },
          office,
        ),
      ),
    ).toBe('RECORD_ALREADY_SUBMITTED');
    expect(
      (await inspectionOf(draw.id, targets.S4)).members
        .filter((m) => !m.leftAt)
        .map((m) => m.inspectorId)
        .sort(),
    ).toEqual([...team].sort());
  });

  it('DRAW.md §1: a WITNESS value, like a lottery number, is entered by someone other than the person who committed', async () => {
    expect(errorCode(await t.gql(BEACON, { i: { drawId: draws.J2.id, beacon: '7391' } }, office))).toBe(
      'SECOND_PERSON_REQUIRED',
    );
    expect(
      ok(await t.gql(BEACON, { i: { drawId: draws.J2.id, beacon: '7391' } }, admin), 'beacon').enterDrawBeacon.draw
        .beacon,
    ).toBe('7391');
    draws.J2 = ok(await t.gql(RUN, { i: { drawId: draws.J2.id } }, office), 'run J2').runDraw.draw;
    expect(draws.J2.selections.map((s) => s.targetId).sort()).toEqual([targets.H, targets.C].sort());
  });

  it("R31: when a redraw runs, the replaced draw's plain inspection is cancelled, its part of a joint inspection taken out, its dispatches closed; a replaced draw takes no swap", async () => {
    const old = draws.J2;
    const joint = await inspectionOf(old.id, targets.H);
    expect(joint.joint).toBe(true);
    expect(joint.sources.map((s) => s.drawId).sort()).toEqual([draws.J1.id, old.id].sort());
    const plain = await inspectionOf(old.id, targets.C);
    const cafeTeam = old.selections.find((s) => s.targetId === targets.C)!.inspectorIds;
    const pending = ok(
      await t.gql(
        REQUEST,
        { i: { drawId: old.id, targetId: targets.C, inspectorId: cafeTeam[0], reason: '与检查对象有亲属关系' } },
        office,
      ),
      'request',
    ).requestDrawSwap.request;
    // The hotel closed; the redraw's population is the café alone.
    const { version } = ok(
      await t.gql('query($id: ID!) { target(id: $id) { version } }', { id: targets.H }, office),
      'target',
    ).target;
    ok(
      await t.gql(
        'mutation($i: TerminateTargetInput!) { terminateTarget(input: $i) { target { id } } }',
        { i: { id: targets.H, version, reason: '已停业注销' } },
        office,
      ),
      'terminate',
    );
    const reason = '抽取范围有误，经批准重抽';
    const redraw = ok(await t.gql(REDRAW, { i: { drawId: old.id, reason, beaconSource: 'NONE' } }, head), 'redraw')
      .redraw.draw;
    expect(errorCode(await t.gql(APPROVE, { i: { requestId: pending.id } }, wanganHead))).toBe('DRAW_REPLACED');
    expect(
      errorCode(
        await t.gql(
          REQUEST,
          { i: { drawId: old.id, targetId: targets.C, inspectorId: cafeTeam[1], reason: '与检查对象有亲属关系' } },
          office,
        ),
      ),
    ).toBe('DRAW_REPLACED');
    // Committed, not yet run: the old draw's work still stands.
    expect((await inspectionOf(old.id, targets.C)).status).toBe('MATCHED');

    const ran = ok(await t.gql(RUN, { i: { drawId: redraw.id } }, office), 'run redraw').runDraw.draw as Draw;
    expect(ran.selections.map((s) => s.targetId)).toEqual([targets.C]);

    const cancelled = (await inspectionsOf(targets.C)).find((i) => i.id === plain.id)!;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelledByDrawId: redraw.id });
    expect(cancelled.cancelReason).toContain(reason);
    expect(cancelled.sources[0].withdrawnAt).toBeTruthy();
    const fresh = await inspectionOf(redraw.id, targets.C);
    expect(fresh).toMatchObject({ status: 'MATCHED' });
    expect(fresh.id).not.toBe(plain.id);

    const left = (await inspectionsOf(targets.H)).find((i) => i.id === joint.id)!;
    expect(left).toMatchObject({
      status: 'MATCHED',
      joint: false,
      departmentIds: [zhian],
      itemVersionIds: [items.J1],
      leadDepartmentId: zhian,
    });
    expect(left.sources.find((s) => s.drawId === old.id).withdrawnReason).toContain(reason);
    expect(left.sources.find((s) => s.drawId === draws.J1.id).withdrawnAt).toBeNull();
    const j1Team = draws.J1.selections[0].inspectorIds;
    const hotelTeam = old.selections.find((s) => s.targetId === targets.H)!.inspectorIds;
    expect(
      left.members
        .filter((m) => !m.leftAt)
        .map((m) => m.inspectorId)
        .sort(),
    ).toEqual([...j1Team].sort());
    for (const id of hotelTeam) expect(left.members.find((m) => m.inspectorId === id).leftReason).toContain(reason);

    const replaced = await getDraw(old.id);
    expect(replaced.dispatches.every((d) => d.closedAt && d.closedReason?.includes(reason))).toBe(true);
    expect(replaced.swapRequests.find((r) => r.id === pending.id)).toMatchObject({ status: 'CANCELLED' });
    const open = ok(await t.gql('{ pendingDrawDispatches { id drawId } }', {}, office), 'pending')
      .pendingDrawDispatches as { id: string; drawId: string }[];
    expect(open.some((d) => d.drawId === old.id)).toBe(false);
    expect(
      errorCode(
        await t.gql(
          'mutation($i: ConfirmDispatchInput!) { confirmDrawDispatch(input: $i) { dispatch { id } } }',
          { i: { dispatchId: replaced.dispatches[0].id } },
          wanganHead,
        ),
      ),
    ).toBe('DISPATCH_CLOSED');
  });

  it("R26: coverage counts what was really assigned: a replaced draw's visited target stays in the cycle, its cancelled ones do not", async () => {
    const old = draws.K;
    expect(old.selections).toHaveLength(2);
    const [visited, unvisited] = old.selections;
    const inspection = await inspectionOf(old.id, visited.targetId);
    const member = await user('yexian.k.member', zhian, ['INSPECTOR']);
    await link(visited.inspectorIds[0], member.id);
    ok(await submitRecord(member.token, inspection.id, visited.inspectorIds, items.K), 'record');
    const redraw = ok(
      await t.gql(REDRAW, { i: { drawId: old.id, reason: '抽取人员回避情况有误，重抽', beaconSource: 'NONE' } }, head),
      'redraw',
    ).redraw.draw;
    const snapshot = ok(
      await t.gql('query($id: ID!) { draw(id: $id) { snapshot } }', { id: redraw.id }, office),
      'snapshot',
    ).draw.snapshot;
    const inCycle = new Map(snapshot.targets.map((x: { id: string; inCycle: boolean }) => [x.id, x.inCycle]));
    expect(inCycle.get(visited.targetId)).toBe(true);
    expect(inCycle.get(unvisited.targetId)).toBe(false);
    const ran = ok(await t.gql(RUN, { i: { drawId: redraw.id } }, office), 'run').runDraw.draw as Draw;
    expect(ran.selections.map((s) => s.targetId)).not.toContain(visited.targetId);
    expect((await inspectionOf(old.id, visited.targetId)).status).toBe('RECORDED');
    const cancelled = (await inspectionsOf(unvisited.targetId)).find((i) =>
      i.sources.some((s) => s.drawId === old.id),
    )!;
    expect(cancelled.status).toBe('CANCELLED');
  });

  it('R13/R28: a target drawn jointly twice in a year is left out of a third joint draw that year, with the reason; a redrawn draw counts only what stands; a single-department draw and next year still draw it; a third-party technician is never a candidate', async () => {
    // 004 §17 caps joint draws (联合抽查) of one enterprise at 2 a year; a department's own rounds keep the
    // frequencies R4 sets (up to monthly), so a draw of one department is not capped by it.
    const y = year + 5;
    const [t1, t2] = await yexian.targets([
      { name: '叶县R28宾馆一', category: 'HOTEL', department: '治安大队', region: '410422103', serial: 751 },
      { name: '叶县R28宾馆二', category: 'HOTEL', department: '治安大队', region: '410422103', serial: 752 },
    ]);
    const item = (name: string) =>
      yexian.item({ name, department: '治安大队', categories: ['HOTEL'], checkContents: ['是否登记旅客'] });
    // One item per task: each task its own coverage cycle (R26), so only R28 keeps a target out.
    const [a, b, c, n, d] = [
      await item('R28 联合抽查甲'),
      await item('R28 联合抽查乙'),
      await item('R28 联合抽查丙'),
      await item('R28 治安单独抽查'),
      await item('R28 次年联合抽查'),
    ];
    const task = (name: string, itemId: string, joint: boolean): TaskSpec => ({
      name,
      itemVersionIds: [itemId],
      departmentIds: joint ? [zhian, wangan] : [zhian],
      joint,
      ratioBp: 10000,
      timesPerYear: 1,
      teamSize: joint ? 3 : 2,
      businessCategories: ['HOTEL'],
      regionCodes: ['410422103'],
    });
    const { rounds } = await yexian.plan({
      year: y,
      tasks: [
        { task: task('R28 联合甲', a!, true), rounds: [[`${y}-03-02`, `${y}-03-13`]] },
        { task: task('R28 联合乙', b!, true), rounds: [[`${y}-04-01`, `${y}-04-10`]] },
        { task: task('R28 联合丙', c!, true), rounds: [[`${y}-06-01`, `${y}-06-12`]] },
        { task: task('R28 治安单独', n!, false), rounds: [[`${y}-06-01`, `${y}-06-12`]] },
      ],
    });
    const [roundA, roundB, roundC, roundN] = rounds.map((r) => r[0]!);
    const COMMIT_FIELDS = 'id status exclusions { kind id reasons }';
    type Committed = { id: string; exclusions: { kind: string; id: string; reasons: string[] }[] };
    const commit = async (roundId: string): Promise<Committed> =>
      ok(
        await t.gql(
          `mutation($i: CommitDrawInput!) { commitDraw(input: $i) { draw { ${COMMIT_FIELDS} } } }`,
          { i: { roundId, beaconSource: 'NONE' } },
          office,
        ),
        'commit',
      ).commitDraw.draw;
    const run = async (drawId: string): Promise<string[]> =>
      (ok(await t.gql(RUN, { i: { drawId } }, office), 'run').runDraw.draw as Draw).selections
        .map((s) => s.targetId)
        .sort();
    const both = [t1!, t2!].sort();
    const reasonsOf = (draw: Committed, id: string) => draw.exclusions.find((e) => e.id === id)?.reasons ?? [];
    const CAPPED = '本年度已被联合抽查 2 次（R28）';

    expect(await run((await commit(roundA!)).id)).toEqual(both);
    const drawB = await commit(roundB!);
    expect(await run(drawB.id)).toEqual(both);
    // B is redrawn while t1 is under a direct check in B's window (R23): the redraw draws t2 alone, and
    // B's unvisited selection of t1 was cancelled, so t1 stands at one joint draw this year, t2 at two.
    const [first, second] = [...departmentOf].filter(([, dep]) => dep === zhian).map(([id]) => id);
    ok(
      await t.gql(
        'mutation($i: CreateDirectCheckInput!) { createDirectCheck(input: $i) { inspection { id } } }',
        {
          i: {
            targetId: t1,
            reason: 'COMPLAINT',
            reference: `叶公投诉〔${y}〕28号`,
            itemVersionIds: [n],
            inspectorIds: [first, second],
            windowStart: `${y}-04-03`,
            windowEnd: `${y}-04-08`,
          },
        },
        office,
      ),
      'direct check',
    );
    const redraw = ok(
      await t.gql(
        REDRAW,
        { i: { drawId: drawB.id, reason: '检查对象正接受投诉检查，经批准重抽', beaconSource: 'NONE' } },
        head,
      ),
      'redraw',
    ).redraw.draw;
    expect(await run(redraw.id)).toEqual([t2]);

    // R13: a third-party technician (kept apart from the directory, 0003's technician table) is never a candidate.
    const { rows: tech } = await owner.query(
      `insert into technician (id, tenant_id, bureau_id, scope_path, name, organisation)
       select gen_random_uuid(), tenant_id, bureau_id, scope_path, '检测员乙', '平顶山市消防检测站' from inspector where id = $1
       returning id`,
      [first],
    );
    const drawC = await commit(roundC!);
    const candidates = ok(
      await t.gql('query($id: ID!) { draw(id: $id) { snapshot } }', { id: drawC.id }, office),
      'snapshot',
    ).draw.snapshot.inspectors.map((i: { id: string }) => i.id) as string[];
    expect(candidates).toEqual(expect.arrayContaining([first, second]));
    expect(candidates).not.toContain(tech[0].id);
    expect(reasonsOf(drawC, t2!)).toEqual([CAPPED]);
    expect(reasonsOf(drawC, t1!)).toEqual([]);
    expect(await run(drawC.id)).toEqual([t1]);
    // A single department's draw the same year: both in its pool, neither excluded.
    const drawN = await commit(roundN!);
    expect(drawN.exclusions.filter((e) => e.id === t1 || e.id === t2)).toEqual([]);
    expect(await run(drawN.id)).toEqual(both);
    // Next year the count starts again.
    const next = await yexian.plan({
      year: y + 1,
      tasks: [{ task: task('R28 次年联合', d!, true), rounds: [[`${y + 1}-03-02`, `${y + 1}-03-13`]] }],
    });
    const drawD = await commit(next.rounds[0]![0]!);
    expect(drawD.exclusions.filter((e) => e.id === t1 || e.id === t2)).toEqual([]);
    expect(await run(drawD.id)).toEqual(both);

    // R28 across levels (R41): 平顶山's joint task names 叶县, so its draws select 叶县's targets. In year
    // y+2 the city draws t1 and t2 once and 叶县 once: the third joint draw leaves them out, 叶县's own
    // (it cannot read the city's draw) as well as the city's next (the county's draw counts for it).
    const y2 = y + 2;
    const city = await Scenario.of(t, 'pingdingshan', tree);
    const cityOffice = await city.token('coordinator');
    const cityDepts = [city.department('治安管理支队'), await city.addDepartment('wangan', '网络安全保卫支队')];
    await city.inspectors('治安管理支队', 6, (n) => ({ name: `市治安R28-${n}` }));
    await city.inspectors('网络安全保卫支队', 6, (n) => ({ name: `市网安R28-${n}` }));
    const cityItem = (name: string) =>
      city.item({ name, department: '治安管理支队', categories: ['HOTEL'], checkContents: ['是否登记旅客'] });
    const cityTask = (name: string, itemId: string): TaskSpec => ({
      ...task(name, itemId, true),
      departmentIds: cityDepts,
      subordinateBureauIds: [yexian.bureauId],
    });
    const cityPlan = await city.plan({
      year: y2,
      tasks: [
        {
          task: cityTask('R28 市联合甲', await cityItem('R28 市联合抽查甲')),
          rounds: [[`${y2}-03-02`, `${y2}-03-13`]],
        },
        {
          task: cityTask('R28 市联合乙', await cityItem('R28 市联合抽查乙')),
          rounds: [[`${y2}-06-01`, `${y2}-06-12`]],
        },
      ],
    });
    const county = await yexian.plan({
      year: y2,
      tasks: [
        { task: task('R28 县联合甲', await item('R28 县联合抽查甲'), true), rounds: [[`${y2}-04-01`, `${y2}-04-10`]] },
        { task: task('R28 县联合乙', await item('R28 县联合抽查乙'), true), rounds: [[`${y2}-05-04`, `${y2}-05-15`]] },
      ],
    });
    const commitAs = async (token: string, roundId: string): Promise<Committed> =>
      ok(
        await t.gql(
          `mutation($i: CommitDrawInput!) { commitDraw(input: $i) { draw { ${COMMIT_FIELDS} } } }`,
          { i: { roundId, beaconSource: 'NONE' } },
          token,
        ),
        'commit',
      ).commitDraw.draw;
    const runAs = async (token: string, drawId: string) =>
      (ok(await t.gql(RUN, { i: { drawId } }, token), 'run').runDraw.draw as Draw).selections
        .map((s) => s.targetId)
        .sort();
    expect(await runAs(cityOffice, (await commitAs(cityOffice, cityPlan.rounds[0]![0]!)).id)).toEqual(both);
    expect(await run((await commit(county.rounds[0]![0]!)).id)).toEqual(both);
    // A hotel entered now, drawn jointly by neither: the third draws still have a target to draw.
    const [t3] = await yexian.targets([
      { name: '叶县R28宾馆三', category: 'HOTEL', department: '治安大队', region: '410422103', serial: 753 },
    ]);
    const third = await commit(county.rounds[1]![0]!);
    expect([reasonsOf(third, t1!), reasonsOf(third, t2!), reasonsOf(third, t3!)]).toEqual([[CAPPED], [CAPPED], []]);
    expect(await run(third.id)).toEqual([t3]);
    const cityThird = await commitAs(cityOffice, cityPlan.rounds[1]![0]!);
    expect([reasonsOf(cityThird, t1!), reasonsOf(cityThird, t2!)]).toEqual([[CAPPED], [CAPPED]]);
    expect(await runAs(cityOffice, cityThird.id)).toEqual([t3]);

    // The reviewed function answers only targets of the caller's own scope: 南乐 (another city) none, no scope none.
    const app = new pg.Client({ connectionString: t.db.appUrl });
    await app.connect();
    const cappedFor = async (path: string | null) => {
      await app.query('begin');
      const b = (await owner.query('select id, tenant_id from bureau where path = $1', [path ?? '41'])).rows[0];
      if (path)
        await app.query(
          `select set_config('app.scope_path', $1, true), set_config('app.bureau_id', $2, true),
                  set_config('app.tenant_id', $3, true)`,
          [path, b.id, b.tenant_id],
        );
      const { rows } = await app.query('select id from app_private.joint_capped_targets($1, null) as id', [y2]);
      await app.query('rollback');
      return rows.map((r: { id: string }) => r.id).sort();
    };
    try {
      // t3 now too: drawn jointly by 叶县's third draw and the city's.
      const all = [...both, t3!].sort();
      expect(await cappedFor('41.4104.410422')).toEqual(all);
      expect(await cappedFor('41.4104')).toEqual(all);
      expect(await cappedFor('41.4109.410923')).toEqual([]);
      expect(await cappedFor(null)).toEqual([]);
    } finally {
      await app.end();
    }
  });
});
