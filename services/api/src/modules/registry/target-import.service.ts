import { chinaDay } from '@dsr/domain';
import type { RequestContext } from '../../context';
import type { SheetFormat, SheetIssue } from '../../common/sheets/sheet-types';
import { allRowsOrNone, importDepartments, type ImportDepartments } from '../../common/import-rows';
import { notFound } from '../../common/errors';
import { signedIn } from '../../common/principal';
import { importSummaryAudit, type ImportResult } from '../../common/import-answer';
import type { ImportControl } from '../../common/import-control';
import { importInChunks, type ChunkRules } from '../../common/import-chunks';
import { recordAudit, recordAuditEntries } from '../audit/audit.service';
import { parseTargetRow, TARGET_COLUMNS, type TargetColumn, type TargetRecord } from './target-sheet';
import { writeTargets, type ExistingTarget, type NewTarget } from './target-import-write';
import { existingTargetCodes, type ExistingTargetCode } from './target-import.queries';

export const TARGET_IMPORT_MAX_ROWS = 200_000;

export interface ImportOptions extends ImportControl {
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
  bureauId: string;
  departments: ImportDepartments;
  /** The bureau's targets with a code of the chunk at hand. */
  existing: Map<string, Existing>;
  firstRowOf: Map<string, number>;
  duplicates: ImportOptions['duplicates'];
  divisionCode: string;
  today: string;
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

/** One parsed row checked against the bureau and the file: a target to insert or update, or null (issues to `errors`). */
function planRow(rowNumber: number, parsed: TargetRecord, rc: RowContext, errors: SheetIssue[]): RowPlan | null {
  const err: RowError = (column, code, message) => errors.push({ row: rowNumber, column, code, message });
  const dept = rowDepartment(parsed.departmentName, rc, err);
  if (!dept) return null;
  const code = parsed.uscc ?? parsed.residentId ?? '';
  const old = checkCode(code, parsed.uscc ? '统一社会信用代码' : '公民身份号码', rowNumber, rc, err);
  if (old === false) return null;
  return old
    ? { update: { ...parsed, departmentId: dept.id, id: old.id } }
    : { insert: { ...parsed, departmentId: dept.id } };
}

/**
 * Import of the target directory from .xlsx or .csv (R18): every row checked, duplicates in the
 * file and in the bureau found, and all rows written in the caller's transaction, or none: chunk by
 * chunk while the file is clean (importInChunks), so a 100,000-row file is never held whole. A job
 * passes `onProgress` and `signal` (cancelled: CANCELLED is thrown, the caller rolls back).
 */
export async function importTargets(ctx: RequestContext, file: Buffer, opts: ImportOptions): Promise<ImportReport> {
  const p = signedIn(ctx);
  const bureau = await ctx.loaders.bureau.load(p.bureauId);
  if (!bureau) throw notFound('本单位');
  const rc: RowContext = {
    bureauId: p.bureauId,
    departments: await importDepartments(ctx),
    existing: new Map(),
    firstRowOf: new Map(),
    duplicates: opts.duplicates,
    divisionCode: bureau.divisionCode,
    today: chinaDay(new Date()),
  };
  const read = { format: opts.format, columns: TARGET_COLUMNS, ...TARGET_SHEET_LIMITS };
  const result = await allRowsOrNone(ctx, () => importInChunks(file, read, opts, targetRules(ctx, rc)));
  const report: ImportReport = { ...result, mode: opts.mode };
  if (opts.mode === 'validate' || report.errors.length > 0) return report;
  await recordAudit(ctx, importSummaryAudit('IMPORT_TARGETS', 'Target', report, file));
  return report;
}

export const TARGET_SHEET_LIMITS = {
  maxRows: TARGET_IMPORT_MAX_ROWS,
  maxBytes: 64 * 1024 * 1024,
  maxUnzippedBytes: 512 * 1024 * 1024,
};

/**
 * A chunk's rows checked (the bureau's targets with the chunk's codes read once), then written and
 * audited while the file is clean.
 */
function targetRules(ctx: RequestContext, rc: RowContext): ChunkRules<TargetColumn, RowPlan> {
  let parsed: (ReturnType<typeof parseTargetRow> | null)[] = [];
  return {
    async prepare(rows) {
      parsed = rows.map((row) =>
        row.errors.length ? null : parseTargetRow(row.rowNumber, row.values, rc.divisionCode, rc.today),
      );
      const codes = parsed.flatMap((r) => (r && !Array.isArray(r) ? [r.uscc ?? r.residentId ?? ''] : []));
      rc.existing = await existingTargetCodes(ctx, rc.bureauId, codes);
    },
    check(row, i, errors) {
      const record = parsed[i];
      if (!record) return null;
      if (Array.isArray(record)) {
        errors.push(...record);
        return null;
      }
      return planRow(row.rowNumber, record, rc, errors);
    },
    async write(plans, report) {
      const inserts = plans.flatMap((p) => ('insert' in p ? [p.insert] : []));
      const updates = plans.flatMap((p) => ('update' in p ? [p.update] : []));
      parsed = [];
      const written = await writeTargets(ctx, inserts, updates);
      report.inserted += written.inserted;
      report.updated += written.updated;
      report.unchanged += written.unchanged;
      await recordAuditEntries(ctx, written.audit);
    },
  };
}
