import type { EntityManager } from '@mikro-orm/postgresql';
import { queryBound } from '../../common/bound-sql';

/**
 * The dashboards' SQL (issue 15 §Statistics). Every statement is an aggregate in PostgreSQL over the
 * summaries of migration 0033 (or, for the overdue deadlines, plans and inspectors, over small
 * indexed sets), read in the request's transaction: row-level security limits it to the caller's
 * subtree, and each statement also names the focus unit's path (checked to lie inside it).
 */

/** The item key of the summary rows that count all items together (0033). */
export const ALL_ITEMS = '00000000-0000-0000-0000-000000000000';

/** What a dashboard looks at: a unit's subtree, a year's months, optionally one item and one department code. */
export interface StatScope {
  /** The focus unit and its path; its direct subordinates are the "units". */
  unitId: string;
  path: string;
  year: number;
  fromMonth: number;
  untilMonth: number;
  itemId: string | null;
  departmentCode: string | null;
  /** China's today, for the overdue counts. */
  today: string;
}

/** How the figures are grouped: not at all, per direct subordinate unit (by path), per lead department, per month, per trade, per item. */
export type Grouping = 'none' | 'unit' | 'department' | 'month' | 'trade' | 'item';

export interface FigureSums {
  key: string | null;
  due: number;
  /** Of those due, the ones whose check ended by the last day of the period's last month (0044): 完成率's numerator. */
  due_done: number;
  inspected: number;
  reported: number;
  no_anomaly: number;
  rectification: number;
  case_filed: number;
  referred: number;
  judicial: number;
  other: number;
  published: number;
  notices: number;
  notices_concluded: number;
}

/** The path of the direct subordinate (or the focus itself, for its own rows) a row's scope_path falls under. */
const unitOf = (column: string) =>
  `(case when nlevel(${column}) > nlevel(?::ltree) then subpath(${column}, 0, nlevel(?::ltree) + 1) else ${column} end)::text`;

const departmentCodeFilter = (column: string) =>
  `(?::text is null or ${column} in (select d.id from department d where d.code = ?::text))`;

/** The summed measures of stat_inspection owned by the focus unit, grouped as asked (keys: child ids, department codes, months, trades, items). */
export function inspectionSums(em: EntityManager, s: StatScope, grouping: Grouping): Promise<FigureSums[]> {
  const key: Record<Grouping, string> = {
    none: 'null::text',
    unit: 's.child_id::text',
    department: 's.department_code',
    month: 's.month::text',
    trade: 's.business_category',
    item: 's.item_id::text',
  };
  // By item: each item's own rows (or the one asked for). By trade: the rows of all items, which carry
  // the trade. Otherwise the rows of all items, or of the one item asked for.
  const items =
    grouping === 'item'
      ? `(s.item_id <> '${ALL_ITEMS}' and (?::uuid is null or s.item_id = ?::uuid))`
      : 's.item_id = ?::uuid';
  const itemParams =
    grouping === 'item' ? [s.itemId, s.itemId] : [grouping === 'trade' ? ALL_ITEMS : (s.itemId ?? ALL_ITEMS)];
  return queryBound<FigureSums>(
    em,
    `select ${key[grouping]} as key,
            coalesce(sum(s.due), 0)::int as due, coalesce(sum(s.due_done_by[?]), 0)::int as due_done,
            coalesce(sum(s.inspected), 0)::int as inspected,
            coalesce(sum(s.reported), 0)::int as reported, coalesce(sum(s.no_anomaly), 0)::int as no_anomaly,
            coalesce(sum(s.rectification), 0)::int as rectification, coalesce(sum(s.case_filed), 0)::int as case_filed,
            coalesce(sum(s.referred), 0)::int as referred, coalesce(sum(s.judicial), 0)::int as judicial,
            coalesce(sum(s.other), 0)::int as other, coalesce(sum(s.published), 0)::int as published,
            coalesce(sum(s.notices), 0)::int as notices, coalesce(sum(s.notices_concluded), 0)::int as notices_concluded
       from stat_inspection s
      where s.bureau_id = ?::uuid and s.year = ? and ${items} and s.month between ? and ?
        and (?::text is null or s.department_code = ?::text)
      group by 1`,
    [s.untilMonth, s.unitId, s.year, ...itemParams, s.fromMonth, s.untilMonth, s.departmentCode, s.departmentCode],
  );
}

export interface CoverageSums {
  key: string | null;
  targets: number;
  targets_inspected: number;
}

