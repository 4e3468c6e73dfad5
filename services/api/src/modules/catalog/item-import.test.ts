import ExcelJS from 'exceljs';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test/support/harness';
import type { Edge } from '#test/support/graphql';
import { binary } from '#test/support/downloads';
import { readItemSheet } from '../../common/sheets/item-sheet';

/** 叶县 附件2 exactly as the bureau wrote it (seed 002). */
const YEXIAN_SHEET = [
  [
    '序号',
    '部门名称',
    '抽查事项名称',
    '抽查依据',
    '检查主体',
    '事项类别',
    '检查对象',
    '抽查比例',
    '抽查频次/年',
    '检查方式',
    '备注',
  ],
  [
    1,
    '县公安局',
    '对网吧业的抽查',
    '《互联网上网服务营业场所管理条例》（国务院第363号令）',
    '网安大队',
    '一般检查事项',
    '全县网吧业',
    '10%',
    2,
    '实地检查',
    '',
  ],
  [
    2,
    '县公安局',
    '对易制毒化学品从业单位的检查',
    '《易制毒化学品管理条例》',
    '禁毒大队',
    '重点检查事项',
    '易制毒化学品从业单位',
    '10%',
    2,
    '现场检查、书面检查、网络检查',
    '',
  ],
  [
    3,
    '县公安局',
    '检查宾馆的特种行业许可证办理和治安安全情况',
    '《中华人民共和国治安管理法》',
    '治安大队',
    '选择一般检查事项和重点检查事项相结合',
    '旅馆从业单位',
    '5%',
    1,
    '现场检查',
    '',
  ],
];

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('随机抽查事项清单');
  ws.addRow(['叶县公安局随机抽查事项清单']); // the title row above the header, as bureaus print it
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface ItemVersionRow {
  id: string;
  versionNo: number;
  status: string;
  version: number;
  samplingRatioBp: number;
  name: string;
}
interface ItemRow {
  id: string;
  status: string;
  versions: ItemVersionRow[];
  publishedVersion?: { name: string } | null;
}

