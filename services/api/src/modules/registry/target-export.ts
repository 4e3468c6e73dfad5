import { TargetPermit, type Target } from '@dsr/db';
import { BUSINESS_CATEGORIES, isBusinessCategory, RISK_LEVELS, TARGET_STATUSES, type RiskLevel } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput } from '../../common/errors';
import { SIGNED_PARAMS } from '../../common/signed-url';
import { isUuid } from '../../loaders';
import { recordAudit } from '../audit/audit.service';
import type { TargetSearchService } from './target-search.service';
import type { TargetColumn } from './target-sheet';
import { TargetFilter } from './registry.types';
import { instanceOf } from '../../common/instance-of';

/** The registry reads the export needs: the filtered targets a page at a time (keyset on id). */
export type TargetPages = Pick<TargetSearchService, 'targetBatches'>;

/** The export's filter as a query string has it (GET /export/targets.xlsx) or a job's payload keeps it. */
export type ExportQuery = Readonly<Record<string, unknown>>;

type TargetSheetRow = Partial<Record<TargetColumn, string>>;

const EXPORT_PAGE = 2000;
/** By any code a stored target holds: one outside today's table exports as stored. */
const CATEGORY_NAME_OF: Readonly<Partial<Record<string, string>>> = BUSINESS_CATEGORIES;

const oneOf = (list: readonly string[]) => (v: string) => list.includes(v);

/**
 * The filters the export knows, each with the form its value must have (the target list's). R52:
 * a file is for its purpose only, so a filter the export cannot apply — an unknown key, an
 * unknown status or trade, a malformed code, region or id — is refused, never dropped: a mistyped
 * filter would otherwise give a file of every target that its reader believes is filtered.
 */
const FILTER_CHECKS = {
  nameContains: { ok: (v: string) => v.trim().length <= 50, message: '名称包含的文字不能超过 50 个字' },
  status: { ok: oneOf(TARGET_STATUSES), message: `状态应为 ${TARGET_STATUSES.join('、')} 之一` },
  businessCategory: { ok: isBusinessCategory, message: '行业类别代码不在行业类别表中' },
  regionCode: { ok: (v: string) => /^\d{2,12}$/.test(v), message: '区域代码应为 2 到 12 位数字' },
  grade: { ok: (v: string) => v.length <= 20, message: '等级不能超过 20 个字' },
  code: {
    ok: (v: string) => /^[0-9A-Za-z]{15,18}$/.test(v.trim()),
    message: '统一社会信用代码或身份证件号码格式不正确',
  },
  departmentId: { ok: isUuid, message: '管理部门编号无效' },
  riskLevel: { ok: oneOf(RISK_LEVELS), message: `风险等级应为 ${RISK_LEVELS.join('、')} 之一` },
} as const satisfies Record<string, { ok: (v: string) => boolean; message: string }>;

type FilterKey = keyof typeof FILTER_CHECKS;
const isFilterKey = (k: string): k is FilterKey => Object.prototype.hasOwnProperty.call(FILTER_CHECKS, k);

/**
 * The filter of a query string (GET /export/targets.xlsx, without a signed link's dl_* keys) or a
 * job's payload: the keys that have a value, as the export selects by and its audit entry names
 * them (empty values are no filter). Anything it cannot apply is BAD_USER_INPUT (see FILTER_CHECKS).
 */
export function exportQueryOf(query: ExportQuery): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) {
    if ((SIGNED_PARAMS as readonly string[]).includes(k)) continue;
    if (!isFilterKey(k)) throw badInput(k, `未知的筛选条件“${k.slice(0, 40)}”，未导出`);
    if (typeof v !== 'string') throw badInput(k, `筛选条件 ${k} 只能给一个值，未导出`);
    if (!v) continue;
    if (!FILTER_CHECKS[k].ok(v)) throw badInput(k, `${FILTER_CHECKS[k].message}，未导出`);
    out[k] = v;
  }
  return out;
}

/** R52: who exported which targets (the filter) and how many rows; `jobId` when a job wrote the file. */
export function auditTargetExport(
  ctx: RequestContext,
  bureauId: string,
  what: { filter: Record<string, string>; rows: number; jobId?: string },
): Promise<void> {
  return recordAudit(ctx, {
    operation: 'EXPORT_TARGETS',
    objectType: 'Bureau',
    objectId: bureauId,
    after: { ...what, file: 'targets.xlsx' },
  });
}

/** The list filter of an export's query (checked by exportQueryOf: a bad filter is refused). */
export function exportFilter(query: ExportQuery) {
  const q: Partial<Record<FilterKey, string>> = exportQueryOf(query);
  return instanceOf(TargetFilter, {
    nameContains: q.nameContains,
    status: q.status as Target['status'] | undefined,
    businessCategory: q.businessCategory,
    regionCode: q.regionCode,
    grade: q.grade,
    code: q.code,
    departmentId: q.departmentId,
    riskLevel: q.riskLevel as RiskLevel | undefined,
  });
}

/** One target as a sheet row, with its newest valid permit, so that the export imports back with it. */
function targetSheetRow(t: Target, permit: TargetPermit | undefined, department: string | undefined): TargetSheetRow {
  return {
    name: t.name,
    holderKind: t.holderKind === 'PERSON' ? '个人' : '单位',
    uscc: t.uscc ?? undefined,
    residentId: t.residentId ?? undefined,
    registrationAuthority: t.registrationAuthority ?? undefined,
    legalRepresentative: t.legalRepresentative ?? undefined,
    registeredAddress: t.registeredAddress ?? undefined,
    regionCode: t.regionCode,
    businessCategory: CATEGORY_NAME_OF[t.businessCategory] ?? t.businessCategory,
    grade: t.grade ?? undefined,
    contactPhone: t.contactPhone ?? undefined,
    department,
    permitNo: permit?.permitNo,
    permitType: permit?.permitType,
    permitValidUntil: permit?.validUntil ?? undefined,
  };
}

/** Every target the filter selects, a page at a time, as sheet rows. */
export async function* targetRows(
  ctx: RequestContext,
  registry: TargetPages,
  query: ExportQuery,
): AsyncGenerator<TargetSheetRow> {
  const deptNames = new Map<string, string>();
  const departmentName = async (id: string) => {
    if (!deptNames.has(id)) deptNames.set(id, (await ctx.loaders.department.load(id))?.name ?? '');
    return deptNames.get(id);
  };
  for await (const page of registry.targetBatches(ctx, exportFilter(query), EXPORT_PAGE)) {
    const valid = await ctx.em.find(
      TargetPermit,
      { targetId: { $in: page.map((t) => t.id) }, status: 'VALID' },
      { orderBy: { id: 'asc' } },
    );
    const permits = new Map(valid.map((x) => [x.targetId, x]));
    for (const t of page) {
      yield targetSheetRow(t, permits.get(t.id), await departmentName(t.departmentId));
    }
    ctx.em.clear(); // keep the identity map small on long exports
  }
}
