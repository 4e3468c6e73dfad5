/**
 * The error sheet: the upload sent back as the user wrote it — every column, in their order, under
 * their own headers — with the wrong cells filled red and a last column 错误 giving each row's
 * problems, so the rows can be fixed in place and the file uploaded again (the reader skips the
 * 错误 column). Header cells of columns that were not imported are filled yellow. A second sheet,
 * 问题清单, lists every error and warning (row, column, code, message) with filters, and problems
 * not tied to a written row (the file, the header, a limit) are also added as rows of their own at
 * the end of the first sheet, so none is lost.
 */
import type { Writable } from 'node:stream';
import { normalizeHeader } from './sheet-reader';
import {
  ERROR_COLUMN_HEADER,
  type ColumnSpec,
  type SheetHeader,
  type SheetIssue,
  type SheetValues,
} from './sheet-types';
import { writeTables, type Line, type Rows, type SheetCell, type Table } from './sheet-writer';

export interface ErrorSheetRow<K extends string> {
  rowNumber: number;
  values: Partial<SheetValues<K>>;
  /** Every cell as read (SheetRow.cells); without it the row is written in the layout's columns. */
  cells?: readonly (string | null)[];
}

export interface ErrorSheetInput<K extends string> {
  /** The layout: maps an issue's column (ColumnSpec.header) to the user's column. */
  columns: readonly ColumnSpec<K>[];
  /** The user's header row; null when reading stopped before it (the layout's headers are used). */
  header: SheetHeader | null;
  rows: Rows<ErrorSheetRow<K>>;
  errors: readonly SheetIssue[];
  warnings?: readonly SheetIssue[];
  sheetName?: string;
}

/** Where each layout column and each header text sits in the sheet written back. */
interface Layout {
  headers: string[];
  /** ColumnSpec.header or a header as written → output index. */
  indexOf: Map<string, number>;
  valuesOf(row: ErrorSheetRow<string>): SheetCell[];
}

/** The row's value under a layout key; null for a column that has no key. */
function valueOfKey<V>(values: Record<string, V>, key: string | undefined): V | null {
  return key === undefined ? null : values[key];
}

/** The user's columns, in their order; their own 错误 column (an error sheet uploaded again) is left out: ours replaces it. */
function userLayout<K extends string>(columns: readonly ColumnSpec<K>[], header: SheetHeader): Layout {
  const keyAt = new Map(Object.entries(header.columnIndex).map(([k, i]) => [i, k]));
  const kept = header.headers
    .map((_, i) => i)
    .filter((i) => normalizeHeader(header.headers[i] ?? '') !== ERROR_COLUMN_HEADER);
  const outIndex = new Map(kept.map((i, o) => [i, o]));
  const indexOf = new Map<string, number>();
  kept.forEach((i, o) => {
    if (header.headers[i]) indexOf.set(header.headers[i], o);
  });
  // A column the file does not have has no index.
  const columnIndex: Partial<Record<string, number>> = header.columnIndex;
  for (const c of columns) {
    const i = columnIndex[c.key];
    const o = i === undefined ? undefined : outIndex.get(i);
    if (o !== undefined) indexOf.set(c.header, o);
  }
  return {
    headers: kept.map((i) => header.headers[i] ?? ''),
    indexOf,
    valuesOf: (row) => kept.map((i) => row.cells?.[i] ?? valueOfKey(row.values, keyAt.get(i)) ?? null),
  };
}

function specLayout<K extends string>(columns: readonly ColumnSpec<K>[]): Layout {
  return {
    headers: columns.map((c) => c.header),
    indexOf: new Map(columns.map((c, i) => [c.header, i])),
    valuesOf: (row) => columns.map((c) => (row.values as Record<string, SheetCell>)[c.key] ?? null),
  };
}

function byRow(issues: readonly SheetIssue[]): Map<number, SheetIssue[]> {
  const map = new Map<number, SheetIssue[]>();
  for (const issue of issues) {
    if (issue.row === null) continue;
    const list = map.get(issue.row) ?? [];
    if (!list.some((x) => x.message === issue.message)) list.push(issue);
    map.set(issue.row, list);
  }
  return map;
}

function dataTable<K extends string>(input: ErrorSheetInput<K>, layout: Layout): Table {
  const errorsOf = byRow(input.errors);
  const written = new Set<number>();
  const width = layout.headers.length;
  async function* lines(): AsyncGenerator<Line> {
    for await (const row of input.rows) {
      written.add(row.rowNumber);
      const issues = errorsOf.get(row.rowNumber) ?? [];
      const wrong = [
        ...new Set(
          issues
            .map((x) => (x.column === null ? undefined : layout.indexOf.get(x.column)))
            .filter((i): i is number => i !== undefined),
        ),
      ];
      yield {
        cells: [...layout.valuesOf(row), issues.map((x) => x.message).join('\n') || null],
        error: issues.length > 0,
        wrong,
      };
    }
    const blank = Array.from({ length: width }, () => null);
    for (const issue of input.errors) {
      if (issue.row !== null && written.has(issue.row)) continue;
      const where = issue.row === null ? '' : `第${issue.row}行：`;
      yield { cells: [...blank, `${where}${issue.message}`], error: true };
    }
  }
  const unknownHeaders = new Set((input.warnings ?? []).map((w) => w.column).filter((c): c is string => c !== null));
  const headerMarks = new Set(
    [...unknownHeaders].map((h) => layout.indexOf.get(h)).filter((i): i is number => i !== undefined),
  );
  return {
    name: input.sheetName ?? '导入结果',
    columns: [...layout.headers.map((header) => ({ header })), { header: ERROR_COLUMN_HEADER, width: 60 }],
    lines: lines(),
    autoFilter: true,
    headerMarks,
  };
}

function issueTable(errors: readonly SheetIssue[], warnings: readonly SheetIssue[]): Table {
  const line =
    (kind: string) =>
    (x: SheetIssue): Line => ({ cells: [x.row, x.column, kind, x.code, x.message] });
  return {
    name: '问题清单',
    columns: [
      { header: '行号', width: 8 },
      { header: '列', width: 18 },
      { header: '类别', width: 8 },
      { header: '代码', width: 26 },
      { header: '说明', width: 80 },
    ],
    lines: [...errors.map(line('错误')), ...warnings.map(line('提示'))],
    autoFilter: true,
  };
}

export function errorSheet<K extends string>(input: ErrorSheetInput<K>, out: Writable): Promise<void> {
  const layout = input.header ? userLayout(input.columns, input.header) : specLayout(input.columns);
  return writeTables(out, [dataTable(input, layout), issueTable(input.errors, input.warnings ?? [])]);
}
