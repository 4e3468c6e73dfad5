import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { TEAM_OPEN_STATUSES, type InspectorStatus } from '@dsr/domain';
import type { Inspection } from '@dsr/db';
import type { Principal, RequestContext } from '../../context';
import { executeBound, queryBound } from '../../common/bound-sql';
import type { SqlCondition } from '../../common/filtered-read';
import type { Handling } from './handling';

/** The inspection module's SQL, one named query each, with bind parameters. */

const uuids = (ids: readonly string[]) => `{${ids.join(',')}}`;
const OPEN = `{${TEAM_OPEN_STATUSES.join(',')}}`;

/** R41: for targets of the bureaus a task covers below it, each one's bureau (id and path). */
export async function handlingBureausOf(
  ctx: RequestContext,
  targetIds: readonly string[],
  subordinateBureauIds: readonly string[],
): Promise<Map<string, Handling>> {
  const rows = await executeBound<{ id: string; bureau_id: string; path: string }>(
    ctx,
    `select t.id, t.bureau_id, b.path::text as path from target t join bureau b on b.id = t.bureau_id
      where t.id = any(?::uuid[]) and t.bureau_id = any(?::uuid[])`,
    [uuids(targetIds), uuids(subordinateBureauIds)],
  );
  return new Map(rows.map((r) => [r.id, { bureauId: r.bureau_id, scopePath: r.path }]));
}

/** Matching runs one at a time per bureau: two draws of one target matched at once meet in one inspection. */
export async function lockMatching(ctx: RequestContext, bureauId: string): Promise<void> {
  await executeBound(ctx, 'select pg_advisory_xact_lock(hashtextextended(?, 0))', [`match-inspections:${bureauId}`]);
}

/**
 * R23: the targets of `bureauIds` (a task's own bureau and, R41, those below it it covers) under a
 * direct check whose window overlaps [windowStart, windowEnd]; the draw's snapshot leaves them out
 * of a round of that window ("正在接受直接检查（R23）"). One indexed query.
 */
export async function targetsUnderDirectCheck(
  em: EntityManager,
  bureauIds: readonly string[],
  windowStart: string,
  windowEnd: string,
): Promise<Set<string>> {
  const rows = await queryBound<{ target_id: string }>(
    em,
    `select distinct i.target_id from inspection i
      where i.bureau_id = any(?::uuid[]) and i.kind = 'DIRECT' and i.window_start <= ?::date and i.window_end >= ?::date`,
    [uuids(bureauIds), windowEnd, windowStart],
  );
  return new Set(rows.map((r) => r.target_id));
}

/**
 * Of `inspectionIds`, those the signed-in user is an active member of (through their directory
 * entries), by an entry still ACTIVE in the directory (R13): one who has left or is suspended no
 * longer acts on the inspections they were drawn for (the office swaps them out).
 */
export async function inspectionsOnMyTeam(
  ctx: RequestContext,
  p: Principal,
  inspectionIds: readonly string[],
): Promise<Set<string>> {
  if (!inspectionIds.length) return new Set();
  const rows = await executeBound<{ inspection_id: string }>(
    ctx,
    `select distinct m.inspection_id from inspection_member m
      where m.inspection_id = any(?::uuid[]) and m.left_at is null
        and m.inspector_id in (select x.id from inspector x where x.user_id = ? and x.bureau_id = ? and x.status = 'ACTIVE')`,
    [uuids(inspectionIds), p.userId, p.bureauId],
  );
  return new Set(rows.map((r) => r.inspection_id));
}

/** The directory status of the user's entry on the inspection's team that is not ACTIVE (why they may not act), if any. */
export async function myInactiveEntryOnTeam(
  ctx: RequestContext,
  p: Principal,
  inspectionId: string,
): Promise<InspectorStatus | null> {
  const rows = await executeBound<{ status: InspectorStatus }>(
    ctx,
    `select x.status from inspection_member m join inspector x on x.id = m.inspector_id
      where m.inspection_id = ?::uuid and m.left_at is null and x.user_id = ? and x.bureau_id = ? and x.status <> 'ACTIVE'
      limit 1`,
    [inspectionId, p.userId, p.bureauId],
  );
  return rows.at(0)?.status ?? null;
}

