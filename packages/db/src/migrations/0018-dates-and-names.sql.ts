/**
 * Issue 10 §4, "Dates" and "Names, not ids".
 *
 *   - R39: `inspection_report.late` and `working_days_late`, computed by the service (the working-day
 *     calendar and the China day live there) at the first submission; a trigger keeps them from
 *     ever changing afterwards, so a report's lateness does not move as days pass.
 *   - Names of the inspectors on a team the caller reads: a county reading its superior's inspection
 *     of one of its targets (R41) or its own draw with inspectors lent by a sibling (R34) does not read
 *     those inspector rows (their read policy stays as it is). app_private.team_inspectors returns,
 *     for the ids asked, only name, badge number, department and bureau, and only of inspectors in
 *     the caller's scope or on a team row the caller reads: an inspection member (own or handled
 *     scope), a draw selection or a swap's added inspector of a draw in its scope. Nothing else of a
 *     sibling's data.
 */
export const datesAndNamesUp = /* sql */ `
alter table inspection_report add column late boolean not null default false,
  add column working_days_late integer check (working_days_late >= 0),
  add constraint inspection_report_late_pair check (late or working_days_late is null);
create function app_private.keep_report_lateness() returns trigger language plpgsql as $f$
begin
  if (new.late, new.working_days_late) is distinct from (old.late, old.working_days_late) then
    raise exception '检查报告是否逾期在首次提交时确定，不可更改（R39）' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger inspection_report_lateness_kept before update on inspection_report
  for each row execute function app_private.keep_report_lateness();

-- Which draw selections name an inspector: the team-name check below, by inspector.
create index draw_selection_inspectors_gin on draw_selection using gin (inspector_ids);

create policy inspection_member_definer_names on inspection_member for select to dsr_definer using (true);
create policy draw_selection_definer_names on draw_selection for select to dsr_definer using (true);
create policy draw_swap_definer_names on draw_swap for select to dsr_definer using (true);
grant select on inspection_member, draw_selection, draw_swap to dsr_definer;

create function app_private.team_inspectors(p_ids uuid[]) returns table (
  id uuid, name text, badge_no text, department_id uuid, department_name text, bureau_id uuid, bureau_name text)
language plpgsql stable security definer set search_path = public, pg_temp as $f$
begin
  if app_scope() is null or app_tenant_id() is null then return; end if;
  return query
  select i.id, i.name, i.badge_no, d.id, d.name, b.id, b.name
    from inspector i
    join department d on d.id = i.department_id
    join bureau b on b.id = i.bureau_id
   where i.id = any(p_ids) and i.tenant_id = app_tenant_id()
     and (i.scope_path <@ app_scope()
       or exists (select 1 from inspection_member m where m.inspector_id = i.id and m.left_at is null and m.tenant_id = i.tenant_id
                   and (m.scope_path <@ app_scope() or m.handling_scope_path <@ app_scope()))
       or exists (select 1 from inspection_member m where m.inspector_id = i.id and m.left_at is not null and m.tenant_id = i.tenant_id
                   and (m.scope_path <@ app_scope() or m.handling_scope_path <@ app_scope()))
       or exists (select 1 from draw_selection s where s.inspector_ids @> array[i.id] and s.tenant_id = i.tenant_id and s.scope_path <@ app_scope())
       or exists (select 1 from draw_swap w where w.added_inspector_id = i.id and w.tenant_id = i.tenant_id and w.scope_path <@ app_scope()));
end $f$;
alter function app_private.team_inspectors(uuid[]) owner to dsr_definer;
revoke all on function app_private.team_inspectors(uuid[]) from public;
grant execute on function app_private.team_inspectors(uuid[]) to dsr_app;
`;
