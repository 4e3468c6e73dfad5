import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { ok } from '#test/support/catalog-fixtures';
import { checkedToday, chinaToday } from '#test/support/dates';
import { loadTree, type Tree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import { Scenario } from '#test/support/scenario';

const ENTRY = `id version targetId list state reason listedOn restrictions causeKind causeInspectionId causeDocumentNo
  bureauId removalReason removedOn bureau { name } target { name }`;
const LIST = `mutation($i: ListCreditEntryInput!) { listCreditEntry(input: $i) { entry { ${ENTRY} } } }`;
const REMOVE = `mutation($i: CloseCreditEntryInput!) { removeCreditEntry(input: $i) { entry { ${ENTRY} } } }`;
const REPAIR = `mutation($i: CloseCreditEntryInput!) { repairCreditEntry(input: $i) { entry { ${ENTRY} } } }`;
const ENTRIES = `query($f: CreditEntryFilter, $after: String) {
  creditEntries(first: 2, filter: $f, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id list state } } } }`;
const TARGET = `query($id: ID!) { target(id: $id) { drawWeight riskLevel creditEntries { id list state } } }`;
const HIGH_RISK = '{ targets(first: 100, filter: { riskLevel: HIGH }) { edges { node { id } } } }';

interface Entry {
  id: string;
  version: number;
  list: string;
  state: string;
  causeDocumentNo: string | null;
}
interface SnapshotTarget {
  id: string;
  weight: number;
}

/**
 * Credit lists (R50, R51) through the API: a 叶县 hotel whose direct check found a problem (an
 * approved report ordering rectification), listed, removed and repaired; the weight of its next draws.
 */
describe('credit lists (R50, R51)', () => {
  let t: TestApp;
  let tree: Tree;
  let owner: pg.Client;
  let yexian: Scenario;
  let office: string;
  let hotel: { targetId: string; inspectors: string[]; itemVersion: string; inspectionId: string };
  let quietHotel: string;
  let rounds: string[];
  const today = chinaToday();

  const count = async (table: string, where = 'true') =>
    (await owner.query(`select count(*)::int as n from ${table} where ${where}`)).rows[0].n as number;
  const creditAudit = () => count('audit_entry', "object_type = 'CreditEntry'");
  const listing = (over: Record<string, unknown> = {}) => ({
    targetId: hotel.targetId,
    list: 'SERIOUS_DISHONESTY',
    reason: '拒不改正旅客身份登记问题，情节严重',
    listedOn: today,
    causeKind: 'INSPECTION',
    inspectionId: hotel.inspectionId,
    ...over,
  });
  /** The weights of the two hotels in the pool of a draw of the round, committed now. */
  const weightsIn = async (roundId: string) => {
    const drawId = await yexian.commit(roundId);
    const res = await t.gql('query($id: ID!) { draw(id: $id) { snapshot } }', { id: drawId }, office);
    const targets = ok(res, 'snapshot').draw.snapshot.targets as SnapshotTarget[];
    const weight = (id: string) => targets.find((x) => x.id === id)?.weight;
    return [weight(hotel.targetId), weight(quietHotel)];
  };

  beforeAll(async () => {
    t = await startTestApp();
    tree = await loadTree(t.db.ownerUrl);
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    yexian = await Scenario.of(t, 'yexian', tree);
    office = await yexian.token('coordinator');
    hotel = await hotelUnderDirectCheck(t, tree, {
      serial: 971,
      targetName: '叶县昆阳镇如家宾馆',
      reference: '12345热线 2026-12-0001',
      badgePrefix: 'XY-41042297',
    });
    const inspector = await yexian.token('inspector');
    ok(
      await t.gql(
        'mutation($i: InspectionRecordInput!) { submitInspectionRecord(input: $i) { record { id } } }',
        {
          i: {
            inspectionId: hotel.inspectionId,
            ...checkedToday(),
            place: '前台',
            presentInspectorIds: hotel.inspectors,
            answers: [
              { itemVersionId: hotel.itemVersion, no: 1, result: 'ABNORMAL', remark: '未登记旅客身份' },
              { itemVersionId: hotel.itemVersion, no: 2, result: 'NORMAL' },
            ],
            methods: ['ON_SITE'],
            findings: '旅客身份登记不全',
            representative: '店主',
            refusalReason: '店主拒绝签字',
            witness: '网格员孙某',
            nonCooperation: [],
          },
        },
        inspector,
      ),
      'record',
    );
    const report = ok(
      await t.gql(
        'mutation($i: InspectionReportInput!) { submitInspectionReport(input: $i) { report { id version } } }',
        {
          i: {
            inspectionId: hotel.inspectionId,
            content: '旅馆业治安管理',
            steps: '查验旅客登记',
            findings: '旅客身份登记不全',
            assessment: '违反《旅馆业治安管理办法》第六条',
            opinion: 'RECTIFICATION',
          },
        },
        inspector,
      ),
      'report',
    ).submitInspectionReport.report;
    // The report is a finding only once approved: before that, no listing can rest on it.
    expect(errorCode(await t.gql(LIST, { i: listing() }, office))).toBe('CREDIT_NO_FINDING');
    ok(
      await t.gql(
        'mutation($i: ReviewInspectionReportInput!) { reviewInspectionReport(input: $i) { report { id } } }',
        { i: { reportId: report.id, version: report.version, approve: true } },
        await yexian.token('head'),
      ),
      'approve',
    );
    // A pool for the draws: the two hotels, six inspectors of 治安大队, a plan of two rounds next year.
    [quietHotel] = await yexian.targets([
      { name: '叶县昆阳镇平安旅社', category: 'HOTEL', department: '治安大队', region: '410422100', serial: 972 },
    ]);
    await yexian.inspectors('治安大队', 4, (n) => ({ name: `信用测试${n}`, badgeNo: `XY-41042298${n}` }));
    const year = Number(today.slice(0, 4)) + 1;
    const plan = await yexian.plan({
      year,
      tasks: [
        {
          task: {
            name: '旅馆业抽查',
            itemVersionIds: [hotel.itemVersion],
            departmentIds: [yexian.department('治安大队')],
            ratioBp: 5000,
            timesPerYear: 2,
            teamSize: 2,
          },
          rounds: [
            [`${year}-03-01`, `${year}-03-31`],
            [`${year}-09-01`, `${year}-09-30`],
          ],
        },
      ],
    });
    rounds = plan.rounds[0]!;
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('R50: refusals are coded and in Chinese, and write nothing: no reason, a blacklist without restrictions, no finding', async () => {
    const [entries, audit] = [await count('credit_entry'), await creditAudit()];
    const missingReason = await t.gql(LIST, { i: listing({ reason: '  ' }) }, office);
    expect(errorCode(missingReason)).toBe('CREDIT_REASON_REQUIRED');
    expect(missingReason.body.errors![0]!.message).toBe('列入原因不能为空');
    expect(errorCode(await t.gql(LIST, { i: listing({ list: 'BLACKLIST' }) }, office))).toBe(
      'CREDIT_RESTRICTIONS_REQUIRED',
    );
    expect(errorCode(await t.gql(LIST, { i: listing({ inspectionId: null }) }, office))).toBe('BAD_USER_INPUT');
    // An inspection of another target is no finding about this one.
    expect(errorCode(await t.gql(LIST, { i: listing({ targetId: quietHotel }) }, office))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(LIST, { i: listing({ causeKind: 'PENALTY', noticeId: null }) }, office))).toBe(
      'BAD_USER_INPUT',
    );
    // Inspectors do not decide listings (the shield), another county cannot even find the target.
    expect(errorCode(await t.gql(LIST, { i: listing() }, await yexian.token('inspector')))).toBe('FORBIDDEN');
    const sibling = await t.gql(LIST, { i: listing() }, await t.login('nanle.coordinator'));
    expect(errorCode(sibling)).toBe('NOT_FOUND');
    expect(sibling.body.errors![0]!.message).toBe('检查对象不存在或无权访问');
    // Nor can the city above decide for its county's target: the county is the 决定机关.
    expect(errorCode(await t.gql(LIST, { i: listing() }, await t.login('pingdingshan.coordinator')))).toBe('NOT_FOUND');
    expect([await count('credit_entry'), await creditAudit()]).toEqual([entries, audit]);
  });

  it('R50/R51: a serious-dishonesty entry raises the weight in a new draw; after removal it does not', async () => {
    const listed = ok(await t.gql(LIST, { i: listing() }, office), 'list').listCreditEntry.entry;
    expect(listed).toMatchObject({
      list: 'SERIOUS_DISHONESTY',
      state: 'LISTED',
      listedOn: today,
      causeKind: 'INSPECTION',
      causeInspectionId: hotel.inspectionId,
      bureau: { name: expect.stringContaining('叶县') },
      target: { name: '叶县昆阳镇如家宾馆' },
    });
    expect(listed.causeDocumentNo).toMatch(/^叶公（治）/);
    const audit = await owner.query(
      "select operation from audit_entry where object_type = 'CreditEntry' and object_id = $1",
      [listed.id],
    );
    expect(audit.rows).toEqual([{ operation: 'LIST_CREDIT_ENTRY' }]);
    const target = ok(await t.gql(TARGET, { id: hotel.targetId }, office), 'target').target;
    expect(target).toMatchObject({ drawWeight: 20, riskLevel: 'HIGH', creditEntries: [{ id: listed.id }] });
    const highRisk = async () =>
      ok(await t.gql(HIGH_RISK, {}, office), 'high risk').targets.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await highRisk()).toContain(hotel.targetId);
    // One open entry per target and list.
    expect(errorCode(await t.gql(LIST, { i: listing() }, office))).toBe('CREDIT_ENTRY_OPEN');
    expect(await weightsIn(rounds[0]!)).toEqual([20, 10]);

    const close = { id: listed.id, version: listed.version, reason: '已整改并公开承诺', removedOn: today };
    const removed = ok(await t.gql(REMOVE, { i: close }, office), 'remove').removeCreditEntry.entry;
    expect(removed).toMatchObject({ state: 'REMOVED', removalReason: '已整改并公开承诺', removedOn: today });
    // Removing twice, or repairing a removed entry, is refused; the row stays (no delete).
    const twice = await t.gql(REMOVE, { i: { ...close, version: removed.version } }, office);
    expect(errorCode(twice)).toBe('CREDIT_ENTRY_CLOSED');
    expect(twice.body.errors![0]!.message).toContain('不能再次移出');
    expect(errorCode(await t.gql(REPAIR, { i: { ...close, version: removed.version } }, office))).toBe(
      'CREDIT_ENTRY_CLOSED',
    );
    expect(await weightsIn(rounds[1]!)).toEqual([10, 10]);
    expect(await highRisk()).not.toContain(hotel.targetId);
    expect(ok(await t.gql(TARGET, { id: hotel.targetId }, office), 'target').target.drawWeight).toBe(10);
  });

  it('R50: a blacklist keeps its restrictions; repair closes it; the list pages and filters within scope', async () => {
    const black = ok(
      await t.gql(
        LIST,
        { i: listing({ list: 'BLACKLIST', restrictions: ['上网行为限制', ' 行业禁入 '], reason: '多次未核验身份' }) },
        office,
      ),
      'blacklist',
    ).listCreditEntry.entry as Entry & { restrictions: string[] };
    expect(black.restrictions).toEqual(['上网行为限制', '行业禁入']);
    const abnormal = ok(await t.gql(LIST, { i: listing({ list: 'ABNORMAL_OPERATION' }) }, office), 'abnormal')
      .listCreditEntry.entry as Entry;
    const repaired = ok(
      await t.gql(
        REPAIR,
        { i: { id: abnormal.id, version: abnormal.version, reason: '已完成信用修复', removedOn: today } },
        office,
      ),
      'repair',
    ).repairCreditEntry.entry;
    expect(repaired.state).toBe('REPAIRED');

    const page1 = ok(await t.gql(ENTRIES, { f: { targetId: hotel.targetId } }, office), 'page').creditEntries;
    expect(page1.totalCount).toBe(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = ok(
      await t.gql(ENTRIES, { f: { targetId: hotel.targetId }, after: page1.pageInfo.endCursor }, office),
      'page 2',
    ).creditEntries;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...page1.edges, ...page2.edges].map((e: { node: Entry }) => e.node.list)).toEqual([
      'SERIOUS_DISHONESTY',
      'BLACKLIST',
      'ABNORMAL_OPERATION',
    ]);
    const open = ok(await t.gql(ENTRIES, { f: { state: 'LISTED' } }, office), 'open').creditEntries;
    expect(open.edges.map((e: { node: Entry }) => e.node.id)).toEqual([black.id]);
    // The city reads its county's entries; a sibling county none, and not one by id either.
    const city = await t.login('pingdingshan.coordinator');
    expect(ok(await t.gql(ENTRIES, { f: { state: 'LISTED' } }, city), 'city').creditEntries.totalCount).toBe(1);
    const nanle = await t.login('nanle.coordinator');
    expect(ok(await t.gql(ENTRIES, {}, nanle), 'nanle').creditEntries.totalCount).toBe(0);
    const byId = 'query($id: ID!) { creditEntry(id: $id) { id } }';
    expect(errorCode(await t.gql(byId, { id: black.id }, nanle))).toBe('NOT_FOUND');
    expect(ok(await t.gql(byId, { id: black.id }, city), 'city by id').creditEntry.id).toBe(black.id);
    // Nor may the city remove its county's entry.
    const close = { id: black.id, version: black.version, reason: '越权移出', removedOn: today };
    expect(errorCode(await t.gql(REMOVE, { i: close }, city))).toBe('NOT_FOUND');
  });

  it('R50: row-level security alone (raw SQL as the service role): a sibling county reads and writes none', async () => {
    const app = new pg.Client({ connectionString: t.db.appUrl });
    await app.connect();
    const asBureau = async (path: string, sql: string) => {
      const bureau = tree.bureaus.find((b) => b.path === path)!;
      await app.query('begin');
      try {
        await app.query("select set_config('app.scope_path', $1, true), set_config('app.bureau_id', $2, true)", [
          path,
          bureau.id,
        ]);
        return (await app.query(sql)).rowCount;
      } finally {
        await app.query('rollback');
      }
    };
    try {
      expect(await asBureau('41.4104.410422', 'select id from credit_entry')).toBe(3);
      expect(await asBureau('41.4104', 'select id from credit_entry')).toBe(3);
      expect(await asBureau('41.4109.410923', 'select id from credit_entry')).toBe(0);
      expect(await asBureau('41.4109.410923', "update credit_entry set reason = '篡改'")).toBe(0);
      // The city reads its county's entries but cannot change them.
      expect(await asBureau('41.4104', "update credit_entry set reason = '篡改'")).toBe(0);
      // No scope on the connection: nothing.
      expect((await app.query('select id from credit_entry')).rowCount).toBe(0);
    } finally {
      await app.end();
    }
  });

  it('R50: the database refuses a delete and a second open entry even past the service', async () => {
    await expect(owner.query('delete from credit_entry')).rejects.toThrow();
    const [open] = (await owner.query("select * from credit_entry where state = 'LISTED' limit 1")).rows;
    await expect(
      owner.query(
        `insert into credit_entry (id, tenant_id, bureau_id, scope_path, target_id, list, reason, listed_on, restrictions,
           cause_kind, cause_inspection_id, listed_by)
         values (gen_random_uuid(), $1, $2, $3, $4, $5, 'x', $6, $7, 'INSPECTION', $8, $9)`,
        [
          open.tenant_id,
          open.bureau_id,
          open.scope_path,
          open.target_id,
          open.list,
          open.listed_on,
          open.restrictions,
          open.cause_inspection_id,
          open.listed_by,
        ],
      ),
    ).rejects.toThrow(/credit_entry_open_idx/);
  });
});
