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
  | 'SHEET_NUMBER_TOO_LONG';

export function sheetIssue(code: string, message: string, row: number | null = null, column: string | null = null): SheetIssue {
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

export function fail(code: SheetErrorCode, message: string, row: number | null = null, column: string | null = null): never {
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
 * empty), or a problem found in that cell. Only the cells of known columns are looked at.
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
