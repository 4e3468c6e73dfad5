import ExcelJS from 'exceljs';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSINESS_CATEGORY_TABLE } from '@dsr/domain';
import { DEMO_PASSWORD } from '@dsr/db';
import { startTestApp, type TestApp } from '#test/support/harness';
import { getBinary } from '#test/support/downloads';
import { TARGET_COLUMNS } from './modules/registry/target-sheet';

async function load(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

type Validation = { type: string; formulae: string[] } | undefined;
/** The data validation of a cell (exceljs keeps them per cell when it reads a range). */
const validationAt = (ws: ExcelJS.Worksheet, address: string): Validation =>
  (ws as unknown as { dataValidations: { model: Record<string, Validation> } }).dataValidations.model[address];

/** The values of a dropdown: its formula names a column range of the hidden 选项 sheet. */
function listOf(wb: ExcelJS.Workbook, v: Validation): string[] {
  const m = /^'?选项'?!\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)$/.exec(v?.formulae[0] ?? '');
  if (!m) return [];
  const ws = wb.getWorksheet('选项')!;
  return Array.from({ length: Number(m[2]) - 1 }, (_, n) => String(ws.getCell(`${m[1]}${n + 2}`).value));
}

/** Column letter of a header on the data sheet. */
const col = (ws: ExcelJS.Worksheet, header: string) =>
  ws
    .getRow(1)
    .getCell((ws.getRow(1).values as string[]).indexOf(header))
    .address.replace(/\d+/, '');

describe('R18 (issue 10): import templates with 填写说明 and dropdowns', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('nanle.coordinator');
  });
  afterAll(async () => t.close());

  it("the target template: data sheet first, a 填写说明 for every column and the category table, dropdowns of the caller's categories, regions and departments", async () => {
    const res = await getBinary(t, '/templates/targets.xlsx', token);
    expect(res.status).toBe(200);
    const wb = await load(res.body as Buffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['检查对象名录', 'visible'],
      ['填写说明', 'visible'],
      ['选项', 'hidden'],
    ]);
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(1).values as string[]).slice(1)).toEqual(TARGET_COLUMNS.map((c) => c.header));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const category = validationAt(ws, `${col(ws, '行业类别')}2`);
    expect(category).toMatchObject({ type: 'list' });
    expect(listOf(wb, category)).toEqual(BUSINESS_CATEGORY_TABLE.map((c) => c.name));
    expect(validationAt(ws, `${col(ws, '行业类别')}10001`)).toMatchObject({ type: 'list' });
    expect(listOf(wb, validationAt(ws, `${col(ws, '管理部门')}5`))).toEqual(expect.arrayContaining(['治安大队']));
    expect(listOf(wb, validationAt(ws, `${col(ws, '管理部门')}5`))).not.toContain('办公室'); // not a law-enforcement department
    expect(listOf(wb, validationAt(ws, `${col(ws, '区域代码')}5`))).toContain('410923 南乐县');
    const guide: string[][] = [];
    wb.getWorksheet('填写说明')!.eachRow((r) => guide.push((r.values as unknown[]).slice(1).map(String)));
    for (const c of TARGET_COLUMNS)
      expect(
        guide.some((r) => r[0] === c.header && r.length >= 4),
        c.header,
      ).toBe(true);
    expect(guide.find((r) => r[0] === '名称')![1]).toBe('必填');
    expect(guide.find((r) => r[0] === '许可证号')![1]).toMatch(/选填/);
    expect(guide.find((r) => r[0] === '互联网上网服务营业场所（网吧）')?.[2]).toMatch(/网吧、网咖/);
  });

  it('the example row of a template imports without an error or a warning', async () => {
    const file = (await getBinary(t, '/templates/targets.xlsx', token)).body as Buffer;
    const res = await supertest(t.server.app)
      .post('/import/targets?mode=validate')
      .set('authorization', `Bearer ${token}`)
      .send(file);
    expect(res.body.data).toMatchObject({ rows: 1, errorCount: 0, warningCount: 0 });
  });

  it('without signing in, the templates still open, with the fixed lists only', async () => {
    const wb = await load((await getBinary(t, '/templates/targets.xlsx')).body as Buffer);
    const ws = wb.worksheets[0]!;
    expect(listOf(wb, validationAt(ws, `${col(ws, '行业类别')}2`))).toHaveLength(BUSINESS_CATEGORY_TABLE.length);
    expect(validationAt(ws, `${col(ws, '管理部门')}2`)).toBeUndefined();
  });

  it("a signed link (downloadUrl) opens the template with the signer's bureau lists, and dies with the session (it was read as no caller: no departments, and a dead link still opened)", async () => {
    const login = await t.gql(
      'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }',
      { u: 'nanle.admin', p: DEMO_PASSWORD },
    );
    const session = login.body.data!.login.token as string;
    const asked = await t.gql(
      'query($p: String!) { downloadUrl(path: $p) { url } }',
      { p: '/templates/targets.xlsx' },
      session,
    );
    const url = asked.body.data!.downloadUrl.url as string;
    const wb = await load((await getBinary(t, url)).body as Buffer);
    const ws = wb.worksheets[0]!;
    expect(listOf(wb, validationAt(ws, `${col(ws, '管理部门')}5`))).toContain('治安大队');
    expect((await t.gql('mutation { logout { ok } }', {}, session)).body.data!.logout.ok).toBe(true);
    expect((await getBinary(t, url)).status).toBe(401);
  });

  it('the inspector and item templates have their 填写说明 and department dropdowns', async () => {
    const inspectors = await load((await getBinary(t, '/templates/inspectors.xlsx', token)).body as Buffer);
    const iws = inspectors.worksheets[0]!;
    expect(inspectors.getWorksheet('填写说明')).toBeDefined();
    expect(listOf(inspectors, validationAt(iws, `${col(iws, '部门')}2`))).toContain('治安大队');
    expect(listOf(inspectors, validationAt(iws, `${col(iws, '性别')}2`))).toEqual(['男', '女']);
    const items = await load((await getBinary(t, '/templates/items.xlsx', token)).body as Buffer);
    const ws = items.worksheets[0]!;
    expect(items.getWorksheet('填写说明')).toBeDefined();
    expect(listOf(items, validationAt(ws, `${col(ws, '检查主体')}2`))).toContain('治安大队');
    expect(listOf(items, validationAt(ws, `${col(ws, '事项类别')}2`))).toEqual([
      '一般检查事项',
      '重点检查事项',
      '一般检查事项和重点检查事项相结合',
    ]);
  });
});
