/**
 * 已完成 counted up to the end of the chosen period (issue 15): 0040's `due_inspected` counted, among
 * the inspections due in a month, those whose check had ended by the last refresh, whenever that was;
 * so "2026 年 1–6 月" looked at in December counted as done in June what ended in November, and a closed
 * period's 完成率 kept changing. The dashboard's 已完成 is now "of those due in the chosen months, ended
 * on or before the last day of the chosen period's last month" (the filter's `untilMonth`).
 *
 * The cut-off is always a month end of the due month's own year (a period lies in one year and is not
 * before its own months), so each stat_inspection row carries twelve cumulative counts instead of one:
 * `due_done_by[m]` = of the row's due inspections, those whose check ended on or before the last day of
 * month m of the row's year (Beijing dates, as check_ended_on is). A dashboard sums `due_done_by[untilMonth]`
 * over the same rows it reads now: no second table (same RLS, grants, citus distribution and read cost).
 * `due_inspected` is dropped, so nothing reads the old meaning. refresh_statistics is the 0040 function
 * with the array in place of the column. Until the next refresh (every five minutes) the rows already there
 * carry zeros.
 */
const NIL = `'00000000-0000-0000-0000-000000000000'::uuid`;
const ZEROS = `array_fill(0, array[12])`;
/** The twelve cumulative counts of a group of due rows, from each row's first month as done (`done_from`). */
const DONE_BY = `array[${Array.from({ length: 12 }, (_, k) => `count(*) filter (where ev.done_from <= ${k + 1})`).join(', ')}]::int[]`;

