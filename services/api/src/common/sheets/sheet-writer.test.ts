import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import * as ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { collectSheet, readSheet } from './sheet-reader';
import { sheetIssue, sheetReadInfo, type ColumnSpec } from './sheet-types';
import { ERROR_COLUMN_HEADER, sheetBuffer, templateSheet, writeSheet, writeTables } from './sheet-writer';
import { errorSheet } from './error-sheet';

type Key = 'name' | 'count' | 'note';
const COLUMNS: readonly ColumnSpec<Key>[] = [
  { key: 'name', header: '名称' },
  { key: 'count', header: '数量' },
  { key: 'note', header: '备注', optional: true },
];
const WITH_ERRORS: readonly ColumnSpec<Key | 'error'>[] = [
  ...COLUMNS,
  { key: 'error', header: ERROR_COLUMN_HEADER, optional: true },
];

async function cellsOf(buf: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('writeSheet', () => {
  it('writes a header row and the rows; reading it back gives the same values', async () => {
    const rows = [
      { name: '网吧甲', count: 3, note: '=HYPERLINK("http://x")' }, // text, never a formula
      { name: '旅馆乙', count: '12', note: null },
      { name: ' 易制毒 ', count: 0 },
    ];
    const buf = await sheetBuffer((out) => writeSheet(COLUMNS, rows, out, { sheetName: '名录' }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.name).toBe('名录');
    expect(wb.worksheets[0]!.getCell('C2').value).toBe('=HYPERLINK("http://x")');
    const { rows: back, issues } = await collectSheet(buf, { format: 'xlsx', columns: COLUMNS, maxRows: 10 });
    expect(issues).toEqual([]);
    expect(back.map((r) => r.values)).toEqual([
      { name: '网吧甲', count: '3', note: '=HYPERLINK("http://x")' },
      { name: '旅馆乙', count: '12', note: null },
      { name: '易制毒', count: '0', note: null },
    ]);
  });

  it('streams an async iterable of 5,000 rows to a file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sheet-writer-'));
    try {
      const file = path.join(dir, 'out.xlsx');
      async function* rows() {
        for (let i = 0; i < 5_000; i++) yield { name: `单位${i}`, count: i };
      }
      const out = createWriteStream(file);
      await writeSheet(COLUMNS, rows(), out);
      if (!out.writableFinished) await once(out, 'finish');
      expect((await stat(file)).size).toBeGreaterThan(25_000);
      let n = 0;
      for await (const row of readSheet(createReadStream(file), {
        format: 'xlsx',
        columns: COLUMNS,
        maxRows: 5_000,
      })) {
        expect(row.values.count).toBe(String(n++));
      }
      expect(n).toBe(5_000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('waits for a slow reader instead of queueing the export in memory', async () => {
    const out = new PassThrough({ highWaterMark: 1024 });
    let pulled = 0;
    async function* rows() {
      for (; pulled < 20_000; pulled++) yield { name: `易制毒化学品从业单位${pulled}`, count: pulled };
    }
    const writing = writeSheet(COLUMNS, rows(), out);
    await new Promise((r) => setTimeout(r, 200)); // nobody reads yet
    expect(pulled).toBeLessThan(5_000);
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writing;
    expect(pulled).toBe(20_000);
    const { rows: back } = await collectSheet(Buffer.concat(chunks), {
      format: 'xlsx',
      columns: COLUMNS,
      maxRows: 20_000,
    });
    expect(back).toHaveLength(20_000);
  });

  it('stops pulling rows when the output is closed (a cancelled download) instead of hanging', async () => {
    const out = new PassThrough();
    out.resume();
    let pulled = 0;
    let released = false;
    async function* rows() {
      try {
        for (;;) {
          if (++pulled === 1000) out.destroy();
          yield { name: `单位${pulled}`, count: pulled };
        }
      } finally {
        released = true;
      }
    }
    await expect(writeSheet(COLUMNS, rows(), out)).rejects.toThrow('输出流已关闭');
    expect(released).toBe(true);
    expect(pulled).toBeLessThan(1100);
  });

  it('destroys the output when the rows fail', async () => {
    const out = new PassThrough();
    out.resume();
    async function* rows() {
      yield { name: '网吧甲', count: 1 };
      throw new Error('数据库连接中断');
    }
    await expect(writeSheet(COLUMNS, rows(), out)).rejects.toThrow('数据库连接中断');
    expect(out.destroyed).toBe(true);
  });
});

describe('templateSheet', () => {
  it('is the headers and one example row', async () => {
    const buf = await sheetBuffer((out) => templateSheet(COLUMNS, { name: '示例：某某网吧', count: 1 }, out));
    expect(await cellsOf(buf)).toEqual([
      ['名称', '数量', '备注'],
      ['示例：某某网吧', 1],
    ]);
  });
});

describe('errorSheet', () => {
  it('writes the uploaded rows back with a 错误 column; problems without a row are listed at the end', async () => {
    const rows = [
      { rowNumber: 2, values: { name: '网吧甲', count: 'x', note: null } },
      { rowNumber: 3, values: { name: '旅馆乙', count: '2', note: '好' } },
      { rowNumber: 5, values: { name: null, count: '-1', note: null } },
    ];
    const issues = [
      sheetIssue('NOT_A_NUMBER', '数量应为整数', 2, '数量'),
      sheetIssue('CELL_REQUIRED', '名称不能为空', 5, '名称'),
      sheetIssue('NEGATIVE', '数量不能为负数', 5, '数量'),
      sheetIssue('NEGATIVE', '数量不能为负数', 5, '数量'), // repeated: listed once
      sheetIssue('SHEET_TOO_MANY_ROWS', '数据超过3行（读到第6行时停止），请拆分后分批导入', 6),
    ];
    const buf = await sheetBuffer((out) => errorSheet({ columns: COLUMNS, header: null, rows, errors: issues }, out));
    const back = await collectSheet(buf, { format: 'xlsx', columns: WITH_ERRORS, maxRows: 10 });
    expect(back.rows.map((r) => [r.rowNumber, r.values])).toEqual([
      [2, { name: '网吧甲', count: 'x', note: null, error: '数量应为整数' }],
      [3, { name: '旅馆乙', count: '2', note: '好', error: null }],
      [4, { name: null, count: '-1', note: null, error: '名称不能为空\n数量不能为负数' }],
      [5, { name: null, count: null, note: null, error: '第6行：数据超过3行（读到第6行时停止），请拆分后分批导入' }],
    ]);
    // Fixed and uploaded again with the original layout: the 错误 column is ignored, without a warning.
    const info = sheetReadInfo();
    const again = await collectSheet(buf, { format: 'xlsx', columns: COLUMNS, maxRows: 10, info });
    expect(again.rows.slice(0, 3).map((r) => r.values.name)).toEqual(['网吧甲', '旅馆乙', null]);
    expect(info.warnings).toEqual([]);
  });

  it("keeps the user's columns, order and headers; fills the wrong cells red, marks unknown columns, freezes and filters the header, and lists every issue", async () => {
    const upload = await sheetBuffer((out) =>
      writeTables(out, [
        {
          name: 'x',
          columns: [{ header: '我的编号' }, { header: '数量' }, { header: '名称' }, { header: '错误' }],
          lines: [{ cells: ['甲-1', 'x', '网吧甲', '上次的错误'] }, { cells: ['乙-2', '2', '旅馆乙', null] }],
        },
      ]),
    );
    const info = sheetReadInfo();
    const { rows } = await collectSheet(upload, { format: 'xlsx', columns: COLUMNS, maxRows: 10, info });
    const errors = [sheetIssue('NOT_A_NUMBER', '数量应为整数', 2, '数量')];
    const buf = await sheetBuffer((out) =>
      errorSheet({ columns: COLUMNS, header: info.header, rows, errors, warnings: info.warnings }, out),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['我的编号', '数量', '名称', ERROR_COLUMN_HEADER]);
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(['甲-1', 'x', '网吧甲', '数量应为整数']);
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(['乙-2', '2', '旅馆乙']);
    expect(ws.getCell('B2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(
      ws.getCell('A2').fill?.type === 'pattern' && (ws.getCell('A2').fill as ExcelJS.FillPattern).pattern === 'solid',
    ).toBe(false);
    expect(
      ws.getCell('B3').fill?.type === 'pattern' && (ws.getCell('B3').fill as ExcelJS.FillPattern).pattern === 'solid',
    ).toBe(false);
    expect(ws.getCell('A1').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } }); // 我的编号 was not imported
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:D1');
    const list = wb.getWorksheet('问题清单')!;
    expect((list.getRow(2).values as unknown[]).slice(1)).toEqual([2, '数量', '错误', 'NOT_A_NUMBER', '数量应为整数']);
    expect((list.getRow(3).values as unknown[]).slice(1, 5)).toEqual([1, '我的编号', '提示', 'SHEET_UNKNOWN_COLUMN']);
  });
});