/**
 * The inspections the signed-in user is an active member of, as a condition on inspection's id:
 * `id = any(array(…))`, the array read from inspection_member_mine_idx alone (index-only, the
 * row-level security column included). The inspection side is then one index scan by id in id
 * order (PostgreSQL 17 walks the sorted array along the index; 15 and 16 sort the few dozen open
 * matches): a page stops after its rows, and closed inspections cost no heap visit when only open
 * ones are asked (inspection_open_idx). The subqueries are raw SQL, out of the ORM's scope filter
 * but under row-level security, with tenant and bureau given. A user is linked to at most one
 * directory entry per department (an officer in several departments' directories has several,
 * R17; inspector_user_department_unique); to none: no rows. A raw() fragment, kept for this plan:
 * its three values are the caller's own ids. Good for one query: build it anew for each.
 */
export function onMyTeam(p: Principal): FilterQuery<Inspection> {
  const mine = myTeam(p);
  return { [raw((a: string) => mine.text(a), mine.params)]: [] };
}

/**
 * An inspection whose report is submitted and waits for the lead department head's review (R38/R39): the
 * head's to-do. Raw SQL under row-level security, as onMyTeam; the report row is the inspection's one.
 */
export function reportInReview(): FilterQuery<Inspection> {
  const text = (a: string) =>
    `exists (select 1 from inspection_report r where r.tenant_id = ${a}.tenant_id and r.inspection_id = ${a}.id and r.status = 'SUBMITTED')`;
  return { [raw(text)]: [] };
}

/** onMyTeam as a condition of hand-written SQL (for paginate's `also`). */
export function myTeam(p: Principal): SqlCondition {
  return {
    text: (a) =>
      `${a}.id = any(array(select m.inspection_id from inspection_member m where m.left_at is null` +
      ' and m.inspector_id = any(array(select x.id from inspector x where x.tenant_id = ? and x.user_id = ? and x.bureau_id = ?))))',
    params: [p.tenantId, p.userId, p.bureauId],
  };
}

/**
 * A row of an inspection's file (its `inspection_id`) that is the signed-in user's work: an
 * inspection they are on, or (a department head) one their department leads. Raw SQL under
 * row-level security, tenant and bureau given, as in myTeam.
 */
export function myInspectionWork(p: Principal): SqlCondition {
  const team = myTeam(p);
  const onTeam = (a: string) => team.text('t').replace(/^t\.id = /, `${a}.inspection_id = `);
  if (!p.roles.includes('DEPARTMENT_HEAD')) return { text: onTeam, params: team.params };
  return {
    text: (a) =>
      `(${a}.inspection_id = any(array(select i.id from inspection i where i.tenant_id = ? and i.bureau_id = ?` +
      ` and i.lead_department_id = ?)) or ${onTeam(a)})`,
    params: [p.tenantId, p.bureauId, p.departmentId, ...team.params],
  };
}

/**
 * The superior's view: overdue reports per bureau of `bureauIds` (rows its scope already reads).
 * The one query here through `em.execute`, values written into the text: its plan is checked by
 * explaining the text as sent (inspection-plans.test.ts), and its values are a few ids and a day.
 */
export async function overdueReportCounts(
  ctx: RequestContext,
  bureauIds: readonly string[],
  today: string,
): Promise<{ bureauId: string; overdue: number }[]> {
  const rows = await ctx.em.execute<{ bureau_id: string; overdue: string }[]>(
    `select bureau_id, count(*) as overdue from inspection
      where bureau_id = any(?::uuid[]) and status = 'RECORDED' and report_due < ?::date group by bureau_id order by bureau_id`,
    [uuids(bureauIds), today],
  );
  return rows.map((r) => ({ bureauId: r.bureau_id, overdue: Number(r.overdue) }));
}

