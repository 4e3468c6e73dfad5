import { createHash } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import type { RequestContext } from '../../context';
import { readSheet } from '../../common/sheets/sheet-reader';
import { SheetReadError, type SheetFormat, type SheetIssue, type SheetRow } from '../../common/sheets/sheet-types';
import { importDepartments, reportEmptySheet } from '../../common/import-rows';
import { recordAudit, recordAuditEntries, type AuditChange } from '../audit/audit.service';
import { executeBound } from '../../common/bound-sql';
import { parseTargetRow, TARGET_COLUMNS, type TargetColumn, type TargetRecord } from './target-sheet';

export const TARGET_IMPORT_MAX_ROWS = 200_000;
const BATCH = 1000;

export interface ImportOptions {
  format: SheetFormat;
  /** validate: report every error, write nothing. commit: all rows or none. */
  mode: 'validate' | 'commit';
  /** A code already registered in the bureau: refuse the row, or update that record. */
  duplicates: 'refuse' | 'update';
  /** Keep the rows as read, for an error sheet (memory: only when asked). */
  keepRows?: boolean;
}

export interface ImportReport {
  mode: ImportOptions['mode'];
  rows: number;
  inserted: number;
  updated: number;
  errors: SheetIssue[];
  /** The rows as read, for the error sheet. */
  sheetRows: SheetRow<TargetColumn>[];
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
  const inserts: (TargetRecord & { departmentId: string })[] = [];
  const updates: (TargetRecord & { departmentId: string; id: string })[] = [];
  const firstRowOf = new Map<string, number>();
  let rowCount = 0;
  try {
    for await (const row of readSheet(file, { format: opts.format, columns: TARGET_COLUMNS, maxRows: TARGET_IMPORT_MAX_ROWS, maxBytes: 64 * 1024 * 1024, maxUnzippedBytes: 512 * 1024 * 1024 })) {
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
  const report: ImportReport = { mode: opts.mode, rows: rowCount, inserted: 0, updated: 0, errors, sheetRows };
  reportEmptySheet(rowCount, errors);
  if (opts.mode === 'validate' || errors.length > 0) return report;

  const now = new Date().toISOString();
  const base = { tenant_id: p.tenantId, bureau_id: p.bureauId, scope_path: p.scopePath, created_at: now, updated_at: now };
  const asRow = (r: TargetRecord & { departmentId: string }, id: string) => ({
    ...base, id, department_id: r.departmentId, holder_kind: r.holderKind, name: r.name, uscc: r.uscc, resident_id: r.residentId,
    registration_authority: r.registrationAuthority, legal_representative: r.legalRepresentative, registered_address: r.registeredAddress,
    region_code: r.regionCode, business_category: r.businessCategory, grade: r.grade, contact_phone: r.contactPhone,
  });
  const columns = `id uuid, tenant_id uuid, bureau_id uuid, scope_path ltree, department_id uuid, holder_kind text, name text, uscc text,
    resident_id text, registration_authority text, legal_representative text, registered_address text, region_code text, business_category text,
    grade text, contact_phone text, created_at timestamptz, updated_at timestamptz`;
  // Many rows per statement, passed as one bound JSON value: one round trip per thousand rows.
  // Every target written gets its own audit entry (before and after), chained in row order.
  report.inserted = inserts.length;
  report.updated = updates.length;
  const audit: AuditChange[] = [];
  // Batches are taken off the front so the written rows can be collected as we go.
  while (inserts.length) {
    const rows = inserts.splice(0, BATCH).map((r) => asRow(r, uuidv7()));
    await executeBound(ctx, `insert into target (id, tenant_id, bureau_id, scope_path, department_id, holder_kind, name, uscc, resident_id,
      registration_authority, legal_representative, registered_address, region_code, business_category, grade, contact_phone, created_at, updated_at)
      select * from jsonb_to_recordset(?::jsonb) as x(${columns})`, [JSON.stringify(rows)]);
    for (const row of rows) audit.push({ operation: 'IMPORT_TARGET', objectType: 'Target', objectId: row.id, after: auditedFields(row) });
  }
  while (updates.length) {
    const rows = updates.splice(0, BATCH).map((r) => asRow(r, r.id));
    // "o" is the row as it was before this statement: its values are the audit's "before".
    const old = await executeBound<Record<string, string | null>>(ctx, `update target t set department_id = x.department_id, holder_kind = x.holder_kind, name = x.name,
      registration_authority = x.registration_authority, legal_representative = x.legal_representative, registered_address = x.registered_address,
      region_code = x.region_code, business_category = x.business_category, grade = x.grade, contact_phone = x.contact_phone,
      updated_at = x.updated_at, version = t.version + 1
      from jsonb_to_recordset(?::jsonb) as x(${columns}), target o where t.id = x.id and o.id = x.id
      returning o.id, ${AUDITED.map((c) => `o.${c}`).join(', ')}`, [JSON.stringify(rows)]);
    const before = new Map(old.map((o) => [o.id, o]));
    for (const row of rows) {
      audit.push({ operation: 'IMPORT_TARGET_UPDATE', objectType: 'Target', objectId: row.id, before: auditedFields(before.get(row.id) ?? {}), after: auditedFields(row) });
    }
  }
  await recordAuditEntries(ctx, audit);
  await recordAudit(ctx, {
    operation: 'IMPORT_TARGETS', objectType: 'Target', objectId: null,
    after: { rows: report.rows, inserted: report.inserted, updated: report.updated, sha256: createHash('sha256').update(file).digest('hex') },
  });
  return report;
}

/** The columns of a target an import may set, as the audit entry records them. */
const AUDITED = ['department_id', 'holder_kind', 'name', 'uscc', 'resident_id', 'registration_authority', 'legal_representative',
  'registered_address', 'region_code', 'business_category', 'grade', 'contact_phone'] as const;

function auditedFields(row: Partial<Record<string, unknown>>): Record<string, string | null> {
  return Object.fromEntries(AUDITED.map((c) => [c, (row[c] as string | null | undefined) ?? null]));
}
