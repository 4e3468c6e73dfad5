import { createHash } from 'node:crypto';
import { Inspector } from '@dsr/db';
import { DomainError, parseIsoDate } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { readSheet } from '../../common/sheets/sheet-reader';
import { SheetReadError, sheetReadInfo, type ColumnSpec, type SheetFormat, type SheetIssue, type SheetRow } from '../../common/sheets/sheet-types';
import type { ImportResult } from '../../common/import-answer';
import { importDepartments, reportEmptySheet, writeRowsThroughService } from '../../common/import-rows';
import { recordAudit } from '../audit/audit.service';
import type { InspectorInput } from './registry.types';

/** The inspector directory as bureaus keep it (R12, R18). */
export const INSPECTOR_COLUMNS = [
  { key: 'name', header: '姓名', width: 10 },
  { key: 'gender', header: '性别', width: 6 },
  { key: 'department', header: '部门', aliases: ['所属部门', '单位部门'], width: 14 },
  { key: 'badgeNo', header: '警号', optional: true, width: 12 },
  { key: 'warrantNo', header: '警官证号', aliases: ['执法证号（民警）'], optional: true, width: 16 },
  { key: 'warrantValidUntil', header: '证件有效期至', aliases: ['有效期至'], optional: true, width: 14 },
  { key: 'agencyCertificateNo', header: '执法证号', aliases: ['行政执法证号'], optional: true, width: 16 },
  { key: 'post', header: '岗位', optional: true, width: 12 },
  { key: 'duty', header: '职务', optional: true, width: 12 },
  { key: 'skills', header: '技能', aliases: ['专业技能'], optional: true, width: 24 },
  { key: 'phone', header: '联系电话', aliases: ['电话'], optional: true, width: 16 },
] as const satisfies readonly ColumnSpec[];
type Column = (typeof INSPECTOR_COLUMNS)[number]['key'];

export const INSPECTOR_EXAMPLE: Partial<Record<Column, string>> = {
  name: '李明', gender: '男', department: '治安大队', badgeNo: '410923001', warrantNo: '豫公字0001', warrantValidUntil: '2030-12-31',
  post: '治安民警', duty: '副大队长', skills: '旅馆业检查、娱乐场所检查', phone: '13800000000',
};

/**
 * Import of the inspector directory: rows checked like createInspector (badge unique in the
 * bureau, police need badge and warrant, agency officers their certificate), then written through
 * the registry service so each entry gets its history (R14). Existing badges: refused or updated.
 */
