/**
 * The item list (一单, R2) in the layout bureaus exchange — 叶县公安局 2023 附件2:
 *
 *   序号 部门名称 抽查事项名称 抽查依据 检查主体 事项类别 检查对象 抽查比例 抽查频次/年 检查方式 备注
 *
 * 部门名称 is the issuing bureau (县公安局) and is informational; 检查主体 is the inspecting
 * department, returned by name for the caller to match against the bureau's departments.
 */
import type { Readable, Writable } from 'node:stream';
import { DomainError, validateSamplingRatio, type RatioSettings } from '@dsr/domain';
import type { InspectionMethod, ItemCategory, LegalBasis } from '@dsr/db';
import {
  CATEGORY_LABELS,
  formatLegalBasis,
  formatRatio,
  ITEM_LIMITS,
  METHOD_LABELS,
  parseCategory,
  parseFrequency,
  parseLegalBasis,
  parseMethods,
  parseRatio,
  type FieldResult,
} from './item-fields';
import { readSheet, type ReadSheetOptions } from './sheet-reader';
import {
  SheetReadError,
  sheetIssue,
  type ColumnSpec,
  type SheetFormat,
  type SheetIssue,
  type SheetRow,
  type SheetValues,
} from './sheet-types';
import { writeSheet, type SheetOutRow, type WriteSheetOptions } from './sheet-writer';

export type ItemColumnKey =
  | 'no'
  | 'issuer'
  | 'name'
  | 'legalBasis'
  | 'department'
  | 'category'
  | 'targetType'
  | 'samplingRatio'
  | 'frequencyPerYear'
  | 'methods'
  | 'notes';

export const ITEM_COLUMNS: readonly ColumnSpec<ItemColumnKey>[] = [
  { key: 'no', header: '序号', optional: true, width: 6 },
  { key: 'issuer', header: '部门名称', optional: true, width: 12 },
  { key: 'name', header: '抽查事项名称', aliases: ['事项名称', '随机抽查事项名称', '抽查事项'], width: 30 },
  { key: 'legalBasis', header: '抽查依据', aliases: ['检查依据', '依据'], width: 40 },
  { key: 'department', header: '检查主体', aliases: ['责任单位', '实施主体', '检查部门'], width: 12 },
  { key: 'category', header: '事项类别', aliases: ['类别', '事项类型'], width: 16 },
  { key: 'targetType', header: '检查对象', aliases: ['抽查对象'], width: 20 },
  { key: 'samplingRatio', header: '抽查比例', aliases: ['检查比例'], width: 10 },
  {
    key: 'frequencyPerYear',
    header: '抽查频次/年',
    aliases: ['抽查频次', '检查频次', '抽查频次(次/年)', '频次'],
    width: 12,
  },
  { key: 'methods', header: '检查方式', aliases: ['抽查方式'], width: 24 },
  { key: 'notes', header: '备注', optional: true, width: 20 },
];

const HEADER = Object.fromEntries(ITEM_COLUMNS.map((c) => [c.key, c.header])) as Record<ItemColumnKey, string>;

/** One row of the item list, as the catalog's item content takes it (departmentName still a name). */
export interface ItemSheetItem {
  name: string;
  legalBasis: LegalBasis[];
  /** 检查主体 */
  departmentName: string;
  targetType: string;
  category: ItemCategory;
  samplingRatioBp: number;
  frequencyPerYear: number;
  methods: InspectionMethod[];
  notes: string | null;
  /** 部门名称 when exporting a list of several bureaus' items (else WriteItemSheetOptions.issuerName). */
  issuerName?: string | null;
}

export interface ItemRowContext {
  rowNumber: number;
  /** When given, R3's minimum ratio is checked too (RATIO_BELOW_MINIMUM), as the catalog will. */
  ratio?: RatioSettings;
}

export type ParsedItemRow = { item: ItemSheetItem; errors: [] } | { item: null; errors: SheetIssue[] };

