import ExcelJS from 'exceljs';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationCodeCheckChar, usccCheckChar } from '@dsr/domain';
import { startTestApp, type TestApp } from '../../../../../test/support/harness';

const HEADERS = ['名称', '类型', '统一社会信用代码', '登记机关', '法定代表人', '注册地址', '区域代码', '行业类别', '等级', '联系电话', '管理部门'];

/** A valid credit code for company n of 南乐 (both check characters computed). */
function uscc(n: number): string {
  const body = String(n).padStart(8, '0');
  const first17 = `91410923${body}${organisationCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

function rows(count: number, mutate?: (row: (string | number)[], i: number) => void, offset = 0) {
  return Array.from({ length: count }, (_, i) => {
    const row: (string | number)[] = [`南乐宾馆${i + 1}号`, '单位', uscc(offset + i + 1), '南乐县市场监督管理局', '王五', '南乐县城关镇', '410923', '旅馆业', 'B', '0393-1234567', '治安大队'];
    mutate?.(row, i);
    return row;
  });
}

async function xlsx(data: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('检查对象');
  ws.addRow(HEADERS);
  for (const r of data) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('R18: importing the target directory from a spreadsheet', () => {
  let t: TestApp;
  let token: string;
  let owner: pg.Client;
  const count = async () => Number((await owner.query(`select count(*) from target t join bureau b on b.id = t.bureau_id where b.division_code = '410923'`)).rows[0].count);
  const post = (body: Buffer, query: string, auth = token, type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') =>
    supertest(t.server.app).post(`/import/targets?${query}`).set('authorization', `Bearer ${auth}`).set('content-type', type).send(body);

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('nanle.coordinator');
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('validate-only lists every error with row, column and code, and writes nothing', async () => {
    const file = await xlsx(rows(5, (r, i) => {
      if (i === 1) r[2] = '914109230000000X00';
      if (i === 3) { r[7] = '赌场'; r[10] = '不存在的大队'; }
    }));
    const res = await post(file, 'mode=validate');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ mode: 'validate', rows: 5, written: false });
    const errors = res.body.data.errors.map((e: any) => [e.row, e.column, e.code]);
    expect(errors).toEqual([[3, '统一社会信用代码', 'INVALID_USCC'], [5, '行业类别', 'UNKNOWN_CATEGORY']]);
    expect(await count()).toBe(0);
  });

  it('a real import is all or nothing: one broken credit code in row 1,734 of 2,000 and nothing is written', async () => {
    const file = await xlsx(rows(2000, (r, i) => { if (i === 1732) r[2] = String(r[2]).slice(0, 17) + (String(r[2]).endsWith('0') ? '1' : '0'); }));
    const res = await post(file, 'mode=commit');
    expect(res.status).toBe(422);
    expect(res.body.data).toMatchObject({ written: false, inserted: 0, errorCount: 1 });
    expect(res.body.data.errors[0]).toMatchObject({ row: 1734, column: '统一社会信用代码', code: 'INVALID_USCC' });
    expect(await count()).toBe(0);
  });

  it('imports 2,000 rows in one go, one audit entry per target and one for the file; importing again refuses or updates as asked, never duplicates', async () => {
    const file = await xlsx(rows(2000));
    const audit = async () => Number((await owner.query(`select count(*) from audit_entry where operation = 'IMPORT_TARGETS'`)).rows[0].count);
    const res = await post(file, 'mode=commit');
    expect(res.body.data).toMatchObject({ written: true, inserted: 2000, updated: 0, errorCount: 0 });
    expect(await count()).toBe(2000);
    expect(await audit()).toBe(1);
    const perRow = async (op: string) => Number((await owner.query('select count(*) from audit_entry where operation = $1', [op])).rows[0].count);
    expect(await perRow('IMPORT_TARGET')).toBe(2000);
    const again = await post(file, 'mode=commit&duplicates=refuse');
    expect(again.status).toBe(422);
    expect(again.body.data.errorCount).toBe(2000);
    expect(again.body.data.errors[0]).toMatchObject({ row: 2, code: 'DUPLICATE_EXISTING' });
    const renamed = await xlsx(rows(2000, (r) => { r[8] = 'A'; }));
    const upd = await post(renamed, 'mode=commit&duplicates=update');
    expect(upd.body.data).toMatchObject({ written: true, inserted: 0, updated: 2000 });
    expect(await count()).toBe(2000);
    expect((await owner.query(`select count(*) from target where grade = 'A'`)).rows[0].count).toBe('2000');
    // Each update's entry holds the row as it was and as it became.
    expect(await perRow('IMPORT_TARGET_UPDATE')).toBe(2000);
    const { rows: [entry] } = await owner.query(`select before->>'grade' as was, after->>'grade' as is from audit_entry where operation = 'IMPORT_TARGET_UPDATE' limit 1`);
    expect(entry).toEqual({ was: 'B', is: 'A' });
    const chain = await t.gql('{ verifyAuditChain { ok entries } }', {}, await t.login('puyang.admin'));
    expect(chain.body.data?.verifyAuditChain ?? chain.body.errors).toMatchObject({ ok: true });
    // The imported targets are found through the API like any other.
    const found = await t.gql('{ targets(first: 1, filter: { nameContains: "宾馆1999" }) { totalCount } }', {}, token);
    expect(found.body.data!.targets.totalCount).toBe(1);
  });

  it('refuses the same code twice in one file, naming the first row', async () => {
    const file = await xlsx(rows(3, (r, i) => { if (i === 2) r[2] = uscc(9001); if (i === 1) r[2] = uscc(9001); }, 50_000));
    const res = await post(file, 'mode=validate');
    expect(res.body.data.errors).toEqual([expect.objectContaining({ row: 4, code: 'DUPLICATE_IN_FILE', message: expect.stringContaining('第 3 行') })]);
  });

  it('reads .csv with the same headers', async () => {
    const csv = [HEADERS.join(','), ...rows(2, (r) => { r[2] = uscc(8000 + Number(String(r[0]).replace(/\D/g, ''))); }).map((r) => r.join(','))].join('\r\n');
    const res = await post(Buffer.from(`\uFEFF${csv}`, 'utf8'), 'mode=validate', token, 'text/csv');
    expect(res.body.data).toMatchObject({ rows: 2, errorCount: 0 });
  });

  it('sends the errors back as the uploaded sheet with an error column', async () => {
    const file = await xlsx(rows(2, (r, i) => { if (i === 0) r[6] = '410422'; }, 60_000));
    const res = await post(file, 'mode=validate&report=xlsx').buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Buffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as string[]).filter(Boolean);
    expect(header.at(-1)).toBe('错误');
    expect(String(ws.getRow(2).getCell(header.length).value)).toMatch(/不在本单位辖区/);
    expect(ws.getRow(3).getCell(header.length).value ?? null).toBeNull();
  });

  it('refuses an unreadable file, a stranger and an inspector', async () => {
    const junk = await post(Buffer.from('PK\u0003\u0004 this is not a workbook'), 'mode=validate');
    expect(junk.body.data.errors[0].code).toBe('SHEET_UNREADABLE');
    expect((await post(await xlsx(rows(1)), 'mode=commit', 'garbage')).status).toBe(401);
    const inspector = await t.login('nanle.inspector');
    expect((await post(await xlsx(rows(1)), 'mode=commit', inspector)).status).toBe(403);
    const template = await supertest(t.server.app).get('/templates/targets.xlsx');
    expect(template.status).toBe(200);
  });
});
