import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay, workingDayCalendar } from '@dsr/domain';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { addDays, checkedToday } from '#test/support/dates';
import type { Tree } from '#test/support/tenancy';
import { withRequestContext } from '#test/support/request-context';
import { ok } from '#test/support/catalog-fixtures';
import { Scenario } from '#test/support/scenario';
import { signaturePng } from '#test/support/png';
import { signedIn } from '../../common/principal';
import { targetsUnderDirectCheck } from './inspection.queries';
import { getBinary, pdfText } from '#test/support/downloads';
import { print } from 'graphql';
import { InspectionDetailDocument } from '../../../../web/src/inspections/after/documents';

const YEXIAN = '41.4104.410422';

const BASIC = `id bureauId kind direct joint status targetId leadDepartmentId departmentIds itemVersionIds windowStart windowEnd scheduledOn
  directReason directReference checkEndedOn reportDue reportDueEstimated retentionUntil createdAt version
  target { id name } members { inspectorId departmentId joinedVia leftAt } sources { drawId taskId roundId }`;
const INSPECTION = `${BASIC}
  records { id revision correctionReason answers { itemVersionId no text result remark } present { inspectorId warrantNo } refusalReason witness signatureRef nonCooperation { kind } }
  report { id status opinion version } rectification { id status deadline followUpResult penaltyDecidedOn }`;
const GET = `query($id: ID!) { inspection(id: $id) { ${INSPECTION} } }`;
const MATCH = `mutation($i: MatchInspectionsInput!) { matchInspections(input: $i) { inspections { ${BASIC} } } }`;
const RECORD = 'mutation($i: InspectionRecordInput!) { submitInspectionRecord(input: $i) { record { id revision } } }';
const CORRECT =
  'mutation($i: InspectionRecordInput!) { correctInspectionRecord(input: $i) { record { id revision correctionReason } } }';
const REPORT =
  'mutation($i: InspectionReportInput!) { submitInspectionReport(input: $i) { report { id status version late workingDaysLate } } }';
const REVIEW =
  'mutation($i: ReviewInspectionReportInput!) { reviewInspectionReport(input: $i) { report { id status } } }';
/** The head's to-do: inspections whose report waits for review (R38). */
const IN_REVIEW = '{ inspectionReportsDue(inReview: true) { totalCount edges { node { id } } } }';
const NOTICE =
  'mutation($i: IssueRectificationInput!) { issueRectificationNotice(input: $i) { notice { id status deadline } } }';
const FOLLOW_UP =
  'mutation($i: FollowUpInput!) { recordFollowUpCheck(input: $i) { notice { id status followUpResult } } }';
const DIRECT = `mutation($i: CreateDirectCheckInput!) { createDirectCheck(input: $i) { inspection { ${BASIC} } } }`;

interface Member {
  inspectorId: string;
  departmentId: string;
  joinedVia: string;
  leftAt: string | null;
}
interface Inspection {
  id: string;
  kind: string;
  direct: boolean;
  joint: boolean;
  status: string;
  targetId: string;
  leadDepartmentId: string;
  departmentIds: string[];
  itemVersionIds: string[];
  version: number;
  windowStart: string;
  windowEnd: string;
  retentionUntil: string;
  members: Member[];
  sources: { drawId: string; taskId: string; roundId: string }[];
}
interface Confirmation {
  dispatchId: string;
  drawId: string;
  departmentId: string;
  department: { name: string };
  dueDate: string;
  confirmedAt: string | null;
  overdue: boolean;
}
type Edge<T> = { node: T };