/** One row → an item, or every problem of the row (each naming its row and column header). */
export function parseItemRow(values: SheetValues<ItemColumnKey>, ctx: ItemRowContext): ParsedItemRow {
  const errors: SheetIssue[] = [];
  const report = (key: ItemColumnKey, code: string, message: string) =>
    errors.push(sheetIssue(code, message, ctx.rowNumber, HEADER[key]));

  const text = (key: ItemColumnKey, max: number = ITEM_LIMITS.text): string | null => {
    const v = values[key];
    if (v === null) report(key, 'CELL_REQUIRED', `${HEADER[key]}不能为空`);
    else if (v.length > max) report(key, 'CELL_TOO_LONG', `${HEADER[key]}不得超过${max}字`);
    else return v;
    return null;
  };
  const field = <T>(key: ItemColumnKey, parse: (s: string) => FieldResult<T>): T | null => {
    const v = text(key, Infinity);
    if (v === null) return null;
    const r = parse(v);
    if ('value' in r) return r.value;
    report(key, r.code, r.message);
    return null;
  };

  const name = text('name');
  const legalBasis = field('legalBasis', parseLegalBasis);
  const departmentName = text('department');
  const category = field('category', parseCategory);
  const targetType = text('targetType');
  let samplingRatioBp = field('samplingRatio', parseRatio);
  if (samplingRatioBp !== null && ctx.ratio) {
    try {
      validateSamplingRatio(samplingRatioBp, ctx.ratio);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      report('samplingRatio', e.code, e.message);
      samplingRatioBp = null;
    }
  }
  const frequencyPerYear = field('frequencyPerYear', parseFrequency);
  const methods = field('methods', parseMethods);
  const notes = values.notes;
  if (notes !== null && notes.length > ITEM_LIMITS.notes)
    report('notes', 'CELL_TOO_LONG', `${HEADER.notes}不得超过${ITEM_LIMITS.notes}字`);

  const item = { name, legalBasis, departmentName, targetType, category, samplingRatioBp, frequencyPerYear, methods };
  // Each missing value has reported its error: the nulls are there only when errors are.
  if (errors.length > 0 || !isComplete(item)) return { item: null, errors };
  return { item: { ...item, notes }, errors: [] };
}

/** Every required field of an item has its value. */
function isComplete(item: NullableFields<Omit<ItemSheetItem, 'notes'>>): item is Omit<ItemSheetItem, 'notes'> {
  return Object.values(item).every((value) => value !== null);
}

type NullableFields<T> = { [K in keyof T]: T[K] | null };

export interface ReadItemSheetOptions extends Partial<Omit<ReadSheetOptions<ItemColumnKey>, 'format' | 'columns'>> {
  ratio?: RatioSettings;
}

export interface ItemSheetResult {
  items: Array<{ rowNumber: number; item: ItemSheetItem }>;
  /** The rows as read, for errorSheet(ITEM_COLUMNS, rows, issues, out). */
  rows: SheetRow<ItemColumnKey>[];
  /** Every problem of the upload; the import should be refused unless this is empty. */
  issues: SheetIssue[];
}

/** A bureau's list has tens of items; a thousand rows is already a mistake. */
export const ITEM_SHEET_MAX_ROWS = 1000;

/** Reads a whole item list upload and parses every row. */
export async function readItemSheet(
  input: Readable | Buffer,
  format: SheetFormat,
  opts: ReadItemSheetOptions = {},
): Promise<ItemSheetResult> {
  const { ratio, ...limits } = opts;
  const result: ItemSheetResult = { items: [], rows: [], issues: [] };
  try {
    for await (const row of readSheet(input, {
      maxRows: ITEM_SHEET_MAX_ROWS,
      ...limits,
      format,
      columns: ITEM_COLUMNS,
    })) {
      result.rows.push(row);
      const parsed = parseItemRow(row.values, { rowNumber: row.rowNumber, ratio });
      // A cell the reader refused (a formula…) is null here: do not also call it empty.
      const refused = new Set(row.errors.map((e) => e.column));
      result.issues.push(
        ...row.errors,
        ...parsed.errors.filter((e) => !(e.code === 'CELL_REQUIRED' && refused.has(e.column))),
      );
      if (parsed.item && row.errors.length === 0) result.items.push({ rowNumber: row.rowNumber, item: parsed.item });
    }
  } catch (e) {
    if (!(e instanceof SheetReadError)) throw e;
    result.issues.push(e.issue); // what stopped reading comes last
  }
  return result;
}

export interface WriteItemSheetOptions extends WriteSheetOptions {
  /** 部门名称 column, e.g. 县公安局. */
  issuerName?: string;
}

function itemRow(item: ItemSheetItem, no: number, issuerName: string | null): SheetOutRow<ItemColumnKey> {
  return {
    no,
    issuer: item.issuerName ?? issuerName,
    name: item.name,
    legalBasis: formatLegalBasis(item.legalBasis),
    department: item.departmentName,
    category: CATEGORY_LABELS[item.category],
    targetType: item.targetType,
    samplingRatio: formatRatio(item.samplingRatioBp),
    frequencyPerYear: item.frequencyPerYear,
    methods: item.methods.map((m) => METHOD_LABELS[m]).join('、'),
    notes: item.notes,
  };
}

/** Exports items in the same layout, numbered 1..n, so the file reads back to the same items. */
export function writeItemSheet(
  items: Iterable<ItemSheetItem> | AsyncIterable<ItemSheetItem>,
  out: Writable,
  opts: WriteItemSheetOptions = {},
): Promise<void> {
  const { issuerName = null, ...writeOpts } = opts;
  async function* rows() {
    let no = 0;
    for await (const item of items) yield itemRow(item, ++no, issuerName);
  }
  return writeSheet(ITEM_COLUMNS, rows(), out, { sheetName: '随机抽查事项清单', ...writeOpts });
}
