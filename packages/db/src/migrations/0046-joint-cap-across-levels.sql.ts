/**
 * R28 across levels (004 §17: at most two joint draws of one enterprise a year). A superior's task may
 * name bureaus below it (R41, plan_task.subordinate_bureau_ids), so a city's joint draw selects a
 * county's targets, in a draw_selection row of the city. Counting only the drawing bureau's own draws,
 * a county would draw its target jointly a third time after the city's draw (it cannot read the
 * city's rows), and the city after the county's two.
 *
 * app_private.joint_capped_targets counts, for the targets in the caller's own scope only (its bureau
 * and those below — the targets its draws select), the joint selections of the year by any bureau,
 * as draw-snapshot.queries.ts counts them (R26/R31): those of standing draws, and of a replaced draw
 * only the targets visited. It answers target ids and nothing of the superior's draws. p_replacing
 * (the caller's draw a redraw replaces) is left out only when it is a draw of the caller's bureau.
 */
export const jointCapAcrossLevelsUp = /* sql */ `
create policy inspection_source_definer_read on inspection_source for select to dsr_definer using (true);
grant select on inspection_source to dsr_definer;

create function app_private.joint_capped_targets(p_year integer, p_replacing uuid) returns setof uuid
language plpgsql stable security definer set search_path = public, pg_temp as $f$
begin
  if app_scope() is null or app_tenant_id() is null or app_bureau_id() is null then return; end if;
  return query
  select s.target_id
    from draw_selection s
    join draw d on d.tenant_id = s.tenant_id and d.id = s.draw_id
    join target t on t.tenant_id = s.tenant_id and t.id = s.target_id
   where s.tenant_id = app_tenant_id() and s.joint and s.year = p_year
     and t.scope_path <@ app_scope()
     and d.status = 'DRAWN'
     and (((p_replacing is null or d.id <> p_replacing or d.bureau_id <> app_bureau_id())
           and not exists (select 1 from draw r
                            where r.tenant_id = d.tenant_id and r.replaces_draw_id = d.id and r.status = 'DRAWN'))
          or exists (select 1 from inspection_source src
                       join inspection_record rec on rec.tenant_id = src.tenant_id and rec.inspection_id = src.inspection_id
                      where src.tenant_id = s.tenant_id and src.draw_selection_id = s.id))
   group by s.target_id
  having count(*) >= 2;
end $f$;
alter function app_private.joint_capped_targets(integer, uuid) owner to dsr_definer;
revoke all on function app_private.joint_capped_targets(integer, uuid) from public;
grant execute on function app_private.joint_capped_targets(integer, uuid) to dsr_app;
`;
