import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import * as ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { collectSheet, readSheet, type ReadSheetOptions } from './sheet-reader';
import { SheetReadError, sheetReadInfo, type ColumnSpec, type SheetRow } from './sheet-types';
import { sheetBuffer, writeSheet } from './sheet-writer';

type Key = 'name' | 'code' | 'ratio' | 'since' | 'note';
const COLUMNS: readonly ColumnSpec<Key>[] = [
  { key: 'name', header: '名称', aliases: ['单位名称'] },
  { key: 'code', header: '编号' },
  { key: 'ratio', header: '比例' },
  { key: 'since', header: '日期' },
  { key: 'note', header: '备注', optional: true },
];
const HEADERS = COLUMNS.map((c) => c.header);

async function xlsx(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Sheet1'), wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The rows without `cells` (every cell as read), which the tests of the error sheet look at. */
async function read<K extends string = Key>(
  input: Readable | Buffer,
  opts: Partial<ReadSheetOptions<K>> = {},
): Promise<Omit<SheetRow<K>, 'cells'>[]> {
  const rows: Omit<SheetRow<K>, 'cells'>[] = [];
  const o = { format: 'xlsx', columns: COLUMNS, maxRows: 100, ...opts } as ReadSheetOptions<K>;
  for await (const { cells: _, ...row } of readSheet(input, o)) rows.push(row);
  return rows;
}

async function failure(p: Promise<unknown>): Promise<SheetReadError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(SheetReadError);
  return e as SheetReadError;
}

/** A Readable that hands out `buf` in pieces of `size` bytes and records how much was taken. */
function trickle(buf: Buffer, size: number): Readable & { taken: () => number } {
  let at = 0;
  const stream = new Readable({
    read() {
      if (at >= buf.length) return void this.push(null);
      this.push(buf.subarray(at, at + size));
      at += size;
    },
  });
  return Object.assign(stream, { taken: () => Math.min(at, buf.length) });
}