/** Targets in the directory and those inspected in the year (all items and departments), owned by the focus unit. */
export function coverageSums(
  em: EntityManager,
  s: StatScope,
  grouping: 'none' | 'unit' | 'trade',
): Promise<CoverageSums[]> {
  const key = grouping === 'unit' ? 'c.child_id::text' : grouping === 'trade' ? 'c.business_category' : 'null::text';
  return queryBound<CoverageSums>(
    em,
    `select ${key} as key, coalesce(sum(c.targets), 0)::int as targets,
            coalesce(sum(c.targets_inspected), 0)::int as targets_inspected
       from stat_coverage c
      where c.bureau_id = ?::uuid and c.year = ?
      group by 1`,
    [s.unitId, s.year],
  );
}

export interface KeyedCount {
  key: string | null;
  n: number;
}

/** Inspectors on duty (R12) in scope, per unit or all together. */
export function activeInspectors(
  em: EntityManager,
  s: StatScope,
  grouping: 'none' | 'unit' | 'department',
): Promise<KeyedCount[]> {
  const key =
    grouping === 'unit' ? unitOf('i.scope_path') : grouping === 'department' ? 'i.department_id::text' : 'null::text';
  const keyParams = grouping === 'unit' ? [s.path, s.path] : [];
  return queryBound<KeyedCount>(
    em,
    `select ${key} as key, count(*)::int as n from inspector i
      where i.scope_path <@ ?::ltree and i.status = 'ACTIVE' and ${departmentCodeFilter('i.department_id')}
      group by 1`,
    [...keyParams, s.path, s.departmentCode, s.departmentCode],
  );
}

export interface PlanCounts {
  key: string | null;
  plans: number;
  tasks: number;
}

/** The year's plans (filed or not) and their tasks, in scope. */
export function planCounts(em: EntityManager, s: StatScope, grouping: 'none' | 'unit'): Promise<PlanCounts[]> {
  const key = grouping === 'unit' ? unitOf('p.scope_path') : 'null::text';
  const keyParams = grouping === 'unit' ? [s.path, s.path] : [];
  return queryBound<PlanCounts>(
    em,
    `select ${key} as key, count(distinct p.id)::int as plans, count(t.id)::int as tasks
       from plan p left join plan_task t on t.plan_id = p.id
      where p.scope_path <@ ?::ltree and p.year = ?
      group by 1`,
    [...keyParams, s.path, s.year],
  );
}

export interface OverdueCounts {
  key: string;
  reports: number;
  dispatches: number;
  rectifications: number;
  publications: number;
  appeals: number;
}

/**
 * Deadlines passed and not met, today, per unit (R32 dispatch confirmations, R39 reports, R40
 * rectifications, R47 publications, R49 appeals): each from the open rows' partial index.
 */
export function overdueCounts(em: EntityManager, s: StatScope): Promise<OverdueCounts[]> {
  return queryBound<OverdueCounts>(
    em,
    `with late as (
       select scope_path, 'R' as k from inspection where status = 'RECORDED' and report_due < ?::date and scope_path <@ ?::ltree
       union all
       select scope_path, 'D' from draw_dispatch where confirmed_at is null and due_date < ?::date and scope_path <@ ?::ltree
       union all
       select scope_path, 'N' from rectification_notice where status = 'ISSUED' and deadline < ?::date and scope_path <@ ?::ltree
       union all
       select scope_path, 'P' from publication where status in ('PENDING_APPROVAL', 'RETURNED') and due_date < ?::date
          and scope_path <@ ?::ltree
       union all
       select scope_path, 'A' from appeal where status in ('FILED', 'IN_HANDLING') and due_date < ?::date and scope_path <@ ?::ltree
     )
     select ${unitOf('scope_path')} as key,
            count(*) filter (where k = 'R')::int as reports, count(*) filter (where k = 'D')::int as dispatches,
            count(*) filter (where k = 'N')::int as rectifications, count(*) filter (where k = 'P')::int as publications,
            count(*) filter (where k = 'A')::int as appeals
       from late group by 1`,
    [...Array.from({ length: 5 }, () => [s.today, s.path]).flat(), s.path, s.path],
  );
}

export interface WorkloadRow {
  inspector_id: string;
  name: string;
  bureau_name: string;
  department_name: string;
  assigned: number;
  ended: number;
}

/** The inspectors with the most inspections in the year, in scope. */
export function busiestInspectors(em: EntityManager, s: StatScope, limit: number): Promise<WorkloadRow[]> {
  return queryBound<WorkloadRow>(
    em,
    // The top rows first, then their names: joining all of a province's inspectors before the sort cost 0.2 s.
    `select w.inspector_id, p.name, b.name as bureau_name, d.name as department_name, w.assigned, w.ended
       from (select w.inspector_id, w.bureau_id, w.department_id, w.assigned, w.ended from stat_inspector w
              where w.scope_path <@ ?::ltree and w.year = ? and w.assigned > 0 and ${departmentCodeFilter('w.department_id')}
              order by w.assigned desc, w.ended desc, w.inspector_id
              limit ?) w
       join inspector p on p.id = w.inspector_id
       join bureau b on b.id = w.bureau_id
       join department d on d.id = w.department_id
      order by w.assigned desc, w.ended desc, w.inspector_id`,
    [s.path, s.year, s.departmentCode, s.departmentCode, limit],
  );
}

