import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@dsr/domain';
import { errorCode, startTestApp, type GqlResult, type TestApp } from '#test/support/harness';
import { loadTree, type Tree } from '#test/support/tenancy';
import { chinaToday } from '#test/support/dates';
import { withRequestContext } from '#test/support/request-context';
import { siblingCounty } from '#test/support/scenario';

const YEXIAN = '41.4104.410422';
const PINGDINGSHAN = '41.4104';

const PLAN =
  'id status version filingCount year kind bureauId warnings { code required planned taskName itemVersionId } tasks { id version ratioBp timesPerYear requiredSkills rounds { id roundNo windowStart windowEnd } }';
const FILING =
  'id filingNo decision comment bureauId filedToBureauId content warnings { code required planned } filedTo { name } bureau { name }';
const CREATE = `mutation($i: CreatePlanInput!) { createPlan(input: $i) { plan { ${PLAN} } } }`;
const UPDATE = `mutation($i: UpdatePlanInput!) { updatePlan(input: $i) { plan { ${PLAN} } } }`;
const ADD_TASK = `mutation($i: AddPlanTaskInput!) { addPlanTask(input: $i) { task { id version requiredSkills } plan { ${PLAN} } } }`;
const UPDATE_TASK = `mutation($i: UpdatePlanTaskInput!) { updatePlanTask(input: $i) { task { id version timesPerYear } plan { ${PLAN} } } }`;
const ADD_ROUND =
  'mutation($i: AddPlanRoundInput!) { addPlanRound(input: $i) { round { id roundNo windowStart windowEnd } task { id } } }';
const FILE = `mutation($i: FilePlanInput!) { filePlan(input: $i) { filing { ${FILING} } plan { ${PLAN} } } }`;
const ACK = `mutation($i: AcknowledgePlanFilingInput!) { acknowledgePlanFiling(input: $i) { filing { ${FILING} } plan { id status version } } }`;
const RETURN = `mutation($i: ReturnPlanFilingInput!) { returnPlanFiling(input: $i) { filing { ${FILING} } plan { id status version } } }`;
const QUEUE = `query($f: PlanFilingQueueFilter) { planFilingQueue(first: 50, filter: $f) { totalCount edges { node { ${FILING} plan { id status } } } } }`;
const FILINGS = `query($id: ID!) { planFilings(planId: $id) { ${FILING} } }`;

const ITEM = 'itemVersion { id status version }';
const CREATE_ITEM = `mutation($i: CreateItemInput!) { createItem(input: $i) { ${ITEM} } }`;
const itemAct = (name: string) => `mutation($i: ItemVersionActionInput!) { ${name}(input: $i) { ${ITEM} } }`;
const REVIEW_ITEM = `mutation($i: ReviewItemInput!) { reviewItem(input: $i) { ${ITEM} } }`;

function ok(res: GqlResult, what: string) {
  expect(res.body.errors, `${what}: ${JSON.stringify(res.body.errors)}`).toBeUndefined();
  return res.body.data!;
}

interface Warning {
  code: string;
  required: number;
  planned: number;
}
interface Edge {
  node: { id: string };
}
interface Filing {
  filingNo: number;
  decision: string | null;
  content: { tasks: { timesPerYear: number; rounds: unknown[] }[] };
  warnings: Warning[];
}
interface Drawable {
  ok: { itemVersions: { id: string; name: string; samplingRatioBp: number }[]; filing: unknown };
}

