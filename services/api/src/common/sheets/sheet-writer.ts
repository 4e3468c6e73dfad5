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
import * as ExcelJS from 'exceljs';
import type { ColumnSpec, SheetIssue, SheetValues } from './sheet-types';

export type SheetCell = string | number | null | undefined;
export type SheetOutRow<K extends string> = Partial<Record<K, SheetCell>>;
type Rows<T> = Iterable<T> | AsyncIterable<T>;

export interface WriteSheetOptions {
  /** Worksheet (tab) name. Default 'Sheet1'. */
  sheetName?: string;
}

export const ERROR_COLUMN_HEADER = '错误';

interface Line {
  cells: SheetCell[];
  /** Style the last cell as an error message. */
  error?: boolean;
}

/** Headers CJK-wide: a Chinese character is about two columns of width. */
function widthOf(c: Pick<ColumnSpec, 'header' | 'width'>): number {
  return c.width ?? Math.max(10, c.header.length * 2 + 4);
}

async function writeTable(out: Writable, columns: ReadonlyArray<Pick<ColumnSpec, 'header' | 'width'>>, lines: Rows<Line>, opts: WriteSheetOptions): Promise<void> {
  // 'close' also follows a successful finish; only a close before it means the reader went away.
  const closedEarly = new Promise<never>((_, reject) => out.once('close', () => out.writableFinished || reject(outputClosed())));
  closedEarly.catch(() => undefined); // only raced below
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  try {
    const sheet = workbook.addWorksheet(opts.sheetName ?? 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({ width: widthOf(c) }));
    const head = sheet.addRow(columns.map((c) => c.header));
    head.font = { bold: true };
    head.commit();
    let n = 0;
    for await (const line of lines) {
      if (out.destroyed) throw outputClosed();
      const row = sheet.addRow(line.cells.map((v) => (v === undefined ? null : v)));
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
        while (out.writableNeedDrain && !out.destroyed) await new Promise((resume) => out.once('drain', resume).once('close', resume));
      }
    }
    sheet.commit();
    await Promise.race([workbook.commit(), closedEarly]);
  } catch (e) {
    out.destroy();
    throw e;
  }
}

function outputClosed(): Error {
  return new Error('导出中断：输出流已关闭');
}

async function* mapRows<T, U>(rows: Rows<T>, f: (row: T) => U): AsyncGenerator<U> {
  for await (const row of rows) yield f(row);
}

/** A header row, then one row per element of `rows` (cells by ColumnSpec.key). */
export function writeSheet<K extends string>(columns: readonly ColumnSpec<K>[], rows: Rows<SheetOutRow<K>>, out: Writable, opts: WriteSheetOptions = {}): Promise<void> {
  return writeTable(out, columns, mapRows(rows, (r) => ({ cells: columns.map((c) => r[c.key]) })), opts);
}

/** An empty template to fill in: the headers and one example row. */
export function templateSheet<K extends string>(columns: readonly ColumnSpec<K>[], exampleRow: SheetOutRow<K>, out: Writable, opts: WriteSheetOptions = {}): Promise<void> {
  return writeSheet(columns, [exampleRow], out, opts);
}

/**
 * The upload sent back with a last column 错误 listing each row's problems, so the user can fix
 * the rows in place and upload the file again (the reader ignores the extra column). Problems
 * not tied to a written row (the file, the header, a row not in `rows`) are listed in rows of
 * their own at the end, so none is lost.
 */
export function errorSheet<K extends string>(
  columns: readonly ColumnSpec<K>[],
  rows: Rows<{ rowNumber: number; values: Partial<SheetValues<K>> }>,
  issues: readonly SheetIssue[],
  out: Writable,
  opts: WriteSheetOptions = {},
): Promise<void> {
  const byRow = new Map<number, string[]>();
  for (const issue of issues) {
    if (issue.row === null) continue;
    const list = byRow.get(issue.row) ?? [];
    if (!list.includes(issue.message)) list.push(issue.message);
    byRow.set(issue.row, list);
  }
  const written = new Set<number>();
  async function* lines(): AsyncGenerator<Line> {
    for await (const row of rows) {
      written.add(row.rowNumber);
      const messages = byRow.get(row.rowNumber) ?? [];
      yield { cells: [...columns.map((c) => row.values[c.key]), messages.join('\n') || null], error: messages.length > 0 };
    }
    const blank = columns.map(() => null);
    for (const issue of issues) {
      if (issue.row !== null && written.has(issue.row)) continue;
      const where = issue.row === null ? '' : `第${issue.row}行：`;
      yield { cells: [...blank, `${where}${issue.message}`], error: true };
    }
  }
  return writeTable(out, [...columns, { header: ERROR_COLUMN_HEADER, width: 60 }], lines(), opts);
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
