/**
 * Reading an uploaded sheet (xlsx or csv) row by row against a layout of Chinese headers.
 *
 *   for await (const row of readSheet(upload, { format: 'xlsx', columns, maxRows: 1000 })) …
 *
 * Rows are yielded as they are parsed; nothing is buffered beyond the current row (xlsx keeps the
 * compressed file, ≤ maxBytes, see zip-archive.ts). A problem with the whole file (unreadable,
 * bad headers, a limit) is thrown as SheetReadError; a problem with one cell is attached to its
 * row so that every such problem of an upload can be reported at once.
 */
import type { Readable } from 'node:stream';
import { csvRows } from './csv-source';
import { xlsxRows } from './xlsx-source';
import {
  columnLetter,
  ERROR_COLUMN_HEADER,
  fail,
  isCellProblem,
  SheetReadError,
  sheetIssue,
  type ColumnSpec,
  type RawRow,
  type SheetFormat,
  type SheetHeader,
  type SheetIssue,
  type SheetReadInfo,
  type SheetRow,
  type SheetValues,
  type SourceLimits,
} from './sheet-types';

export interface ReadSheetOptions<K extends string> {
  format: SheetFormat;
  columns: readonly ColumnSpec<K>[];
  /** Data rows (blank rows not counted). One more stops reading with SHEET_TOO_MANY_ROWS. */
  maxRows: number;
  /** Size of the uploaded file. Default 20 MB. */
  maxBytes?: number;
  /** xlsx: decompressed size of all parts together (zip bomb guard). Default 64 MB: the worst case (one enormous cell) holds about this much in memory. */
  maxUnzippedBytes?: number;
  /** Non-empty cells in one row. Default 200. */
  maxColumns?: number;
  /** Non-blank rows that may precede the header row (a title such as “叶县公安局…事项清单”). Default 10. */
  headerSearchRows?: number;
  /** Filled in as the sheet is read: the header row and the warnings (columns not imported). */
  info?: SheetReadInfo;
}

export const SHEET_DEFAULTS = {
  maxBytes: 20 * 1024 * 1024,
  maxUnzippedBytes: 64 * 1024 * 1024,
  maxColumns: 200,
  headerSearchRows: 10,
} as const;

/**
 * Headers compare after NFKC (full-width letters, digits, slashes and brackets become
 * half-width), without any whitespace and without the “*” templates put on required columns,
 * so “*抽查频次／年” and a header wrapped over two lines in its cell still match.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '');
}

function cellString(cell: RawRow['cells'][number]): string | null {
  if (typeof cell !== 'string') return null;
  const t = cell.trim();
  return t === '' ? null : t;
}

interface HeaderMatch<K extends string> {
  index: Map<K, number>;
  missing: ColumnSpec<K>[];
  duplicates: string[];
  /** Header cells that name no column of the layout (0-based index → text as written). */
  unknown: Map<number, string>;
}

function matchHeaders<K extends string>(row: RawRow, columns: readonly ColumnSpec<K>[]): HeaderMatch<K> {
  const byName = new Map<string, ColumnSpec<K>>();
  for (const c of columns) for (const name of [c.header, ...(c.aliases ?? [])]) byName.set(normalizeHeader(name), c);
  const index = new Map<K, number>();
  const duplicates: string[] = [];
  const unknown = new Map<number, string>();
  row.cells.forEach((cell, i) => {
    const text = cellString(cell);
    if (text === null) return;
    const spec = byName.get(normalizeHeader(text));
    if (!spec) {
      if (normalizeHeader(text) !== ERROR_COLUMN_HEADER) unknown.set(i, text);
      return;
    }
    if (index.has(spec.key)) duplicates.push(spec.header);
    else index.set(spec.key, i);
  });
  const missing = columns.filter((c) => !c.optional && !index.has(c.key));
  return { index, missing, duplicates, unknown };
}

/** Warns once about every column whose content is not imported: an unknown header, or data under no header. */
class ColumnWarnings<K extends string> {
  private readonly unnamedSeen = new Set<number>();
  constructor(
    match: HeaderMatch<K>,
    private readonly header: SheetHeader,
    columns: readonly ColumnSpec<K>[],
    private readonly info?: SheetReadInfo,
  ) {
    const known = columns.map((c) => c.header).join('、');
    for (const [i, text] of match.unknown) {
      info?.warnings.push(
        sheetIssue(
          'SHEET_UNKNOWN_COLUMN',
          `第${columnLetter(i)}列“${text}”不是模板中的列，其内容未导入（可用的列：${known}）`,
          header.rowNumber,
          text,
        ),
      );
    }
  }

  /** A data row: cells with content under an empty header cell. */
  row(raw: RawRow): void {
    const info = this.info;
    if (!info) return;
    raw.cells.forEach((cell, i) => {
      if (this.unnamedSeen.has(i) || cellString(cell) === null || this.header.headers[i] != null) return;
      this.unnamedSeen.add(i);
      info.warnings.push(
        sheetIssue(
          'SHEET_UNNAMED_COLUMN',
          `第${columnLetter(i)}列没有表头，其内容未导入（第${raw.rowNumber}行起）；如需导入，请填写模板中的表头`,
          raw.rowNumber,
          null,
        ),
      );
    });
  }
}

function headerOf<K extends string>(raw: RawRow, m: HeaderMatch<K>): SheetHeader {
  return { rowNumber: raw.rowNumber, headers: allCells(raw), columnIndex: Object.fromEntries(m.index) };
}

