import ExcelJS from 'exceljs';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addYears, chinaDay } from '@dsr/domain';
import { syntheticUscc } from '@dsr/db';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { addDays } from '#test/support/dates';
import { binary } from '#test/support/downloads';
import { loadTree, type Tree } from '#test/support/tenancy';
import { ok, publishItem } from '#test/support/catalog-fixtures';

const YEXIAN = '41.4104.410422';
const PINGDINGSHAN = '41.4104';
const SIBLING = '41.4104.410402'; // 新华区: a second county of 平顶山, made in beforeAll

const GET = `query($id: ID!) { inspection(id: $id) { id version retentionUntil retention { basis until earliest description }
  itemVersions { retentionYears } } }`;
const DIRECT = 'mutation($i: CreateDirectCheckInput!) { createDirectCheck(input: $i) { inspection { id } } }';
const TERMINATE =
  'mutation($i: TerminateTargetInput!) { terminateTarget(input: $i) { target { status terminatedAt } } }';

describe('R42: retention of inspection records (archiving)', () => {
  let t: TestApp;
  let tree: Tree;
  let owner: pg.Client;
  let office: string, head: string, admin: string;
  let zhian: string, tenantId: string, yexian: string;
  let plainItem: string, tenYearItem: string;
  let inspectors: string[];
  const today = () => chinaDay(new Date());
  const bureauId = (path: string) => tree.bureaus.find((b) => b.path === path)!.id;
  const content = (name: string, retentionYears?: number | null) => ({
    name,
    legalBasis: [{ law: '《旅馆业治安管理办法》' }],
    departmentId: zhian,
    targetType: '旅馆',
    businessCategories: ['HOTEL'],
    category: 'GENERAL',
    samplingRatioBp: 500,
    frequencyPerYear: 1,
    methods: ['ON_SITE'],
    checkContents: ['是否按规定登记旅客身份信息'],
    ...(retentionYears === undefined ? {} : { retentionYears }),
  });
  let n = 0;
  const insertTarget = async (name: string, terminatedAt: string | null = null) =>
    (
      await owner.query(
        `insert into target (id, tenant_id, bureau_id, scope_path, department_id, holder_kind, name, uscc, region_code, business_category, status, terminated_at)
     values (gen_random_uuid(), $1, $2, $3::ltree, $4, 'ORGANISATION', $5, $6, '410422101', 'HOTEL', $7, $8) returning id`,
        [
          tenantId,
          yexian,
          YEXIAN,
          zhian,
          name,
          syntheticUscc('410422', 700 + ++n),
          terminatedAt ? 'TERMINATED' : 'ACTIVE',
          terminatedAt,
        ],
      )
    ).rows[0].id as string;
  const directCheck = async (targetId: string, itemVersionIds: string[]) =>
    ok(
      await t.gql(
        DIRECT,
        {
          i: {
            targetId,
            reason: 'COMPLAINT',
            reference: `12345热线-${++n}`,
            itemVersionIds,
            inspectorIds: inspectors.slice(0, 2),
            windowStart: today(),
            windowEnd: addDays(today(), 7),
          },
        },
        head,
      ),
      'direct check',
    ).createDirectCheck.inspection.id as string;
  const retention = async (id: string, token = office) => ok(await t.gql(GET, { id }, token), 'get').inspection;
  const terminate = async (targetId: string) => {
    const { version } = ok(
      await t.gql('query($id: ID!) { target(id: $id) { version } }', { id: targetId }, office),
      'target',
    ).target;
    return ok(await t.gql(TERMINATE, { i: { id: targetId, version, reason: '营业执照已注销' } }, office), 'terminate')
      .terminateTarget.target;
  };

  beforeAll(async () => {
    t = await startTestApp();
    tree = await loadTree(t.db.ownerUrl);
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    [office, head, admin] = await Promise.all(
      ['yexian.coordinator', 'yexian.head', 'yexian.admin'].map((p) => t.login(p)),
    );
    yexian = bureauId(YEXIAN);
    zhian = tree.departments.find((d) => d.bureau_id === yexian && d.name === '治安大队')!.id;
    tenantId = (await owner.query('select tenant_id from bureau where id = $1', [yexian])).rows[0].tenant_id;
    for (let k = 1; k <= 3; k++) {
      await owner.query(
        `insert into inspector (id, tenant_id, bureau_id, scope_path, department_id, name, gender, badge_no, warrant_no, warrant_valid_until, status)
        values (gen_random_uuid(), $1, $2, $3::ltree, $4, $5, 'M', $6, $6, '2035-12-31', 'ACTIVE')`,
        [tenantId, yexian, YEXIAN, zhian, `治安${k}`, `ZA-41042270${k}`],
      );
    }
    inspectors = (
      await owner.query('select id from inspector where bureau_id = $1 order by badge_no', [yexian])
    ).rows.map((r) => r.id);
    plainItem = await publishItem(t, 'yexian', content('对旅馆业的抽查'));
    tenYearItem = await publishItem(t, 'yexian', content('对旅馆业治安案件线索的检查', 10));
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('R42/R6: an item may carry its own rule (≥ 2 years), frozen with its published version', async () => {
    const refused = await t.gql(
      'mutation($i: CreateItemInput!) { createItem(input: $i) { itemVersion { id } } }',
      { i: { content: content('保存一年的事项', 1) } },
      office,
    );
    expect(errorCode(refused)).toBe('RETENTION_YEARS_INVALID');
    expect(refused.body.errors![0]!.extensions!.field).toBe('content.retentionYears');
    const v = ok(
      await t.gql(
        'query($id: ID!) { inspectionItemVersion(id: $id) { retentionYears status itemId } }',
        { id: tenYearItem },
        office,
      ),
      'version',
    ).inspectionItemVersion;
    expect(v).toMatchObject({ retentionYears: 10, status: 'PUBLISHED' });
    await expect(
      owner.query('update inspection_item_version set retention_years = 2 where id = $1', [tenYearItem]),
    ).rejects.toThrow(/已发布的事项版本不可修改/);
    // A revision without the rule is a new version; the published one keeps its 10 years.
    const revised = ok(
      await t.gql(
        'mutation($i: ReviseItemInput!) { reviseItem(input: $i) { itemVersion { versionNo retentionYears } } }',
        { i: { itemId: v.itemId, content: content('对旅馆业治安案件线索的检查') } },
        office,
      ),
      'revise',
    ).reviseItem.itemVersion;
    expect(revised).toEqual({ versionNo: 2, retentionYears: null });
    expect(
      ok(
        await t.gql(
          'query($id: ID!) { inspectionItemVersion(id: $id) { retentionYears } }',
          { id: tenYearItem },
          office,
        ),
        'v1',
      ).inspectionItemVersion.retentionYears,
    ).toBe(10);
  });

  it('R42: an active target: kept for its lifetime (no end date yet), at least two years', async () => {
    const id = await directCheck(await insertTarget('叶县存续宾馆'), [plainItem]);
    const got = await retention(id);
    const floor = addYears(today(), 2);
    expect(got.retentionUntil).toBe(floor);
    expect(got.retention).toEqual({
      basis: 'TARGET_LIFETIME',
      until: null,
      earliest: floor,
      description: `检查对象存续期间及其注销后两年，且不少于两年（至少保存至 ${floor}）`,
    });
  });

  it('R42: a target terminated later: termination + 2 years, without rewriting the inspection', async () => {
    // An inspection from 2024 whose file ended then (floor 2026-03-01), on a target terminated today.
    const target = await insertTarget('叶县旧案宾馆');
    const id = await insertOldInspection(target, [plainItem], '2024-03-01');
    expect((await retention(id)).retention).toMatchObject({
      basis: 'TARGET_LIFETIME',
      until: null,
      earliest: '2026-03-01',
    });
    const before = (
      await owner.query('select xmin::text, version, retention_until::text from inspection where id = $1', [id])
    ).rows[0];
    const ended = await terminate(target);
    const got = await retention(id);
    expect(got.retention).toMatchObject({
      basis: 'TARGET_LIFETIME',
      until: addYears(chinaDay(new Date(ended.terminatedAt)), 2),
      earliest: '2026-03-01',
    });
    expect(got.retention.description).toContain(`已于 ${chinaDay(new Date(ended.terminatedAt))} 注销`);
    expect(
      (await owner.query('select xmin::text, version, retention_until::text from inspection where id = $1', [id]))
        .rows[0],
    ).toEqual(before);
  });

  it('R42: the item rule wins when it is longer; while the target lives, the lifetime is longer still', async () => {
    const target = await insertTarget('叶县涉案宾馆');
    const id = await directCheck(target, [plainItem, tenYearItem]);
    expect((await retention(id)).retention).toMatchObject({ basis: 'TARGET_LIFETIME', until: null });
    await terminate(target);
    const got = await retention(id);
    expect(got.retention).toEqual({
      basis: 'ITEM_RULE',
      until: addYears(today(), 10),
      earliest: addYears(today(), 2),
      description: `按检查事项「对旅馆业治安案件线索的检查」的规定保存 10 年（保存至 ${addYears(today(), 10)}）`,
    });
    // Only ruled items: the rule applies (从其规定), even for a living target.
    const ruled = await directCheck(await insertTarget('叶县另一涉案宾馆'), [tenYearItem]);
    expect((await retention(ruled)).retention).toMatchObject({ basis: 'ITEM_RULE', until: addYears(today(), 10) });
  });

  let recordDay: string;
  it('R42: the 2-year minimum counts from the last document: a record made after the target ended moves the floor', async () => {
    // Target terminated 2024-06-01 (lifetime until 2026-06-01); an inspection opened 2024-03-01, its window still open, gets its on-site record today.
    const target = await insertTarget('叶县已注销旅社', '2024-06-01T02:00:00Z');
    const id = await insertOldInspection(target, [plainItem], '2024-03-01', addDays(today(), 1));
    expect((await retention(id)).retention).toMatchObject({
      basis: 'TARGET_LIFETIME',
      until: '2026-06-01',
      earliest: '2026-03-01',
    });
    const me = tree.users.find((u) => u.username === 'yexian.inspector')!.id;
    ok(
      await t.gql(
        'mutation($i: LinkInspectorUserInput!) { linkInspectorUser(input: $i) { inspectorId } }',
        { i: { inspectorId: inspectors[0], userId: me } },
        admin,
      ),
      'link',
    );
    const checkedTo = new Date(Date.now() - 60_000);
    recordDay = chinaDay(checkedTo);
    ok(
      await t.gql(
        'mutation($i: InspectionRecordInput!) { submitInspectionRecord(input: $i) { record { id } } }',
        {
          i: {
            inspectionId: id,
            checkedFrom: new Date(checkedTo.getTime() - 3600_000).toISOString(),
            checkedTo: checkedTo.toISOString(),
            place: '叶县已注销旅社原址',
            presentInspectorIds: inspectors.slice(0, 2),
            answers: [{ itemVersionId: plainItem, no: 1, result: 'NORMAL' }],
            methods: ['ON_SITE'],
            findings: '已停业',
            representative: '原负责人',
            refusalReason: '原负责人不在场',
          },
        },
        await t.login('yexian.inspector'),
      ),
      'record',
    );
    const got = await retention(id);
    expect(got.retentionUntil).toBe(addYears(today(), 2));
    expect(got.retention).toMatchObject({
      basis: 'MINIMUM',
      until: addYears(today(), 2),
      earliest: addYears(today(), 2),
    });
    expect(got.retention.description).toContain('2024-06-01 注销');
    // The floor never moves back (0008 trigger), and nothing is deleted.
    await expect(
      owner.query("update inspection set retention_until = '2027-01-01' where id = $1", [id]),
    ).rejects.toThrow(/不能缩短/);
    await expect(owner.query('delete from inspection where id = $1', [id])).rejects.toThrow(/不能删除/);
  });

  it("R42: the retention list downloads as xlsx for the caller's scope only, and the export is audited", async () => {
    // A sibling county of 平顶山 with one inspection: its row is for 新华区 and the city, never for 叶县.
    const pds = bureauId(PINGDINGSHAN);
    const sibling = (
      await owner.query(
        `insert into bureau (id, tenant_id, parent_id, division_code, name, level, path)
      values (gen_random_uuid(), $1, $2, '410402', '平顶山市公安局新华分局', 'COUNTY', $3::ltree) returning id`,
        [tenantId, pds, SIBLING],
      )
    ).rows[0].id;
    const dept = (
      await owner.query(
        `insert into department (id, tenant_id, bureau_id, scope_path, code, name, kind)
      values (gen_random_uuid(), $1, $2, $3::ltree, 'zhian', '治安大队', 'POLICE') returning id`,
        [tenantId, sibling, SIBLING],
      )
    ).rows[0].id;
    const target = (
      await owner.query(
        `insert into target (id, tenant_id, bureau_id, scope_path, department_id, holder_kind, name, uscc, region_code, business_category, status)
      values (gen_random_uuid(), $1, $2, $3::ltree, $4, 'ORGANISATION', '新华区某宾馆', $5, '410402001', 'HOTEL', 'ACTIVE') returning id`,
        [tenantId, sibling, SIBLING, dept, syntheticUscc('410402', 1)],
      )
    ).rows[0].id;
    const siblingInspection = (
      await owner.query(
        `insert into inspection (id, tenant_id, bureau_id, scope_path, kind, target_id, lead_department_id, department_ids,
        item_version_ids, window_start, window_end, direct_reason, direct_reference, retention_until, created_by)
      values (gen_random_uuid(), $1, $2, $3::ltree, 'DIRECT', $4, $5, array[$5::uuid], array[$6::uuid], (now() at time zone 'Asia/Shanghai')::date, (now() at time zone 'Asia/Shanghai')::date, 'COMPLAINT', '新华-001',
        (now() at time zone 'Asia/Shanghai')::date + interval '2 years', $7) returning id`,
        [tenantId, sibling, SIBLING, target, dept, plainItem, tree.users.find((u) => u.bureau_id === pds)!.id],
      )
    ).rows[0].id as string;

    const download = (token?: string) => {
      const req = supertest(t.server.app).get('/export/retention.xlsx').buffer(true).parse(binary);
      return token ? req.set('authorization', `Bearer ${token}`) : req;
    };
    const read = async (token: string) => {
      const res = await download(token);
      expect(res.status, String(res.body)).toBe(200);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent('检查档案保存期限.xlsx'));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as Buffer);
      const rows: string[][] = [];
      wb.worksheets[0]!.eachRow((row) =>
        rows.push(Array.from({ length: 14 }, (_, k) => String(row.getCell(k + 1).value ?? ''))),
      );
      return { header: rows[0]!, rows: rows.slice(1) };
    };
    const yexianIds = (
      await owner.query('select id from inspection where bureau_id = $1 order by id', [yexian])
    ).rows.map((r) => r.id);
    expect(yexianIds.length).toBe(5);

    const county = await read(office);
    expect(county.header).toEqual([
      '检查编号',
      '检查机关',
      '检查对象',
      '统一社会信用代码或身份证号码',
      '检查来源',
      '检查状态',
      '现场检查日期',
      '检查报告',
      '责令整改通知书文号',
      '处罚决定书文号',
      '保存期限依据',
      '保存至',
      '至少保存至',
      '保存期限说明',
    ]);
    expect(county.rows.map((r) => r[0])).toEqual(yexianIds);
    expect(county.rows.map((r) => r[0])).not.toContain(siblingInspection);
    const recorded = county.rows.find((r) => r[2] === '叶县已注销旅社')!;
    const {
      rows: [{ uscc }],
    } = await owner.query("select uscc from target where name = '叶县已注销旅社'");
    expect(recorded).toEqual([
      expect.any(String),
      '叶县公安局',
      '叶县已注销旅社',
      uscc,
      '直接检查',
      '已提交现场检查记录',
      recordDay,
      '未提交',
      '',
      '',
      '不少于两年',
      addYears(today(), 2),
      addYears(today(), 2),
      expect.stringContaining('不少于两年'),
    ]);
    expect(county.rows.find((r) => r[2] === '叶县存续宾馆')!.slice(10, 13)).toEqual([
      '检查对象存续期间加两年',
      '检查对象存续期间（注销后两年）',
      addYears(today(), 2),
    ]);
    // Oversight (督察) of the county may download too; a department head may not; nobody without a token.
    expect((await read(await t.login('yexian.oversight'))).rows.length).toBe(5);
    expect((await download(head)).status).toBe(403);
    expect((await download()).status).toBe(401);

    // The city reads its subtree: 叶县's five and 新华区's one; 南乐 (another city) none of it.
    const city = await read(await t.login('pingdingshan.coordinator'));
    expect(city.rows.map((r) => r[0]).sort()).toEqual([...yexianIds, siblingInspection].sort());
    expect(city.rows.find((r) => r[0] === siblingInspection)![1]).toBe('平顶山市公安局新华分局');
    expect((await read(await t.login('nanle.admin'))).rows).toEqual([]);

    // Who exported what: one audit entry per download, with the scope and the row count.
    const { rows: audit } = await owner.query(
      `select a.actor_user_id, a.bureau_id, a.after from audit_entry a where a.operation = 'EXPORT_RETENTION_LIST' order by a.tenant_id, a.seq`,
    );
    const coordinator = tree.users.find((u) => u.username === 'yexian.coordinator')!.id;
    expect(audit.find((a) => a.actor_user_id === coordinator)).toMatchObject({
      bureau_id: yexian,
      after: { scopePath: YEXIAN, rows: 5 },
    });
    expect(audit.find((a) => a.bureau_id === pds)).toMatchObject({ after: { scopePath: PINGDINGSHAN, rows: 6 } });
    expect(audit).toHaveLength(4); // 叶县 office, 叶县 督察, 平顶山, 南乐: refused downloads write nothing
  });

  /** An inspection opened on `createdOn` as the 0008 schema allows (created_at with its 2-year floor), with the first two inspectors. */
  async function insertOldInspection(
    targetId: string,
    itemVersionIds: string[],
    createdOn: string,
    windowEnd = addDays(createdOn, 7),
  ): Promise<string> {
    const creator = tree.users.find((u) => u.username === 'yexian.head')!.id;
    const id = (
      await owner.query(
        `insert into inspection (id, tenant_id, bureau_id, scope_path, kind, target_id, lead_department_id, department_ids,
        item_version_ids, window_start, window_end, direct_reason, direct_reference, retention_until, created_by, created_at)
      values (gen_random_uuid(), $1, $2, $3::ltree, 'DIRECT', $4, $5, array[$5::uuid], $6::uuid[], $7::date, $11::date, 'REFERRAL', $8, $9::date, $10, $7::date + time '10:00')
      returning id`,
        [
          tenantId,
          yexian,
          YEXIAN,
          targetId,
          zhian,
          itemVersionIds,
          createdOn,
          `转办-${++n}`,
          addYears(createdOn, 2),
          creator,
          windowEnd,
        ],
      )
    ).rows[0].id as string;
    for (const inspectorId of inspectors.slice(0, 2)) {
      await owner.query(
        `insert into inspection_member (id, tenant_id, bureau_id, scope_path, inspection_id, inspector_id, department_id, joined_via)
        values (gen_random_uuid(), $1, $2, $3::ltree, $4, $5, $6, 'DIRECT')`,
        [tenantId, yexian, YEXIAN, id, inspectorId, zhian],
      );
    }
    return id;
  }
});