describe('planning: annual plans and their filing (R19–R24, R29)', () => {
  let t: TestApp;
  let tree: Tree;
  let owner: pg.Client;
  const items: Record<string, string> = {};
  let draftItem: string;
  let otherCityItem: string;

  const dept = (bureauPath: string, name: string) =>
    tree.departments.find((d) => tree.pathOf(d.bureau_id) === bureauPath && d.name === name)!.id;
  const bureauId = (path: string) => tree.bureaus.find((b) => b.path === path)!.id;
  const count = async (table: string) => Number((await owner.query(`select count(*) from ${table}`)).rows[0].count);
  const counts = async () => ({
    plan: await count('plan'),
    task: await count('plan_task'),
    round: await count('plan_round'),
    filing: await count('plan_filing'),
    audit: await count('audit_entry'),
  });

  /** Enters, reviews and publishes an item as the bureau's office and legal reviewer; returns the published version's id. */
  async function publishItem(prefix: string, content: Record<string, unknown>, publish = true): Promise<string> {
    const office = await t.login(`${prefix}.coordinator`);
    const legal = await t.login(`${prefix}.legal`);
    let v = ok(await t.gql(CREATE_ITEM, { i: { content } }, office), 'createItem').createItem.itemVersion;
    if (!publish) return v.id;
    v = ok(await t.gql(itemAct('submitItem'), { i: { versionId: v.id, version: v.version } }, office), 'submit')
      .submitItem.itemVersion;
    v = ok(
      await t.gql(REVIEW_ITEM, { i: { versionId: v.id, version: v.version, decision: 'APPROVE' } }, legal),
      'review',
    ).reviewItem.itemVersion;
    v = ok(await t.gql(itemAct('publishItem'), { i: { versionId: v.id, version: v.version } }, office), 'publish')
      .publishItem.itemVersion;
    return v.id;
  }

  const cafeTask = (over: Record<string, unknown> = {}) => ({
    name: '网吧业抽查',
    itemVersionIds: [items.cafe],
    departmentIds: [dept(YEXIAN, '网安大队')],
    ratioBp: 1000,
    timesPerYear: 2,
    teamSize: 2,
    requiredDepartmentIds: [dept(YEXIAN, '网安大队')],
    ...over,
  });

  /** A 叶县 annual plan with one task and its rounds, as the office makes it. */
  async function yexianPlan(
    year: number,
    task = cafeTask(),
    rounds: [string, string][] = [
      [`${year}-03-01`, `${year}-03-31`],
      [`${year}-09-01`, `${year}-09-30`],
    ],
    kind = 'BUREAU',
  ) {
    const office = await t.login('yexian.coordinator');
    const plan = ok(
      await t.gql(CREATE, { i: { year, title: `叶县公安局${year}年度“双随机、一公开”抽查计划`, kind } }, office),
      'createPlan',
    ).createPlan.plan;
    const added = ok(await t.gql(ADD_TASK, { i: { planId: plan.id, task } }, office), 'addPlanTask').addPlanTask;
    for (const [windowStart, windowEnd] of rounds) {
      ok(await t.gql(ADD_ROUND, { i: { taskId: added.task.id, windowStart, windowEnd } }, office), 'addPlanRound');
    }
    const fresh = ok(
      await t.gql(`query($id: ID!) { plan(id: $id) { ${PLAN} } }`, { id: plan.id }, office),
      'plan',
    ).plan;
    return { plan: fresh, taskId: added.task.id as string };
  }

  beforeAll(async () => {
    t = await startTestApp();
    tree = await loadTree(t.db.ownerUrl);
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    // 叶县's list (002 附件2) and one item 平顶山 publishes for its counties (R7).
    items.cafe = await publishItem('yexian', {
      name: '对网吧业的抽查',
      legalBasis: [{ law: '《互联网上网服务营业场所管理条例》' }],
      departmentId: dept(YEXIAN, '网安大队'),
      targetType: '全县网吧业',
      businessCategories: ['INTERNET_CAFE'],
      category: 'GENERAL',
      samplingRatioBp: 1000,
      frequencyPerYear: 2,
      methods: ['ON_SITE'],
      requiredSkills: ['网络安全检查'],
    });
    items.hotel = await publishItem('yexian', {
      name: '检查宾馆的特种行业许可证办理和治安安全情况',
      legalBasis: [{ law: '《旅馆业治安管理办法》' }],
      departmentId: dept(YEXIAN, '治安大队'),
      targetType: '旅馆从业单位',
      businessCategories: ['HOTEL'],
      category: 'GENERAL_AND_KEY',
      samplingRatioBp: 500,
      frequencyPerYear: 1,
      methods: ['ON_SITE'],
    });
    items.security = await publishItem('pingdingshan', {
      name: '市局统一事项：保安服务公司检查',
      legalBasis: [{ law: '《保安服务管理条例》' }],
      departmentId: dept(PINGDINGSHAN, '治安管理支队'),
      targetType: '保安服务公司',
      businessCategories: ['SECURITY_SERVICE'],
      category: 'GENERAL',
      samplingRatioBp: 500,
      frequencyPerYear: 1,
      methods: ['ON_SITE', 'DOCUMENTARY'],
      frequencyRules: [{ level: 'COUNTY', times: 1, per: 'QUARTER', minimumRatioBp: 800 }],
    });
    draftItem = await publishItem(
      'yexian',
      {
        name: '未发布的事项',
        legalBasis: [{ law: '《旅馆业治安管理办法》' }],
        departmentId: dept(YEXIAN, '治安大队'),
        targetType: '旅馆',
        category: 'GENERAL',
        samplingRatioBp: 500,
        frequencyPerYear: 1,
        methods: ['ON_SITE'],
      },
      false,
    );
    otherCityItem = await publishItem('puyang', {
      name: '濮阳市局事项',
      legalBasis: [{ law: '《保安服务管理条例》' }],
      departmentId: dept('41.4109', '治安管理支队'),
      targetType: '保安服务公司',
      category: 'GENERAL',
      samplingRatioBp: 500,
      frequencyPerYear: 1,
      methods: ['ON_SITE'],
    });
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('R19/R20: the filing cycle 叶县 → 平顶山市 — filed with a shortfall, returned with comments, revised, filed again, acknowledged; both filings kept', async () => {
    const office = await t.login('yexian.coordinator');
    const city = await t.login('pingdingshan.coordinator');
    // One round a year for an item that asks for two: allowed, but a shortfall.
    const { plan, taskId } = await yexianPlan(2027, cafeTask({ timesPerYear: 1 }), [['2027-03-01', '2027-03-31']]);
    expect(plan).toMatchObject({ status: 'DRAFT', filingCount: 0, year: 2027, kind: 'BUREAU' });
    expect(plan.tasks[0].requiredSkills).toEqual(['网络安全检查']); // the item's skills come with it (R15)
    expect(plan.warnings.map((w: Warning) => [w.code, w.required, w.planned])).toEqual([
      ['FREQUENCY_BELOW_ITEM', 2, 1],
    ]);

    const filed = ok(
      await t.gql(FILE, { i: { planId: plan.id, version: plan.version, toBureauId: bureauId(PINGDINGSHAN) } }, office),
      'filePlan',
    ).filePlan;
    expect(filed.plan).toMatchObject({ status: 'FILED', filingCount: 1 });
    expect(filed.filing).toMatchObject({
      filingNo: 1,
      decision: null,
      filedTo: { name: '平顶山市公安局' },
      bureau: { name: '叶县公安局' },
    });
    expect(filed.filing.content.tasks[0]).toMatchObject({
      timesPerYear: 1,
      rounds: [{ roundNo: 1, windowStart: '2027-03-01', windowEnd: '2027-03-31' }],
    });

    // Filed means frozen.
    const frozen = await t.gql(
      UPDATE_TASK,
      { i: { taskId, version: plan.tasks[0].version, task: cafeTask() } },
      office,
    );
    expect(errorCode(frozen)).toBe('PLAN_NOT_EDITABLE');
    expect(
      errorCode(await t.gql(ADD_ROUND, { i: { taskId, windowStart: '2027-09-01', windowEnd: '2027-09-30' } }, office)),
    ).toBe('PLAN_NOT_EDITABLE');
    expect(
      errorCode(
        await t.gql(
          FILE,
          { i: { planId: plan.id, version: filed.plan.version, toBureauId: bureauId(PINGDINGSHAN) } },
          office,
        ),
      ),
    ).toBe('INVALID_TRANSITION');

    // The city sees the filing in its queue, with the shortfall.
    const queue = ok(await t.gql(QUEUE, {}, city), 'queue').planFilingQueue;
    expect(queue.totalCount).toBe(1);
    expect(queue.edges[0].node).toMatchObject({ id: filed.filing.id, plan: { id: plan.id, status: 'FILED' } });
    expect(queue.edges[0].node.warnings).toEqual([{ code: 'FREQUENCY_BELOW_ITEM', required: 2, planned: 1 }]);

    const returned = ok(
      await t.gql(RETURN, { i: { filingId: filed.filing.id, comment: '网吧每年至少抽查2次，请补足轮次' } }, city),
      'return',
    ).returnPlanFiling;
    expect(returned.filing).toMatchObject({ decision: 'RETURNED', comment: '网吧每年至少抽查2次，请补足轮次' });
    expect(returned.plan.status).toBe('RETURNED');
    expect(errorCode(await t.gql(ACK, { i: { filingId: filed.filing.id } }, city))).toBe('INVALID_TRANSITION'); // decided once

    // 叶县 reads the comment, revises and files again.
    const mine = ok(
      await t.gql(
        `query($id: ID!) { plan(id: $id) { ${PLAN} latestFiling { decision comment } } }`,
        { id: plan.id },
        office,
      ),
      'plan',
    ).plan;
    expect(mine).toMatchObject({
      status: 'RETURNED',
      latestFiling: { decision: 'RETURNED', comment: '网吧每年至少抽查2次，请补足轮次' },
    });
    const revised = ok(
      await t.gql(UPDATE_TASK, { i: { taskId, version: mine.tasks[0].version, task: cafeTask() } }, office),
      'updatePlanTask',
    ).updatePlanTask;
    expect(revised.plan.status).toBe('RETURNED'); // stays returned, with its comment, until filed again
    ok(
      await t.gql(ADD_ROUND, { i: { taskId, windowStart: '2027-09-01', windowEnd: '2027-09-30' } }, office),
      'addPlanRound',
    );
    const ready = ok(
      await t.gql(`query($id: ID!) { plan(id: $id) { ${PLAN} } }`, { id: plan.id }, office),
      'plan',
    ).plan;
    expect(ready.warnings).toEqual([]);
    const refiled = ok(
      await t.gql(FILE, { i: { planId: plan.id, version: ready.version, toBureauId: bureauId(PINGDINGSHAN) } }, office),
      'refile',
    ).filePlan;
    expect(refiled.filing).toMatchObject({ filingNo: 2, warnings: [] });
    expect(refiled.plan).toMatchObject({ status: 'FILED', filingCount: 2 });

    const acked = ok(
      await t.gql(ACK, { i: { filingId: refiled.filing.id, comment: '同意备案' } }, city),
      'acknowledge',
    ).acknowledgePlanFiling;
    expect(acked.filing).toMatchObject({ decision: 'ACKNOWLEDGED', comment: '同意备案' });
    expect(acked.plan.status).toBe('ACKNOWLEDGED');

    // Both filed versions are kept, each as it was filed, and both sides read them.
    for (const token of [office, city]) {
      const all = ok(await t.gql(FILINGS, { id: plan.id }, token), 'planFilings').planFilings;
      expect(
        all.map((f: Filing) => [
          f.filingNo,
          f.decision,
          f.content.tasks[0].timesPerYear,
          f.content.tasks[0].rounds.length,
          f.warnings.length,
        ]),
      ).toEqual([
        [1, 'RETURNED', 1, 1, 1],
        [2, 'ACKNOWLEDGED', 2, 2, 0],
      ]);
    }
    expect(ok(await t.gql(QUEUE, {}, city), 'queue').planFilingQueue.totalCount).toBe(0);
    expect(ok(await t.gql(QUEUE, { f: { includeDecided: true } }, city), 'queue').planFilingQueue.totalCount).toBe(2);
    // An acknowledged plan stays frozen.
    expect(
      errorCode(await t.gql(UPDATE, { i: { planId: plan.id, version: acked.plan.version, title: '改标题' } }, office)),
    ).toBe('PLAN_NOT_EDITABLE');
    // The decisions are in the city's audit trail.
    const audit = ok(
      await t.gql(
        '{ auditEntries(first: 50, filter: { objectType: "PlanFiling" }) { edges { node { operation } } } }',
        {},
        await t.login('pingdingshan.admin'),
      ),
      'audit',
    );
    expect(audit.auditEntries.edges.map((e: { node: { operation: string } }) => e.node.operation)).toEqual(
      expect.arrayContaining(['RETURN_PLAN_FILING', 'ACKNOWLEDGE_PLAN_FILING']),
    );
  });

  it("R20: a plan is filed only with the parent; a county never sees nor decides its sibling's filing; only the receiver decides", async () => {
    // A sibling county under 平顶山: 鲁山县, with a coordinating office and a coordinator.
    const city = bureauId(PINGDINGSHAN);
    const lushan = await siblingCounty(t, {
      parentPath: PINGDINGSHAN,
      divisionCode: '410423',
      name: '鲁山县公安局',
      prefix: 'lushan',
    });

    const { plan } = await yexianPlan(2028);
    const yexian = await t.login('yexian.coordinator');
    // Filing with anyone but the parent: FORBIDDEN, nothing written.
    const before = await counts();
    for (const to of [bureauId('41'), bureauId('41.4109'), lushan.id, bureauId(YEXIAN)]) {
      const res = await t.gql(FILE, { i: { planId: plan.id, version: plan.version, toBureauId: to } }, yexian);
      expect(errorCode(res), to).toBe('FORBIDDEN');
      expect(res.body.errors![0]!.message).toMatch(/上一级公安机关/);
    }
    expect(await counts()).toEqual(before);
    const filing = ok(
      await t.gql(FILE, { i: { planId: plan.id, version: plan.version, toBureauId: city } }, yexian),
      'file',
    ).filePlan.filing;

    // The sibling county sees nothing of it, and cannot decide it.
    const sibling = await t.login('lushan.coordinator');
    expect(errorCode(await t.gql('query($id: ID!) { plan(id: $id) { id } }', { id: plan.id }, sibling))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await t.gql(FILINGS, { id: plan.id }, sibling))).toBe('NOT_FOUND');
    expect(ok(await t.gql('{ plans(first: 50) { totalCount } }', {}, sibling), 'plans').plans.totalCount).toBe(0);
    expect(ok(await t.gql(QUEUE, { f: { includeDecided: true } }, sibling), 'queue').planFilingQueue.totalCount).toBe(
      0,
    );
    const denied = await t.gql(ACK, { i: { filingId: filing.id } }, sibling);
    const unknown = await t.gql(ACK, { i: { filingId: '01900000-0000-7000-8000-000000000000' } }, sibling);
    expect(errorCode(denied)).toBe('FORBIDDEN');
    // …in the same words as for a filing that does not exist: nothing is revealed.
    expect(denied.body.errors![0]!.message).toBe(unknown.body.errors![0]!.message);
    expect(errorCode(await t.gql(RETURN, { i: { filingId: filing.id, comment: '越权退回' } }, sibling))).toBe(
      'FORBIDDEN',
    );

    // Above the parent, beside it, or the filer itself: FORBIDDEN. The province reads it (its subtree) but it is not in its queue.
    for (const persona of [
      'henan.admin',
      'henan.coordinator',
      'nanle.admin',
      'puyang.coordinator',
      'yexian.coordinator',
      'yexian.admin',
    ]) {
      expect(errorCode(await t.gql(ACK, { i: { filingId: filing.id } }, await t.login(persona))), persona).toBe(
        'FORBIDDEN',
      );
    }
    expect(
      errorCode(await t.gql('query($id: ID!) { plan(id: $id) { id } }', { id: plan.id }, await t.login('henan.admin'))),
    ).toBeNull();
    expect(
      ok(await t.gql(QUEUE, { f: { includeDecided: true } }, await t.login('henan.admin')), 'queue').planFilingQueue
        .totalCount,
    ).toBe(0);
    // The city's leader reads the queue but decides nothing (read-only role); its inspectors do not even read it.
    expect(
      ok(await t.gql(QUEUE, {}, await t.login('pingdingshan.leader')), 'queue').planFilingQueue.edges.map(
        (e: Edge) => e.node.id,
      ),
    ).toContain(filing.id);
    expect(errorCode(await t.gql(ACK, { i: { filingId: filing.id } }, await t.login('pingdingshan.leader')))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql(QUEUE, {}, await t.login('pingdingshan.inspector')))).toBe('FORBIDDEN');
    // No refused decision wrote anything (sign-ins are audited too, so only the plan's entries are counted).
    const decisions = await owner.query(
      `select count(*)::int as n from audit_entry where object_type = 'PlanFiling' and object_id = $1`,
      [filing.id],
    );
    expect(decisions.rows[0].n).toBe(1); // the filing itself
    expect(
      (await owner.query('select decision from plan_filing where id = $1', [filing.id])).rows[0].decision,
    ).toBeNull();
    expect((await owner.query('select status from plan where id = $1', [plan.id])).rows[0].status).toBe('FILED');

    // The parent decides.
    expect(
      ok(await t.gql(ACK, { i: { filingId: filing.id } }, await t.login('pingdingshan.admin')), 'ack')
        .acknowledgePlanFiling.plan.status,
    ).toBe('ACKNOWLEDGED');
  });

  it('R3/R19/R29: a ratio or team the items forbid, a round outside the year, an unpublished item, a foreign department or region: a code, the field, nothing written', async () => {
    const office = await t.login('yexian.coordinator');
    const plan = ok(
      await t.gql(CREATE, { i: { year: 2029, title: '校验用计划', kind: 'BUREAU' } }, office),
      'createPlan',
    ).createPlan.plan;
    const taskId = ok(await t.gql(ADD_TASK, { i: { planId: plan.id, task: cafeTask() } }, office), 'addPlanTask')
      .addPlanTask.task.id;
    const before = await counts();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ratioBp: 800 }, 'RATIO_BELOW_ITEM', 'task.ratioBp'], // 网吧 is 10%
      [
        {
          itemVersionIds: [items.hotel],
          departmentIds: [dept(YEXIAN, '治安大队')],
          requiredDepartmentIds: [],
          ratioBp: 400,
        },
        'RATIO_BELOW_MINIMUM',
        'task.ratioBp',
      ],
      [{ teamSize: 1 }, 'TEAM_TOO_SMALL', 'task.teamSize'],
      [{ timesPerYear: 0 }, 'FREQUENCY_BELOW_MINIMUM', 'task.timesPerYear'],
      // DRAW.md §2: every participating department is on every team; the old list may only repeat them, and the team must hold them all.
      [
        { requiredDepartmentIds: [dept(YEXIAN, '禁毒大队')] },
        'REQUIRED_DEPARTMENTS_DIFFER',
        'task.requiredDepartmentIds',
      ],
      [
        {
          departmentIds: [dept(YEXIAN, '网安大队'), dept(YEXIAN, '治安大队')],
          requiredDepartmentIds: [dept(YEXIAN, '网安大队')],
          joint: true,
          teamSize: 3,
        },
        'REQUIRED_DEPARTMENTS_DIFFER',
        'task.requiredDepartmentIds',
      ],
      [
        {
          departmentIds: [dept(YEXIAN, '网安大队'), dept(YEXIAN, '治安大队'), dept(YEXIAN, '禁毒大队')],
          requiredDepartmentIds: [],
          joint: true,
          teamSize: 2,
        },
        'TEAM_SMALLER_THAN_DEPARTMENTS',
        'task.teamSize',
      ],
      [{ itemVersionIds: [draftItem] }, 'ITEM_NOT_PUBLISHED', 'task.itemVersionIds'],
      [{ itemVersionIds: [otherCityItem] }, 'ITEM_NOT_PUBLISHED', 'task.itemVersionIds'], // another city's item, even published
      [
        { departmentIds: [dept(PINGDINGSHAN, '治安管理支队')], requiredDepartmentIds: [] },
        'BAD_USER_INPUT',
        'task.departmentIds',
      ], // the city's department
      [
        { departmentIds: [dept(YEXIAN, '禁毒大队')], requiredDepartmentIds: [] },
        'ITEM_DEPARTMENT_NOT_PARTICIPATING',
        'task.departmentIds',
      ],
      [{ regionCodes: ['410923'] }, 'BAD_USER_INPUT', 'task.regionCodes'], // 南乐县, not 叶县
      [{ businessCategories: ['CASINO'] }, 'BAD_USER_INPUT', 'task.businessCategories'],
      [{ externalAgencies: ['县文化执法部门'] }, 'JOINT_TASK_INVALID', 'task.joint'],
    ];
    for (const [over, code, field] of cases) {
      const res = await t.gql(ADD_TASK, { i: { planId: plan.id, task: cafeTask(over) } }, office);
      expect(errorCode(res), JSON.stringify(over)).toBe(code);
      expect(res.body.errors![0]!.extensions!.field, code).toBe(field);
      expect(res.body.errors![0]!.message, code).toMatch(/[\u4e00-\u9fff]/);
      const update = await t.gql(UPDATE_TASK, { i: { taskId, version: 1, task: cafeTask(over) } }, office);
      expect(errorCode(update), `update ${JSON.stringify(over)}`).toBe(code);
    }
    for (const [windowStart, windowEnd, code, field] of [
      ['2028-12-20', '2029-01-10', 'ROUND_OUTSIDE_PLAN_YEAR', 'windowStart'],
      ['2029-12-20', '2030-01-10', 'ROUND_OUTSIDE_PLAN_YEAR', 'windowEnd'],
      ['2029-05-01', '2029-04-01', 'ROUND_WINDOW_INVALID', 'windowEnd'],
      ['2029-02-30', '2029-03-01', 'INVALID_DATE', 'windowStart'],
    ]) {
      const res = await t.gql(ADD_ROUND, { i: { taskId, windowStart, windowEnd } }, office);
      expect(errorCode(res), `${windowStart}…${windowEnd}`).toBe(code);
      expect(res.body.errors![0]!.extensions!.field).toBe(field);
    }
    expect(errorCode(await t.gql(CREATE, { i: { year: 1999, title: '太早', kind: 'BUREAU' } }, office))).toBe(
      'PLAN_YEAR_INVALID',
    );
    expect(errorCode(await t.gql(CREATE, { i: { year: 2029, title: '重复', kind: 'BUREAU' } }, office))).toBe(
      'CONFLICT',
    );
    expect(
      errorCode(await t.gql(FILE, { i: { planId: plan.id, version: 1, toBureauId: bureauId(PINGDINGSHAN) } }, office)),
    ).toBe('CONFLICT'); // stale version
    expect(await counts()).toEqual(before);
    // Moving the year under rounds already planned is refused too.
    ok(await t.gql(ADD_ROUND, { i: { taskId, windowStart: '2029-06-01', windowEnd: '2029-06-30' } }, office), 'round');
    const current = ok(
      await t.gql(`query($id: ID!) { plan(id: $id) { ${PLAN} } }`, { id: plan.id }, office),
      'plan',
    ).plan;
    expect(
      errorCode(await t.gql(UPDATE, { i: { planId: plan.id, version: current.version, year: 2030 } }, office)),
    ).toBe('ROUND_OUTSIDE_PLAN_YEAR');
    // An empty plan cannot be filed.
    const empty = ok(await t.gql(CREATE, { i: { year: 2029, title: '空计划', kind: 'JOINT' } }, office), 'createPlan')
      .createPlan.plan;
    expect(
      errorCode(
        await t.gql(
          FILE,
          { i: { planId: empty.id, version: empty.version, toBureauId: bureauId(PINGDINGSHAN) } },
          office,
        ),
      ),
    ).toBe('PLAN_EMPTY');
  });

  it("R4/R7/R29: a county plans with its city's published item; the shortfalls against graded rules and the bureau's team rule go with the filing to the superior", async () => {
    const admin = await t.login('yexian.admin');
    const settings = ok(await t.gql('{ bureauSettings { version } }', {}, admin), 'settings').bureauSettings;
    ok(
      await t.gql(
        'mutation($i: UpdateBureauSettingsInput!) { updateBureauSettings(input: $i) { settings { minTeamSize minTeamDepartments } } }',
        {
          i: {
            version: settings.version,
            minimumRatioBp: 500,
            jointMinimumRatioBp: 300,
            minTeamSize: 3,
            minTeamDepartments: 2,
          },
        },
        admin,
      ),
      'settings',
    );
    try {
      const task = {
        name: '保安服务公司检查',
        itemVersionIds: [items.security],
        departmentIds: [dept(YEXIAN, '治安大队')],
        ratioBp: 500,
        timesPerYear: 1,
        teamSize: 2,
        requiredDepartmentIds: [dept(YEXIAN, '治安大队')],
        requiredSkills: ['保安监管'],
      };
      const { plan } = await yexianPlan(2030, task, [['2030-04-01', '2030-04-30']], 'BUREAU');
      expect(plan.tasks[0].requiredSkills).toEqual(['保安监管']);
      const codes = plan.warnings.map((w: Warning) => [w.code, w.required, w.planned]);
      expect(codes).toEqual(
        expect.arrayContaining([
          ['FREQUENCY_BELOW_RULE', 4, 1], // the city's rule for county level: once a quarter
          ['RATIO_BELOW_RULE', 800, 500],
          ['TEAM_BELOW_BUREAU_RULE', 3, 2],
          ['TEAM_DEPARTMENTS_BELOW_BUREAU_RULE', 2, 1],
        ]),
      );
      const filing = ok(
        await t.gql(
          FILE,
          { i: { planId: plan.id, version: plan.version, toBureauId: bureauId(PINGDINGSHAN) } },
          await t.login('yexian.coordinator'),
        ),
        'file',
      ).filePlan.filing;
      const seen = ok(
        await t.gql(QUEUE, {}, await t.login('pingdingshan.coordinator')),
        'queue',
      ).planFilingQueue.edges.find((e: Edge) => e.node.id === filing.id);
      expect(seen.node.warnings.map((w: Warning) => w.code)).toEqual(
        expect.arrayContaining(['FREQUENCY_BELOW_RULE', 'RATIO_BELOW_RULE', 'TEAM_BELOW_BUREAU_RULE']),
      );
      expect(seen.node.content.tasks[0].items[0]).toMatchObject({
        id: items.security,
        name: '市局统一事项：保安服务公司检查',
        bureauId: bureauId(PINGDINGSHAN),
      });
    } finally {
      const now = ok(await t.gql('{ bureauSettings { version } }', {}, admin), 'settings').bureauSettings;
      await t.gql(
        'mutation($i: UpdateBureauSettingsInput!) { updateBureauSettings(input: $i) { settings { version } } }',
        {
          i: {
            version: now.version,
            minimumRatioBp: 500,
            jointMinimumRatioBp: 300,
            minTeamSize: 2,
            minTeamDepartments: 1,
          },
        },
        admin,
      );
    }
  });

  it("R8/R19: a department head files the department's work plan with the coordinating office, which acknowledges it; the city never sees it in its queue", async () => {
    const head = await t.login('yexian.head'); // 治安大队
    const plan = ok(
      await t.gql(CREATE, { i: { year: 2027, title: '治安大队2027年工作计划', kind: 'DEPARTMENT' } }, head),
      'createPlan',
    ).createPlan.plan;
    const task = {
      name: '旅馆业检查',
      itemVersionIds: [items.hotel],
      departmentIds: [dept(YEXIAN, '治安大队')],
      ratioBp: 500,
      timesPerYear: 1,
      teamSize: 2,
    };
    const taskId = ok(await t.gql(ADD_TASK, { i: { planId: plan.id, task } }, head), 'task').addPlanTask.task.id;
    ok(await t.gql(ADD_ROUND, { i: { taskId, windowStart: '2027-05-01', windowEnd: '2027-05-31' } }, head), 'round');
    const current = ok(
      await t.gql(`query($id: ID!) { plan(id: $id) { ${PLAN} } }`, { id: plan.id }, head),
      'plan',
    ).plan;
    // With the coordinating office of its own bureau, not with the city.
    expect(
      errorCode(
        await t.gql(
          FILE,
          { i: { planId: plan.id, version: current.version, toBureauId: bureauId(PINGDINGSHAN) } },
          head,
        ),
      ),
    ).toBe('FORBIDDEN');
    const filing = ok(
      await t.gql(FILE, { i: { planId: plan.id, version: current.version, toBureauId: bureauId(YEXIAN) } }, head),
      'file',
    ).filePlan.filing;
    expect(filing.filedTo.name).toBe('叶县公安局');
    // Another department's head neither sees nor edits it; the bureau's annual plan is not the head's to edit.
    expect(
      errorCode(
        await t.gql(
          'mutation { createPlan(input: { year: 2033, title: "越权", kind: BUREAU }) { plan { id } } }',
          {},
          head,
        ),
      ),
    ).toBe('FORBIDDEN');
    const coordinatorQueue = ok(
      await t.gql(QUEUE, {}, await t.login('yexian.coordinator')),
      'queue',
    ).planFilingQueue.edges.map((e: Edge) => e.node.id);
    expect(coordinatorQueue).toContain(filing.id);
    const cityQueue = ok(
      await t.gql(QUEUE, { f: { includeDecided: true } }, await t.login('pingdingshan.coordinator')),
      'queue',
    ).planFilingQueue.edges.map((e: Edge) => e.node.id);
    expect(cityQueue).not.toContain(filing.id);
    expect(errorCode(await t.gql(ACK, { i: { filingId: filing.id } }, head))).toBe('FORBIDDEN');
    const acked = ok(
      await t.gql(ACK, { i: { filingId: filing.id } }, await t.login('yexian.coordinator')),
      'ack',
    ).acknowledgePlanFiling;
    expect(acked.plan.status).toBe('ACKNOWLEDGED');
  });

  it('R21: a joint plan of the coordinating office has only joint tasks, with several departments or outside agencies', async () => {
    const office = await t.login('yexian.coordinator');
    const plan = ok(
      await t.gql(CREATE, { i: { year: 2028, title: '叶县2028年联合抽查计划', kind: 'JOINT' } }, office),
      'createPlan',
    ).createPlan.plan;
    const notJoint = await t.gql(ADD_TASK, { i: { planId: plan.id, task: cafeTask() } }, office);
    expect(errorCode(notJoint)).toBe('JOINT_TASK_INVALID');
    const joint = cafeTask({
      name: '网吧、旅馆联合抽查',
      itemVersionIds: [items.cafe, items.hotel],
      departmentIds: [dept(YEXIAN, '网安大队'), dept(YEXIAN, '治安大队')],
      externalAgencies: ['县文化广电旅游局'],
      joint: true,
      teamSize: 3,
      requiredDepartmentIds: [dept(YEXIAN, '网安大队'), dept(YEXIAN, '治安大队')],
    });
    const added = ok(await t.gql(ADD_TASK, { i: { planId: plan.id, task: joint } }, office), 'joint task').addPlanTask;
    expect(added.plan.kind).toBe('JOINT');
  });

  it("R24: the draw gets a round only from an acknowledged plan (or a filed one where the bureau allows it), and only its own bureau's", async () => {
    const { plan, taskId } = await yexianPlan(2031);
    const rounds = plan.tasks[0].rounds;
    const attempt = (persona: string, roundId: string) =>
      withRequestContext(t, persona, async (ctx) => {
        try {
          const r = await t.server.services.planning.requireDrawableRound(ctx, roundId);
          const [{ drawable }] = await ctx.em.execute('select app_private.plan_round_drawable(?) as drawable', [
            roundId,
          ]);
          return { ok: r, drawable };
        } catch (err) {
          return {
            code: err instanceof DomainError ? err.code : (err as { extensions?: { code?: string } }).extensions?.code,
          };
        }
      });
    expect(await attempt('yexian.coordinator', rounds[0].id)).toEqual({ code: 'PLAN_NOT_ACKNOWLEDGED' });
    const filing = ok(
      await t.gql(
        FILE,
        { i: { planId: plan.id, version: plan.version, toBureauId: bureauId(PINGDINGSHAN) } },
        await t.login('yexian.coordinator'),
      ),
      'file',
    ).filePlan.filing;
    expect(await attempt('yexian.coordinator', rounds[0].id)).toEqual({ code: 'PLAN_NOT_ACKNOWLEDGED' });
    // A bureau may let its filed plans be drawn from before the superior acknowledges them.
    const admin = await t.login('yexian.admin');
    const v = ok(await t.gql('{ bureauSettings { version } }', {}, admin), 'settings').bureauSettings.version;
    ok(
      await t.gql(
        'mutation($i: UpdateBureauSettingsInput!) { updateBureauSettings(input: $i) { settings { allowDrawFromFiledPlan } } }',
        { i: { version: v, minimumRatioBp: 500, jointMinimumRatioBp: 300, allowDrawFromFiledPlan: true } },
        admin,
      ),
      'settings',
    );
    const early = await attempt('yexian.coordinator', rounds[1].id);
    expect(early).toMatchObject({ ok: { plan: { id: plan.id, status: 'FILED' } }, drawable: true });
    ok(
      await t.gql(
        'mutation($i: UpdateBureauSettingsInput!) { updateBureauSettings(input: $i) { settings { allowDrawFromFiledPlan } } }',
        { i: { version: v + 1, minimumRatioBp: 500, jointMinimumRatioBp: 300, allowDrawFromFiledPlan: false } },
        admin,
      ),
      'settings',
    );

    ok(await t.gql(ACK, { i: { filingId: filing.id } }, await t.login('pingdingshan.coordinator')), 'ack');
    const got = await attempt('yexian.coordinator', rounds[1].id);
    expect(got).toMatchObject({
      drawable: true,
      ok: {
        plan: { id: plan.id, status: 'ACKNOWLEDGED' },
        task: { id: taskId, ratioBp: 1000, teamSize: 2 },
        round: { roundNo: 2, windowStart: '2031-09-01', windowEnd: '2031-09-30' },
      },
    });
    expect((got as Drawable).ok.itemVersions.map((x) => [x.id, x.name, x.samplingRatioBp])).toEqual([
      [items.cafe, '对网吧业的抽查', 1000],
    ]);
    expect((got as Drawable).ok.filing).toMatchObject({ id: filing.id, decision: 'ACKNOWLEDGED' });
    // Another bureau — even the superior that acknowledged it — does not draw on 叶县's round.
    expect(await attempt('pingdingshan.coordinator', rounds[1].id)).toEqual({ code: 'NOT_FOUND' });
    expect(await attempt('nanle.coordinator', rounds[1].id)).toEqual({ code: 'NOT_FOUND' });
  });

  it('R26/R32: a round that has already ended (China day) is refused, unless an administrator enters past work with a reason (audited)', async () => {
    const last = Number(chinaToday().slice(0, 4)) - 1;
    const [office, admin] = [await t.login('yexian.coordinator'), await t.login('yexian.admin')];
    const { taskId } = await yexianPlan(last, cafeTask(), []);
    const ended = { taskId, windowStart: `${last}-05-01`, windowEnd: `${last}-05-31` };
    const reason = '补录上年度已按纸质计划开展的抽查';
    const before = await counts();
    const refused = await t.gql(ADD_ROUND, { i: ended }, office);
    expect([errorCode(refused), refused.body.errors![0]!.extensions!.field]).toEqual(['ROUND_ENDED', 'windowEnd']);
    expect(refused.body.errors![0]!.message).toContain('轮次的结束日');
    expect(errorCode(await t.gql(ADD_ROUND, { i: { ...ended, lateEntryReason: reason } }, office))).toBe(
      'LATE_ENTRY_ADMIN_ONLY',
    );
    const short = await t.gql(ADD_ROUND, { i: { ...ended, lateEntryReason: ' 补录 ' } }, admin);
    expect([errorCode(short), short.body.errors![0]!.extensions!.field]).toEqual([
      'LATE_ENTRY_REASON_REQUIRED',
      'lateEntryReason',
    ]);
    expect(await counts()).toEqual(before);
    const round = ok(await t.gql(ADD_ROUND, { i: { ...ended, lateEntryReason: reason } }, admin), 'late round')
      .addPlanRound.round;
    expect(round).toMatchObject({ roundNo: 1, windowEnd: `${last}-05-31` });
    const {
      rows: [entry],
    } = await owner.query(`select after from audit_entry where object_id = $1 and operation = 'ADD_PLAN_ROUND'`, [
      round.id,
    ]);
    expect(entry.after.lateEntry).toEqual({ reason, rule: 'ROUND_ENDED' });
  });
});