export async function importInspectors(ctx: RequestContext, file: Buffer, opts: { format: SheetFormat; mode: 'validate' | 'commit'; duplicates: 'refuse' | 'update'; keepRows: boolean }): Promise<ImportResult> {
  const p = ctx.principal!;
  const departments = await importDepartments(ctx);
  const existing = new Map((await ctx.em.find(Inspector, { bureauId: p.bureauId, badgeNo: { $ne: null } })).map((i) => [i.badgeNo!, i]));
  const errors: SheetIssue[] = [];
  const sheetRows: SheetRow<Column>[] = [];
  const plans: { rowNumber: number; input: InspectorInput; existing?: Inspector }[] = [];
  const seen = new Map<string, number>();
  let rows = 0;
  const info = sheetReadInfo();
  try {
    for await (const row of readSheet(file, { format: opts.format, columns: INSPECTOR_COLUMNS, maxRows: 20_000, info })) {
      rows++;
      if (opts.keepRows) sheetRows.push(row);
      errors.push(...row.errors);
      const v = row.values;
      const err = (column: string, code: string, message: string) => errors.push({ row: row.rowNumber, column, code, message: `${column}：${message}` });
      const name = v.name?.trim();
      if (!name) err('姓名', 'REQUIRED', '必填');
      const gender = v.gender?.trim() === '男' || v.gender?.trim() === 'M' ? 'M' : v.gender?.trim() === '女' || v.gender?.trim() === 'F' ? 'F' : null;
      if (!gender) err('性别', 'BAD_VALUE', '应为“男”或“女”');
      const dept = departments.enforcement(v.department?.trim() ?? '');
      if (!dept) err('部门', 'UNKNOWN_DEPARTMENT', `本单位没有执法部门“${v.department ?? ''}”`);
      else if (!departments.mayImportFor(dept.id)) err('部门', 'FORBIDDEN', `只能导入本部门的人员（不能导入“${dept.name}”）`);
      const external = dept?.kind === 'EXTERNAL';
      const badgeNo = v.badgeNo?.trim() || null;
      if (!external && !badgeNo) err('警号', 'REQUIRED', '民警须填写警号');
      if (!external && !v.warrantNo?.trim()) err('警官证号', 'REQUIRED', '民警须填写警官证号');
      if (external && !v.agencyCertificateNo?.trim()) err('执法证号', 'REQUIRED', '外部机关人员须填写执法证号');
      let until: string | null = null;
      if (v.warrantValidUntil) {
        try {
          until = parseIsoDate(v.warrantValidUntil, 'warrantValidUntil');
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          err('证件有效期至', e.code, e.message);
        }
      }
      if (badgeNo) {
        if (seen.has(badgeNo)) err('警号', 'DUPLICATE_IN_FILE', `${badgeNo} 与第 ${seen.get(badgeNo)} 行重复`);
        seen.set(badgeNo, row.rowNumber);
        const old = existing.get(badgeNo);
        if (old && opts.duplicates === 'refuse') err('警号', 'DUPLICATE_EXISTING', `${badgeNo} 已登记为“${old.name}”`);
        if (old && old.status === 'LEFT') err('警号', 'INSPECTOR_LEFT', `${badgeNo} 对应的“${old.name}”已调离，不能更新`);
      }
      if (errors.some((e) => e.row === row.rowNumber)) continue;
      plans.push({
        rowNumber: row.rowNumber, existing: badgeNo ? existing.get(badgeNo) : undefined,
        input: {
          name: name!, gender: gender!, departmentId: dept!.id, badgeNo, warrantNo: v.warrantNo?.trim() || null, warrantValidUntil: until,
          externalAgency: external, agencyCertificateNo: v.agencyCertificateNo?.trim() || null, post: v.post?.trim() || null, duty: v.duty?.trim() || null,
          skills: (v.skills ?? '').split(/[、,，;；\s]+/).map((s) => s.trim()).filter(Boolean), qualifications: [], phone: v.phone?.trim() || null,
        },
      });
    }
  } catch (e) {
    if (!(e instanceof SheetReadError)) throw e;
    errors.push(e.issue);
  }
  const report: ImportResult = { rows, inserted: 0, updated: 0, unchanged: 0, errors, warnings: info.warnings, header: info.header, sheetRows };
  reportEmptySheet(rows, errors);
  if (opts.mode === 'validate' || errors.length > 0) return report;
  const registry = ctx.services.registry;
  const written = await writeRowsThroughService(plans, errors, async (plan) => {
    if (plan.existing && sameInspector(plan.existing, plan.input)) {
      report.unchanged++; // left alone: no history, no new version, no audit entry
    } else if (plan.existing) {
      // The sheet has no qualifications column: keep those on record.
      await registry.updateInspector(ctx, { id: plan.existing.id, version: plan.existing.version, inspector: { ...plan.input, qualifications: plan.existing.qualifications } });
      report.updated++;
    } else {
      await registry.createInspector(ctx, { inspector: plan.input });
      report.inserted++;
    }
  });
  if (!written) return report; // rolled back by the caller: all rows or none
  await recordAudit(ctx, { operation: 'IMPORT_INSPECTORS', objectType: 'Inspector', objectId: null,
    after: { rows, inserted: report.inserted, updated: report.updated, unchanged: report.unchanged, sha256: createHash('sha256').update(file).digest('hex') } });
  return report;
}

/** Whether a row says nothing new about an inspector on record (the fields the sheet carries). */
function sameInspector(i: Inspector, input: InspectorInput): boolean {
  const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, n) => x === b[n]);
  return i.name === input.name && i.gender === input.gender && i.departmentId === input.departmentId && i.badgeNo === (input.badgeNo ?? null)
    && i.warrantNo === (input.warrantNo ?? null) && i.warrantValidUntil === (input.warrantValidUntil ?? null) && i.externalAgency === !!input.externalAgency
    && i.agencyCertificateNo === (input.agencyCertificateNo ?? null) && i.post === (input.post ?? null) && i.duty === (input.duty ?? null)
    && i.phone === (input.phone ?? null) && sameList(i.skills, input.skills ?? []);
}
