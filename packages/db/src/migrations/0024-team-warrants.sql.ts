/**
 * Issue 13 (the inspection's page): the team shows each member's warrant number (执法证号), as the
 * on-site record and the forms print it (R36): the police warrant card (警官证号), or an agency
 * officer's certificate. app_private.team_inspectors (0018) returns it beside the badge number, under
 * the same rule of who may read a team member's name; nothing else of a sibling's directory entry.
 * The returned columns change, so the function is dropped and made again with the same grants.
 */
export const teamWarrantsUp = /* sql */ `
drop function app_private.team_inspectors(uuid[]);
create function app_private.team_inspectors(p_ids uuid[]) returns table (
  id uuid, name text, badge_no text, department_id uuid, department_name text, bureau_id uuid, bureau_name text,
  warrant_no text)
language plpgsql stable security definer set search_path = public, pg_temp as $f$
begin
  if app_scope() is null or app_tenant_id() is null then return; end if;
  return query
  select i.id, i.name, i.badge_no, d.id, d.name, b.id, b.name, coalesce(i.warrant_no, i.agency_certificate_no)
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