/** Every cell as text by index (problem cells, e.g. a formula, as null). */
function allCells(raw: RawRow): (string | null)[] {
  return Array.from({ length: raw.cells.length }, (_, i) => cellString(raw.cells[i]));
}

function badHeaders<K extends string>(
  row: number | null,
  columns: readonly ColumnSpec<K>[],
  m: Pick<HeaderMatch<K>, 'missing' | 'duplicates'>,
): never {
  const expected = columns.map((c) => c.header).join('、');
  if (m.duplicates.length > 0) {
    fail(
      'SHEET_BAD_HEADERS',
      `表头有重复的列：${m.duplicates.join('、')}（表头应为：${expected}）`,
      row,
      m.duplicates.length === 1 ? m.duplicates[0] : null,
    );
  }
  const names = m.missing.map((c) => c.header);
  fail(
    'SHEET_BAD_HEADERS',
    `表头缺少必需的列：${names.join('、')}（表头应为：${expected}）`,
    row,
    names.length === 1 ? names[0] : null,
  );
}

function limitsOf<K extends string>(opts: ReadSheetOptions<K>): SourceLimits {
  return {
    maxBytes: opts.maxBytes ?? SHEET_DEFAULTS.maxBytes,
    maxUnzippedBytes: opts.maxUnzippedBytes ?? SHEET_DEFAULTS.maxUnzippedBytes,
    maxColumns: opts.maxColumns ?? SHEET_DEFAULTS.maxColumns,
  };
}

/** The data rows of the sheet's first worksheet (csv: of the file), keyed by ColumnSpec.key. */
export async function* readSheet<K extends string>(
  input: Readable | Buffer,
  opts: ReadSheetOptions<K>,
): AsyncGenerator<SheetRow<K>, void, undefined> {
  const limits = limitsOf(opts);
  const source = opts.format === 'xlsx' ? xlsxRows(input, limits, opts.info) : csvRows(input, limits, opts.info);
  const searchRows = opts.headerSearchRows ?? SHEET_DEFAULTS.headerSearchRows;
  let header: HeaderMatch<K> | null = null;
  let warnings: ColumnWarnings<K> | null = null;
  let rowsBeforeHeader = 0;
  let dataRows = 0;
  try {
    for await (const raw of source) {
      if (!raw.cells.some((c) => c !== null && c !== undefined && (typeof c !== 'string' || c.trim() !== ''))) continue;
      if (!header) {
        const m = matchHeaders(raw, opts.columns);
        if (m.index.size === 0) {
          // A title row above the header; give up after a few.
          if (++rowsBeforeHeader >= searchRows)
            badHeaders(null, opts.columns, { missing: opts.columns.filter((c) => !c.optional), duplicates: [] });
          continue;
        }
        if (m.missing.length > 0 || m.duplicates.length > 0) badHeaders(raw.rowNumber, opts.columns, m);
        header = m;
        const h = headerOf(raw, m);
        if (opts.info) opts.info.header = h;
        warnings = new ColumnWarnings(m, h, opts.columns, opts.info);
        continue;
      }
      warnings?.row(raw);
      const row = toRow(raw, opts.columns, header.index);
      if (!row) continue; // blank in every known column
      if (++dataRows > opts.maxRows) {
        fail(
          'SHEET_TOO_MANY_ROWS',
          `数据超过${opts.maxRows}行（读到第${raw.rowNumber}行时停止），请拆分后分批导入`,
          raw.rowNumber,
        );
      }
      yield row;
    }
    if (!header) {
      if (rowsBeforeHeader === 0) fail('SHEET_UNREADABLE', '文件无法读取：表格中没有任何内容');
      badHeaders(null, opts.columns, { missing: opts.columns.filter((c) => !c.optional), duplicates: [] });
    }
  } catch (e) {
    if (e instanceof SheetReadError) throw e;
    // exceljs, saxes and zlib failures on a damaged file.
    throw new SheetReadError(sheetIssue('SHEET_UNREADABLE', '文件无法读取：文件已损坏或不是有效的表格文件'));
  }
}

function toRow<K extends string>(
  raw: RawRow,
  columns: readonly ColumnSpec<K>[],
  index: Map<K, number>,
): SheetRow<K> | null {
  const values = {} as SheetValues<K>;
  const errors: SheetIssue[] = [];
  let any = false;
  for (const c of columns) {
    const i = index.get(c.key);
    const cell = i === undefined ? undefined : raw.cells[i];
    if (isCellProblem(cell)) {
      errors.push(sheetIssue(cell.problem, `${c.header}：${cell.message}`, raw.rowNumber, c.header));
      values[c.key] = null;
      any = true;
      continue;
    }
    values[c.key] = cellString(cell);
    if (values[c.key] !== null) any = true;
  }
  return any ? { rowNumber: raw.rowNumber, values, errors, cells: allCells(raw) } : null;
}

export interface CollectedSheet<K extends string> {
  rows: SheetRow<K>[];
  /** Every problem: the rows' cell problems, then the one that stopped reading, if any. */
  issues: SheetIssue[];
}

/** All rows in memory (fine for small layouts such as the item list, whose maxRows is small). */
export async function collectSheet<K extends string>(
  input: Readable | Buffer,
  opts: ReadSheetOptions<K>,
): Promise<CollectedSheet<K>> {
  const rows: SheetRow<K>[] = [];
  const issues: SheetIssue[] = [];
  try {
    for await (const row of readSheet(input, opts)) {
      rows.push(row);
      issues.push(...row.errors);
    }
  } catch (e) {
    if (!(e instanceof SheetReadError)) throw e;
    issues.push(e.issue);
  }
  return { rows, issues };
}
