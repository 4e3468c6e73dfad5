/**
 * Shared vocabulary of the sheet engine: column specs, rows, and the one error shape every
 * layer reports (`{ row, column, code, message }`, message in Chinese), so that an upload's
 * problems can be listed to the user or written back into an error sheet (sheet-writer.ts).
 */

/** One column of a sheet layout, matched by its Chinese header. */
export interface ColumnSpec<K extends string = string> {
  key: K;
  /** The header as bureaus write it, e.g. 抽查事项名称. Also used when writing. */
  header: string;
  /** Other headers accepted on upload (older templates, neighbouring bureaus' wording). */
  aliases?: readonly string[];
  /** The column may be absent from an upload (its values are then null). Default: required. */
  optional?: boolean;
  /** Column width in characters when writing. */
  width?: number;
}

/** A problem with the file, a row or a cell. `row` is the spreadsheet's own row number (1-based). */
export interface SheetIssue {
  row: number | null;
  /** The column's header (as in ColumnSpec.header), or null for problems with the whole file/row. */
  column: string | null;
  code: string;
  /** For the user, in Chinese. */
  message: string;
}

export type SheetValues<K extends string> = Record<K, string | null>;

/**
 * One data row. Cell-level problems (a formula, an Excel error value…) are listed in `errors`
 * and the cell's value is null, so a caller can still report every problem of the upload at once.
 */
export interface SheetRow<K extends string = string> {
  rowNumber: number;
  values: SheetValues<K>;
  errors: SheetIssue[];
  /** Every cell of the row as text by 0-based column index, known columns or not (for the error sheet). */
  cells: (string | null)[];
}

/** The header row as the user wrote it. */
export interface SheetHeader {
  rowNumber: number;
  /** Every header cell by 0-based column index, as written. */
  headers: (string | null)[];
  /** ColumnSpec.key → 0-based column index, for the columns found. */
  columnIndex: Record<string, number>;
}

/**
 * What a read learns besides the rows, filled in as it goes: the header row, and warnings about
 * content that is not imported (a column nobody knows, data under no header). Nothing is
 * dropped in silence: the import answer and its error sheet list these warnings.
 */
export interface SheetReadInfo {
  header: SheetHeader | null;
  warnings: SheetIssue[];
  /**
   * Rows of the file counted before parsing (a cheap scan of the bytes, for progress): an upper
   * bound of the data rows, as blank rows, title rows and quoted line breaks count too. Null until
   * the source has looked, or when it cannot tell (a stream).
   */
  rowsEstimate: number | null;
}

export function sheetReadInfo(): SheetReadInfo {
  return { header: null, warnings: [], rowsEstimate: null };
}

/** The column our error sheet adds; the reader skips it without a warning, so a fixed error sheet uploads as it is. */
export const ERROR_COLUMN_HEADER = '错误';

/** Excel's letter of a 0-based column index: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export type SheetFormat = 'xlsx' | 'csv';

/** Codes raised by the reader itself (parsers of particular layouts add their own). */
export type SheetErrorCode =
  | 'SHEET_UNREADABLE'
  | 'SHEET_BAD_HEADERS'
  | 'SHEET_TOO_MANY_ROWS'
  | 'SHEET_TOO_LARGE'
  | 'SHEET_ROW_TOO_WIDE'
  | 'SHEET_FORMULA_NOT_ALLOWED'
  | 'SHEET_CELL_ERROR'
  | 'SHEET_NUMBER_TOO_LONG'
  | 'SHEET_UNKNOWN_COLUMN'
  | 'SHEET_UNNAMED_COLUMN';

export function sheetIssue(
  code: string,
  message: string,
  row: number | null = null,
  column: string | null = null,
): SheetIssue {
  return { row, column, code, message };
}

/**
 * A problem that stops reading (unreadable file, bad headers, a limit reached). Thrown from the
 * row iterator; `issue` is the user-facing description.
 */
export class SheetReadError extends Error {
  readonly issue: SheetIssue;
  constructor(issue: SheetIssue) {
    super(issue.message);
    this.name = 'SheetReadError';
    this.issue = issue;
  }
  get code(): string {
    return this.issue.code;
  }
}

export function fail(
  code: SheetErrorCode,
  message: string,
  row: number | null = null,
  column: string | null = null,
): never {
  throw new SheetReadError(sheetIssue(code, message, row, column));
}

/** Limits shared by the xlsx and csv sources. */
export interface SourceLimits {
  /** Bytes of the uploaded file (compressed, for xlsx). */
  maxBytes: number;
  /** Bytes after decompression, all parts of an xlsx together (zip bomb guard). */
  maxUnzippedBytes: number;
  /** Non-empty cells in one row. */
  maxColumns: number;
}

/**
 * A row as a source yields it: cell values by 0-based column index, already text (or null when
 * empty), or a problem found in that cell (reported for known columns only).
 */
export interface RawRow {
  rowNumber: number;
  cells: ReadonlyArray<string | null | CellProblem | undefined>;
}

export interface CellProblem {
  problem: SheetErrorCode;
  message: string;
}

export function isCellProblem(v: unknown): v is CellProblem {
  return typeof v === 'object' && v !== null && 'problem' in v;
}
