import { TargetPermit, type Target } from '@dsr/db';
import { BUSINESS_CATEGORIES } from '@dsr/domain';
import type { RequestContext } from '../../context';
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

const FILTER_KEYS = ['nameContains', 'status', 'businessCategory', 'regionCode', 'grade', 'code'] as const;

/** The filter's keys of a query string that have a value: what the export selects by, as its audit entry names it. */
export function exportQueryOf(query: ExportQuery): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of FILTER_KEYS) if (typeof query[k] === 'string' && query[k]) out[k] = query[k];
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

/** The list filter of GET /export/targets.xlsx, from its query string (empty values are no filter). */
export function exportFilter(query: ExportQuery) {
  const q = (k: string) => (typeof query[k] === 'string' && query[k] ? query[k] : undefined);
  return instanceOf(TargetFilter, {
    nameContains: q('nameContains'),
    status: q('status') as Target['status'] | undefined,
    businessCategory: q('businessCategory'),
    regionCode: q('regionCode'),
    grade: q('grade'),
    code: q('code'),
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
