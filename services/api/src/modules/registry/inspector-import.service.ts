import { Inspector } from '@dsr/db';
import { DomainError, parseIsoDate, trimmedOrNull } from '@dsr/domain';
import type { RequestContext } from '../../context';
import type { ColumnSpec, SheetFormat, SheetRow } from '../../common/sheets/sheet-types';
import { importSummaryAudit, type ImportResult } from '../../common/import-answer';
import {
  allRowsOrNone,
  importDepartments,
  writeRowsThroughService,
  type ImportDepartments,
} from '../../common/import-rows';
import type { ImportControl } from '../../common/import-control';
import { importInChunks, type ChunkRules } from '../../common/import-chunks';
import { signedIn } from '../../common/principal';
import { instanceOf } from '../../common/instance-of';
import { recordAudit } from '../audit/audit.service';
import type { InspectorService } from './inspectors.service';
import { CreateInspectorInput, InspectorInput, UpdateInspectorInput } from './registry.types';

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
  name: '李明',
  gender: '男',
  department: '治安大队',
  badgeNo: '410923001',
  warrantNo: '豫公字0001',
  warrantValidUntil: '2030-12-31',
  post: '治安民警',
  duty: '副大队长',
  skills: '旅馆业检查、娱乐场所检查',
  phone: '13800000000',
};

export interface InspectorImportOptions extends ImportControl {
  format: SheetFormat;
  mode: 'validate' | 'commit';
  duplicates: 'refuse' | 'update';
  keepRows: boolean;
}

interface InspectorRowPlan {
  rowNumber: number;
  input: InspectorInput;
  existing?: Inspector;
}

/** What the rows of one file are checked against: the bureau's departments and badges, and the file's own. */
interface RowContext {
  departments: ImportDepartments;
  existing: Map<string, Inspector>;
  seen: Map<string, number>;
  duplicates: InspectorImportOptions['duplicates'];
}

const genderOf = (v: string | null | undefined) => {
  const g = v?.trim();
  return g === '男' || g === 'M' ? 'M' : g === '女' || g === 'F' ? 'F' : null;
};

/** One sheet row checked like createInspector; its issues go to `err`, and a plan comes back when it has none. */
function planRow(row: SheetRow<Column>, rc: RowContext, err: (column: string, code: string, message: string) => void) {
  const v = row.values;
  const name = v.name?.trim();
  if (!name) err('姓名', 'REQUIRED', '必填');
  const gender = genderOf(v.gender);
  if (!gender) err('性别', 'BAD_VALUE', '应为“男”或“女”');
  const dept = rc.departments.enforcement(v.department?.trim() ?? '');
  if (!dept) err('部门', 'UNKNOWN_DEPARTMENT', `本单位没有执法部门“${v.department ?? ''}”`);
  else if (!rc.departments.mayImportFor(dept.id))
    err('部门', 'FORBIDDEN', `只能导入本部门的人员（不能导入“${dept.name}”）`);
  const external = dept?.kind === 'EXTERNAL';
  const badgeNo = trimmedOrNull(v.badgeNo);
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
  if (badgeNo) checkBadge(badgeNo, row.rowNumber, rc, err);
  if (!name || !gender || !dept) return null;
  const input = instanceOf(InspectorInput, {
    name,
    gender,
    departmentId: dept.id,
    badgeNo,
    warrantNo: trimmedOrNull(v.warrantNo),
    warrantValidUntil: until,
    externalAgency: external,
    agencyCertificateNo: trimmedOrNull(v.agencyCertificateNo),
    post: trimmedOrNull(v.post),
    duty: trimmedOrNull(v.duty),
    skills: (v.skills ?? '')
      .split(/[、,，;；\s]+/)
      .map((x) => x.trim())
      .filter(Boolean),
    qualifications: [],
    phone: trimmedOrNull(v.phone),
  });
  return { rowNumber: row.rowNumber, existing: badgeNo ? rc.existing.get(badgeNo) : undefined, input };
}

