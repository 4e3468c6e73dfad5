import { CREDIT_LIST_FACTORS, DEFAULT_RISK_RULE, type RiskLevel } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { executeBound } from '../../common/bound-sql';
import type { SqlCondition } from '../../common/filtered-read';
import { signedIn } from '../../common/principal';

/**
 * A target filter as the search runs it (see TargetSearchService.normaliseTargetFilter); the same
 * keys app_private.target_search reads (migration 0004).
 */
export interface TargetSearch {
  nameContains?: string;
  code?: string;
  regionCode?: string;
  businessCategory?: string;
  grade?: string;
  status?: string;
  departmentId?: string;
  permitExpiringBefore?: string;
  /** Not read by app_private.target_search: a search with a risk level takes the general path. */
  riskLevel?: RiskLevel;
  /** The day risk entries are counted on (with riskLevel). */
  riskOn?: string;
}

/** What app_private.target_search reads: the filter without the risk level it does not know. */
function searchJson(f: TargetSearch): string {
  return JSON.stringify({ ...f, riskLevel: undefined, riskOn: undefined });
}

/** Whether a search goes through the reviewed name-search function (a name, and no risk level). */
export function searchesByName(f: TargetSearch): boolean {
  return !!f.nameContains && !f.riskLevel;
}

/**
 * R10/R27/R51: the targets whose risk level on `day` is `level`, by the same rules as drawWeight:
 * distinct active factor and mitigation codes, weight clamped, then the level's band. Only
 * targets with active entries can be other than NORMAL, so NORMAL is "not any other level":
 * both read the small risk-entry and credit-entry tables, never a million targets one by one.
 */
function riskLevelCondition(level: RiskLevel, day: string): { sql: string; params: unknown[] } {
  const r = DEFAULT_RISK_RULE;
  const step = Math.max(1, r.increment);
  const weight = `greatest(${r.min}, least(${r.max}, ${r.base}
    + ${r.increment} * count(distinct e.code) filter (where e.kind = 'FACTOR')
    - ${r.decrement} * count(distinct e.code) filter (where e.kind = 'MITIGATION')))`;
  const band = `case when ${weight} < ${r.base} then 'LOW' when ${weight} < ${r.base + step} then 'NORMAL'
    when ${weight} < ${r.base + 2 * step} then 'ELEVATED' else 'HIGH' end`;
  // R51: credit-list entries in force count as the factors of the credit rule (CREDIT_LIST_FACTORS).
  const entries = `select e.target_id from (
      select r.target_id, r.kind, r.code from target_risk_entry r
       where r.since <= ?::date and (r.until is null or r.until >= ?::date)
      union all
      select c.target_id, 'FACTOR', f.code from credit_entry c
       cross join lateral jsonb_array_elements_text(?::jsonb -> c.list) as f(code)
       where c.listed_on <= ?::date and (c.removed_on is null or c.removed_on > ?::date)) e
    group by e.target_id`;
  const params = [day, day, JSON.stringify(CREDIT_LIST_FACTORS), day, day];
  return level === 'NORMAL'
    ? { sql: `not in (${entries} having ${band} <> 'NORMAL')`, params }
    : { sql: `in (${entries} having ${band} = ?)`, params: [...params, level] };
}

/** A PostgreSQL array literal for one bound parameter (knex would expand a JS array into a list). */
function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** A condition of bound SQL over the target table `t`. */
interface Condition {
  sql: string;
  params: unknown[];
}

/**
 * The targets a search selects within the bureaus the caller reads (the scope filter's condition,
 * written out: row-level security applies underneath as to any statement).
 */
function searchCondition(f: TargetSearch, bureauIds: readonly string[]): Condition {
  const where: Condition[] = [{ sql: 't.bureau_id = any(?::uuid[])', params: [pgArray(bureauIds)] }];
  if (f.nameContains) {
    // The reviewed function narrows by name (and everything else) inside the caller's scope.
    where.push({
      sql: 't.id in (select app_private.target_search(?::jsonb, null, null, false))',
      params: [searchJson(f)],
    });
  }
  if (f.code) where.push({ sql: '(t.uscc = ? or t.resident_id = ?)', params: [f.code, f.code] });
  // A region and everything below it, as a range: LIKE is not leakproof, so under row-level
  // security PostgreSQL could not use an index for it.
  if (f.regionCode)
    where.push({ sql: 't.region_code >= ? and t.region_code < ?', params: [f.regionCode, `${f.regionCode}:`] });
  if (f.businessCategory) where.push({ sql: 't.business_category = ?', params: [f.businessCategory] });
  if (f.grade) where.push({ sql: 't.grade = ?', params: [f.grade] });
  if (f.status) where.push({ sql: 't.status = ?', params: [f.status] });
  if (f.departmentId) where.push({ sql: 't.department_id = ?', params: [f.departmentId] });
  if (f.permitExpiringBefore) {
    // A subquery, not a list of ids: one statement however many permits match.
    const expiring =
      "t.id in (select p.target_id from target_permit p where p.status = 'VALID' and p.valid_until <= ?::date)";
    where.push({ sql: expiring, params: [f.permitExpiringBefore] });
  }
  if (f.riskLevel && f.riskOn) {
    const { sql, params } = riskLevelCondition(f.riskLevel, f.riskOn);
    where.push({ sql: `t.id ${sql}`, params });
  }
  return { sql: where.map((c) => c.sql).join(' and '), params: where.flatMap((c) => c.params) };
}