export interface WorkloadSpread {
  inspectors: number;
  assigned: number;
  max: number;
  idle: number;
}

/** How the year's work spreads over the inspectors on duty: with work, total, most, on duty with none. */
export async function workloadSpread(em: EntityManager, s: StatScope): Promise<WorkloadSpread> {
  const rows = await queryBound<WorkloadSpread>(
    em,
    `with w as (
       select w.inspector_id, w.assigned from stat_inspector w
        where w.scope_path <@ ?::ltree and w.year = ? and w.assigned > 0 and ${departmentCodeFilter('w.department_id')})
     select (select count(*) from w)::int as inspectors, (select coalesce(sum(assigned), 0) from w)::int as assigned,
            (select coalesce(max(assigned), 0) from w)::int as max,
            -- On duty minus on duty with work: an anti-join of 5,000 inspectors against the CTE was planned as
            -- a nested loop (the CTE's rows unknown under row-level security), half a second at province size.
            ((select count(*) from inspector i
               where i.scope_path <@ ?::ltree and i.status = 'ACTIVE' and ${departmentCodeFilter('i.department_id')})
             - (select count(distinct i.id) from w join inspector i on i.id = w.inspector_id
                 where i.status = 'ACTIVE' and ${departmentCodeFilter('i.department_id')}))::int as idle`,
    [
      s.path,
      s.year,
      s.departmentCode,
      s.departmentCode,
      s.path,
      s.departmentCode,
      s.departmentCode,
      s.departmentCode,
      s.departmentCode,
    ],
  );
  return rows.at(0) ?? { inspectors: 0, assigned: 0, max: 0, idle: 0 };
}

export interface UnitRow {
  id: string;
  name: string;
  level: string;
  path: string;
  leaf: boolean;
}

/** A bureau the caller can read, by id (RLS: its subtree and its superiors), with whether it has subordinates. */
export async function bureauById(em: EntityManager, id: string): Promise<UnitRow | undefined> {
  const rows = await queryBound<UnitRow>(
    em,
    `select b.id, b.name, b.level, b.path::text as path,
            not exists (select 1 from bureau c where c.parent_id = b.id) as leaf
       from bureau b where b.id = ?::uuid`,
    [id],
  );
  return rows[0];
}

/** The focus's direct subordinates, in division-code order. */
export function childUnits(em: EntityManager, path: string): Promise<UnitRow[]> {
  return queryBound<UnitRow>(
    em,
    `select b.id, b.name, b.level, b.path::text as path,
            not exists (select 1 from bureau c where c.parent_id = b.id) as leaf
       from bureau b where b.path <@ ?::ltree and nlevel(b.path) = nlevel(?::ltree) + 1
      order by b.division_code`,
    [path, path],
  );
}

/** From the caller's bureau down to the focus (the breadcrumb of a drill-down). */
export function unitsBetween(em: EntityManager, top: string, focus: string): Promise<UnitRow[]> {
  return queryBound<UnitRow>(
    em,
    `select b.id, b.name, b.level, b.path::text as path, false as leaf
       from bureau b where b.path @> ?::ltree and b.path <@ ?::ltree order by nlevel(b.path)`,
    [focus, top],
  );
}

export interface DepartmentRow {
  id: string;
  name: string;
  code: string;
}

/** The departments of one bureau. */
export function departmentsOf(em: EntityManager, bureauId: string): Promise<DepartmentRow[]> {
  return queryBound<DepartmentRow>(
    em,
    'select d.id, d.name, d.code from department d where d.bureau_id = ?::uuid order by d.code',
    [bureauId],
  );
}

/** Item names by id (the caller's own, its subordinates' or the published items above it). */
export function itemNames(em: EntityManager, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (!ids.length) return Promise.resolve([]);
  return queryBound<{ id: string; name: string }>(
    em,
    `select i.id, coalesce((select v.name from inspection_item_version v where v.item_id = i.id
                             order by v.version_no desc limit 1), i.code) as name
       from inspection_item i where i.id = any(?::uuid[])`,
    [ids],
  );
}

/** When the summaries were last recomputed (every row carries the same time after a run; null before the first). */
export async function lastRefresh(em: EntityManager, unitId: string): Promise<Date | null> {
  const rows = await queryBound<{ at: Date | string | null }>(
    em,
    'select refreshed_at as at from stat_inspection where bureau_id = ?::uuid limit 1',
    [unitId],
  );
  const at = rows.at(0)?.at;
  return at ? new Date(at) : null;
}