/** R41: a superior's inspection moved along by the bureau handling its findings (reviewed function, 0010). */
export async function advanceHandledInspection(
  ctx: RequestContext,
  inspectionId: string,
  to: string | null,
): Promise<void> {
  await executeBound(ctx, 'select app_private.advance_handled_inspection(?, ?)', [inspectionId, to]);
}

/** R41 + R37: a refusal found by a superior's check goes to the target's bureau's risk directory (reviewed function). */
export async function recordHandledRefusal(
  ctx: RequestContext,
  entry: { id: string; inspectionId: string; since: string; source: string; recordedBy: string },
): Promise<void> {
  await executeBound(ctx, 'select app_private.record_handled_refusal(?, ?, ?::date, ?, ?)', [
    entry.id,
    entry.inspectionId,
    entry.since,
    entry.source,
    entry.recordedBy,
  ]);
}

/** Locks an inspection whose team is still open and moves its version; false when the team is closed. */
export async function claimOpenInspection(ctx: RequestContext, inspectionId: string): Promise<boolean> {
  const rows = await executeBound(
    ctx,
    'update inspection set version = version + 1 where id = ? and status = any(?::text[]) returning id',
    [inspectionId, OPEN],
  );
  return rows.length > 0;
}

/** Of `inspectionIds`, those whose team is still open (no record yet). */
export async function openInspectionIds(ctx: RequestContext, inspectionIds: readonly string[]): Promise<Set<string>> {
  const rows = await executeBound<{ id: string }>(
    ctx,
    'select id from inspection where id = any(?::uuid[]) and status = any(?::text[])',
    [uuids(inspectionIds), OPEN],
  );
  return new Set(rows.map((r) => r.id));
}

export interface Withdrawing {
  replacedDrawId: string;
  byDrawId: string;
  reason: string;
  at: Date;
}

/** R31: cancels the open inspections among `ids`, naming the redraw that replaced their draw. */
export async function cancelOpenInspections(
  ctx: RequestContext,
  ids: readonly string[],
  w: Withdrawing,
): Promise<void> {
  await executeBound(
    ctx,
    `update inspection set status = 'CANCELLED', cancelled_at = ?, cancel_reason = ?, cancelled_by_draw_id = ?, version = version + 1
      where id = any(?::uuid[]) and status = any(?::text[])`,
    [w.at, w.reason, w.byDrawId, uuids(ids), OPEN],
  );
}

/** R31: the replaced draw's sources of `inspectionIds` withdrawn. */
export async function withdrawSources(
  ctx: RequestContext,
  inspectionIds: readonly string[],
  w: Withdrawing,
): Promise<void> {
  await executeBound(
    ctx,
    `update inspection_source set withdrawn_at = ?, withdrawn_reason = ?, withdrawn_by_draw_id = ?
      where draw_id = ? and withdrawn_at is null and inspection_id = any(?::uuid[])`,
    [w.at, w.reason, w.byDrawId, w.replacedDrawId, uuids(inspectionIds)],
  );
}

/**
 * R30: of `inspectorIds`, those with a declared conflict with the target in force on some day of
 * [windowStart, windowEnd] (from `since` through `until`, its last day), as the draw's snapshot reads them.
 */
export async function recusedFromTargetInWindow(
  ctx: RequestContext,
  targetId: string,
  inspectorIds: readonly string[],
  windowStart: string,
  windowEnd: string,
): Promise<string[]> {
  if (!inspectorIds.length) return [];
  const rows = await executeBound<{ inspector_id: string }>(
    ctx,
    `select distinct inspector_id from conflict_of_interest
      where target_id = ? and inspector_id = any(?::uuid[]) and since <= ?::date and (until is null or until >= ?::date)`,
    [targetId, uuids(inspectorIds), windowEnd, windowStart],
  );
  return rows.map((r) => r.inspector_id);
}