/** A badge once per file; one already registered is refused or updated as asked, never one of a leaver. */
function checkBadge(
  badgeNo: string,
  rowNumber: number,
  rc: RowContext,
  err: (column: string, code: string, message: string) => void,
) {
  const first = rc.seen.get(badgeNo);
  if (first !== undefined) err('警号', 'DUPLICATE_IN_FILE', `${badgeNo} 与第 ${first} 行重复`);
  rc.seen.set(badgeNo, rowNumber);
  const old = rc.existing.get(badgeNo);
  if (old && rc.duplicates === 'refuse') err('警号', 'DUPLICATE_EXISTING', `${badgeNo} 已登记为“${old.name}”`);
  if (old && old.status === 'LEFT') err('警号', 'INSPECTOR_LEFT', `${badgeNo} 对应的“${old.name}”已调离，不能更新`);
}

/**
 * Import of the inspector directory: rows checked like createInspector (badge unique in the
 * bureau, police need badge and warrant, agency officers their certificate), then written through
 * the inspector service so each entry gets its history (R14). Existing badges: refused or updated.
 */
export class InspectorImportService {
  constructor(private readonly inspectors: InspectorService) {}

  async importInspectors(ctx: RequestContext, file: Buffer, opts: InspectorImportOptions): Promise<ImportResult> {
    const p = signedIn(ctx);
    const rc: RowContext = {
      departments: await importDepartments(ctx),
      seen: new Map(),
      duplicates: opts.duplicates,
      existing: new Map(
        (await ctx.em.find(Inspector, { bureauId: p.bureauId, badgeNo: { $ne: null } })).map((i) => [
          i.badgeNo ?? '',
          i,
        ]),
      ),
    };
    const read = { format: opts.format, columns: INSPECTOR_COLUMNS, maxRows: 20_000 };
    const report = await allRowsOrNone(ctx, () => importInChunks(file, read, opts, this.rules(ctx, rc)));
    if (report.errors.length > 0 && report.inserted + report.updated > 0) ctx.em.clear(); // rows gone with the savepoint
    if (opts.mode === 'validate' || report.errors.length > 0) return report;
    await recordAudit(ctx, importSummaryAudit('IMPORT_INSPECTORS', 'Inspector', report, file));
    return report;
  }

  /**
   * A chunk's rows checked, then written through the inspector service while the file is clean; the
   * chunk's entities are let go after (flushed row by row already), so the identity map stays small.
   */
  private rules(ctx: RequestContext, rc: RowContext): ChunkRules<Column, InspectorRowPlan> {
    return {
      check(row, _i, errors) {
        const err = (column: string, code: string, message: string) =>
          errors.push({ row: row.rowNumber, column, code, message: `${column}：${message}` });
        return planRow(row, rc, err);
      },
      write: async (plans, report) => {
        await writeRowsThroughService(plans, report.errors, (plan) => this.writeRow(ctx, plan, report));
        ctx.em.clear();
      },
    };
  }

  private async writeRow(ctx: RequestContext, plan: InspectorRowPlan, report: ImportResult) {
    if (plan.existing && sameInspector(plan.existing, plan.input)) {
      report.unchanged++; // left alone: no history, no new version, no audit entry
    } else if (plan.existing) {
      // The sheet has no qualifications column: keep those on record.
      const inspector = Object.assign(new InspectorInput(), plan.input, {
        qualifications: plan.existing.qualifications,
      });
      const { id, version } = plan.existing;
      await this.inspectors.updateInspector(ctx, instanceOf(UpdateInspectorInput, { id, version, inspector }));
      report.updated++;
    } else {
      await this.inspectors.createInspector(ctx, instanceOf(CreateInspectorInput, { inspector: plan.input }));
      report.inserted++;
    }
  }
}

/** Whether a row says nothing new about an inspector on record (the fields the sheet carries). */
function sameInspector(i: Inspector, input: InspectorInput): boolean {
  const sameList = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x, n) => x === b[n]);
  return (
    i.name === input.name &&
    i.gender === input.gender &&
    i.departmentId === input.departmentId &&
    i.badgeNo === (input.badgeNo ?? null) &&
    i.warrantNo === (input.warrantNo ?? null) &&
    i.warrantValidUntil === (input.warrantValidUntil ?? null) &&
    i.externalAgency === input.externalAgency &&
    i.agencyCertificateNo === (input.agencyCertificateNo ?? null) &&
    i.post === (input.post ?? null) &&
    i.duty === (input.duty ?? null) &&
    i.phone === (input.phone ?? null) &&
    sameList(i.skills, input.skills)
  );
}
