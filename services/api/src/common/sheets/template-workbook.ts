/**
 * An import template a bureau can fill in without asking: the data sheet first (the one an upload
 * is read from) with the headers, an example row and dropdowns (Excel data validation lists);
 * a 填写说明 sheet saying for each column what it means, whether it is required, its format and
 * the accepted values; then a hidden 选项 sheet holding the dropdowns' lists (a list written
 * inline in the validation is limited to 255 characters, too short for the category names).
 * A dropdown warns on a value not in its list but lets it through: short forms are accepted too.
 */
import type * as ExcelJS from 'exceljs';
import { excelJs } from './exceljs-lazy';
import { columnLetter } from './sheet-types';

export interface TemplateColumn {
  header: string;
  width?: number;
  /** 必填 / 选填, or a condition (“单位必填”). */
  required: string;
  meaning: string;
  format: string;
  /** Accepted values, as text for the instructions (the list of a dropdown is added to it). */
  accepted?: string;
  /** Name of the list in TemplateSpec.lists that the column's dropdown offers. */
  list?: string;
}

export interface TemplateSpec {
  sheetName: string;
  columns: readonly TemplateColumn[];
  example: readonly (string | number | null)[];
  /** Dropdown lists by name; an empty list gives no dropdown. */
  lists: Readonly<Record<string, readonly string[]>>;
  /** General notes printed above the column table of 填写说明. */
  notes: readonly string[];
  /** Extra tables for 填写说明 (e.g. the category names and short forms), each a title and rows with a header row first. */
  tables?: readonly { title: string; rows: readonly (readonly string[])[] }[];
}

/** Rows (after the header) that carry the dropdowns. */
export const TEMPLATE_VALIDATED_ROWS = 10_000;
export const INSTRUCTIONS_SHEET = '填写说明';
export const LISTS_SHEET = '选项';

const BOLD: Partial<ExcelJS.Font> = { bold: true };
const REQUIRED_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFC00000' } };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

function dataSheet(wb: ExcelJS.Workbook, spec: TemplateSpec, listRanges: Map<string, string>): void {
  const ws = wb.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = spec.columns.map((c) => ({ width: c.width ?? Math.max(10, c.header.length * 2 + 4) }));
  const head = ws.addRow(spec.columns.map((c) => c.header));
  spec.columns.forEach((c, i) => {
    head.getCell(i + 1).font = c.required === '必填' ? REQUIRED_FONT : BOLD;
  });
  ws.addRow([...spec.example]);
  spec.columns.forEach((c, i) => {
    const range = c.list ? listRanges.get(c.list) : undefined;
    if (!range) return;
    const col = columnLetter(i);
    // A range per column (exceljs writes it as one sqref); `dataValidations` is missing from its typings.
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      `${col}2:${col}${TEMPLATE_VALIDATED_ROWS + 1}`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        showInputMessage: true,
        promptTitle: c.header,
        prompt: `请从下拉列表中选择（${c.required}）`,
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: c.header,
        error: `所填内容不在下拉列表中，导入时可能被拒绝；可接受的写法见“${INSTRUCTIONS_SHEET}”表`,
      },
    );
  });
}

function instructionsSheet(wb: ExcelJS.Workbook, spec: TemplateSpec): void {
  const ws = wb.addWorksheet(INSTRUCTIONS_SHEET);
  ws.columns = [{ width: 18 }, { width: 14 }, { width: 40 }, { width: 36 }, { width: 60 }];
  for (const note of spec.notes) ws.addRow([note]).getCell(1).alignment = { vertical: 'top' };
  ws.addRow([]);
  const head = ws.addRow(['列名', '是否必填', '含义', '格式', '可填写的值']);
  head.font = BOLD;
  for (const c of spec.columns) {
    const list = c.list ? (spec.lists[c.list] ?? []) : [];
    const accepted = [c.accepted, list.length ? `下拉选项：${list.join('、')}` : null].filter(Boolean).join('\n');
    const row = ws.addRow([c.header, c.required, c.meaning, c.format, accepted || '—']);
    row.alignment = WRAP;
    if (c.required === '必填') row.getCell(2).font = REQUIRED_FONT;
  }
  for (const table of spec.tables ?? []) {
    ws.addRow([]);
    ws.addRow([table.title]).font = BOLD;
    table.rows.forEach((r, n) => {
      const row = ws.addRow([...r]);
      row.alignment = WRAP;
      if (n === 0) row.font = BOLD;
    });
  }
}

/** The lists with values, in the order of their columns on the 选项 sheet. */
function listNames(lists: TemplateSpec['lists']): string[] {
  return Object.keys(lists).filter((k) => lists[k].length > 0);
}

/** Each list's absolute range on the 选项 sheet (one column a list, its name in row 1). */
function listRanges(lists: TemplateSpec['lists']): Map<string, string> {
  return new Map(
    listNames(lists).map((name, i) => {
      const col = columnLetter(i);
      return [name, `'${LISTS_SHEET}'!$${col}$2:$${col}$${lists[name].length + 1}`];
    }),
  );
}

function listsSheet(wb: ExcelJS.Workbook, lists: TemplateSpec['lists']): void {
  const names = listNames(lists);
  if (names.length === 0) return;
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  names.forEach((name, i) => {
    const col = columnLetter(i);
    ws.getCell(`${col}1`).value = name;
    lists[name].forEach((v, n) => {
      ws.getCell(`${col}${n + 2}`).value = v;
    });
  });
}

export async function templateWorkbook(spec: TemplateSpec): Promise<Buffer> {
  const wb = new (await excelJs()).Workbook();
  // The data sheet comes first: an upload is read from the first visible sheet.
  dataSheet(wb, spec, listRanges(spec.lists));
  instructionsSheet(wb, spec);
  listsSheet(wb, spec.lists);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
