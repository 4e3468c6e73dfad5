import type { CreditList } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { executeBound } from '../../common/bound-sql';

/**
 * The snapshot's inputs (DRAW.md §2, R25–R30), one named query each, set-based whatever the number
 * of targets. Every query names the bureau itself; row-level security applies underneath.
 */

export interface SnapshotTargetRow {
  id: string;
  name: string;
  region_code: string;
  status: string;
}
export interface SnapshotRiskRow {
  target_id: string;
  kind: 'FACTOR' | 'MITIGATION';
  code: string;
  since: string;
  until: string | null;
  source: string;
}
export interface SnapshotInspectorRow {
  id: string;
  name: string;
  department_id: string;
  status: string;
  warrant_valid_until: string | null;
  external_agency: boolean;
  skills: string[];
}
export interface LentInspectorRow extends Omit<SnapshotInspectorRow, 'department_id'> {
  bureau_name: string;
  department_code: string;
}

/** The task's population: the targets of the named bureaus within its categories, grades and regions. */
export interface TargetScope {
  bureauIds: readonly string[];
  categories: readonly string[];
  grades: readonly string[];
  regionCodes: readonly string[];
}

export function targetsForSnapshot(ctx: RequestContext, scope: TargetScope): Promise<SnapshotTargetRow[]> {
  const [categories, grades, regions] = [pgArray(scope.categories), pgArray(scope.grades), pgArray(scope.regionCodes)];
  return executeBound<SnapshotTargetRow>(
    ctx,
    `select t.id, t.name, t.region_code, t.status from target t
      where t.bureau_id = any(?::uuid[])
        and (cardinality(?::text[]) = 0 or t.business_category = any(?::text[]))
        and (cardinality(?::text[]) = 0 or t.grade = any(?::text[]))
        and (cardinality(?::text[]) = 0
             or exists (select 1 from unnest(?::text[]) r where left(t.region_code, length(r)) = r))`,
    [pgArray(scope.bureauIds), categories, categories, grades, grades, regions, regions],
  );
}

/** Risk factors and mitigations in force today (R27), of the targets of these bureaus. */
export function risksForSnapshot(
  ctx: RequestContext,
  bureauIds: readonly string[],
  today: string,
): Promise<SnapshotRiskRow[]> {
  return executeBound<SnapshotRiskRow>(
    ctx,
    `select e.target_id, e.kind, e.code, e.since::text as since, e.until::text as until, e.source
       from target_risk_entry e
      where e.bureau_id = any(?::uuid[]) and e.since <= ?::date and (e.until is null or e.until >= ?::date)`,
    [pgArray(bureauIds), today, today],
  );
}

/** R51: credit-list entries in force today (listed, not yet removed), of the targets of these bureaus. */
export interface SnapshotCreditRow {
  id: string;
  target_id: string;
  list: CreditList;
  listed_on: string;
  removed_on: string | null;
}

export function creditForSnapshot(
  ctx: RequestContext,
  bureauIds: readonly string[],
  today: string,
): Promise<SnapshotCreditRow[]> {
  return executeBound<SnapshotCreditRow>(
    ctx,
    `select c.id, c.target_id, c.list, c.listed_on::text as listed_on, c.removed_on::text as removed_on
       from credit_entry c
      where c.bureau_id = any(?::uuid[]) and c.listed_on <= ?::date and (c.removed_on is null or c.removed_on > ?::date)`,
    [pgArray(bureauIds), today, today],
  );
}

/** The bureau's earlier draws the cycle and cap count, leaving out the draw a redraw replaces. */
export interface EarlierDraws {
  bureauId: string;
  replacingDrawId: string | null;
}

const NO_DRAW = '00000000-0000-0000-0000-000000000000';

// Draws that stand: drawn, not replaced by a redraw that has run, and not the one being replaced now.
const STANDING = `d.bureau_id = ? and d.status = 'DRAWN' and d.id <> ?::uuid
  and not exists (select 1 from draw r where r.replaces_draw_id = d.id and r.status = 'DRAWN')`;
// R26/R28 count what was really assigned: the selections of standing draws, and of replaced draws
// only the targets actually visited (an on-site record on the inspection they made); the rest were cancelled.
const COUNTED = `d.bureau_id = ? and d.status = 'DRAWN' and ((d.id <> ?::uuid
  and not exists (select 1 from draw r where r.replaces_draw_id = d.id and r.status = 'DRAWN'))
  or exists (select 1 from inspection_source src join inspection_record rec on rec.inspection_id = src.inspection_id
             where src.draw_selection_id = s.id))`;

