import { createHash } from 'node:crypto';
import type { RequestContext } from '../../context';
import { readSheet } from '../../common/sheets/sheet-reader';
import {
  SheetReadError,
  sheetReadInfo,
  type SheetFormat,
  type SheetIssue,
  type SheetRow,
} from '../../common/sheets/sheet-types';
import { importDepartments, reportEmptySheet, type ImportDepartments } from '../../common/import-rows';
import { notFound } from '../../common/errors';
import { signedIn } from '../../common/principal';
import type { ImportResult } from '../../common/import-answer';
import { recordAudit, recordAuditEntries } from '../audit/audit.service';
import { parseTargetRow, TARGET_COLUMNS, type TargetColumn } from './target-sheet';
import { writeTargets, type ExistingTarget, type NewTarget } from './target-import-write';
import { existingTargetCodes, type ExistingTargetCode } from './target-import.queries';

export const TARGET_IMPORT_MAX_ROWS = 200_000;

export interface ImportOptions {
  format: SheetFormat;
  /** validate: report every error, write nothing. commit: all rows or none. */
  mode: 'validate' | 'commit';
  /** A code already registered in the bureau: refuse the row, or update that record. */
  duplicates: 'refuse' | 'update';
  /** Keep the rows as read, for an error sheet (memory: only when asked). */
  keepRows?: boolean;
}

export interface ImportReport extends ImportResult {
  mode: ImportOptions['mode'];
}

/** A target already registered in the bureau under a code of the file. */
type Existing = ExistingTargetCode;

/** What rows are checked against: the bureau's departments and codes, and the file's own. */
interface RowContext {
  departments: ImportDepartments;
  existing: Map<string, Existing>;
  firstRowOf: Map<string, number>;
  duplicates: ImportOptions['duplicates'];
  divisionCode: string;
}

type RowError = (column: string, code: string, message: string) => void;
type RowPlan = { insert: NewTarget } | { update: ExistingTarget };

/** The department a row names, if the caller may import for it. */
function rowDepartment(name: string, rc: RowContext, err: RowError) {
  const dept = rc.departments.enforcement(name);
  if (!dept) {
    err('管理部门', 'UNKNOWN_DEPARTMENT', `管理部门：本单位没有执法部门“${name}”`);
    return null;
  }
  if (!rc.departments.mayImportFor(dept.id)) {
    err('管理部门', 'FORBIDDEN', `管理部门：只能导入本部门（不能导入“${dept.name}”）的名录`);
    return null;
  }
  return dept;
}

/** A code once per file; one registered already is refused, or updated when active and the caller's to change. */
function checkCode(
  code: string,
  codeColumn: string,
  rowNumber: number,
  rc: RowContext,
  err: RowError,
): Existing | null | false {
  const first = rc.firstRowOf.get(code);
  if (first !== undefined) {
    err(codeColumn, 'DUPLICATE_IN_FILE', `${codeColumn}：${code} 与第 ${first} 行重复`);
    return false;
  }
  rc.firstRowOf.set(code, rowNumber);
  const old = rc.existing.get(code);
  if (!old) return null;
  if (rc.duplicates === 'refuse') err(codeColumn, 'DUPLICATE_EXISTING', `${codeColumn}：${code} 已登记为“${old.name}”`);
  else if (old.status !== 'ACTIVE')
    err(codeColumn, 'TARGET_TERMINATED', `${codeColumn}：${code} 对应的“${old.name}”已注销，不能更新`);
  else if (!rc.departments.mayImportFor(old.department_id))
    err(codeColumn, 'FORBIDDEN', `${codeColumn}：${code} 已登记在其他部门，不能更新`);
  else return old;
  return false;
}

/** One sheet row checked: a target to insert or update, or null (its issues went to `errors`). */
function planRow(row: SheetRow<TargetColumn>, rc: RowContext, errors: SheetIssue[]): RowPlan | null {
  const parsed = parseTargetRow(row.rowNumber, row.values, rc.divisionCode);
  if (Array.isArray(parsed)) {
    errors.push(...parsed);
    return null;
  }
  const err: RowError = (column, code, message) => errors.push({ row: row.rowNumber, column, code, message });
  const dept = rowDepartment(parsed.departmentName, rc, err);
  if (!dept) return null;
  const code = parsed.uscc ?? parsed.residentId ?? '';
  const old = checkCode(code, parsed.uscc ? '统一社会信用代码' : '公民身份号码', row.rowNumber, rc, err);
  if (old === false) return null;
  return old
    ? { update: { ...parsed, departmentId: dept.id, id: old.id } }
    : { insert: { ...parsed, departmentId: dept.id } };
}

/**
 * Import of the target directory from .xlsx or .csv (R18): every row checked, duplicates in the
 * file and in the bureau found, then all rows written in the request's transaction, or none.
 */
export async function importTargets(ctx: RequestContext, file: Buffer, opts: ImportOptions): Promise<ImportReport> {
  const p = signedIn(ctx);
  const bureau = await ctx.loaders.bureau.load(p.bureauId);
  if (!bureau) throw notFound('本单位');
  const rc: RowContext = {
    departments: await importDepartments(ctx),
    existing: await existingTargetCodes(ctx, p.bureauId),
    firstRowOf: new Map(),
    duplicates: opts.duplicates,
    divisionCode: bureau.divisionCode,
  };
  const { report, inserts, updates } = await readRows(file, opts, rc);
  if (opts.mode === 'validate' || report.errors.length > 0) return report;

  const written = await writeTargets(ctx, inserts, updates);
  Object.assign(report, { inserted: written.inserted, updated: written.updated, unchanged: written.unchanged });
  await recordAuditEntries(ctx, written.audit);
  await recordAudit(ctx, {
    operation: 'IMPORT_TARGETS',
    objectType: 'Target',
    objectId: null,
    after: {
      rows: report.rows,
      inserted: report.inserted,
      updated: report.updated,
      unchanged: report.unchanged,
      sha256: createHash('sha256').update(file).digest('hex'),
    },
  });
  return report;
}

async function readRows(file: Buffer, opts: ImportOptions, rc: RowContext) {
  const errors: SheetIssue[] = [];
  const sheetRows: SheetRow<TargetColumn>[] = [];
  const inserts: NewTarget[] = [];
  const updates: ExistingTarget[] = [];
  const info = sheetReadInfo();
  let rowCount = 0;
  const limits = { maxRows: TARGET_IMPORT_MAX_ROWS, maxBytes: 64 * 1024 * 1024, maxUnzippedBytes: 512 * 1024 * 1024 };
  try {
    for await (const row of readSheet(file, { format: opts.format, columns: TARGET_COLUMNS, ...limits, info })) {
      rowCount++;
      if (opts.keepRows) sheetRows.push(row);
      errors.push(...row.errors);
      if (row.errors.length) continue;
      const plan = planRow(row, rc, errors);
      if (plan && 'update' in plan) updates.push(plan.update);
      else if (plan) inserts.push(plan.insert);
    }
  } catch (e) {
    if (!(e instanceof SheetReadError)) throw e;
    errors.push(e.issue);
  }
  const report: ImportReport = {
    mode: opts.mode,
    rows: rowCount,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    errors,
    warnings: info.warnings,
    header: info.header,
    sheetRows,
  };
  reportEmptySheet(rowCount, errors);
  return { report, inserts, updates };
}
