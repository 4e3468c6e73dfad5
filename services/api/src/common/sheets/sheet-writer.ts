/**
 * Writing sheets as xlsx with exceljs's streaming writer: rows are committed as they come from
 * the (async) iterable, so an export of any size streams to `out` (an HTTP response, a file).
 *
 * Strings are written as text cells, never formulas: a value such as "=HYPERLINK(…)" from an
 * upload comes back as the same text, not as something Excel would run.
 *
 * On failure `out` is destroyed (without an 'error' event, which would crash a process with no
 * listener): a half-written xlsx is of no use. If `out` closes first (a download cancelled), the
 * rows stop being pulled and the promise rejects, rather than waiting forever on a dead stream.
 */
import { PassThrough, type Writable } from 'node:stream';
import { setImmediate as yieldToIo } from 'node:timers/promises';
import type * as ExcelJS from 'exceljs';
import { excelJs } from './exceljs-lazy';
import { columnLetter, ERROR_COLUMN_HEADER, type ColumnSpec } from './sheet-types';

/** Read afresh on each call: the stream may close while we wait, which narrowing cannot know. */
function isDestroyed(stream: Writable): boolean {
  return stream.destroyed;
}

export type SheetCell = string | number | null | undefined;
export type SheetOutRow<K extends string> = Partial<Record<K, SheetCell>>;
export type Rows<T> = Iterable<T> | AsyncIterable<T>;

export interface WriteSheetOptions {
  /** Worksheet (tab) name. Default 'Sheet1'. */
  sheetName?: string;
  /** What the file may be used for (R52, USE_NOTICE): a last tab of its own and every sheet's printed footer. */
  notice?: string;
}

/** The tab that carries the notice: after the data, so a re-import still reads the data sheet first. */
export const NOTICE_SHEET = '使用说明';

export { ERROR_COLUMN_HEADER };

/** Excel's "light red fill with dark red text", for a cell that is wrong. */
export const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
export const ERROR_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF9C0006' } };
/** Excel's "yellow fill", for a header whose column was not imported. */
export const WARNING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } };

export interface Line {
  cells: SheetCell[];
  /** Style the last cell as an error message. */
  error?: boolean;
  /** 0-based indexes of cells to fill red (the wrong values). */
  wrong?: readonly number[];
}

export interface Table {
  name: string;
  columns: ReadonlyArray<Pick<ColumnSpec, 'header' | 'width'>>;
  lines: Rows<Line>;
  /** Filter buttons on the header row. */
  autoFilter?: boolean;
  /** 0-based indexes of header cells to fill yellow. */
  headerMarks?: ReadonlySet<number>;
}

/** Headers CJK-wide: a Chinese character is about two columns of width. */
function widthOf(c: Pick<ColumnSpec, 'header' | 'width'>): number {
  return c.width ?? Math.min(40, Math.max(10, c.header.length * 2 + 4));
}

async function writeLines(out: Writable, sheet: ExcelJS.Worksheet, lines: Rows<Line>): Promise<void> {
  let n = 0;
  for await (const line of lines) {
    if (out.destroyed) throw outputClosed();
    const row = sheet.addRow(line.cells.map((v) => (v === undefined ? null : v)));
    for (const i of line.wrong ?? []) {
      const cell = row.getCell(i + 1);
      cell.fill = ERROR_FILL;
      cell.font = ERROR_FONT;
    }
    if (line.error) {
      const cell = row.getCell(line.cells.length);
      cell.font = { color: { argb: 'FFC00000' } };
      cell.alignment = { wrapText: true, vertical: 'top' };
    }
    row.commit();
    // exceljs buffers whatever it is given: every few hundred rows, let the zip stream run and
    // wait for a slow reader (a download) to catch up, so an export is not queued in memory.
    if (++n % 500 === 0) {
      await yieldToIo();
      while (out.writableNeedDrain && !isDestroyed(out))
        await new Promise((resume) => out.once('drain', resume).once('close', resume));
    }
  }
}

/** One workbook of one or more tables, each with a bold, frozen header row (and the notice, when given). */
export async function writeTables(
  out: Writable,
  tables: readonly Table[],
  opts: Pick<WriteSheetOptions, 'notice'> = {},
): Promise<void> {
  // 'close' also follows a successful finish; only a close before it means the reader went away.
  const closedEarly = new Promise<never>((_, reject) =>
    out.once('close', () => out.writableFinished || reject(outputClosed())),
  );
  closedEarly.catch(() => undefined); // only raced below
  const workbook = new (await excelJs()).stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  try {
    for (const table of tables) {
      const sheet = workbook.addWorksheet(table.name, {
        views: [{ state: 'frozen', ySplit: 1 }],
        ...(opts.notice ? { headerFooter: { oddFooter: `&C${opts.notice}` } } : {}),
      });
      sheet.columns = table.columns.map((c) => ({ width: widthOf(c) }));
      if (table.autoFilter && table.columns.length > 0)
        sheet.autoFilter = `A1:${columnLetter(table.columns.length - 1)}1`;
      const head = sheet.addRow(table.columns.map((c) => c.header));
      head.font = { bold: true };
      for (const i of table.headerMarks ?? []) head.getCell(i + 1).fill = WARNING_FILL;
      head.commit();
      await writeLines(out, sheet, table.lines);
      sheet.commit();
    }
    if (opts.notice) {
      const sheet = workbook.addWorksheet(NOTICE_SHEET);
      sheet.columns = [{ width: 60 }];
      sheet.addRow([opts.notice]).commit();
      sheet.commit();
    }
    await Promise.race([workbook.commit(), closedEarly]);
  } catch (e) {
    out.destroy();
    throw e;
  }
}

async function writeTable(
  out: Writable,
  columns: Table['columns'],
  lines: Rows<Line>,
  opts: WriteSheetOptions,
): Promise<void> {
  return writeTables(out, [{ name: opts.sheetName ?? 'Sheet1', columns, lines }], opts);
}

function outputClosed(): Error {
  return new Error('导出中断：输出流已关闭');
}

async function* mapRows<T, U>(rows: Rows<T>, f: (row: T) => U): AsyncGenerator<U> {
  for await (const row of rows) yield f(row);
}

/** A header row, then one row per element of `rows` (cells by ColumnSpec.key). */
export function writeSheet<K extends string>(
  columns: readonly ColumnSpec<K>[],
  rows: Rows<SheetOutRow<K>>,
  out: Writable,
  opts: WriteSheetOptions = {},
): Promise<void> {
  return writeTable(
    out,
    columns,
    mapRows(rows, (r) => ({ cells: columns.map((c) => r[c.key]) })),
    opts,
  );
}

/** An empty template to fill in: the headers and one example row. */
export function templateSheet<K extends string>(
  columns: readonly ColumnSpec<K>[],
  exampleRow: SheetOutRow<K>,
  out: Writable,
  opts: WriteSheetOptions = {},
): Promise<void> {
  return writeSheet(columns, [exampleRow], out, opts);
}

/** Runs a writer into memory (a GraphQL response, a test). */
export async function sheetBuffer(write: (out: Writable) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve, reject) => out.on('end', resolve).on('error', reject));
  ended.catch(() => undefined); // a failed write() reports itself
  await write(out);
  await ended;
  return Buffer.concat(chunks);
}
