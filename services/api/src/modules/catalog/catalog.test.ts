import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import type { Edge } from '#test/support/graphql';
import { loadTree, type Tree } from '#test/support/tenancy';

const ITEM_FIELDS =
  'item { id code status publishedVersion { id versionNo name } versions { id versionNo status samplingRatioBp } } itemVersion { id versionNo status version samplingRatioBp frequencyPerYear reviewComment name }';
const CREATE = `mutation($i: CreateItemInput!) { createItem(input: $i) { ${ITEM_FIELDS} } }`;
const act = (name: string) => `mutation($i: ItemVersionActionInput!) { ${name}(input: $i) { ${ITEM_FIELDS} } }`;
const REVIEW = `mutation($i: ReviewItemInput!) { reviewItem(input: $i) { ${ITEM_FIELDS} } }`;
const REVISE = `mutation($i: ReviseItemInput!) { reviseItem(input: $i) { ${ITEM_FIELDS} } }`;
const UPDATE = `mutation($i: UpdateItemDraftInput!) { updateItemDraft(input: $i) { ${ITEM_FIELDS} } }`;

describe('catalog: the item list (一单)', () => {
  let t: TestApp;
  let tree: Tree;
  const dept = (bureauPath: string, name: string) =>
    tree.departments.find((d) => tree.pathOf(d.bureau_id) === bureauPath && d.name === name)!.id;
  const YEXIAN = '41.4104.410422';

  /** The three items of 叶县's 2023 list (002 附件2), as the bureau wrote them. */
  const yexianItems = () => [
    {
      name: '对网吧业的抽查',
      legalBasis: [{ law: '《互联网上网服务营业场所管理条例》（国务院第363号令）' }],
      departmentId: dept(YEXIAN, '网安大队'),
      targetType: '全县网吧业',
      businessCategories: ['INTERNET_CAFE'],
      category: 'GENERAL',
      samplingRatioBp: 1000,
      frequencyPerYear: 2,
      methods: ['ON_SITE'],
    },
    {
      name: '对易制毒化学品从业单位的检查',
      legalBasis: [{ law: '《易制毒化学品管理条例》', articles: '第三条、第三十二条' }],
      departmentId: dept(YEXIAN, '禁毒大队'),
      targetType: '易制毒化学品从业单位',
      businessCategories: ['PRECURSOR_CHEMICALS'],
      category: 'KEY',
      samplingRatioBp: 1000,
      frequencyPerYear: 2,
      methods: ['ON_SITE', 'DOCUMENTARY', 'ONLINE'],
    },
    {
      name: '检查宾馆的特种行业许可证办理和治安安全情况',
      legalBasis: [{ law: '《中华人民共和国治安管理法》' }, { law: '《旅馆业治安管理办法》' }],
      departmentId: dept(YEXIAN, '治安大队'),
      targetType: '旅馆从业单位',
      businessCategories: ['HOTEL'],
      category: 'GENERAL_AND_KEY',
      samplingRatioBp: 500,
      frequencyPerYear: 1,
      methods: ['ON_SITE'],
      checkContents: ['旅馆业治安管理信息系统是否正常运行，数据是否正常上传', '是否按规定登记旅客身份信息'],
    },
  ];

  beforeAll(async () => {
    t = await startTestApp();
    tree = await loadTree(t.db.ownerUrl);
  });
  afterAll(async () => t.close());

  it('R2/R5/R7: 叶县 enters its three items, 法制 approves them, the office publishes them', async () => {
    const office = await t.login('yexian.coordinator');
    const legal = await t.login('yexian.legal');
    for (const content of yexianItems()) {
      const created = await t.gql(CREATE, { i: { content } }, office);
      expect(created.body.errors, JSON.stringify(created.body.errors)).toBeUndefined();
      let v = created.body.data!.createItem.itemVersion;
      expect(v).toMatchObject({
        versionNo: 1,
        status: 'DRAFT',
        samplingRatioBp: content.samplingRatioBp,
        frequencyPerYear: content.frequencyPerYear,
      });
      v = (await t.gql(act('submitItem'), { i: { versionId: v.id, version: v.version } }, office)).body.data!.submitItem
        .itemVersion;
      expect(v.status).toBe('IN_REVIEW');
      v = (await t.gql(REVIEW, { i: { versionId: v.id, version: v.version, decision: 'APPROVE' } }, legal)).body.data!
        .reviewItem.itemVersion;
      expect(v.status).toBe('APPROVED');
      const published = await t.gql(act('publishItem'), { i: { versionId: v.id, version: v.version } }, office);
      expect(published.body.data!.publishItem.item).toMatchObject({
        status: 'PUBLISHED',
        publishedVersion: { versionNo: 1, name: content.name },
      });
    }
    const list = await t.gql(
      '{ inspectionItems(first: 10, filter: { status: PUBLISHED }) { totalCount edges { node { code publishedVersion { name methods category } } } } }',
      {},
      office,
    );
    expect(list.body.data!.inspectionItems.totalCount).toBe(3);
    expect(list.body.data!.inspectionItems.edges.map((e: Edge<{ code: string }>) => e.node.code)).toEqual([
      '410422-001',
      '410422-002',
      '410422-003',
    ]);
  });

  it('R3: a ratio below 5% is refused with RATIO_BELOW_MINIMUM naming the field; 3% passes only for a cross-agency joint item', async () => {
    const office = await t.login('yexian.coordinator');
    const base = yexianItems()[0]!;
    const low = await t.gql(CREATE, { i: { content: { ...base, samplingRatioBp: 400 } } }, office);
    expect(errorCode(low)).toBe('RATIO_BELOW_MINIMUM');
    expect(low.body.errors![0]!.extensions!.field).toBe('content.samplingRatioBp');
    expect(low.body.errors![0]!.message).toMatch(/5%/);
    expect(errorCode(await t.gql(CREATE, { i: { content: { ...base, samplingRatioBp: 300 } } }, office))).toBe(
      'RATIO_BELOW_MINIMUM',
    );
    const joint = await t.gql(
      CREATE,
      { i: { content: { ...base, name: '联合抽查网吧', samplingRatioBp: 300, crossAgencyJoint: true } } },
      office,
    );
    expect(joint.body.errors).toBeUndefined();
    expect(errorCode(await t.gql(CREATE, { i: { content: { ...base, samplingRatioBp: 0 } } }, office))).toBe(
      'RATIO_OUT_OF_RANGE',
    );
    expect(errorCode(await t.gql(CREATE, { i: { content: { ...base, samplingRatioBp: 10001 } } }, office))).toBe(
      'RATIO_OUT_OF_RANGE',
    );
    const never = await t.gql(CREATE, { i: { content: { ...base, frequencyPerYear: 0 } } }, office);
    expect(errorCode(never)).toBe('FREQUENCY_BELOW_MINIMUM');
    expect(never.body.errors![0]!.extensions!.field).toBe('content.frequencyPerYear');
  });

  it('R3: a bureau may set a stricter minimum (never a laxer one), and items are held to it', async () => {
    const admin = await t.login('yexian.admin');
    const office = await t.login('yexian.coordinator');
    const set = (min: number, version: number) =>
      t.gql(
        'mutation($i: UpdateBureauSettingsInput!) { updateBureauSettings(input: $i) { settings { minimumRatioBp version } } }',
        { i: { version, minimumRatioBp: min, jointMinimumRatioBp: 300 } },
        admin,
      );
    expect(errorCode(await set(400, 0))).toBe('BAD_USER_INPUT');
    expect((await set(800, 0)).body.data!.updateBureauSettings.settings).toEqual({ minimumRatioBp: 800, version: 1 });
    expect(errorCode(await set(900, 0))).toBe('CONFLICT');
    const low = await t.gql(
      CREATE,
      { i: { content: { ...yexianItems()[2]!, name: '按本局标准', samplingRatioBp: 500 } } },
      office,
    );
    expect(errorCode(low)).toBe('RATIO_BELOW_MINIMUM');
    expect(low.body.errors![0]!.message).toMatch(/8%/);
    expect((await set(500, 1)).body.data!.updateBureauSettings.settings.minimumRatioBp).toBe(500);
  });

  it('R4: graded frequency rules (抚顺 entertainment venues) are kept and read back per year', async () => {
    const office = await t.login('yexian.coordinator');
    const res = await t.gql(
      `mutation($i: CreateItemInput!) { createItem(input: $i) { itemVersion { frequencyPerYear frequencyRules { grade level times per timesPerYear } } } }`,
      {
        i: {
          content: {
            ...yexianItems()[2]!,
            name: '娱乐场所治安检查',
            businessCategories: ['ENTERTAINMENT'],
            frequencyRules: [
              { grade: 'A', level: 'COUNTY', times: 1, per: 'QUARTER' },
              { grade: 'C', level: 'POLICE_STATION', times: 1, per: 'MONTH' },
            ],
          },
        },
      },
      office,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.createItem.itemVersion.frequencyRules).toEqual([
      { grade: 'A', level: 'COUNTY', times: 1, per: 'QUARTER', timesPerYear: 4 },
      { grade: 'C', level: 'POLICE_STATION', times: 1, per: 'MONTH', timesPerYear: 12 },
    ]);
  });

  it('R5: only the legal reviewer decides; a return needs a comment; a returned version is edited and reviewed again', async () => {
    const office = await t.login('yexian.coordinator');
    const legal = await t.login('yexian.legal');
    let v = (await t.gql(CREATE, { i: { content: { ...yexianItems()[0]!, name: '待审事项' } } }, office)).body.data!
      .createItem.itemVersion;
    expect(errorCode(await t.gql(act('publishItem'), { i: { versionId: v.id, version: v.version } }, office))).toBe(
      'INVALID_TRANSITION',
    );
    v = (await t.gql(act('submitItem'), { i: { versionId: v.id, version: v.version } }, office)).body.data!.submitItem
      .itemVersion;
    expect(
      errorCode(await t.gql(REVIEW, { i: { versionId: v.id, version: v.version, decision: 'APPROVE' } }, office)),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await t.gql(REVIEW, { i: { versionId: v.id, version: v.version, decision: 'RETURN' } }, legal)),
    ).toBe('BAD_USER_INPUT');
    v = (
      await t.gql(
        REVIEW,
        { i: { versionId: v.id, version: v.version, decision: 'RETURN', comment: '抽查依据应写明条款' } },
        legal,
      )
    ).body.data!.reviewItem.itemVersion;
    expect(v).toMatchObject({ status: 'RETURNED', reviewComment: '抽查依据应写明条款' });
    const edited = await t.gql(
      UPDATE,
      {
        i: {
          versionId: v.id,
          version: v.version,
          content: {
            ...yexianItems()[0]!,
            name: '待审事项',
            legalBasis: [{ law: '《互联网上网服务营业场所管理条例》', articles: '第二十三条' }],
          },
        },
      },
      office,
    );
    v = edited.body.data!.updateItemDraft.itemVersion;
    expect(v.status).toBe('RETURNED');
    v = (await t.gql(act('submitItem'), { i: { versionId: v.id, version: v.version } }, office)).body.data!.submitItem
      .itemVersion;
    expect(v.status).toBe('IN_REVIEW');
    // Another bureau's legal reviewer cannot touch it.
    const other = await t.login('nanle.legal');
    expect(
      errorCode(await t.gql(REVIEW, { i: { versionId: v.id, version: v.version, decision: 'APPROVE' } }, other)),
    ).toBe('NOT_FOUND');
  });

  it("R5: the review is another person's: an administrator who gives themself the legal reviewer's role cannot approve the item they wrote (ITEM_SELF_REVIEW, nothing written)", async () => {
    const admin = await t.login('yexian.admin');
    const USER = 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { user { version roles } } }';
    const me = (await t.gql('{ me { user { id version } } }', {}, admin)).body.data!.me.user;
    const granted = await t.gql(
      USER,
      { i: { id: me.id, version: me.version, roles: ['ADMIN', 'LEGAL_REVIEWER'] } },
      admin,
    );
    expect(granted.body.data!.updateUser.user.roles).toEqual(['ADMIN', 'LEGAL_REVIEWER']);
    let v = (await t.gql(CREATE, { i: { content: { ...yexianItems()[0]!, name: '自审事项' } } }, admin)).body.data!
      .createItem.itemVersion;
    v = (await t.gql(act('submitItem'), { i: { versionId: v.id, version: v.version } }, admin)).body.data!.submitItem
      .itemVersion;
    const self = await t.gql(REVIEW, { i: { versionId: v.id, version: v.version, decision: 'APPROVE' } }, admin);
    expect(errorCode(self)).toBe('ITEM_SELF_REVIEW');
    expect(self.body.errors![0]!.message).toContain('不能审核自己起草或提交的事项');
    const still = await t.gql(
      `query($id: ID!) { inspectionItemVersion(id: $id) { status version } }`,
      { id: v.id },
      admin,
    );
    expect(still.body.data!.inspectionItemVersion).toEqual({ status: 'IN_REVIEW', version: v.version });
    // The bureau's legal reviewer does it.
    const legal = await t.login('yexian.legal');
    const approved = await t.gql(REVIEW, { i: { versionId: v.id, version: v.version, decision: 'APPROVE' } }, legal);
    expect(approved.body.data!.reviewItem.itemVersion.status).toBe('APPROVED');
    await t.gql(
      USER,
      { i: { id: me.id, version: granted.body.data!.updateUser.user.version, roles: ['ADMIN'] } },
      admin,
    );
  });

  it('R6/R45: a change of a published item is a new version; the old one stays readable and frozen', async () => {
    const office = await t.login('yexian.coordinator');
    const legal = await t.login('yexian.legal');
    const items = (
      await t.gql(
        '{ inspectionItems(first: 1, filter: { status: PUBLISHED }) { edges { node { id publishedVersion { id } } } } }',
        {},
        office,
      )
    ).body.data!.inspectionItems.edges;
    const { id: itemId, publishedVersion: v1 } = items[0].node;
    const revised = await t.gql(
      REVISE,
      { i: { itemId, content: { ...yexianItems()[0]!, samplingRatioBp: 1500 } } },
      office,
    );
    let v2 = revised.body.data!.reviseItem.itemVersion;
    expect(v2).toMatchObject({ versionNo: 2, status: 'DRAFT', samplingRatioBp: 1500 });
    // While v2 is under way, v1 is still the one in force, and a second revision is refused.
    expect(revised.body.data!.reviseItem.item.publishedVersion.id).toBe(v1.id);
    expect(errorCode(await t.gql(REVISE, { i: { itemId, content: yexianItems()[0]! } }, office))).toBe('CONFLICT');
    v2 = (await t.gql(act('submitItem'), { i: { versionId: v2.id, version: v2.version } }, office)).body.data!
      .submitItem.itemVersion;
    v2 = (await t.gql(REVIEW, { i: { versionId: v2.id, version: v2.version, decision: 'APPROVE' } }, legal)).body.data!
      .reviewItem.itemVersion;
    const published = await t.gql(act('publishItem'), { i: { versionId: v2.id, version: v2.version } }, office);
    expect(published.body.data!.publishItem.item.versions).toEqual([
      { id: v1.id, versionNo: 1, status: 'SUPERSEDED', samplingRatioBp: 1000 },
      { id: v2.id, versionNo: 2, status: 'PUBLISHED', samplingRatioBp: 1500 },
    ]);
    const old = await t.gql(
      'query($id: ID!) { inspectionItemVersion(id: $id) { versionNo status samplingRatioBp name } }',
      { id: v1.id },
      office,
    );
    expect(old.body.data!.inspectionItemVersion).toMatchObject({
      versionNo: 1,
      status: 'SUPERSEDED',
      samplingRatioBp: 1000,
    });
    // Even the owner cannot rewrite a published version, nor delete one.
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      await expect(
        owner.query('update inspection_item_version set sampling_ratio_bp = 9000 where id = $1', [v1.id]),
      ).rejects.toThrow(/已发布的事项版本不可修改/);
      await expect(owner.query('delete from inspection_item_version where id = $1', [v1.id])).rejects.toThrow(
        /不能删除/,
      );
    } finally {
      await owner.end();
    }
  });

  it("R7: a county reads what its city publishes, not the city's drafts; another city's counties read neither", async () => {
    const office = await t.login('puyang.coordinator');
    const legal = await t.login('puyang.legal');
    const content = {
      name: '市局统一事项：保安服务公司检查',
      legalBasis: [{ law: '《保安服务管理条例》' }],
      departmentId: dept('41.4109', '治安管理支队'),
      targetType: '保安服务公司',
      businessCategories: ['SECURITY_SERVICE'],
      category: 'GENERAL',
      samplingRatioBp: 500,
      frequencyPerYear: 2,
      methods: ['ON_SITE'],
    };
    let v = (await t.gql(CREATE, { i: { content } }, office)).body.data!.createItem.itemVersion;
    const draft = (await t.gql(CREATE, { i: { content: { ...content, name: '市局草稿事项' } } }, office)).body.data!
      .createItem.item;
    v = (await t.gql(act('submitItem'), { i: { versionId: v.id, version: v.version } }, office)).body.data!.submitItem
      .itemVersion;
    v = (await t.gql(REVIEW, { i: { versionId: v.id, version: v.version, decision: 'APPROVE' } }, legal)).body.data!
      .reviewItem.itemVersion;
    const item = (await t.gql(act('publishItem'), { i: { versionId: v.id, version: v.version } }, office)).body.data!
      .publishItem.item;

    const names = async (persona: string) =>
      (
        await t.gql(
          '{ inspectionItems(first: 50) { edges { node { id publishedVersion { name } } } } }',
          {},
          await t.login(persona),
        )
      ).body.data!.inspectionItems.edges.map((e: Edge<{ id: string }>) => e.node.id);
    expect(await names('nanle.admin')).toContain(item.id);
    expect(await names('nanle.inspector')).toContain(item.id);
    expect(await names('nanle.admin')).not.toContain(draft.id);
    expect(await names('yexian.admin')).not.toContain(item.id);
    expect(
      errorCode(
        await t.gql(
          'query($id: ID!) { inspectionItem(id: $id) { id } }',
          { id: draft.id },
          await t.login('nanle.admin'),
        ),
      ),
    ).toBe('NOT_FOUND');
    // The county reads it but cannot change it.
    expect(errorCode(await t.gql(REVISE, { i: { itemId: item.id, content } }, await t.login('nanle.admin')))).toBe(
      'NOT_FOUND',
    );
  });

  it("the legal reviewer's queue: items with a version IN_REVIEW, of the own bureau only", async () => {
    const office = await t.login('yexian.coordinator');
    const legal = await t.login('yexian.legal');
    const queue = async (persona: string) =>
      (
        await t.gql(
          '{ inspectionItems(first: 50, filter: { versionStatus: IN_REVIEW }) { edges { node { id } } } }',
          {},
          await t.login(persona),
        )
      ).body.data!.inspectionItems.edges.map((e: Edge<{ id: string }>) => e.node.id);
    const created = (await t.gql(CREATE, { i: { content: { ...yexianItems()[2]!, name: '待审核事项' } } }, office)).body
      .data!.createItem;
    expect(await queue('yexian.legal')).not.toContain(created.item.id);
    const v = (
      await t.gql(
        act('submitItem'),
        { i: { versionId: created.itemVersion.id, version: created.itemVersion.version } },
        office,
      )
    ).body.data!.submitItem.itemVersion;
    expect(await queue('yexian.legal')).toContain(created.item.id);
    expect(await queue('nanle.legal')).not.toContain(created.item.id);
    await t.gql(REVIEW, { i: { versionId: v.id, version: v.version, decision: 'RETURN', comment: '依据不全' } }, legal);
    expect(await queue('yexian.legal')).not.toContain(created.item.id);
  });

  it('a department head drafts for their own department only; an inspector cannot draft at all', async () => {
    const head = await t.login('yexian.head'); // 治安大队
    const [cafe, , hotel] = yexianItems();
    expect(errorCode(await t.gql(CREATE, { i: { content: cafe } }, head))).toBe('FORBIDDEN');
    expect(
      (await t.gql(CREATE, { i: { content: { ...hotel, name: '本部门事项' } } }, head)).body.errors,
    ).toBeUndefined();
    expect(errorCode(await t.gql(CREATE, { i: { content: hotel } }, await t.login('yexian.inspector')))).toBe(
      'FORBIDDEN',
    );
  });

  it('refuses unknown departments and categories with the field named', async () => {
    const office = await t.login('yexian.coordinator');
    const foreign = await t.gql(
      CREATE,
      { i: { content: { ...yexianItems()[0]!, departmentId: dept('41.4109', '治安管理支队') } } },
      office,
    );
    expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
    expect(foreign.body.errors![0]!.extensions!.field).toBe('content.departmentId');
    const legalDept = await t.gql(
      CREATE,
      { i: { content: { ...yexianItems()[0]!, departmentId: dept(YEXIAN, '法制室') } } },
      office,
    );
    expect(legalDept.body.errors![0]!.message).toMatch(/不是执法检查部门/);
    const cat = await t.gql(
      CREATE,
      { i: { content: { ...yexianItems()[0]!, businessCategories: ['CASINO'] } } },
      office,
    );
    expect(cat.body.errors![0]!.extensions!.field).toBe('content.businessCategories');
  });
});