describe('R2/R18: the item list through its own sheet', () => {
  let t: TestApp;
  let office: string;
  const post = (file: Buffer, query: string, token = office) =>
    supertest(t.server.app)
      .post(`/import/items?${query}`)
      .set('authorization', `Bearer ${token}`)
      .set('content-type', 'application/octet-stream')
      .send(file);
  const list = async () => {
    const res = await t.gql(
      '{ inspectionItems(first: 20) { edges { node { id status versions { id versionNo status version samplingRatioBp name methods category } } } } }',
      {},
      office,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data!.inspectionItems.edges.map((e: Edge<ItemRow>) => e.node) as ItemRow[];
  };

  beforeAll(async () => {
    t = await startTestApp();
    office = await t.login('yexian.coordinator');
  });
  afterAll(async () => t.close());

  it("imports 叶县's three items as they stand, as drafts for legal review", async () => {
    const res = await post(await xlsx(YEXIAN_SHEET), 'mode=commit');
    expect(res.body.data, JSON.stringify(res.body)).toMatchObject({
      written: true,
      rows: 3,
      inserted: 3,
      errorCount: 0,
    });
    const items = await list();
    expect(items.map((i) => i.versions[0])).toMatchObject([
      { name: '对网吧业的抽查', status: 'DRAFT', samplingRatioBp: 1000, methods: ['ON_SITE'], category: 'GENERAL' },
      {
        name: '对易制毒化学品从业单位的检查',
        samplingRatioBp: 1000,
        methods: ['ON_SITE', 'DOCUMENTARY', 'ONLINE'],
        category: 'KEY',
      },
      { name: '检查宾馆的特种行业许可证办理和治安安全情况', samplingRatioBp: 500, category: 'GENERAL_AND_KEY' },
    ]);
  });

  it('re-importing refuses the duplicates; with update, a published item gets a new version and keeps the old', async () => {
    const again = await post(await xlsx(YEXIAN_SHEET), 'mode=commit');
    expect(again.status).toBe(422);
    expect(again.body.data.errors.map((e: { code: string }) => e.code)).toEqual([
      'DUPLICATE_EXISTING',
      'DUPLICATE_EXISTING',
      'DUPLICATE_EXISTING',
    ]);
    // Publish the first through review, then change its ratio in the sheet.
    const legal = await t.login('yexian.legal');
    let v = (await list())[0].versions[0];
    const step = async (op: string, input: object, token: string) =>
      (
        await t.gql(
          `mutation($i: ${op === 'reviewItem' ? 'ReviewItemInput' : 'ItemVersionActionInput'}!) { ${op}(input: $i) { itemVersion { id version } } }`,
          { i: input },
          token,
        )
      ).body.data![op].itemVersion;
    v = await step('submitItem', { versionId: v.id, version: v.version }, office);
    v = await step('reviewItem', { versionId: v.id, version: v.version, decision: 'APPROVE' }, legal);
    await step('publishItem', { versionId: v.id, version: v.version }, office);
    const changed = YEXIAN_SHEET.map((r, i) => (i === 1 ? r.map((c, j) => (j === 7 ? '15%' : c)) : r));
    const upd = await post(await xlsx(changed.slice(0, 2)), 'mode=commit&duplicates=update');
    expect(upd.body.data).toMatchObject({ written: true, inserted: 0, updated: 1 });
    const first = (await list())[0];
    expect(first.status).toBe('PUBLISHED');
    expect(first.versions.map((x) => [x.versionNo, x.status, x.samplingRatioBp])).toEqual([
      [1, 'PUBLISHED', 1000],
      [2, 'DRAFT', 1500],
    ]);
  });

  it('issue 10: with update, rows equal to the items leave them alone (no new version, no audit entry)', async () => {
    const before = await list();
    const admin = await t.login('yexian.admin');
    const audit = async () =>
      (await t.gql('{ auditEntries(first: 1) { totalCount } }', {}, admin)).body.data!.auditEntries
        .totalCount as number;
    const entries = await audit();
    const same = YEXIAN_SHEET.map((r, i) => (i === 1 ? r.map((c, j) => (j === 7 ? '15%' : c)) : r)); // item 1's open draft already says 15%
    const res = await post(await xlsx(same), 'mode=commit&duplicates=update');
    expect(res.body.data).toMatchObject({ written: true, inserted: 0, updated: 0, unchanged: 3 });
    expect(await list()).toEqual(before);
    expect(await audit()).toBe(entries);
  });

  it('refuses an unknown inspecting department and a ratio below 5%, naming row and column; nothing is written', async () => {
    const before = (await list()).length;
    const bad = [
      YEXIAN_SHEET[0]!,
      [1, '县公安局', '新事项甲', '《某条例》', '不存在大队', '一般检查事项', '甲', '10%', 1, '实地检查', ''],
      [2, '县公安局', '新事项乙', '《某条例》', '治安大队', '一般检查事项', '乙', '4%', 1, '实地检查', ''],
    ];
    const res = await post(await xlsx(bad), 'mode=commit');
    expect(res.status).toBe(422);
    expect(
      res.body.data.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code]),
    ).toEqual([
      [3, '检查主体', 'UNKNOWN_DEPARTMENT'],
      [4, '抽查比例', 'RATIO_BELOW_MINIMUM'],
    ]);
    expect((await list()).length).toBe(before);
  });

  it('exports the list in the same layout, which reads back to the same items', async () => {
    const res = await supertest(t.server.app)
      .get('/export/items.xlsx')
      .set('authorization', `Bearer ${office}`)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    const back = await readItemSheet(res.body as Buffer, 'xlsx');
    expect(back.issues).toEqual([]);
    expect(back.items.map((i) => [i.item.name, i.item.departmentName, i.item.samplingRatioBp])).toEqual([
      ['对网吧业的抽查', '网安大队', 1000],
      ['对易制毒化学品从业单位的检查', '禁毒大队', 1000],
      ['检查宾馆的特种行业许可证办理和治安安全情况', '治安大队', 500],
    ]);
  });

  it('exports a filtered target list, within what the caller may see', async () => {
    const targets = [
      ['名称', '统一社会信用代码', '区域代码', '行业类别', '管理部门'],
      ['叶县网吧甲', '914403001922038216', '410422', '网吧', '网安大队'],
      ['叶县宾馆乙', '9144030071526726XG', '410422', '旅馆业', '治安大队'],
    ];
    const imported = await supertest(t.server.app)
      .post('/import/targets?mode=commit')
      .set('authorization', `Bearer ${office}`)
      .send(await xlsx(targets));
    expect(imported.body.data).toMatchObject({ inserted: 2 });
    const read = async (token: string, query = '') => {
      const res = await supertest(t.server.app)
        .get(`/export/targets.xlsx${query}`)
        .set('authorization', `Bearer ${token}`)
        .buffer(true)
        .parse(binary);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as Buffer);
      const names: string[] = [];
      wb.worksheets[0]!.eachRow((row, n) => {
        if (n > 1) names.push(String(row.getCell(1).value));
      });
      return names;
    };
    expect(await read(office)).toEqual(['叶县网吧甲', '叶县宾馆乙']);
    expect(await read(office, `?nameContains=${encodeURIComponent('宾馆')}`)).toEqual(['叶县宾馆乙']);
    expect(await read(await t.login('yexian.inspector'))).toEqual(['叶县宾馆乙']); // 治安大队 only
    expect((await supertest(t.server.app).get('/export/targets.xlsx')).status).toBe(401);
  });

  it("issue 10: a city's /export/items.xlsx holds what its GraphQL list shows, its counties' items included", async () => {
    const city = await t.login('pingdingshan.coordinator');
    const shown = await t.gql(
      '{ inspectionItems(first: 100) { totalCount edges { node { publishedVersion { name } versions { name } } } } }',
      {},
      city,
    );
    const names = shown.body.data!.inspectionItems.edges.map(
      (e: Edge<ItemRow>) => (e.node.publishedVersion ?? e.node.versions.at(-1)!).name,
    );
    expect(names).toContain('对网吧业的抽查'); // 叶县's, seen by its city
    const res = await supertest(t.server.app)
      .get('/export/items.xlsx')
      .set('authorization', `Bearer ${city}`)
      .buffer(true)
      .parse(binary);
    const back = await readItemSheet(res.body as Buffer, 'xlsx');
    expect(back.items.map((i) => i.item.name)).toEqual(names);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Buffer);
    expect(wb.worksheets[0]!.getCell('B2').value).toBe('叶县公安局'); // 部门名称: the bureau that issued the item
  });
});
