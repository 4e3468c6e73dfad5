import ExcelJS from 'exceljs';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationCodeCheckChar, usccCheckChar } from '@dsr/domain';
import { startTestApp, type TestApp } from '#test/support/harness';
import { binary } from '#test/support/downloads';
import { IMPORT_CHUNK_ROWS } from '../../common/import-control';

const HEADERS = [
  '名称',
  '类型',
  '统一社会信用代码',
  '登记机关',
  '法定代表人',
  '注册地址',
  '区域代码',
  '行业类别',
  '等级',
  '联系电话',
  '管理部门',
];

/**
 * The big file: more than three of the import's chunks and part of a fourth (800 rows), so a file is written and
 * rolled back across chunks; the sizes that matter as sizes (chunks, job threshold) are import-control's and
 * import-jobs' tests.
 */
const MANY = 3 * IMPORT_CHUNK_ROWS + 50;
/** Its broken row (all or nothing): in the last chunk, after three have gone to the database. */
const BROKEN = MANY - 18;

/** A valid credit code for company n of 南乐 (both check characters computed). */
function uscc(n: number): string {
  const body = String(n).padStart(8, '0');
  const first17 = `91410923${body}${organisationCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

function rows(count: number, mutate?: (row: (string | number)[], i: number) => void, offset = 0) {
  return Array.from({ length: count }, (_, i) => {
    const row: (string | number)[] = [
      `南乐宾馆${i + 1}号`,
      '单位',
      uscc(offset + i + 1),
      '南乐县市场监督管理局',
      '王五',
      '南乐县城关镇',
      '410923',
      '旅馆业',
      'B',
      '0393-1234567',
      '治安大队',
    ];
    mutate?.(row, i);
    return row;
  });
}

async function xlsx(data: (string | number)[][], headers: string[] = HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('检查对象');
  ws.addRow(headers);
  for (const r of data) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const PERMIT_HEADERS = [...HEADERS, '许可证号', '许可证类型', '有效期至'];
/** Rows with a permit each (特种行业许可证 number n, valid through 2029). */
const withPermits = (count: number, offset: number, mutate?: (row: (string | number)[], i: number) => void) =>
  rows(
    count,
    (r, i) => {
      r.push(`豫公特旅字${offset + i}`, '特种行业许可证', '2029-12-31');
      mutate?.(r, i);
    },
    offset,
  );

async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

/** One row of an import's error list. */
interface SheetError {
  row: number;
  column: string;
  code: string;
}

describe('R18: importing the target directory from a spreadsheet', () => {
  let t: TestApp;
  let token: string;
  let owner: pg.Client;
  const count = async () =>
    Number(
      (
        await owner.query(
          `select count(*) from target t join bureau b on b.id = t.bureau_id where b.division_code = '410923'`,
        )
      ).rows[0].count,
    );
  const post = (
    body: Buffer,
    query: string,
    auth = token,
    type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ) =>
    supertest(t.server.app)
      .post(`/import/targets?${query}`)
      .set('authorization', `Bearer ${auth}`)
      .set('content-type', type)
      .send(body);

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
    const file = await xlsx(
      rows(5, (r, i) => {
        if (i === 1) r[2] = '914109230000000X00';
        if (i === 3) {
          r[7] = '赌场';
          r[10] = '不存在的大队';
        }
      }),
    );
    const res = await post(file, 'mode=validate');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ mode: 'validate', rows: 5, written: false });
    const errors = res.body.data.errors.map((e: SheetError) => [e.row, e.column, e.code]);
    expect(errors).toEqual([
      [3, '统一社会信用代码', 'INVALID_USCC'],
      [5, '行业类别', 'UNKNOWN_CATEGORY'],
    ]);
    expect(await count()).toBe(0);
  });

  it(`a real import is all or nothing: one broken credit code in row ${BROKEN + 2} of ${MANY} and nothing is written`, async () => {
    const file = await xlsx(
      rows(MANY, (r, i) => {
        if (i === BROKEN) r[2] = String(r[2]).slice(0, 17) + (String(r[2]).endsWith('0') ? '1' : '0');
      }),
    );
    const res = await post(file, 'mode=commit');
    expect(res.status).toBe(422);
    expect(res.body.data).toMatchObject({ written: false, inserted: 0, errorCount: 1 });
    expect(res.body.data.errors[0]).toMatchObject({
      row: BROKEN + 2,
      column: '统一社会信用代码',
      code: 'INVALID_USCC',
    });
    expect(await count()).toBe(0);
  });

  it(`imports ${MANY} rows in one go, one audit entry per target and one for the file; importing again refuses or updates as asked, never duplicates`, async () => {
    const file = await xlsx(rows(MANY));
    const audit = async () =>
      Number((await owner.query(`select count(*) from audit_entry where operation = 'IMPORT_TARGETS'`)).rows[0].count);
    const res = await post(file, 'mode=commit');
    expect(res.body.data).toMatchObject({ written: true, inserted: MANY, updated: 0, errorCount: 0 });
    expect(await count()).toBe(MANY);
    expect(await audit()).toBe(1);
    const perRow = async (op: string) =>
      Number((await owner.query('select count(*) from audit_entry where operation = $1', [op])).rows[0].count);
    expect(await perRow('IMPORT_TARGET')).toBe(MANY);
    const again = await post(file, 'mode=commit&duplicates=refuse');
    expect(again.status).toBe(422);
    expect(again.body.data.errorCount).toBe(MANY);
    expect(again.body.data.errors[0]).toMatchObject({ row: 2, code: 'DUPLICATE_EXISTING' });
    const renamed = await xlsx(
      rows(MANY, (r) => {
        r[8] = 'A';
      }),
    );
    const upd = await post(renamed, 'mode=commit&duplicates=update');
    expect(upd.body.data).toMatchObject({ written: true, inserted: 0, updated: MANY });
    expect(await count()).toBe(MANY);
    expect((await owner.query(`select count(*) from target where grade = 'A'`)).rows[0].count).toBe(String(MANY));
    // Each update's entry holds the row as it was and as it became.
    expect(await perRow('IMPORT_TARGET_UPDATE')).toBe(MANY);
    const {
      rows: [entry],
    } = await owner.query(
      `select before->>'grade' as was, after->>'grade' as is from audit_entry where operation = 'IMPORT_TARGET_UPDATE' limit 1`,
    );
    expect(entry).toEqual({ was: 'B', is: 'A' });
    const chain = await t.gql('{ verifyAuditChain { ok entries } }', {}, await t.login('puyang.admin'));
    expect(chain.body.data?.verifyAuditChain ?? chain.body.errors).toMatchObject({ ok: true });
    // The imported targets are found through the API like any other.
    const found = await t.gql(
      `{ targets(first: 1, filter: { nameContains: "宾馆${MANY - 1}号" }) { totalCount } }`,
      {},
      token,
    );
    expect(found.body.data!.targets.totalCount).toBe(1);
  });

  it('refuses the same code twice in one file, naming the first row', async () => {
    const file = await xlsx(
      rows(
        3,
        (r, i) => {
          if (i === 2) r[2] = uscc(9001);
          if (i === 1) r[2] = uscc(9001);
        },
        50_000,
      ),
    );
    const res = await post(file, 'mode=validate');
    expect(res.body.data.errors).toEqual([
      expect.objectContaining({ row: 4, code: 'DUPLICATE_IN_FILE', message: expect.stringContaining('第 3 行') }),
    ]);
  });

  it('reads .csv with the same headers', async () => {
    const csv = [
      HEADERS.join(','),
      ...rows(2, (r) => {
        r[2] = uscc(8000 + Number(String(r[0]).replace(/\D/g, '')));
      }).map((r) => r.join(',')),
    ].join('\r\n');
    const res = await post(Buffer.from(`\uFEFF${csv}`, 'utf8'), 'mode=validate', token, 'text/csv');
    expect(res.body.data).toMatchObject({ rows: 2, errorCount: 0 });
  });

  it('sends the errors back as the uploaded sheet with an error column', async () => {
    const file = await xlsx(
      rows(
        2,
        (r, i) => {
          if (i === 0) r[6] = '410422';
        },
        60_000,
      ),
    );
    const res = await post(file, 'mode=validate&report=xlsx')
      .buffer(true)
      .parse((r, cb) => {
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

  it('issue 10: an unknown column is a warning in the answer, never dropped in silence; permits are imported, validated and audited (R9)', async () => {
    const headers = [...PERMIT_HEADERS, '备用电话'];
    const data = withPermits(3, 70_000, (r, i) => {
      r.push('13900000000');
      if (i === 1) r[12] = ''; // a permit number without its type
      if (i === 2) r[13] = '2029/6/30';
    });
    const checked = await post(await xlsx(data, headers), 'mode=validate');
    expect(checked.body.data.errors.map((e: SheetError) => [e.row, e.column, e.code])).toEqual([
      [3, '许可证类型', 'REQUIRED'],
    ]);
    expect(checked.body.data).toMatchObject({
      warningCount: 1,
      warnings: [{ row: 1, column: '备用电话', code: 'SHEET_UNKNOWN_COLUMN' }],
    });
    data[1]![12] = '特种行业许可证';
    const res = await post(await xlsx(data, headers), 'mode=commit');
    expect(res.body.data).toMatchObject({ written: true, inserted: 3, warningCount: 1 });
    const { rows: permits } =
      await owner.query(`select t.name, p.permit_no, p.permit_type, p.valid_until::text as until, p.status from target_permit p join target t on t.id = p.target_id
      where p.permit_no like '豫公特旅字7000%' order by p.permit_no`);
    expect(permits).toEqual([
      {
        name: '南乐宾馆1号',
        permit_no: '豫公特旅字70000',
        permit_type: '特种行业许可证',
        until: '2029-12-31',
        status: 'VALID',
      },
      {
        name: '南乐宾馆2号',
        permit_no: '豫公特旅字70001',
        permit_type: '特种行业许可证',
        until: '2029-12-31',
        status: 'VALID',
      },
      {
        name: '南乐宾馆3号',
        permit_no: '豫公特旅字70002',
        permit_type: '特种行业许可证',
        until: '2029-06-30',
        status: 'VALID',
      },
    ]);
    const {
      rows: [entry],
    } = await owner.query(
      `select after->'permit' as permit from audit_entry where operation = 'IMPORT_TARGET' and after->>'uscc' = $1`,
      [uscc(70_001)],
    );
    expect(entry.permit).toEqual({
      permitNo: '豫公特旅字70000',
      permitType: '特种行业许可证',
      validUntil: '2029-12-31',
    });
    // The export carries the permit in the same columns, so it imports back with it.
    const exported = await supertest(t.server.app)
      .get(`/export/targets.xlsx?code=${uscc(70_003)}`)
      .set('authorization', `Bearer ${token}`)
      .buffer(true)
      .parse(binary);
    const ws = (await workbook(exported.body as Buffer)).worksheets[0]!;
    const cells: Record<string, unknown> = {};
    ws.getRow(1).eachCell((h, i) => {
      cells[String(h.value)] = ws.getRow(2).getCell(i).value;
    });
    expect(cells).toMatchObject({
      名称: '南乐宾馆3号',
      许可证号: '豫公特旅字70002',
      许可证类型: '特种行业许可证',
      有效期至: '2029-06-30',
    });
    const bad = await post(
      await xlsx(
        withPermits(1, 70_100, (r) => {
          r[13] = '2029-02-30';
        }),
        PERMIT_HEADERS,
      ),
      'mode=validate',
    );
    expect(bad.body.data.errors.map((e: SheetError) => [e.column, e.code])).toEqual([['有效期至', 'INVALID_DATE']]);
  });

  it('issue 10: duplicates=update leaves unchanged rows alone (no new version, no audit entry); a changed row or permit gets one', async () => {
    const offset = 80_000;
    const file = await xlsx(withPermits(300, offset), PERMIT_HEADERS);
    expect((await post(file, 'mode=commit')).body.data).toMatchObject({ written: true, inserted: 300 });
    const codes = Array.from({ length: 300 }, (_, i) => uscc(offset + i + 1));
    const state = async () => {
      const {
        rows: [v],
      } = await owner.query(
        `select sum(t.version)::int as targets, (select sum(p.version)::int from target_permit p where p.target_id = any(array_agg(t.id))) as permits,
        count(*)::int as n from target t where t.uscc = any($1)`,
        [codes],
      );
      const {
        rows: [a],
      } = await owner.query(
        `select count(*)::int as n from audit_entry where operation in ('IMPORT_TARGET_UPDATE', 'IMPORT_PERMIT')`,
      );
      return { ...v, audit: a.n };
    };
    const before = await state();
    const again = await post(file, 'mode=commit&duplicates=update');
    expect(again.body.data).toMatchObject({ written: true, inserted: 0, updated: 0, unchanged: 300 });
    expect(await state()).toEqual(before);
    const changed = await xlsx(
      withPermits(300, offset, (r, i) => {
        if (i < 2) r[8] = 'A';
        if (i === 2) r[13] = '2030-12-31';
      }),
      PERMIT_HEADERS,
    );
    const upd = await post(changed, 'mode=commit&duplicates=update');
    expect(upd.body.data).toMatchObject({ written: true, updated: 3, unchanged: 297 });
    expect(await state()).toEqual({
      ...before,
      targets: before.targets + 2,
      permits: before.permits + 1,
      audit: before.audit + 3,
    });
  });

  it('issue 10: the answer gives the total number of errors and says when its list is cut', async () => {
    const res = await post(
      await xlsx(
        rows(
          1200,
          (r) => {
            r[6] = '410422';
          },
          90_000,
        ),
      ),
      'mode=validate',
    );
    expect(res.body.data).toMatchObject({
      errorCount: 1200,
      errorsTruncated: true,
      errorsNote: expect.stringContaining('1200'),
    });
    expect(res.body.data.errors).toHaveLength(1000);
    const few = await post(
      await xlsx(
        rows(
          2,
          (r) => {
            r[6] = '410422';
          },
          90_000,
        ),
      ),
      'mode=validate',
    );
    expect(few.body.data).toMatchObject({ errorCount: 2, errorsTruncated: false });
  });

  it("issue 10: a failed import's error sheet comes with 422 and keeps the user's columns, fills wrong cells red, freezes and filters the header", async () => {
    const headers = ['备注', '名称', '管理部门', '统一社会信用代码', '区域代码', '行业类别'];
    const data = [
      ['第一行', '南乐宾馆甲', '治安大队', uscc(95_001), '410422', '旅馆业'],
      ['', '南乐宾馆乙', '治安大队', uscc(95_002), '410923', '宾馆'],
    ];
    const res = await post(await xlsx(data, headers), 'mode=commit&report=xlsx')
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(422);
    expect(res.headers['x-import-error-count']).toBe('1');
    const wb = await workbook(res.body as Buffer);
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...headers, '错误']);
    expect((ws.getRow(2).values as unknown[]).slice(1, 7)).toEqual(data[0]);
    expect(String(ws.getCell('G2').value)).toMatch(/不在本单位辖区/);
    expect(ws.getCell('E2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect((ws.getCell('B2').fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').not.toBe('solid');
    expect((ws.getCell('E3').fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').not.toBe('solid');
    expect(ws.getCell('A1').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } }); // 备注 was not imported
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:G1');
    const issues: unknown[][] = [];
    wb.getWorksheet('问题清单')!.eachRow((r, n) => {
      if (n > 1) issues.push((r.values as unknown[]).slice(1, 5));
    });
    expect(issues).toEqual([
      [2, '区域代码', '错误', 'REGION_OUTSIDE_BUREAU'],
      [1, '备注', '提示', 'SHEET_UNKNOWN_COLUMN'],
    ]);
    expect(await count()).toBe(MANY + 3 + 300); // nothing written
  });
});