/** One page of a name search's ids, in id order after `afterId` (app_private.target_search). */
export async function nameSearchPage(
  ctx: RequestContext,
  f: TargetSearch,
  afterId: string | null,
  limit: number,
): Promise<string[]> {
  const rows = await executeBound<{ id: string }>(
    ctx,
    'select id from app_private.target_search(?::jsonb, ?::uuid, ?::int, true) as id',
    [searchJson(f), afterId, limit],
  );
  return rows.map((r) => r.id);
}

/** How many targets a name search finds, at most `cap` when given. */
export async function nameSearchCount(ctx: RequestContext, f: TargetSearch, cap: number | null): Promise<number> {
  const rows = await executeBound<{ n: number }>(
    ctx,
    'select count(*)::int as n from app_private.target_search(?::jsonb, null, ?::int, false)',
    [searchJson(f), cap],
  );
  return rows[0]?.n ?? 0;
}

/**
 * A name search's capped count and, under the cap, its page, in one statement: the matches are
 * read once (the page is then sorted from them). Over the cap the page comes from its own call.
 */
export async function nameSearchPageAndCount(
  ctx: RequestContext,
  f: TargetSearch,
  afterId: string | null,
  limit: number,
  cap: number,
) {
  const rows = await executeBound<{ n: number; ids: string[] }>(
    ctx,
    `with m as materialized (select id from app_private.target_search(?::jsonb, null, ?::int, false) as id)
     select (select count(*)::int from m) as n,
            array(select id from m where ?::uuid is null or id > ?::uuid order by id limit ?::int)::text[] as ids`,
    [searchJson(f), cap, afterId, afterId, limit],
  );
  const { n, ids } = rows[0] ?? { n: 0, ids: [] };
  return { count: n, ids: n < cap ? ids : null };
}

/** The ids of one page of the targets a (general) search selects, in id order after `afterId`. */
export async function searchPage(
  ctx: RequestContext,
  f: TargetSearch,
  afterId: string | null,
  limit: number,
): Promise<string[]> {
  const c = searchCondition(f, signedIn(ctx).bureauIds);
  const after = afterId ? ' and t.id > ?::uuid' : '';
  const rows = await executeBound<{ id: string }>(
    ctx,
    `select t.id from target t where ${c.sql}${after} order by t.id limit ?::int`,
    [...c.params, ...(afterId ? [afterId] : []), limit],
  );
  return rows.map((r) => r.id);
}

/**
 * A (general) search's page and its count up to `cap` as SQL for one statement with the page's
 * rows (paginateByIds, findWhereAndCount): the ids as a condition on the target alias, the count
 * as a scalar subquery. The rows themselves still pass the ORM's scope filter.
 */
export function searchPageAndCountSql(
  ctx: RequestContext,
  f: TargetSearch,
  afterId: string | null,
  limit: number,
  cap: number,
): { ids: SqlCondition; count: { text: string; params: unknown[] } } {
  const c = searchCondition(f, signedIn(ctx).bureauIds);
  const after = afterId ? ' and t.id > ?::uuid' : '';
  return {
    ids: {
      text: (a) => `${a}.id = any(array(select t.id from target t where ${c.sql}${after} order by t.id limit ?::int))`,
      params: [...c.params, ...(afterId ? [afterId] : []), limit],
    },
    count: {
      text: `select count(*)::int from (select 1 from target t where ${c.sql} limit ?::int) s`,
      params: [...c.params, cap],
    },
  };
}

/** How many targets a (general) search selects: all, or at most `cap` (reads no further). */
export async function searchCount(ctx: RequestContext, f: TargetSearch, cap?: number): Promise<number> {
  const c = searchCondition(f, signedIn(ctx).bureauIds);
  const rows =
    cap === undefined
      ? await executeBound<{ n: number }>(ctx, `select count(*)::int as n from target t where ${c.sql}`, c.params)
      : await executeBound<{ n: number }>(
          ctx,
          `select count(*)::int as n from (select 1 from target t where ${c.sql} limit ?::int) s`,
          [...c.params, cap],
        );
  return rows[0]?.n ?? 0;
}

/** The columns the target list counts by. */
export type FacetColumn = 'status' | 'business_category' | 'region_code' | 'grade' | 'department_id';

/** Counts of the targets a search selects per value of one column, most first. */
export async function facetCounts(ctx: RequestContext, f: TargetSearch | null, column: FacetColumn) {
  if (!f) return [];
  const c = searchCondition(f, signedIn(ctx).bureauIds);
  const rows = await executeBound<{ value: string | null; count: number }>(
    ctx,
    `select t.${column} as value, count(*)::int as count from target t where ${c.sql} group by t.${column}`,
    c.params,
  );
  return rows
    .map((r) => ({ value: r.value ?? '', count: r.count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