const earlier = (e: EarlierDraws) => [e.bureauId, e.replacingDrawId ?? NO_DRAW];

/** R26: the coverage cycle the items are in: the last standing draw's, or the next once it closed. */
export async function currentCycleNo(ctx: RequestContext, draws: EarlierDraws, coverageKey: string): Promise<number> {
  const [row] = await executeBound<{ cycle_no: number }>(
    ctx,
    `select coalesce(max(d.cycle_no + case when d.cycle_closed then 1 else 0 end), 1)::int as cycle_no
       from draw d where ${STANDING} and d.coverage_key = ?`,
    [...earlier(draws), coverageKey],
  );
  return row.cycle_no;
}

/** R26: the targets already drawn in this cycle of the items. */
export async function targetsDrawnInCycle(
  ctx: RequestContext,
  draws: EarlierDraws,
  coverageKey: string,
  cycleNo: number,
): Promise<Set<string>> {
  const rows = await executeBound<{ target_id: string }>(
    ctx,
    `select distinct s.target_id from draw_selection s join draw d on d.id = s.draw_id
      where ${COUNTED} and s.coverage_key = ? and s.cycle_no = ?`,
    [...earlier(draws), coverageKey, cycleNo],
  );
  return new Set(rows.map((r) => r.target_id));
}

/**
 * R28: the targets drawn jointly twice already this year (at most two joint draws per enterprise), by
 * any bureau: a superior's task draws a county's targets too (R41), in draws the county cannot read.
 * Counted by the reviewed app_private.joint_capped_targets (migration 0046) as COUNTED counts, for
 * the targets of the caller's own scope only.
 */
export async function jointCappedTargets(ctx: RequestContext, draws: EarlierDraws, year: number): Promise<Set<string>> {
  const rows = await executeBound<{ target_id: string }>(
    ctx,
    'select target_id from app_private.joint_capped_targets(?::int, ?::uuid) as target_id',
    [year, draws.replacingDrawId],
  );
  return new Set(rows.map((r) => r.target_id));
}

/** The bureau's inspectors of the participating departments, except those who left. */
export function inspectorsForSnapshot(
  ctx: RequestContext,
  bureauId: string,
  departmentIds: readonly string[],
): Promise<SnapshotInspectorRow[]> {
  return executeBound<SnapshotInspectorRow>(
    ctx,
    `select i.id, i.name, i.department_id, i.status, i.warrant_valid_until::text as warrant_valid_until,
            i.external_agency, i.skills
       from inspector i where i.bureau_id = ? and i.department_id = any(?::uuid[]) and i.status <> 'LEFT'`,
    [bureauId, pgArray(departmentIds)],
  );
}

export function departmentsForSnapshot(
  ctx: RequestContext,
  departmentIds: readonly string[],
): Promise<{ id: string; name: string; code: string }[]> {
  return executeBound(ctx, 'select id, name, code from department where id = any(?::uuid[])', [pgArray(departmentIds)]);
}

/** R34: the inspectors sibling bureaus lend, through the reviewed function. */
export function lentInspectorsForSnapshot(ctx: RequestContext): Promise<LentInspectorRow[]> {
  return executeBound<LentInspectorRow>(
    ctx,
    `select id, name, bureau_name, department_code, status, warrant_valid_until::text as warrant_valid_until,
            external_agency, skills
       from app_private.cross_region_inspectors()`,
    [],
  );
}

/**
 * R30: recusals in force on some day of the round's window: from `since` through `until` (the last
 * day; an ended conflict's until is the day it ended, so windows starting later no longer recuse).
 */
export function conflictsForSnapshot(
  ctx: RequestContext,
  bureauId: string,
  windowStart: string,
  windowEnd: string,
): Promise<{ inspector_id: string; target_id: string }[]> {
  return executeBound(
    ctx,
    `select distinct c.inspector_id, c.target_id from conflict_of_interest c
      where c.bureau_id = ? and c.since <= ?::date and (c.until is null or c.until >= ?::date)`,
    [bureauId, windowEnd, windowStart],
  );
}

/** A PostgreSQL array literal for a bound parameter (knex would expand a JS array into a list). */
function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