export const statisticsCutoffUp = /* sql */ `
alter table stat_inspection drop column due_inspected;
alter table stat_inspection add column due_done_by integer[] not null default ${ZEROS}
  constraint stat_inspection_due_done_by_months check (cardinality(due_done_by) = 12);

create or replace function app_private.refresh_statistics() returns integer
language plpgsql volatile security definer set search_path = public, pg_temp as $f$
declare
  v_at timestamptz := clock_timestamp();
  n1 integer; n2 integer; n3 integer;
begin
  perform pg_advisory_xact_lock(hashtext('dsr:refresh_statistics'));

  -- Each bureau's owners: itself and every bureau above it, with the owner's direct child on the way down (itself at its own level).
  drop table if exists pg_temp.stat_owner;
  create temp table stat_owner on commit drop as
    select b.id as bureau_id, a.id as owner_id, a.tenant_id as owner_tenant, a.path as owner_path,
           coalesce(c.id, a.id) as child_id
      from bureau b join bureau a on a.path @> b.path
      left join bureau c on nlevel(b.path) > nlevel(a.path) and c.path = subpath(b.path, 0, nlevel(a.path) + 1);

  with insp as (
    select i.id, i.bureau_id, d.code as department_code, t.business_category,
           i.window_start, i.check_ended_on, coalesce(r.status = 'APPROVED', false) as approved, r.opinion,
           array(select distinct v.item_id from inspection_item_version v where v.id = any (i.item_version_ids)) as items,
           exists (select 1 from publication p where p.tenant_id = i.tenant_id and p.kind = 'INSPECTION_RESULT'
                     and p.subject_id = i.id and p.published_at is not null) as published
      from inspection i
      join target t on t.id = i.target_id
      join department d on d.id = i.lead_department_id
      left join inspection_report r on r.inspection_id = i.id
     where i.status <> 'CANCELLED'
  ), ev as (
    -- An inspection due in the month counts as due there and, from the month of its year in which its check
    -- ended (1 if it ended in an earlier year, never if in a later one or not yet), as done by that month's end.
    select bureau_id, department_code, business_category, items, window_start as day,
           1 as due, case when check_ended_on is null then null
                          else greatest(1, (extract(year from check_ended_on) - extract(year from window_start))::int * 12
                                           + extract(month from check_ended_on)::int) end as done_from,
           0 as inspected, 0 as reported, null::text as opinion, 0 as published, 0 as notices, 0 as concluded
      from insp
    union all
    select bureau_id, department_code, business_category, items, check_ended_on,
           0, null, 1, approved::int, case when approved then opinion end, published::int, 0, 0
      from insp where check_ended_on is not null
    union all
    select insp.bureau_id, insp.department_code, insp.business_category, insp.items,
           (n.issued_at at time zone 'Asia/Shanghai')::date, 0, null, 0, 0, null, 0, 1, (n.status <> 'ISSUED')::int
      from rectification_notice n join insp on insp.id = n.inspection_id
  ), agg as (
    -- Per owner and child; the rows of all items carry the trade, each item's own rows carry none ('').
    select o.owner_tenant, o.owner_id, o.owner_path, o.child_id, extract(year from ev.day)::int as year,
           extract(month from ev.day)::int as month, ev.department_code, k.item_id, k.trade,
           sum(due)::int as due, ${DONE_BY} as due_done_by, sum(inspected)::int as inspected, sum(reported)::int as reported,
           count(*) filter (where opinion = 'NO_ANOMALY')::int as no_anomaly,
           count(*) filter (where opinion = 'RECTIFICATION')::int as rectification,
           count(*) filter (where opinion = 'CASE_FILED')::int as case_filed,
           count(*) filter (where opinion = 'REFERRED')::int as referred,
           count(*) filter (where opinion = 'JUDICIAL')::int as judicial,
           count(*) filter (where opinion = 'OTHER')::int as other,
           sum(published)::int as published, sum(notices)::int as notices, sum(concluded)::int as notices_concluded
      from ev
      join stat_owner o on o.bureau_id = ev.bureau_id
      cross join lateral (select ${NIL} as item_id, ev.business_category as trade
                          union all select x, '' from unnest(ev.items) as x) k
     group by 1, 2, 3, 4, 5, 6, 7, 8, 9
  )
  insert into stat_inspection as s (tenant_id, bureau_id, scope_path, child_id, year, month, department_code, item_id,
         business_category, due, due_done_by, inspected, reported, no_anomaly, rectification, case_filed, referred, judicial, other,
         published, notices, notices_concluded, refreshed_at)
  select agg.*, v_at from agg
  on conflict (tenant_id, bureau_id, child_id, year, month, department_code, item_id, business_category) do update set
    scope_path = excluded.scope_path, due = excluded.due, due_done_by = excluded.due_done_by, inspected = excluded.inspected, reported = excluded.reported,
    no_anomaly = excluded.no_anomaly, rectification = excluded.rectification, case_filed = excluded.case_filed,
    referred = excluded.referred, judicial = excluded.judicial, other = excluded.other, published = excluded.published,
    notices = excluded.notices, notices_concluded = excluded.notices_concluded, refreshed_at = excluded.refreshed_at;
  get diagnostics n1 = row_count;
  update stat_inspection set due = 0, due_done_by = ${ZEROS}, inspected = 0, reported = 0, no_anomaly = 0, rectification = 0, case_filed = 0,
         referred = 0, judicial = 0, other = 0, published = 0, notices = 0, notices_concluded = 0, refreshed_at = v_at
   where refreshed_at < v_at;

  -- Targets in the directory in a year (created by its end, not terminated before its start), and those
  -- inspected in it, by the target's own bureau (a target is one bureau's: the counts add up the tree).
  with years as (
    select distinct y from (
      select extract(year from window_start)::int as y from inspection
      union select extract(year from check_ended_on)::int from inspection where check_ended_on is not null
      union select extract(year from (now() at time zone 'Asia/Shanghai'))::int) x
  ), tg as (
    select bureau_id, business_category,
           extract(year from created_at at time zone 'Asia/Shanghai')::int as cy,
           extract(year from terminated_at at time zone 'Asia/Shanghai')::int as ty, count(*)::int as n
      from target group by 1, 2, 3, 4
  ), held as (
    select tg.bureau_id, years.y as year, tg.business_category, sum(tg.n)::int as targets
      from tg join years on tg.cy <= years.y and (tg.ty is null or tg.ty >= years.y)
     group by 1, 2, 3
  ), seen as (
    select t.bureau_id, extract(year from i.check_ended_on)::int as year, t.business_category,
           count(distinct t.id)::int as targets_inspected
      from inspection i join target t on t.id = i.target_id
     where i.check_ended_on is not null and i.status <> 'CANCELLED'
     group by 1, 2, 3
  ), per_bureau as (
    select coalesce(h.bureau_id, s2.bureau_id) as bureau_id, coalesce(h.year, s2.year) as year,
           coalesce(h.business_category, s2.business_category) as business_category,
           coalesce(h.targets, 0) as targets, coalesce(s2.targets_inspected, 0) as targets_inspected
      from held h full join seen s2 using (bureau_id, year, business_category)
  )
  insert into stat_coverage as s (tenant_id, bureau_id, scope_path, child_id, year, business_category, targets,
         targets_inspected, refreshed_at)
  select o.owner_tenant, o.owner_id, o.owner_path, o.child_id, p.year, p.business_category,
         sum(p.targets)::int, sum(p.targets_inspected)::int, v_at
    from per_bureau p join stat_owner o on o.bureau_id = p.bureau_id
   group by 1, 2, 3, 4, 5, 6
  on conflict (tenant_id, bureau_id, child_id, year, business_category) do update set
    scope_path = excluded.scope_path, targets = excluded.targets, targets_inspected = excluded.targets_inspected,
    refreshed_at = excluded.refreshed_at;
  get diagnostics n2 = row_count;
  update stat_coverage set targets = 0, targets_inspected = 0, refreshed_at = v_at where refreshed_at < v_at;

  insert into stat_inspector as s (tenant_id, bureau_id, scope_path, year, inspector_id, department_id, assigned, ended, refreshed_at)
  select x.tenant_id, x.bureau_id, x.scope_path, x.year, x.inspector_id, x.department_id, sum(x.assigned)::int, sum(x.ended)::int, v_at
    from (
      select p.tenant_id, p.bureau_id, p.scope_path, extract(year from i.window_start)::int as year, p.id as inspector_id,
             p.department_id, 1 as assigned, 0 as ended
        from inspection_member m join inspection i on i.id = m.inspection_id join inspector p on p.id = m.inspector_id
       where m.left_at is null and i.status <> 'CANCELLED'
      union all
      select p.tenant_id, p.bureau_id, p.scope_path, extract(year from i.check_ended_on)::int, p.id, p.department_id, 0, 1
        from inspection_member m join inspection i on i.id = m.inspection_id join inspector p on p.id = m.inspector_id
       where m.left_at is null and i.status <> 'CANCELLED' and i.check_ended_on is not null
    ) x
   group by 1, 2, 3, 4, 5, 6
  on conflict (tenant_id, bureau_id, year, inspector_id) do update set
    scope_path = excluded.scope_path, department_id = excluded.department_id, assigned = excluded.assigned,
    ended = excluded.ended, refreshed_at = excluded.refreshed_at;
  get diagnostics n3 = row_count;
  update stat_inspector set assigned = 0, ended = 0, refreshed_at = v_at where refreshed_at < v_at;

  return n1 + n2 + n3;
end $f$;
alter function app_private.refresh_statistics() owner to dsr_definer;
revoke execute on function app_private.refresh_statistics() from public;
grant execute on function app_private.refresh_statistics() to dsr_app;
`;