describe('inspection: draws → joint inspection → record → report → rectification (R32, R35–R45)', () => {
  let t: TestApp;
  let tree: Tree;
  let yexian: Scenario;
  let owner: pg.Client;
  let office: string, admin: string, head: string, inspector: string;
  let hotel: string, cafe: string;
  let lodgingItem: string, cafeItem: string, otherItem: string;
  let zhian: string, wangan: string;
  const draws: string[] = [];
  // The joint inspection the two draws opened (beforeAll); the `it` blocks below follow it from match to rectification, in order.
  let joint: Inspection;
  let drawnZhian: string;
  const dept = (name: string) =>
    tree.departments.find((d) => tree.pathOf(d.bureau_id) === YEXIAN && d.name === name)!.id;
  const bureauId = (p: string) => tree.bureaus.find((b) => b.path === p)!.id;
  const count = async (table: string) => Number((await owner.query(`select count(*) from ${table}`)).rows[0].count);

  beforeAll(async () => {
    t = await startTestApp();
    yexian = await Scenario.of(t, 'yexian');
    tree = yexian.tree;
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    [office, admin, head, inspector] = await Promise.all(
      ['yexian.coordinator', 'yexian.admin', 'yexian.head', 'yexian.inspector'].map((p) => t.login(p)),
    );
    zhian = dept('治安大队');
    wangan = dept('网安大队');
    // One hotel in 廉村镇 (410422101), the only lodging and the only public-internet venue there; cafés elsewhere.
    [hotel, cafe] = (await yexian.targets([
      { name: '叶县廉村如家宾馆', category: 'HOTEL', department: '治安大队', region: '410422101', serial: 901 },
      { name: '叶县星空网吧', category: 'INTERNET_CAFE', department: '网安大队', region: '410422102', serial: 902 },
      { name: '叶县极速网吧', category: 'INTERNET_CAFE', department: '网安大队', region: '410422102', serial: 903 },
    ])) as [string, string, string];
    for (const [department, prefix] of [
      ['治安大队', 'ZA'],
      ['网安大队', 'WA'],
    ] as const) {
      await yexian.inspectors(department, 6, (n) => ({
        name: `${department.slice(0, 2)}${n}`,
        badgeNo: `${prefix}-41042200${n}`,
      }));
    }
    lodgingItem = await yexian.item({
      name: '对旅馆业的抽查',
      department: '治安大队',
      categories: ['HOTEL'],
      checkContents: ['是否按规定登记旅客身份信息', '是否落实治安安全管理制度'],
    });
    cafeItem = await yexian.item({
      name: '对互联网上网服务营业场所的抽查',
      law: '《互联网上网服务营业场所管理条例》',
      department: '网安大队',
      targetType: '网吧及提供上网服务的场所',
      categories: ['INTERNET_CAFE'],
      samplingRatioBp: 1000,
      checkContents: ['是否落实上网用户实名登记'],
    });
    otherItem = await yexian.item({
      name: '对印章业的抽查',
      law: '《印铸刻字业暂行管理规则》',
      department: '治安大队',
      targetType: '印章业',
      checkContents: ['是否登记承接业务'],
    });

    // One 2026 plan with a 治安 task (旅馆 5%) and a 网安 task (网吧 10%, here scoped to 廉村镇 where the hotel offers public internet) in late September:
    // past work by now, so the administrator enters its rounds and draws with a reason (issue 10 §4; the refusals are in dates-and-names.test.ts).
    const late = '补录2026年9月已开展的纸质抽查';
    const { rounds } = await yexian.plan({
      year: 2026,
      lateEntryReason: late,
      tasks: [
        {
          task: {
            name: '旅馆业抽查',
            itemVersionIds: [lodgingItem],
            departmentIds: [zhian],
            ratioBp: 500,
            timesPerYear: 1,
            teamSize: 2,
            businessCategories: ['HOTEL'],
          },
          rounds: [['2026-09-21', '2026-09-30']],
        },
        {
          task: {
            name: '网吧及上网服务场所抽查',
            itemVersionIds: [cafeItem],
            departmentIds: [wangan],
            ratioBp: 1000,
            timesPerYear: 1,
            teamSize: 2,
            businessCategories: ['INTERNET_CAFE', 'HOTEL'],
            regionCodes: ['410422101'],
          },
          rounds: [['2026-09-24', '2026-10-09']],
        },
      ],
    });
    for (const [roundId] of rounds) {
      const drawn = await yexian.draw(roundId!, { lateEntryReason: late });
      expect(drawn.selections.map((s) => s.targetId)).toEqual([hotel]);
      draws.push(drawn.id);
    }
    joint = ok(await t.gql(`{ inspections(first: 10) { edges { node { ${BASIC} } } } }`, {}, office), 'list')
      .inspections.edges[0].node;
    drawnZhian = joint.members.find((m) => m.departmentId === zhian)!.inspectorId;
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('R32/R35: a target drawn by the 治安 and the 网安 task in overlapping windows becomes ONE joint inspection, led by the initiating department', async () => {
    // runDraw matched each draw as it ran: the second draw's target joined the first's inspection.
    for (const drawId of draws)
      expect(ok(await t.gql(MATCH, { i: { drawId } }, office), 'match again').matchInspections.inspections).toEqual([]);
    const second = ok(
      await t.gql(`{ inspections(first: 10) { edges { node { ${BASIC} } } } }`, {}, office),
      'list',
    ).inspections.edges.map((e: Edge<Inspection>) => e.node);
    expect(second).toHaveLength(1);
    expect(second[0]).toMatchObject({
      kind: 'DRAWN',
      direct: false,
      status: 'MATCHED',
      targetId: hotel,
      leadDepartmentId: zhian,
    });
    expect(second[0]).toEqual(joint);
    expect(joint).toMatchObject({
      joint: true,
      leadDepartmentId: zhian,
      windowStart: '2026-09-24',
      windowEnd: '2026-09-30',
    });
    expect([...joint.departmentIds].sort()).toEqual([zhian, wangan].sort());
    expect([...joint.itemVersionIds].sort()).toEqual([lodgingItem, cafeItem].sort());
    expect(joint.members).toHaveLength(4);
    expect(new Set(joint.members.map((m) => m.departmentId))).toEqual(new Set([zhian, wangan]));
    expect(joint.sources.map((s) => s.drawId).sort()).toEqual([...draws].sort());
    // R42: kept at least two years.
    expect(joint.retentionUntil >= addDays(chinaDay(new Date()), 365 * 2)).toBe(true);
    expect(await count('inspection')).toBe(1);
  });

  it("R32: the joint inspection shows each department's confirmation of its dispatch: 治安 confirmed, 网安 not yet", async () => {
    const C = `query($id: ID!) { inspection(id: $id) { confirmations { dispatchId drawId departmentId department { name } dueDate confirmedAt confirmedBy overdue } } }`;
    const before: Confirmation[] = ok(await t.gql(C, { id: joint.id }, office), 'confirmations').inspection
      .confirmations;
    // One per department, each from the draw of its own task; the lead (治安) first.
    expect(before.map((c) => [c.department.name, c.confirmedAt, c.overdue])).toEqual([
      ['治安大队', null, false],
      ['网安大队', null, false],
    ]);
    expect(before.map((c) => c.drawId)).toEqual(draws);
    expect(before.every((c) => c.dueDate > chinaDay(new Date()))).toBe(true); // one working day after the draw
    ok(
      await t.gql(
        'mutation($i: ConfirmDispatchInput!) { confirmDrawDispatch(input: $i) { dispatch { id } } }',
        { i: { dispatchId: before[0].dispatchId } },
        head,
      ),
      'confirm',
    );
    const [zhianC, wanganC] = ok(await t.gql(C, { id: joint.id }, office), 'confirmations').inspection.confirmations;
    const headUser = tree.users.find((u) => u.username === 'yexian.head')!.id;
    expect(zhianC).toMatchObject({ departmentId: zhian, confirmedBy: headUser, overdue: false });
    expect(zhianC.confirmedAt).toBeTruthy();
    expect(wanganC).toMatchObject({ departmentId: wangan, confirmedAt: null, confirmedBy: null, overdue: false });
    // Had 网安's day passed without a confirmation, it shows overdue (the due date moved back, as if dispatched last week).
    await owner.query('update draw_dispatch set due_date = $2 where id = $1', [
      wanganC.dispatchId,
      addDays(chinaDay(new Date()), -3),
    ]);
    const late = ok(await t.gql(C, { id: joint.id }, office), 'confirmations').inspection.confirmations;
    expect(late.map((c: Confirmation) => c.overdue)).toEqual([false, true]);
    await owner.query('update draw_dispatch set due_date = $2 where id = $1', [wanganC.dispatchId, wanganC.dueDate]);
  });

  it('R35: the visit is scheduled inside the window, not in the past unless an administrator enters past work with a reason (audited)', async () => {
    const S =
      'mutation($i: ScheduleInspectionInput!) { scheduleInspection(input: $i) { inspection { id status scheduledOn version } } }';
    expect(
      errorCode(await t.gql(S, { i: { inspectionId: joint.id, date: '2026-10-05', version: joint.version } }, head)),
    ).toBe('DATE_OUTSIDE_WINDOW');
    const past = await t.gql(S, { i: { inspectionId: joint.id, date: '2026-09-30', version: joint.version } }, head);
    expect([errorCode(past), past.body.errors[0].extensions.field]).toEqual(['SCHEDULE_DATE_IN_PAST', 'date']);
    expect(past.body.errors[0].message).toContain('检查日期');
    const reason = '补录9月30日已开展的检查';
    expect(
      errorCode(
        await t.gql(
          S,
          { i: { inspectionId: joint.id, date: '2026-09-30', version: joint.version, lateEntryReason: reason } },
          head,
        ),
      ),
    ).toBe('LATE_ENTRY_ADMIN_ONLY');
    expect(
      errorCode(
        await t.gql(
          S,
          { i: { inspectionId: joint.id, date: '2026-09-30', version: joint.version, lateEntryReason: '补录' } },
          admin,
        ),
      ),
    ).toBe('LATE_ENTRY_REASON_REQUIRED');
    const scheduled = ok(
      await t.gql(
        S,
        { i: { inspectionId: joint.id, date: '2026-09-30', version: joint.version, lateEntryReason: reason } },
        admin,
      ),
      'schedule',
    ).scheduleInspection.inspection;
    const {
      rows: [entry],
    } = await owner.query(`select after from audit_entry where object_id = $1 and operation = 'SCHEDULE_INSPECTION'`, [
      joint.id,
    ]);
    expect(entry.after.lateEntry).toEqual({ reason, rule: 'SCHEDULE_DATE_IN_PAST' });
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', scheduledOn: '2026-09-30' });
  });

  it('joining and leaving go through the coordinating office only, audited', async () => {
    const { rows } = await owner.query(
      'select id from inspector where department_id = $1 and not (id = any($2::uuid[])) order by name limit 1',
      [wangan, joint.members.map((m) => m.inspectorId)],
    );
    const J =
      'mutation($i: ChangeInspectionMemberInput!) { joinInspection(input: $i) { inspection { members { inspectorId joinedVia leftAt } } } }';
    const L =
      'mutation($i: ChangeInspectionMemberInput!) { leaveInspection(input: $i) { inspection { members { inspectorId leftAt } } } }';
    expect(
      errorCode(
        await t.gql(J, { i: { inspectionId: joint.id, inspectorId: rows[0].id, reason: '熟悉该场所网络设备' } }, head),
      ),
    ).toBe('FORBIDDEN');
    const joined = ok(
      await t.gql(J, { i: { inspectionId: joint.id, inspectorId: rows[0].id, reason: '熟悉该场所网络设备' } }, office),
      'join',
    ).joinInspection.inspection;
    expect(joined.members.find((m: Member) => m.inspectorId === rows[0].id)).toMatchObject({
      joinedVia: 'COORDINATOR',
      leftAt: null,
    });
    const left = ok(
      await t.gql(L, { i: { inspectionId: joint.id, inspectorId: rows[0].id, reason: '另有紧急任务' } }, office),
      'leave',
    ).leaveInspection.inspection;
    expect(left.members.find((m: Member) => m.inspectorId === rows[0].id).leftAt).toBeTruthy();
    const { rows: ops } = await owner.query(`select operation from audit_entry where object_id = $1 order by seq`, [
      joint.id,
    ]);
    expect(ops.map((o) => o.operation)).toEqual(
      expect.arrayContaining(['JOIN_INSPECTION', 'LEAVE_INSPECTION', 'SCHEDULE_INSPECTION']),
    );
  });

  it('my inspections: an inspector linked to a directory entry sees the inspections they are on', async () => {
    const me = tree.users.find((u) => u.username === 'yexian.inspector')!.id;
    expect(
      ok(await t.gql('{ myInspections { totalCount } }', {}, inspector), 'none yet').myInspections.totalCount,
    ).toBe(0);
    ok(
      await t.gql(
        'mutation($i: LinkInspectorUserInput!) { linkInspectorUser(input: $i) { inspectorId userId } }',
        { i: { inspectorId: drawnZhian, userId: me } },
        admin,
      ),
      'link',
    );
    const mine = ok(
      await t.gql('{ myInspections { totalCount edges { node { id status scheduledOn } } } }', {}, inspector),
      'mine',
    ).myInspections;
    expect(mine.edges.map((e: Edge<{ id: string }>) => e.node.id)).toEqual([joint.id]);
    // R17: directories are per department; an officer who also serves 网安 is linked to that entry too
    // (one entry per department), and sees each inspection once.
    const LINK = 'mutation($i: LinkInspectorUserInput!) { linkInspectorUser(input: $i) { inspectorId userId } }';
    const { rows: others } = await owner.query(
      'select id, department_id from inspector where bureau_id = $1 and id <> $2 and department_id = any($3) order by name',
      [bureauId(YEXIAN), drawnZhian, [zhian, wangan]],
    );
    expect(
      errorCode(
        await t.gql(LINK, { i: { inspectorId: others.find((o) => o.department_id === zhian)!.id, userId: me } }, admin),
      ),
    ).toBe('CONFLICT');
    const wanganEntry = joint.members.find((m) => m.departmentId === wangan)!.inspectorId;
    ok(await t.gql(LINK, { i: { inspectorId: wanganEntry, userId: me } }, admin), 'link the 网安 entry too');
    expect(
      ok(await t.gql('{ myInspections { totalCount edges { node { id } } } }', {}, inspector), 'mine').myInspections,
    ).toEqual({ totalCount: 1, edges: [{ node: { id: joint.id } }] });
  });

  const record = (over: Record<string, unknown> = {}) => ({
    inspectionId: joint.id,
    checkedFrom: '2026-09-30T01:00:00Z',
    checkedTo: '2026-09-30T03:30:00Z',
    place: '叶县廉村镇如家宾馆前台及监控室',
    presentInspectorIds: joint.members
      .filter((m) => !m.leftAt)
      .slice(0, 3)
      .map((m) => m.inspectorId),
    answers: [
      { itemVersionId: lodgingItem, no: 1, result: 'ABNORMAL', remark: '9月29日入住的 2 名旅客未登记身份证件' },
      { itemVersionId: lodgingItem, no: 2, result: 'NORMAL' },
      { itemVersionId: cafeItem, no: 1, result: 'NORMAL' },
    ],
    methods: ['ON_SITE', 'DOCUMENTARY'],
    findings: '旅客身份登记不全',
    representative: '王某（值班经理）',
    refusalReason: '值班经理称须请示老板，拒绝签字',
    witness: '廉村镇派出所辅警李某',
    nonCooperation: [{ kind: 'REFUSED_DOCUMENTS', detail: '拒绝提供监控录像' }],
    ...over,
  });

  it('R36/R45 bad input: not on the inspection, items not in it, signature and refusal together — clear codes, nothing written', async () => {
    const before = [await count('inspection_record'), await count('audit_entry')];
    expect(errorCode(await t.gql(RECORD, { i: record() }, head))).toBe('NOT_ON_INSPECTION');
    const foreign = await t.gql(
      RECORD,
      { i: record({ answers: [...record().answers, { itemVersionId: otherItem, no: 1, result: 'NORMAL' }] }) },
      inspector,
    );
    expect(errorCode(foreign)).toBe('ITEM_NOT_IN_INSPECTION');
    expect(errorCode(await t.gql(RECORD, { i: record({ signatureRef: 'evidence:sha256:ab12' }) }, inspector))).toBe(
      'SIGNATURE_AND_REFUSAL',
    );
    expect(errorCode(await t.gql(RECORD, { i: record({ answers: record().answers.slice(0, 2) }) }, inspector))).toBe(
      'CHECKLIST_INCOMPLETE',
    );
    expect(errorCode(await t.gql(CORRECT, { i: record({ correctionReason: '更正旅客人数' }) }, inspector))).toBe(
      'NO_RECORD_TO_CORRECT',
    );
    expect([await count('inspection_record'), await count('audit_entry')]).toEqual(before);
  });

  /** A directory entry's status, changed by the coordinating office as the directory page does. */
  const setStatus = async (id: string, status: string) => {
    const FIELDS = `id version departmentId name gender badgeNo warrantNo warrantValidUntil externalAgency agencyCertificateNo
      post duty skills qualifications phone status`;
    const UPDATE = `mutation($i: UpdateInspectorInput!) { updateInspector(input: $i) { inspector { id status } } }`;
    const { version, ...found } = ok(
      await t.gql(`query($id: ID!) { inspector(id: $id) { ${FIELDS} } }`, { id }, office),
      'inspector',
    ).inspector;
    const fields = Object.fromEntries(Object.entries(found).filter(([k]) => k !== 'id' && k !== 'status'));
    ok(await t.gql(UPDATE, { i: { id, version, status, inspector: fields } }, office), `status ${status}`);
  };
  /** A present member of the first record who is linked to no user (not the one submitting). */
  const presentOther = async () => {
    const ids = record().presentInspectorIds;
    const { rows } = await owner.query('select id from inspector where id = any($1) and user_id is null order by id', [
      ids,
    ]);
    return rows[0].id as string;
  };

  it('R13: a member whose directory entry is suspended or has left no longer acts on the inspection (record, evidence): INSPECTOR_NOT_ACTIVE, nothing written', async () => {
    // yexian.inspector is on the team by two entries (治安 and 网安, linked above): both are suspended.
    const entries = joint.members.filter((m) => !m.leftAt).map((m) => m.inspectorId);
    const mine = (await owner.query('select id from inspector where id = any($1) and user_id is not null', [entries]))
      .rows as { id: string }[];
    expect(mine).toHaveLength(2);
    for (const { id } of mine) await setStatus(id, 'SUSPENDED');
    const before = [await count('inspection_record'), await count('evidence'), await count('audit_entry')];
    const refused = await t.gql(RECORD, { i: record() }, inspector);
    expect(errorCode(refused)).toBe('INSPECTOR_NOT_ACTIVE');
    expect(refused.body.errors[0].message).toContain('暂停');
    const upload = await supertest(t.server.app)
      .post(`/inspections/${joint.id}/evidence?kind=SIGNATURE`)
      .set('authorization', `Bearer ${inspector}`)
      .set('content-type', 'image/png')
      .send(signaturePng());
    expect([upload.status, upload.body.errors?.[0]?.extensions?.code]).toEqual([403, 'INSPECTOR_NOT_ACTIVE']);
    expect([await count('inspection_record'), await count('evidence'), await count('audit_entry')]).toEqual(before);
    for (const { id } of mine) await setStatus(id, 'ACTIVE');
  });

  it('R13: a new record naming as present an inspector the directory has suspended is refused (INSPECTOR_NOT_ACTIVE), nothing written', async () => {
    const other = await presentOther();
    await setStatus(other, 'SUSPENDED');
    const before = [await count('inspection_record'), await count('audit_entry')];
    const refused = await t.gql(RECORD, { i: record() }, inspector);
    expect([errorCode(refused), refused.body.errors[0].extensions.field]).toEqual([
      'INSPECTOR_NOT_ACTIVE',
      'presentInspectorIds',
    ]);
    expect(refused.body.errors[0].message).toContain('暂停');
    expect([await count('inspection_record'), await count('audit_entry')]).toEqual(before);
    await setStatus(other, 'ACTIVE');
  });

  it('R36–R39: a record with one abnormal item and the signature refused before a witness; the report is due 3 working days later, across the National Day holiday', async () => {
    ok(await t.gql(RECORD, { i: record() }, inspector), 'record');
    const got = ok(await t.gql(GET, { id: joint.id }, inspector), 'get').inspection;
    expect(got).toMatchObject({
      status: 'RECORDED',
      checkEndedOn: '2026-09-30',
      reportDue: '2026-10-10',
      reportDueEstimated: false,
    });
    const [r] = got.records;
    expect(r).toMatchObject({
      revision: 1,
      refusalReason: '值班经理称须请示老板，拒绝签字',
      witness: '廉村镇派出所辅警李某',
      signatureRef: null,
    });
    expect(r.answers.filter((a: { result: string }) => a.result === 'ABNORMAL')).toEqual([
      {
        itemVersionId: lodgingItem,
        no: 1,
        text: '是否按规定登记旅客身份信息',
        result: 'ABNORMAL',
        remark: '9月29日入住的 2 名旅客未登记身份证件',
      },
    ]);
    expect(r.present.every((p: { warrantNo: string }) => /^(ZA|WA)-/.test(p.warrantNo))).toBe(true);
    expect(r.nonCooperation).toEqual([{ kind: 'REFUSED_DOCUMENTS' }]);
    // R37 → R10: the refusal raises the hotel's risk for later draws.
    const { rows: risk } = await owner.query(
      'select code, since::text as since, source from target_risk_entry where target_id = $1',
      [hotel],
    );
    expect(risk).toMatchObject([{ code: 'REFUSED_CHECK', since: '2026-09-30' }]);
    expect(risk[0].source).toContain('无正当理由拒绝提供资料');
    // A submitted record is frozen, even for the table owner; a second submission is refused.
    await expect(owner.query("update inspection_record set findings = '改过' where id = $1", [r.id])).rejects.toThrow(
      /不可修改/,
    );
    await expect(owner.query('delete from inspection_record where id = $1', [r.id])).rejects.toThrow(/不能删除/);
    expect(errorCode(await t.gql(RECORD, { i: record() }, inspector))).toBe('CONFLICT');
    // R45: items are frozen with the inspection once it is recorded.
    await expect(
      owner.query('update inspection set item_version_ids = $2 where id = $1', [joint.id, [lodgingItem]]),
    ).rejects.toThrow(/冻结/);
  });

  it('R36: a correction is a new revision with a reason; both are kept', async () => {
    // R13: a correction adds no one the directory has not in post; it keeps those the record named,
    // even when one has since been suspended (they were there when the check was done).
    const other = await presentOther();
    const fourth = joint.members.filter((m) => !m.leftAt).map((m) => m.inspectorId)[3]!;
    await setStatus(fourth, 'SUSPENDED');
    const before = [await count('inspection_record'), await count('audit_entry')];
    const added = record({
      presentInspectorIds: [...record().presentInspectorIds, fourth],
      correctionReason: '补记到场人员',
    });
    const refused = await t.gql(CORRECT, { i: added }, inspector);
    expect([errorCode(refused), refused.body.errors[0].extensions.field]).toEqual([
      'INSPECTOR_NOT_ACTIVE',
      'presentInspectorIds',
    ]);
    expect([await count('inspection_record'), await count('audit_entry')]).toEqual(before);
    await setStatus(fourth, 'ACTIVE');
    await setStatus(other, 'SUSPENDED');
    const corrected = ok(
      await t.gql(
        CORRECT,
        { i: record({ findings: '旅客身份登记不全（2 人）', correctionReason: '补记未登记旅客人数' }) },
        inspector,
      ),
      'correct',
    );
    expect(corrected.correctInspectionRecord.record).toMatchObject({
      revision: 2,
      correctionReason: '补记未登记旅客人数',
    });
    const got = ok(await t.gql(GET, { id: joint.id }, office), 'get').inspection;
    expect(got.records.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
    expect(got.reportDue).toBe('2026-10-10');
    expect(got.records[1].present.map((p: { inspectorId: string }) => p.inspectorId)).toContain(other);
    await setStatus(other, 'ACTIVE');
  });

  it('R39: the overdue report shows to the coordinating office, the lead head and the inspector; the superior sees the count', async () => {
    for (const token of [office, head, inspector]) {
      const due = ok(
        await t.gql(
          '{ inspectionReportsDue(overdue: true) { totalCount edges { node { id reportDue } } } }',
          {},
          token,
        ),
        'due',
      ).inspectionReportsDue;
      expect(due.edges.map((e: Edge<{ id: string }>) => e.node.id)).toEqual([joint.id]);
      expect(due.totalCount).toBe(1);
    }
    // A cursor that is not one of this list's (an id-only cursor, or garbage) is refused with the field.
    for (const after of [Buffer.from(joint.id).toString('base64url'), 'bm90LWEtY3Vyc29y']) {
      expect(
        errorCode(
          await t.gql(
            'query($a: String) { inspectionReportsDue(after: $a) { edges { node { id } } } }',
            { a: after },
            office,
          ),
        ),
      ).toBe('BAD_USER_INPUT');
    }
    // Another department's head (网安 leads nothing here) sees none: the Nanle county none at all.
    expect(
      ok(
        await t.gql(
          '{ inspectionReportsDue(overdue: true) { edges { node { id } } } }',
          {},
          await t.login('nanle.admin'),
        ),
        'nanle',
      ).inspectionReportsDue.edges,
    ).toEqual([]);
    const counts = ok(
      await t.gql(
        '{ overdueInspectionReportCounts { bureauId overdue } }',
        {},
        await t.login('pingdingshan.coordinator'),
      ),
      'counts',
    ).overdueInspectionReportCounts;
    expect(counts).toEqual([{ bureauId: bureauId(YEXIAN), overdue: 1 }]);
  });

  it("tenancy: a county cannot see another county's inspections; the city sees its county's", async () => {
    const nanle = await t.login('nanle.admin');
    expect(errorCode(await t.gql(GET, { id: joint.id }, nanle))).toBe('NOT_FOUND');
    expect(ok(await t.gql('{ inspections { totalCount } }', {}, nanle), 'nanle list').inspections.totalCount).toBe(0);
    expect(
      ok(await t.gql('{ inspections { totalCount } }', {}, await t.login('pingdingshan.coordinator')), 'city')
        .inspections.totalCount,
    ).toBe(1);
    expect(
      errorCode(
        await t.gql(
          'mutation($i: ScheduleInspectionInput!) { scheduleInspection(input: $i) { inspection { id } } }',
          { i: { inspectionId: joint.id, date: '2026-09-30', version: 1 } },
          await t.login('pingdingshan.coordinator'),
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it("R38/R39: the report passes the lead department head's review before it is final; submitted after 2026-10-10 it is late, in working days", async () => {
    const report = ok(
      await t.gql(
        REPORT,
        {
          i: {
            inspectionId: joint.id,
            content: '旅馆业治安管理与上网服务实名登记',
            steps: '出示执法证件，查验登记系统与监控',
            findings: '2 名旅客未登记身份证件',
            assessment: '违反《旅馆业治安管理办法》第六条',
            opinion: 'RECTIFICATION',
            suggestions: '加强前台培训',
          },
        },
        inspector,
      ),
      'report',
    ).submitInspectionReport.report;
    expect(report.status).toBe('SUBMITTED');
    // Due 2026-10-10 (the make-up Saturday after National Day); the working days from then to today, as the official schedule counts them.
    const lateBy = workingDayCalendar().workingDaysBetween('2026-10-10', chinaDay(new Date())).count;
    expect(lateBy).toBeGreaterThan(30);
    expect(report).toMatchObject({ late: true, workingDaysLate: lateBy });
    expect(
      errorCode(await t.gql(REVIEW, { i: { reportId: report.id, version: report.version, approve: true } }, inspector)),
    ).toBe('FORBIDDEN');
    ok(await t.gql(REVIEW, { i: { reportId: report.id, version: report.version, approve: true } }, head), 'approve');
    const got = ok(await t.gql(GET, { id: joint.id }, office), 'get').inspection;
    expect(got).toMatchObject({ status: 'REPORTED', report: { status: 'APPROVED', opinion: 'RECTIFICATION' } });
    await expect(owner.query("update inspection_report set findings = 'x' where id = $1", [report.id])).rejects.toThrow(
      /定稿/,
    );
  });

  it('R40: a notice with a deadline (not in the past), then the follow-up closes it; a report after closing is refused', async () => {
    const today = chinaDay(new Date());
    const notice = {
      inspectionId: joint.id,
      documentNo: '叶公（治）责改字〔2026〕第 18 号',
      findings: '未按规定登记旅客身份信息',
      legalBasis: '《旅馆业治安管理办法》第六条',
      deadline: addDays(today, -1),
    };
    const before = await count('rectification_notice');
    expect(errorCode(await t.gql(NOTICE, { i: notice }, head))).toBe('DEADLINE_IN_PAST');
    expect(await count('rectification_notice')).toBe(before);
    const issued = ok(await t.gql(NOTICE, { i: { ...notice, deadline: addDays(today, 10) } }, head), 'notice')
      .issueRectificationNotice.notice;
    expect(issued).toMatchObject({ status: 'ISSUED', deadline: addDays(today, 10) });
    const closed = ok(
      await t.gql(
        FOLLOW_UP,
        { i: { inspectionId: joint.id, result: 'RECTIFIED', checkedOn: today, remarks: '已补登记并建立核验制度' } },
        head,
      ),
      'follow-up',
    );
    expect(closed.recordFollowUpCheck.notice).toMatchObject({ status: 'CLOSED', followUpResult: 'RECTIFIED' });
    expect(ok(await t.gql(GET, { id: joint.id }, office), 'get').inspection.status).toBe('CLOSED');
    expect(
      errorCode(
        await t.gql(
          REPORT,
          {
            i: {
              inspectionId: joint.id,
              content: 'x',
              steps: 'x',
              findings: 'x',
              assessment: 'x',
              opinion: 'NO_ANOMALY',
            },
          },
          inspector,
        ),
      ),
    ).toBe('INSPECTION_CLOSED');
  });

  it('R23: a direct check from a complaint is flagged DIRECT; a follow-up without a notice is refused', async () => {
    const { rows } = await owner.query(
      'select id from inspector where department_id = $1 and id <> $2 order by name limit 1',
      [zhian, drawnZhian],
    );
    // From yesterday: a check of the last hours lies inside the window even just after midnight (R36).
    const created = ok(
      await t.gql(
        DIRECT,
        {
          i: {
            targetId: cafe,
            reason: 'COMPLAINT',
            reference: '12345热线 2026-11-0031',
            itemVersionIds: [lodgingItem],
            inspectorIds: [drawnZhian, rows[0].id],
            windowStart: addDays(chinaDay(new Date()), -1),
            windowEnd: addDays(chinaDay(new Date()), 7),
          },
        },
        head,
      ),
      'direct',
    ).createDirectCheck.inspection;
    expect(created).toMatchObject({
      kind: 'DIRECT',
      direct: true,
      directReason: 'COMPLAINT',
      directReference: '12345热线 2026-11-0031',
      leadDepartmentId: zhian,
      sources: [],
    });
    expect(
      ok(
        await t.gql(
          'query($id: ID!) { inspection(id: $id) { confirmations { dispatchId } } }',
          { id: created.id },
          office,
        ),
        'none',
      ).inspection.confirmations,
    ).toEqual([]);
    expect(created.members.map((m: Member) => m.joinedVia)).toEqual(['DIRECT', 'DIRECT']);
    const before = await count('audit_entry');
    expect(
      errorCode(
        await t.gql(
          FOLLOW_UP,
          { i: { inspectionId: created.id, result: 'RECTIFIED', checkedOn: chinaDay(new Date()), remarks: 'x' } },
          head,
        ),
      ),
    ).toBe('NO_RECTIFICATION_NOTICE');
    expect(await count('audit_entry')).toBe(before);
    const direct = ok(
      await t.gql('{ inspections(filter: { kind: DIRECT }) { edges { node { id direct } } } }', {}, office),
      'filter',
    ).inspections.edges;
    expect(direct.map((e: Edge<{ id: string; direct: boolean }>) => e.node)).toEqual([
      { id: created.id, direct: true },
    ]);
    directCheck = created;
    // The function the draw's snapshot builder is to call: the café is under a direct check in an overlapping window, the hotel is not.
    const today = chinaDay(new Date());
    const under = await withRequestContext(t, 'yexian.coordinator', (ctx) =>
      targetsUnderDirectCheck(ctx.em, [signedIn(ctx).bureauId], addDays(today, 3), addDays(today, 30)),
    );
    expect([...under]).toEqual([cafe]);
    const later = await withRequestContext(t, 'yexian.coordinator', (ctx) =>
      targetsUnderDirectCheck(ctx.em, [signedIn(ctx).bureauId], addDays(today, 8), addDays(today, 30)),
    );
    expect(later.size).toBe(0);
  });

  let directCheck: Inspection;
  it('R39/R40: a returned report is resubmitted; a follow-up that finds no rectification escalates to a filed case; the penalty decision keeps its date', async () => {
    // R36: the owner's signature, uploaded as evidence of this inspection, is what the record names.
    const signed = await supertest(t.server.app)
      .post(`/inspections/${directCheck.id}/evidence?kind=SIGNATURE`)
      .set('authorization', `Bearer ${inspector}`)
      .set('content-type', 'image/png')
      .send(signaturePng());
    expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    ok(
      await t.gql(
        RECORD,
        {
          i: {
            inspectionId: directCheck.id,
            ...checkedToday(),
            place: '叶县星空网吧',
            presentInspectorIds: directCheck.members.map((m) => m.inspectorId),
            answers: [
              { itemVersionId: lodgingItem, no: 1, result: 'ABNORMAL', remark: '留宿人员未登记' },
              { itemVersionId: lodgingItem, no: 2, result: 'NORMAL' },
            ],
            methods: ['ON_SITE'],
            findings: '经营场所违规留宿',
            representative: '张某（业主）',
            signatureRef: signed.body.data.evidence.ref,
          },
        },
        inspector,
      ),
      'record',
    );
    const report = ok(
      await t.gql(
        REPORT,
        {
          i: {
            inspectionId: directCheck.id,
            content: '投诉核查',
            steps: '现场查看',
            findings: '违规留宿',
            assessment: '属实',
            opinion: 'RECTIFICATION',
          },
        },
        inspector,
      ),
      'report',
    ).submitInspectionReport.report;
    expect(report).toMatchObject({ late: false, workingDaysLate: null }); // R39: on the day of the check, well before its due day
    // R38: the lead department's head finds it among the reports to review, until returned; again once resubmitted.
    const inReview = async () =>
      ok(await t.gql(IN_REVIEW, {}, head), 'in review').inspectionReportsDue.edges.map(
        (e: Edge<{ id: string }>) => e.node.id,
      );
    expect(await inReview()).toEqual([directCheck.id]);
    expect(
      errorCode(await t.gql(REVIEW, { i: { reportId: report.id, version: report.version, approve: false } }, head)),
    ).toBe('COMMENT_REQUIRED');
    const returned = ok(
      await t.gql(
        REVIEW,
        { i: { reportId: report.id, version: report.version, approve: false, comment: '请写明法律依据' } },
        head,
      ),
      'return',
    );
    expect(returned.reviewInspectionReport.report.status).toBe('RETURNED');
    expect(await inReview()).toEqual([]);
    const again = ok(
      await t.gql(
        REPORT,
        {
          i: {
            inspectionId: directCheck.id,
            content: '投诉核查',
            steps: '现场查看',
            findings: '违规留宿',
            assessment: '违反《旅馆业治安管理办法》',
            opinion: 'RECTIFICATION',
          },
        },
        inspector,
      ),
      'resubmit',
    ).submitInspectionReport.report;
    expect(await inReview()).toEqual([directCheck.id]);
    ok(await t.gql(REVIEW, { i: { reportId: again.id, version: again.version, approve: true } }, head), 'approve');
    expect(await inReview()).toEqual([]);
    const today = chinaDay(new Date());
    ok(
      await t.gql(
        NOTICE,
        {
          i: {
            inspectionId: directCheck.id,
            documentNo: '叶公（治）责改字〔2026〕第 19 号',
            findings: '违规留宿',
            legalBasis: '《旅馆业治安管理办法》',
            deadline: today,
          },
        },
        head,
      ),
      'notice',
    );
    expect(
      errorCode(
        await t.gql(
          FOLLOW_UP,
          { i: { inspectionId: directCheck.id, result: 'NOT_RECTIFIED', checkedOn: today, remarks: '仍违规留宿' } },
          head,
        ),
      ),
    ).toBe('CASE_NO_REQUIRED');
    const escalated = ok(
      await t.gql(
        FOLLOW_UP,
        {
          i: {
            inspectionId: directCheck.id,
            result: 'NOT_RECTIFIED',
            checkedOn: today,
            remarks: '仍违规留宿',
            caseNo: '叶公（治）立字〔2026〕77号',
          },
        },
        head,
      ),
      'escalate',
    );
    expect(escalated.recordFollowUpCheck.notice).toMatchObject({
      status: 'ESCALATED',
      followUpResult: 'NOT_RECTIFIED',
    });
    const P =
      'mutation($i: PenaltyDecisionInput!) { recordPenaltyDecision(input: $i) { notice { penaltyDecisionNo penaltyDecidedOn } } }';
    const decided = ok(
      await t.gql(
        P,
        { i: { inspectionId: directCheck.id, decisionNo: '叶公（治）行罚决字〔2026〕88号', decidedOn: today } },
        head,
      ),
      'penalty',
    );
    expect(decided.recordPenaltyDecision.notice).toEqual({
      penaltyDecisionNo: '叶公（治）行罚决字〔2026〕88号',
      penaltyDecidedOn: today,
    });
    expect(
      errorCode(await t.gql(P, { i: { inspectionId: directCheck.id, decisionNo: 'x', decidedOn: today } }, head)),
    ).toBe('CONFLICT');
  });

  it('R1: no inspection outside the list: a plan task, a draw or a direct check over an item only drafted, in legal review, superseded or retired is refused, nothing written', async () => {
    const legal = await t.login('yexian.legal');
    const V = 'item { id status } itemVersion { id version status }';
    const act = async (mutation: string, type: string, i: Record<string, unknown>, token = office) =>
      ok(await t.gql(`mutation($i: ${type}!) { ${mutation}(input: $i) { ${V} } }`, { i }, token), mutation)[mutation];
    const content = (name: string) => ({
      name,
      legalBasis: [{ law: '《旅馆业治安管理办法》' }],
      departmentId: zhian,
      targetType: '旅馆',
      businessCategories: ['HOTEL'],
      category: 'GENERAL',
      samplingRatioBp: 500,
      frequencyPerYear: 1,
      methods: ['ON_SITE'],
      checkContents: ['是否落实旅客住宿登记'],
    });
    const submitted = async (name: string) => {
      const made = await act('createItem', 'CreateItemInput', { content: content(name) });
      const v = made.itemVersion;
      return act('submitItem', 'ItemVersionActionInput', { versionId: v.id, version: v.version });
    };
    const published = async (v: { id: string; version: number }) => {
      const approved = await act(
        'reviewItem',
        'ReviewItemInput',
        { versionId: v.id, version: v.version, decision: 'APPROVE' },
        legal,
      );
      return act('publishItem', 'ItemVersionActionInput', {
        versionId: approved.itemVersion.id,
        version: approved.itemVersion.version,
      });
    };
    const drafted = (await act('createItem', 'CreateItemInput', { content: content('R1 草稿事项') })).itemVersion.id;
    const inReview = (await submitted('R1 审核中事项')).itemVersion.id;
    // An item whose first version a 2033 plan pins; then revised (v1 superseded by v2) and retired (v2 retired).
    const first = await published((await submitted('R1 后来停用的事项')).itemVersion);
    const itemId = first.item.id as string;
    const { rounds } = await yexian.plan({
      year: 2033,
      tasks: [
        {
          task: {
            name: 'R1 停用前排定的抽查',
            itemVersionIds: [first.itemVersion.id],
            departmentIds: [zhian],
            ratioBp: 500,
            timesPerYear: 1,
            teamSize: 2,
            businessCategories: ['HOTEL'],
          },
          rounds: [['2033-03-01', '2033-03-31']],
        },
      ],
    });
    const revised = (await act('reviseItem', 'ReviseItemInput', { itemId, content: content('R1 后来停用的事项') }))
      .itemVersion;
    const second = (
      await published(
        (await act('submitItem', 'ItemVersionActionInput', { versionId: revised.id, version: revised.version }))
          .itemVersion,
      )
    ).itemVersion;
    expect(second.status).toBe('PUBLISHED');
    const retired = await act('retireItem', 'RetireItemInput', { itemId, reason: '法规废止，事项停用' });
    expect(retired.item.status).toBe('RETIRED');
    const statusOf = async (id: string) =>
      ok(await t.gql('query($id: ID!) { inspectionItemVersion(id: $id) { status } }', { id }, office), 'version')
        .inspectionItemVersion.status;
    expect(await statusOf(first.itemVersion.id)).toBe('SUPERSEDED');
    expect(await statusOf(second.id)).toBe('RETIRED');
    expect(await statusOf(inReview)).toBe('IN_REVIEW');

    const counts = async () =>
      Promise.all(['inspection', 'inspection_member', 'plan_task', 'draw', 'audit_entry'].map((x) => count(x)));
    const { planId } = await yexian.plan({ year: 2034, tasks: [], until: 'DRAFT' });
    const before = await counts();
    const outside = [drafted, inReview, first.itemVersion.id, second.id];
    // A plan task (R7, R24).
    for (const id of outside) {
      const res = await t.gql(
        'mutation($i: AddPlanTaskInput!) { addPlanTask(input: $i) { task { id } } }',
        {
          i: {
            planId,
            task: {
              name: 'R1 事项清单外的任务',
              itemVersionIds: [id],
              departmentIds: [zhian],
              ratioBp: 500,
              timesPerYear: 1,
              teamSize: 2,
              businessCategories: ['HOTEL'],
            },
          },
        },
        office,
      );
      expect(errorCode(res), id).toBe('ITEM_NOT_PUBLISHED');
    }
    // A draw of the round planned while the item was on the list: its item has left it since.
    const draw = await t.gql(
      'mutation($i: CommitDrawInput!) { commitDraw(input: $i) { draw { id } } }',
      { i: { roundId: rounds[0]![0], beaconSource: 'NONE' } },
      office,
    );
    expect(errorCode(draw)).toBe('ITEM_NOT_PUBLISHED');
    expect(draw.body.errors![0]!.message).toContain('已停用');
    // A direct check (R23): the easy hole, closed the same way.
    const { rows } = await owner.query('select id from inspector where department_id = $1 order by name limit 2', [
      zhian,
    ]);
    for (const id of outside) {
      const res = await t.gql(
        DIRECT,
        {
          i: {
            targetId: hotel,
            reason: 'COMPLAINT',
            reference: '12345热线 R1',
            itemVersionIds: [lodgingItem, id],
            inspectorIds: rows.map((r: { id: string }) => r.id),
            windowStart: chinaDay(new Date()),
            windowEnd: addDays(chinaDay(new Date()), 7),
          },
        },
        head,
      );
      expect(errorCode(res), id).toBe('ITEM_NOT_PUBLISHED');
      expect(res.body.errors![0]!.extensions!.field).toBe('itemVersionIds');
      expect(res.body.errors![0]!.message).toMatch(/事项.*不能开展检查（R1）/);
    }
    expect(await counts()).toEqual(before);
  });

  it('N+1: a page of inspections with their relations costs the same for one row as for all', async () => {
    const q = (
      n: number,
    ) => `{ inspections(first: ${n}) { edges { node { id target { name uscc registeredAddress regionCode } leadDepartment { name } itemVersions { name }
      members { inspectorId inspector { id name badgeNo department { id name } bureau { name } } }
      sources { drawId } records { revision } report { status } rectification { status } retention { basis until earliest }
      confirmations { department { name } confirmedAt overdue } } } } }`;
    const one = await t.countStatements(() => t.gql(q(1), {}, office));
    const all = await t.countStatements(() => t.gql(q(20), {}, office));
    expect(all.result.body.data!.inspections.edges.length).toBe(2);
    expect(all.statements, all.sql.join('\n')).toBe(one.statements);
    // Names, not ids (issue 10 §4): every member with name, badge and department, from one batched read.
    type NamedMember = Member & {
      inspector: { id: string; name: string; badgeNo: string; department: { id: string; name: string } };
    };
    const members = all.result.body.data!.inspections.edges.flatMap(
      (e: Edge<{ members: NamedMember[] }>) => e.node.members,
    ) as NamedMember[];
    expect(members.length).toBeGreaterThan(4);
    const { rows: directory } = await owner.query(
      `select i.id, i.name, i.badge_no, d.id as department_id, d.name as department from inspector i
      join department d on d.id = i.department_id where i.id = any($1::uuid[])`,
      [members.map((m) => m.inspectorId)],
    );
    for (const m of members) {
      const row = directory.find((r) => r.id === m.inspectorId)!;
      expect(m.inspector).toEqual({
        id: row.id,
        name: row.name,
        badgeNo: row.badge_no,
        department: { id: row.department_id, name: row.department },
        bureau: { name: '叶县公安局' },
      });
      expect(['治安大队', '网安大队']).toContain(m.inspector.department.name);
    }
  });

  it('R13/R43/R44: a third-party technician is never on a team; an online-monitoring record with a third-party test names the body and report and needs no signature', async () => {
    // R13: technicians of a third-party body are kept apart from the directory (0003's technician table).
    const { rows: made } = await owner.query(
      `insert into technician (id, tenant_id, bureau_id, scope_path, name, organisation, qualification)
       select gen_random_uuid(), tenant_id, bureau_id, scope_path, '检测员甲', '河南省消防技术服务中心', '注册消防工程师'
         from inspector where id = $1 returning id`,
      [drawnZhian],
    );
    const technician = made[0].id as string;
    const { rows } = await owner.query(
      'select id from inspector where department_id = $1 and id <> $2 order by name desc limit 1',
      [zhian, drawnZhian],
    );
    const team = [drawnZhian, rows[0].id as string];
    const direct = (inspectorIds: string[]) =>
      t.gql(
        DIRECT,
        {
          i: {
            targetId: hotel,
            reason: 'REFERRAL',
            reference: '市局转办〔2026〕43号',
            itemVersionIds: [lodgingItem],
            inspectorIds,
            windowStart: addDays(chinaDay(new Date()), -1),
            windowEnd: addDays(chinaDay(new Date()), 7),
          },
        },
        head,
      );
    const before = await count('inspection');
    expect(errorCode(await direct([drawnZhian, technician]))).toBe('INSPECTOR_NOT_AVAILABLE');
    expect(await count('inspection')).toBe(before);
    const check = ok(await direct(team), 'direct').createDirectCheck.inspection as Inspection;
    const J = 'mutation($i: ChangeInspectionMemberInput!) { joinInspection(input: $i) { inspection { id } } }';
    expect(
      errorCode(await t.gql(J, { i: { inspectionId: check.id, inspectorId: technician, reason: '协助检测' } }, office)),
    ).toBe('NOT_FOUND');
    // A draw's candidates come from the directory only: draw-amendments.test.ts (R13/R28).

    const record = (over: Record<string, unknown>) =>
      t.gql(
        RECORD,
        {
          i: {
            inspectionId: check.id,
            ...checkedToday(),
            place: '网上巡查：旅馆业治安管理信息系统',
            presentInspectorIds: team,
            answers: [
              { itemVersionId: lodgingItem, no: 1, result: 'NORMAL' },
              { itemVersionId: lodgingItem, no: 2, result: 'NORMAL' },
            ],
            methods: ['ONLINE_MONITORING', 'THIRD_PARTY_TEST'],
            findings: '旅客登记信息上传完整；消防设施检测合格',
            representative: '王经理',
            nonCooperation: [],
            thirdPartyBody: '河南省消防技术服务中心',
            thirdPartyReportNo: 'HX-2026-0117',
            ...over,
          },
        },
        inspector,
      );
    const records = await count('inspection_record');
    const refused = async (over: Record<string, unknown>) => {
      const res = await record(over);
      return [errorCode(res), res.body.errors?.[0]?.extensions?.field];
    };
    expect(await refused({ thirdPartyBody: null })).toEqual(['THIRD_PARTY_REQUIRED', 'thirdPartyBody']);
    expect(await refused({ thirdPartyReportNo: ' ' })).toEqual(['THIRD_PARTY_REQUIRED', 'thirdPartyReportNo']);
    expect(await refused({ methods: ['ONLINE_MONITORING'] })).toEqual(['THIRD_PARTY_WITHOUT_TEST', 'thirdPartyBody']);
    expect(await refused({ presentInspectorIds: [drawnZhian, technician] })).toEqual([
      'NOT_ON_INSPECTION',
      'presentInspectorIds',
    ]);
    // R36 stays for a visit: on site, the target signs or the reason is written.
    expect(await refused({ methods: ['ON_SITE', 'THIRD_PARTY_TEST'] })).toEqual([
      'CONFIRMATION_REQUIRED',
      'signatureRef',
    ]);
    expect(await count('inspection_record')).toBe(records);

    // R44: online monitoring, no visit: no signature nor refusal asked.
    ok(await record({}), 'record');
    const kept = ok(
      await t.gql(
        'query($id: ID!) { inspection(id: $id) { status records { methods thirdPartyBody thirdPartyReportNo signatureRef refusalReason present { inspectorId } } } }',
        { id: check.id },
        office,
      ),
      'kept',
    ).inspection;
    expect(kept.status).toBe('RECORDED');
    expect(kept.records).toEqual([
      {
        methods: ['ONLINE_MONITORING', 'THIRD_PARTY_TEST'],
        thirdPartyBody: '河南省消防技术服务中心',
        thirdPartyReportNo: 'HX-2026-0117',
        signatureRef: null,
        refusalReason: null,
        present: team.map((inspectorId) => ({ inspectorId })),
      },
    ]);
    const pdf = await getBinary(t, `/inspections/${check.id}/record.pdf`, office);
    expect(pdf.status).toBe(200);
    const text = await pdfText(pdf.body as Buffer);
    expect(text).toContain('不适用（非现场检查）');
    expect(text).toContain('第三方检测：河南省消防技术服务中心，报告编号HX-2026-0117');
    // The inspection page's own document (services/web) asks for them, to show 检测机构 / 检测报告编号.
    const shown = ok(await t.gql(print(InspectionDetailDocument), { id: check.id }, office), 'page').inspection;
    expect(shown.records).toEqual([
      expect.objectContaining({ thirdPartyBody: '河南省消防技术服务中心', thirdPartyReportNo: 'HX-2026-0117' }),
    ]);
  });

  it('R33: the audit chain covers every step and verifies', async () => {
    const { rows } = await owner.query('select distinct operation from audit_entry');
    const ops = rows.map((r) => r.operation);
    for (const op of [
      'MATCH_INSPECTIONS',
      'SCHEDULE_INSPECTION',
      'SUBMIT_INSPECTION_RECORD',
      'CORRECT_INSPECTION_RECORD',
      'SUBMIT_INSPECTION_REPORT',
      'APPROVE_INSPECTION_REPORT',
      'ISSUE_RECTIFICATION_NOTICE',
      'RECORD_FOLLOW_UP',
      'CREATE_DIRECT_CHECK',
      'LINK_INSPECTOR_USER',
      'RETURN_INSPECTION_REPORT',
      'RECORD_PENALTY_DECISION',
    ])
      expect(ops).toContain(op);
    const v = ok(
      await t.gql('{ verifyAuditChain { ok entries } }', {}, await t.login('pingdingshan.admin')),
      'verify',
    ).verifyAuditChain;
    expect(v.ok).toBe(true);
  });
});
