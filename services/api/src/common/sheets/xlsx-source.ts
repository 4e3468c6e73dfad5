/**
 * Rows of the first worksheet of an xlsx, parsed by exceljs's streaming reader
 * (WorkbookReader's part parsers and its WorksheetReader) over the parts that zip-archive.ts
 * inflates in the right order. Formulas are reported, never evaluated; dates become YYYY-MM-DD.
 *
 * exceljs is pinned (4.4.0): we call WorkbookReader's part parsers (`_parseRels`…) directly,
 * see zip-archive.ts for why we do not let it walk the zip itself.
 */
import path from 'node:path';
import { Readable } from 'node:stream';
import type * as ExcelJS from 'exceljs';
import { excelJs } from './exceljs-lazy';
import { readBounded } from './input-bytes';
import { countInEntry, entryText, InflateBudget, partKey, readZipDirectory, type ZipEntry } from './zip-archive';
import { fail, type CellProblem, type RawRow, type SheetReadInfo, type SourceLimits } from './sheet-types';

interface WorksheetReaderLike {
  [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row>;
}
/** The parts of exceljs's WorkbookReader we drive by hand (private in its typings). */
interface WorkbookParts {
  workbookRels?: Array<{ Id: string; Type?: string; Target: string }>;
  model?: { sheets?: Array<{ rId: string; state?: string }> };
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncIterable<unknown>;
  _parseWorksheet(
    iterator: AsyncIterable<string>,
    sheetNo: string,
  ): Iterable<{ eventType: string; value: WorksheetReaderLike }>;
}

function unreadable(detail: string): never {
  fail('SHEET_UNREADABLE', `文件无法读取：${detail}，请上传用 Excel 或 WPS 保存的 .xlsx 文件`);
}

const WORKSHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/** The first visible worksheet in tab order; failing that, the lowest-numbered sheet part. */
function firstSheet(parts: WorkbookParts, entries: Map<string, ZipEntry>): { entry: ZipEntry; sheetNo: string } {
  const rels = parts.workbookRels ?? [];
  for (const sheet of parts.model?.sheets ?? []) {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') continue;
    const rel = rels.find((r) => r.Id === sheet.rId);
    if (!rel || (rel.Type && !rel.Type.endsWith('/worksheet'))) continue; // a chart sheet
    const target = rel.Target.startsWith('/') ? rel.Target.slice(1) : path.posix.join('xl', rel.Target);
    const entry = entries.get(partKey(path.posix.normalize(target)));
    if (entry) return { entry, sheetNo: WORKSHEET_PART.exec(partKey(target))?.[1] ?? '1' };
  }
  const numbered = [...entries]
    .flatMap(([k, entry]) => {
      const m = WORKSHEET_PART.exec(k);
      return m ? [{ entry, sheetNo: m[1] }] : [];
    })
    .sort((a, b) => Number(a.sheetNo) - Number(b.sheetNo));
  return numbered.at(0) ?? unreadable('文件中没有工作表');
}

function isPercentFormat(numFmt: string | undefined): boolean {
  return !!numFmt && /%/.test(numFmt.replace(/"[^"]*"|\[[^\]]*]|\\./g, ''));
}

/** A cell as the text a user sees and means, or the reason it cannot be taken. */
export function cellText(value: ExcelJS.CellValue | undefined, numFmt?: string): string | null | CellProblem {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    // A cell formatted as a percentage stores 0.1 for "10%": read what the user typed.
    if (isPercentFormat(numFmt)) return `${Number((value * 100).toPrecision(12))}%`;
    // Excel keeps 15 significant digits: an 18-digit ID typed as a number has lost its tail.
    if (Number.isInteger(value) && Math.abs(value) >= 1e15) {
      return {
        problem: 'SHEET_NUMBER_TOO_LONG',
        message: '该单元格是超过15位的数字，Excel 已丢失末尾数字；请将单元格设为“文本”格式后重新输入',
      };
    }
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { problem: 'SHEET_CELL_ERROR', message: '日期无法识别' };
    // exceljs builds dates from Excel serial numbers in UTC.
    return value.toISOString().slice(0, 10);
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return { problem: 'SHEET_FORMULA_NOT_ALLOWED', message: '单元格不能使用公式，请复制后“选择性粘贴为数值”' };
  }
  if ('error' in value) return { problem: 'SHEET_CELL_ERROR', message: `单元格含错误值 ${value.error}` };
  if ('richText' in value) return value.richText.map((r: { text?: string }) => r.text ?? '').join('');
  if ('text' in value && typeof value.text === 'string') return value.text; // a hyperlink's text
  return { problem: 'SHEET_CELL_ERROR', message: '单元格内容无法识别' };
}

/**
 * Raw rows of the first worksheet. The sheet is inflated and parsed as the rows are pulled; its
 * `<row` elements are counted first when `info` asks for an estimate (a quick scan, for progress).
 */
export async function* xlsxRows(
  input: Readable | Buffer,
  limits: SourceLimits,
  info?: Pick<SheetReadInfo, 'rowsEstimate'>,
): AsyncGenerator<RawRow> {
  const buf = await readBounded(input, limits.maxBytes);
  const entries = readZipDirectory(buf);
  const budget = new InflateBudget(limits);
  const part = (name: string) => entries.get(partKey(name));
  const stream = (entry: ZipEntry) => Readable.from(entryText(buf, entry, budget));

  // The input given here is never read: we feed the parts ourselves.
  const parts = new (await excelJs()).stream.xlsx.WorkbookReader(Readable.from([]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Styles are needed to tell a date or a percentage from a plain number.
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as WorkbookParts;

  const rels = part('xl/_rels/workbook.xml.rels');
  const workbook = part('xl/workbook.xml');
  if (!rels || !workbook) unreadable('不是有效的 xlsx 文件');
  await parts._parseRels(stream(rels));
  await parts._parseWorkbook(stream(workbook));
  const styles = part('xl/styles.xml');
  if (styles) await parts._parseStyles(stream(styles));
  const sharedStrings = part('xl/sharedStrings.xml');
  if (sharedStrings) {
    // Draining the generator is what fills the shared-strings table.
    for await (const _ of parts._parseSharedStrings(stream(sharedStrings))) continue;
  }

  const { entry, sheetNo } = firstSheet(parts, entries);
  if (info) info.rowsEstimate = await countInEntry(buf, entry, new InflateBudget(limits), '<row');
  const event = [...parts._parseWorksheet(entryText(buf, entry, budget), sheetNo)].at(0);
  if (!event) unreadable('文件中没有工作表');

  let previous = 0;
  for await (const row of event.value) {
    // `r` is optional in the format; rows without it follow the previous one.
    const rowNumber = Number.isFinite(row.number) && row.number > previous ? row.number : previous + 1;
    previous = rowNumber;
    if (row.actualCellCount > limits.maxColumns) {
      fail('SHEET_ROW_TOO_WIDE', `第${rowNumber}行有内容的单元格超过${limits.maxColumns}个，请删除多余的列`, rowNumber);
    }
    const cells: Array<string | null | CellProblem> = [];
    row.eachCell((cell, col) => {
      cells[col - 1] = cellText(cell.value, cell.numFmt);
    });
    yield { rowNumber, cells };
  }
}
