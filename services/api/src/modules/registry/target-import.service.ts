import { createHash } from 'node:crypto';
import type { RequestContext } from '../../context';
import { readSheet } from '../../common/sheets/sheet-reader';
import { SheetReadError, sheetReadInfo, type SheetFormat, type SheetIssue, type SheetRow } from '../../common/sheets/sheet-types';
import { importDepartments, reportEmptySheet } from '../../common/import-rows';
import type { ImportResult } from '../../common/import-answer';
import { recordAudit, recordAuditEntries } from '../audit/audit.service';
import { parseTargetRow, TARGET_COLUMNS, type TargetColumn } from './target-sheet';
import { writeTargets, type ExistingTarget, type NewTarget } from './target-import-write';

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

interface Existing { id: string; name: string; department_id: string; status: string }

/**
 * Import of the target directory from .xlsx or .csv (R18): every row checked, duplicates in the
 * file and in the bureau found, then all rows written in the request's transaction, or none.
 */
export async function importTargets(ctx: RequestContext, file: Buffer, opts: ImportOptions): Promise<ImportReport> {
  const p = ctx.principal!;
  const bureau = (await ctx.loaders.bureau.load(p.bureauId))!;
  const departments = await importDepartments(ctx);
  const existingRows = await ctx.em.execute<(Existing & { code: string })[]>(
    `select coalesce(uscc, resident_id) as code, id, name, department_id, status from target where bureau_id = ?`, [p.bureauId]);
  const existing = new Map(existingRows.map((r) => [r.code, r]));

  const errors: SheetIssue[] = [];
  const sheetRows: SheetRow<TargetColumn>[] = [];
  const inserts: NewTarget[] = [];
  const updates: ExistingTarget[] = [];
  const info = sheetReadInfo();
  const firstRowOf = new Map<string, number>();
  let rowCount = 0;
  try {
    for await (const row of readSheet(file, { format: opts.format, columns: TARGET_COLUMNS, maxRows: TARGET_IMPORT_MAX_ROWS, maxBytes: 64 * 1024 * 1024, maxUnzippedBytes: 512 * 1024 * 1024, info })) {
      rowCount++;
      if (opts.keepRows) sheetRows.push(row);
      errors.push(...row.errors);
      if (row.errors.length) continue;
      const parsed = parseTargetRow(row.rowNumber, row.values, bureau.divisionCode);
      if (Array.isArray(parsed)) {
        errors.push(...parsed);
        continue;
      }
      const rowErr = (column: string, code: string, message: string) => errors.push({ row: row.rowNumber, column, code, message });
      const dept = departments.enforcement(parsed.departmentName);
      if (!dept) {
        rowErr('管理部门', 'UNKNOWN_DEPARTMENT', `管理部门：本单位没有执法部门“${parsed.departmentName}”`);
        continue;
      }
      if (!departments.mayImportFor(dept.id)) {
        rowErr('管理部门', 'FORBIDDEN', `管理部门：只能导入本部门（不能导入“${dept.name}”）的名录`);
        continue;
      }
      const code = (parsed.uscc ?? parsed.residentId)!;
      const codeColumn = parsed.uscc ? '统一社会信用代码' : '公民身份号码';
      const first = firstRowOf.get(code);
      if (first !== undefined) {
        rowErr(codeColumn, 'DUPLICATE_IN_FILE', `${codeColumn}：${code} 与第 ${first} 行重复`);
        continue;
      }
      firstRowOf.set(code, row.rowNumber);
      const old = existing.get(code);
      if (old && opts.duplicates === 'refuse') {
        rowErr(codeColumn, 'DUPLICATE_EXISTING', `${codeColumn}：${code} 已登记为“${old.name}”`);
        continue;
      }
      if (old && old.status !== 'ACTIVE') {
        rowErr(codeColumn, 'TARGET_TERMINATED', `${codeColumn}：${code} 对应的“${old.name}”已注销，不能更新`);
        continue;
      }
      if (old && !departments.mayImportFor(old.department_id)) {
        rowErr(codeColumn, 'FORBIDDEN', `${codeColumn}：${code} 已登记在其他部门，不能更新`);
        continue;
      }
      if (old) updates.push({ ...parsed, departmentId: dept.id, id: old.id });
      else inserts.push({ ...parsed, departmentId: dept.id });
    }
  } catch (e) {
    if (!(e instanceof SheetReadError)) throw e;
    errors.push(e.issue);
  }
  const report: ImportReport = { mode: opts.mode, rows: rowCount, inserted: 0, updated: 0, unchanged: 0, errors, warnings: info.warnings, header: info.header, sheetRows };
  reportEmptySheet(rowCount, errors);
  if (opts.mode === 'validate' || errors.length > 0) return report;

  const written = await writeTargets(ctx, inserts, updates);
  Object.assign(report, { inserted: written.inserted, updated: written.updated, unchanged: written.unchanged });
  await recordAuditEntries(ctx, written.audit);
  await recordAudit(ctx, {
    operation: 'IMPORT_TARGETS', objectType: 'Target', objectId: null,
    after: { rows: report.rows, inserted: report.inserted, updated: report.updated, unchanged: report.unchanged, sha256: createHash('sha256').update(file).digest('hex') },
  });
  return report;
}