/** A zip from parts given as raw deflate data (CRCs left 0: the reader does not check them). */
function zip(parts: Array<{ name: string; deflated: Buffer }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.deflated.length, 20);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + p.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const deflate = (s: string) => zlib.deflateRawSync(Buffer.from(s));
/** `head`, then `repeat` MiB of `fill`, then `tail`, as one deflate stream that stays small. */
function deflateBomb(head: string, fill: string, repeat: number, tail: string): Buffer {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH };
  const mib = zlib.deflateRawSync(Buffer.alloc(1 << 20, fill), flush);
  return Buffer.concat([
    zlib.deflateRawSync(Buffer.from(head), flush),
    ...Array<Buffer>(repeat).fill(mib),
    zlib.deflateRawSync(Buffer.from(tail)),
  ]);
}
/** A minimal workbook whose sheet1.xml (and optionally sharedStrings.xml) is given as deflate data. */
function workbookZip(sheet: Buffer, sharedStrings?: Buffer): Buffer {
  const ns =
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip([
    {
      name: 'xl/workbook.xml',
      deflated: deflate(`<workbook ${ns}><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      deflated: deflate(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', deflated: sheet },
    ...(sharedStrings ? [{ name: 'xl/sharedStrings.xml', deflated: sharedStrings }] : []),
  ]);
}
const SHEET_HEAD = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const headerRowXml = `<row r="1">${HEADERS.map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`;

describe('readSheet: xlsx', () => {
  it('matches headers (trimmed, aliases, any order), skips a title row and blank rows, and keeps spreadsheet row numbers', async () => {
    const buf = await xlsx((ws) => {
      ws.addRow(['某某公安局 2023 年度名录']); // title above the header
      ws.addRow(['无关列', ' 编号 ', '单位名称', '比例', '日 期']); // 备注 is optional and absent
      ws.addRow(['x', 'A-1', '  网吧甲  ', '10%', '2023-05-31']);
      ws.addRow([]);
      ws.addRow(['只在无关列里有内容']);
      ws.addRow(['', 'A-2', '旅馆乙', null, null]);
    });
    const info = sheetReadInfo();
    const rows = await read(buf, { info });
    expect(rows).toEqual([
      {
        rowNumber: 3,
        values: { name: '网吧甲', code: 'A-1', ratio: '10%', since: '2023-05-31', note: null },
        errors: [],
      },
      { rowNumber: 6, values: { name: '旅馆乙', code: 'A-2', ratio: null, since: null, note: null }, errors: [] },
    ]);
    // Nothing dropped in silence: the unknown column is a warning naming it.
    expect(info.warnings.map((w) => [w.row, w.column, w.code])).toEqual([[2, '无关列', 'SHEET_UNKNOWN_COLUMN']]);
    expect(info.header).toMatchObject({
      rowNumber: 2,
      headers: ['无关列', '编号', '单位名称', '比例', '日 期'],
      columnIndex: { code: 1, name: 2, ratio: 3, since: 4 },
    });
  });

  it('warns once about data under an empty header cell, and not about our own 错误 column', async () => {
    const info = sheetReadInfo();
    await read(
      Buffer.from(
        '名称,编号,比例,日期,,错误\n网吧甲,A-1,10%,2023-05-31,,x\n旅馆乙,A-2,5%,2023-05-31,楼上,\n网吧丙,A-3,5%,2023-05-31,楼下,',
      ),
      { format: 'csv', info },
    );
    expect(info.warnings.map((w) => [w.row, w.code, w.message])).toEqual([
      [3, 'SHEET_UNNAMED_COLUMN', expect.stringContaining('第E列没有表头')],
    ]);
  });

  it('reads numbers as their text, percentages as the user typed them, dates as YYYY-MM-DD, rich text as plain text', async () => {
    const buf = await xlsx((ws) => {
      ws.addRow(HEADERS);
      ws.addRow([
        { richText: [{ text: '网吧' }, { text: '甲', font: { bold: true } }] },
        12345,
        0.1,
        new Date(Date.UTC(2023, 4, 31)),
        true,
      ]);
      ws.getCell('C2').numFmt = '0%';
      ws.addRow(['旅馆乙', 3.25, 0.005, 45077, false]); // 45077 without a date format stays a number
      ws.getCell('C3').numFmt = '0.0%';
    });
    const rows = await read(buf);
    expect(rows.map((r) => r.values)).toEqual([
      { name: '网吧甲', code: '12345', ratio: '10%', since: '2023-05-31', note: 'TRUE' },
      { name: '旅馆乙', code: '3.25', ratio: '0.5%', since: '45077', note: 'FALSE' },
    ]);
  });

  it('refuses a formula cell (never evaluated) with its row and column, and ignores formulas in unknown columns', async () => {
    const buf = await xlsx((ws) => {
      ws.addRow([...HEADERS, '合计']);
      ws.addRow([
        '网吧甲',
        'A-1',
        { formula: '1/10', result: 0.1 },
        '2023-01-01',
        null,
        { formula: 'C2*2', result: 0.2 },
      ]);
      ws.addRow([
        '旅馆乙',
        'A-2',
        '5%',
        '2023-01-01',
        { sharedFormula: 'C2', result: 1 } as unknown as ExcelJS.CellValue,
      ]);
    });
    const rows = await read(buf);
    expect(rows[0]!.values.ratio).toBeNull();
    expect(rows[0]!.errors).toEqual([
      {
        row: 2,
        column: '比例',
        code: 'SHEET_FORMULA_NOT_ALLOWED',
        message: expect.stringMatching(/^比例：单元格不能使用公式/),
      },
    ]);
    expect(rows[1]!.errors.map((e) => [e.row, e.column, e.code])).toEqual([[3, '备注', 'SHEET_FORMULA_NOT_ALLOWED']]);
  });

  it('refuses Excel error values and numbers longer than 15 digits (an ID number Excel has already rounded)', async () => {
    const buf = await xlsx((ws) => {
      ws.addRow(HEADERS);
      // eslint-disable-next-line no-loss-of-precision -- the point: an ID number Excel has already rounded
      ws.addRow(['网吧甲', 110101199001011234, { error: '#N/A' } as ExcelJS.CellErrorValue, '2023-01-01']);
    });
    const [row] = await read(buf);
    expect(row!.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '编号', 'SHEET_NUMBER_TOO_LONG'],
      [2, '比例', 'SHEET_CELL_ERROR'],
    ]);
    expect(row!.errors[1]!.message).toContain('#N/A');
  });

  it('reads the first visible worksheet in tab order', async () => {
    const buf = await xlsx((ws, wb) => {
      ws.state = 'hidden';
      ws.addRow(['隐藏的下拉选项']);
      const second = wb.addWorksheet('名录');
      second.addRow(HEADERS);
      second.addRow(['网吧甲', 'A-1', '10%', '2023-01-01']);
    });
    expect((await read(buf)).map((r) => r.values.name)).toEqual(['网吧甲']);
  });

  it('keeps Chinese text intact across decompression chunk boundaries', async () => {
    const long = '旅馆业治安管理办法第三条'.repeat(20_000); // ~720 KB of UTF-8, many 64 KB chunks
    const buf = await xlsx((ws) => {
      ws.addRow(HEADERS);
      for (let i = 0; i < 3; i++) ws.addRow([`${long}${i}`, `A-${i}`, '10%', '2023-01-01']);
    });
    const rows = await read(buf);
    expect(rows.map((r) => r.values.name)).toEqual([0, 1, 2].map((i) => `${long}${i}`));
  });

  it('reads the files our streaming writer makes (sheet stored before the other parts, data descriptors)', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({
      name: `单位${i}`,
      code: `A-${i}`,
      ratio: '5%',
      since: '2023-01-01',
    }));
    const buf = await sheetBuffer((out) => writeSheet(COLUMNS, rows, out));
    expect((await read(buf)).map((r) => r.values)).toEqual(rows.map((r) => ({ ...r, note: null })));
  });
});

describe('readSheet: csv', () => {
  const csv = [
    '\uFEFF名称,编号,比例,日期,备注',
    '"网吧甲, 一号店",A-1,10%,2023-05-31,"他说""好"""',
    '',
    '"旅馆',
    '乙",A-2,5 %,2023-06-01,',
    ' 歌厅丙 ,A-3,,,',
  ].join('\r\n');
  const expected = [
    {
      rowNumber: 2,
      values: { name: '网吧甲, 一号店', code: 'A-1', ratio: '10%', since: '2023-05-31', note: '他说"好"' },
      errors: [],
    },
    {
      rowNumber: 4,
      values: { name: '旅馆\r\n乙', code: 'A-2', ratio: '5 %', since: '2023-06-01', note: null },
      errors: [],
    },
    { rowNumber: 5, values: { name: '歌厅丙', code: 'A-3', ratio: null, since: null, note: null }, errors: [] },
  ];

  it('parses RFC 4180: BOM, quoted commas, escaped quotes, line breaks inside quotes, CRLF, blank lines', async () => {
    expect(await read(Buffer.from(csv), { format: 'csv' })).toEqual(expected);
  });

  it('gives the same rows however the bytes are split (multi-byte characters, CR|LF, quotes across chunks)', async () => {
    for (const size of [1, 2, 3, 7]) {
      expect(await read(trickle(Buffer.from(csv), size), { format: 'csv' })).toEqual(expected);
    }
    expect(await read(Buffer.from(csv.replace(/\r\n/g, '\n')), { format: 'csv' })).toEqual(
      expected.map((r) => ({ ...r, values: { ...r.values, name: r.values.name.replace('\r\n', '\n') } })),
    );
  });

  it('refuses a GBK file, binary content and an unterminated quote as SHEET_UNREADABLE', async () => {
    const gbk = Buffer.from([0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xb1, 0xe0, 0xba, 0xc5]); // 名称,编号 in GBK
    expect((await failure(read(gbk, { format: 'csv' }))).issue).toMatchObject({
      code: 'SHEET_UNREADABLE',
      message: expect.stringContaining('UTF-8'),
    });
    expect((await failure(read(Buffer.from('名称\u0000,编号'), { format: 'csv' }))).code).toBe('SHEET_UNREADABLE');
    const open = await failure(read(Buffer.from('名称,编号,比例,日期\n"网吧甲,A-1'), { format: 'csv' }));
    expect(open.issue).toMatchObject({ code: 'SHEET_UNREADABLE', row: 2, message: expect.stringContaining('引号') });
  });
});

describe('readSheet: headers', () => {
  it('names every missing required header (SHEET_BAD_HEADERS) and ignores unknown ones', async () => {
    const buf = await xlsx((ws) => {
      ws.addRow(['名称', '编码', '比例', '其他']);
      ws.addRow(['网吧甲', 'A-1', '10%', 'x']);
    });
    const e = await failure(read(buf));
    expect(e.issue).toEqual({
      row: 1,
      column: null,
      code: 'SHEET_BAD_HEADERS',
      message: expect.stringMatching(/^表头缺少必需的列：编号、日期（表头应为：名称、编号、比例、日期、备注）$/),
    });
    const one = await failure(read(Buffer.from('名称,编号,比例\n网吧甲,A-1,10%'), { format: 'csv' }));
    expect(one.issue).toMatchObject({ row: 1, column: '日期', code: 'SHEET_BAD_HEADERS' });
  });

  it('refuses a column given twice (an alias counts as the same column)', async () => {
    const e = await failure(read(Buffer.from('名称,单位名称,编号,比例,日期\n'), { format: 'csv' }));
    expect(e.issue).toMatchObject({
      row: 1,
      column: '名称',
      code: 'SHEET_BAD_HEADERS',
      message: expect.stringContaining('重复'),
    });
  });

  it('gives up looking for the header after headerSearchRows rows', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => `第${i}行,x`).join('\n');
    const e = await failure(read(Buffer.from(lines), { format: 'csv' }));
    expect(e.issue).toMatchObject({
      row: null,
      code: 'SHEET_BAD_HEADERS',
      message: expect.stringContaining('名称、编号、比例、日期'),
    });
  });

  it('accepts full-width characters, line breaks and a required-mark “*” in a header cell', async () => {
    const cols: ColumnSpec<'f' | 'g'>[] = [
      { key: 'f', header: '抽查频次/年' },
      { key: 'g', header: '检查方式' },
    ];
    const rows = await read<'f' | 'g'>(Buffer.from('"抽查频次\n／年",＊检查方式\n2,实地检查'), {
      format: 'csv',
      columns: cols,
    });
    expect(rows[0]!.values).toEqual({ f: '2', g: '实地检查' });
  });
});

describe('readSheet: unreadable files', () => {
  it('refuses empty files', async () => {
    expect((await failure(read(Buffer.alloc(0)))).issue).toMatchObject({
      code: 'SHEET_UNREADABLE',
      row: null,
      column: null,
      message: expect.stringContaining('为空'),
    });
    expect((await failure(read(Buffer.alloc(0), { format: 'csv' }))).code).toBe('SHEET_UNREADABLE');
    expect((await failure(read(Buffer.from('\uFEFF'), { format: 'csv' }))).code).toBe('SHEET_UNREADABLE');
    expect((await failure(read(Buffer.from('\n\n,,\n'), { format: 'csv' }))).code).toBe('SHEET_UNREADABLE');
    const emptySheet = await xlsx(() => undefined);
    expect((await failure(read(emptySheet))).issue.message).toContain('没有任何内容');
  });

  it('refuses random bytes, a truncated or damaged xlsx, a csv sent as xlsx and an old .xls', async () => {
    const good = await xlsx((ws) => {
      ws.addRow(HEADERS);
      for (let i = 0; i < 200; i++) ws.addRow([`单位${i}`, `A-${i}`, '10%', '2023-01-01']);
    });
    const damaged = Buffer.from(good);
    damaged.fill(0x5a, 200, 2000); // inside the first parts' compressed data
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), randomBytes(4096)]);
    for (const bad of [
      randomBytes(10_000),
      good.subarray(0, good.length >> 1),
      good.subarray(0, good.length - 10),
      damaged,
      Buffer.from('名称,编号\n甲,1'),
      ole,
    ]) {
      const e = await failure(read(bad));
      expect(e.issue).toMatchObject({ code: 'SHEET_UNREADABLE', row: null, column: null });
      expect(e.issue.message).toMatch(/^文件无法读取/);
    }
    expect((await failure(read(ole))).issue.message).toContain('.xls');
    expect((await failure(read(good, { format: 'csv' }))).code).toBe('SHEET_UNREADABLE'); // an xlsx sent as csv
    expect((await failure(read(randomBytes(10_000), { format: 'csv' }))).code).toBe('SHEET_UNREADABLE');
  });
});

describe('readSheet: limits', () => {
  it('stops at maxRows + 1 data rows with SHEET_TOO_MANY_ROWS, without inflating the rest of the sheet', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => ({
      name: `单位${i}`,
      code: `A-${i}`,
      ratio: '5%',
      since: '2023-01-01',
    }));
    const buf = await sheetBuffer((out) => writeSheet(COLUMNS, rows, out));
    // The sheet inflates to far more than 256 KB: reading it all fails with SHEET_TOO_LARGE instead (the second
    // read shows it), and the first 102 rows are a small part of it.
    const e = await failure(read(buf, { maxRows: 100, maxUnzippedBytes: 256 * 1024 }));
    expect(e.issue).toMatchObject({ code: 'SHEET_TOO_MANY_ROWS', row: 102, message: expect.stringContaining('100行') });
    expect((await failure(read(buf, { maxRows: 50_000, maxUnzippedBytes: 256 * 1024 }))).code).toBe('SHEET_TOO_LARGE');
  }, 60_000);

  it('csv: stops reading the stream at maxRows + 1', async () => {
    const body = Array.from({ length: 100_000 }, (_, i) => `单位${i},A-${i},5%,2023-01-01`).join('\n');
    const input = trickle(Buffer.from(`名称,编号,比例,日期\n${body}`), 16 * 1024);
    const e = await failure(read(input, { format: 'csv', maxRows: 10 }));
    expect(e.issue).toMatchObject({ code: 'SHEET_TOO_MANY_ROWS', row: 12 });
    expect(input.taken()).toBeLessThanOrEqual(64 * 1024);
    expect(input.destroyed).toBe(true);
  });

  it('refuses an upload over maxBytes, a Buffer at once and a stream as soon as it passes the limit', async () => {
    expect((await failure(read(Buffer.alloc(2048), { maxBytes: 1024 }))).issue).toMatchObject({
      code: 'SHEET_TOO_LARGE',
      message: expect.stringContaining('1 KB'),
    });
    const input = trickle(Buffer.alloc(10 * 1024 * 1024, 0x41), 4096);
    expect((await failure(read(input, { format: 'csv', maxBytes: 64 * 1024 }))).code).toBe('SHEET_TOO_LARGE');
    expect(input.taken()).toBeLessThanOrEqual(72 * 1024);
    const xlsxStream = trickle(Buffer.alloc(10 * 1024 * 1024), 4096);
    expect((await failure(read(xlsxStream, { maxBytes: 64 * 1024 }))).code).toBe('SHEET_TOO_LARGE');
    expect(xlsxStream.taken()).toBeLessThanOrEqual(72 * 1024);
  });

  it('refuses a row with more than maxColumns cells (SHEET_ROW_TOO_WIDE)', async () => {
    const buf = await xlsx((ws) => {
      ws.addRow(HEADERS);
      ws.addRow(['网吧甲', 'A-1', '10%', '2023-01-01']);
      ws.addRow(Array.from({ length: 201 }, (_, i) => `v${i}`));
    });
    expect((await failure(read(buf))).issue).toMatchObject({ code: 'SHEET_ROW_TOO_WIDE', row: 3 });
    expect(await read(buf, { maxColumns: 300 })).toHaveLength(2);
    const wide = `名称,编号,比例,日期\n${'x,'.repeat(100_000)}`;
    expect((await failure(read(Buffer.from(wide), { format: 'csv' }))).issue).toMatchObject({
      code: 'SHEET_ROW_TOO_WIDE',
      row: 2,
    });
  });

  it('stops a zip bomb (1 GB of sheet in 1 MB) at maxUnzippedBytes, quickly and without holding it', async () => {
    // One cell whose text would be a gigabyte: exceljs would accumulate it in memory.
    const sheet = deflateBomb(
      `${SHEET_HEAD}${headerRowXml}<row r="2"><c r="A2" t="inlineStr"><is><t>`,
      'A',
      1024,
      '</t></is></c></row></sheetData></worksheet>',
    );
    const bomb = workbookZip(sheet);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const started = Date.now();
    const e = await failure(read(bomb));
    expect(e.issue).toMatchObject({ code: 'SHEET_TOO_LARGE', message: expect.stringContaining('解压后') });
    expect(Date.now() - started).toBeLessThan(10_000);
    // The same in the shared strings, which exceljs caches whole.
    const strings = deflateBomb(
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>',
      'B',
      1024,
      '</t></si></sst>',
    );
    const e2 = await failure(
      read(workbookZip(deflate(`${SHEET_HEAD}${headerRowXml}</sheetData></worksheet>`), strings)),
    );
    expect(e2.code).toBe('SHEET_TOO_LARGE');
  }, 60_000);

  it('reads a hand-made minimal workbook (inline strings, no styles, no shared strings)', async () => {
    const sheet = deflate(
      `${SHEET_HEAD}${headerRowXml}<row r="2"><c r="A2" t="inlineStr"><is><t>网吧甲</t></is></c><c r="B2"><v>7</v></c></row></sheetData></worksheet>`,
    );
    expect((await read(workbookZip(sheet)))[0]!.values).toMatchObject({ name: '网吧甲', code: '7' });
  });

  it('parses 10,000 rows in reasonable time, streaming', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      name: `易制毒化学品从业单位${i}`,
      code: `A-${i}`,
      ratio: '10%',
      since: '2023-01-01',
      note: i % 2 ? '备注' : null,
    }));
    const buf = await sheetBuffer((out) => writeSheet(COLUMNS, rows, out));
    const started = Date.now();
    let count = 0;
    let last: SheetRow<Key> | undefined;
    for await (const row of readSheet(buf, { format: 'xlsx', columns: COLUMNS, maxRows: 10_000 })) {
      count++;
      last = row;
    }
    const elapsed = Date.now() - started;
    expect(count).toBe(10_000);
    expect(last).toMatchObject({ rowNumber: 10_001, values: rows[9_999], errors: [] });
    expect(elapsed).toBeLessThan(10_000);
    const csv = Buffer.from(
      ['名称,编号,比例,日期,备注', ...rows.map((r) => [r.name, r.code, r.ratio, r.since, r.note ?? ''].join(','))].join(
        '\n',
      ),
    );
    expect((await collectSheet(csv, { format: 'csv', columns: COLUMNS, maxRows: 10_000 })).rows).toHaveLength(10_000);
  }, 60_000);

  it('lets the caller stop early: the input stream is released', async () => {
    const body = Array.from({ length: 50_000 }, (_, i) => `单位${i},A-${i},5%,2023-01-01`).join('\n');
    const input = trickle(Buffer.from(`名称,编号,比例,日期\n${body}`), 16 * 1024);
    for await (const row of readSheet(input, { format: 'csv', columns: COLUMNS, maxRows: 100_000 })) {
      if (row.rowNumber === 5) break;
    }
    expect(input.destroyed).toBe(true);
    expect(input.taken()).toBeLessThan(64 * 1024);
  });
});

describe('collectSheet', () => {
  it('gathers rows and every problem, the one that stopped reading last', async () => {
    const buf = await xlsx((ws) => {
      ws.addRow(HEADERS);
      ws.addRow(['网吧甲', 'A-1', { formula: '1/10', result: 0.1 }, '2023-01-01']);
      ws.addRow(['旅馆乙', 'A-2', '5%', '2023-01-01']);
      ws.addRow(['歌厅丙', 'A-3', '5%', '2023-01-01']);
    });
    const { rows, issues } = await collectSheet(buf, { format: 'xlsx', columns: COLUMNS, maxRows: 2 });
    expect(rows).toHaveLength(2);
    expect(issues.map((i) => [i.row, i.code])).toEqual([
      [2, 'SHEET_FORMULA_NOT_ALLOWED'],
      [4, 'SHEET_TOO_MANY_ROWS'],
    ]);
  });
});
