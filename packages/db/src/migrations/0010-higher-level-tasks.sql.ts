/**
 * R41 (issue 5, "Higher-level tasks"; 000 §32): a superior's task may cover the targets of the
 * bureaus below it. The superior draws and inspects; the bureau the target belongs to handles the
 * findings (rectification, follow-up, penalty) and sees the inspection, its team, record, report
 * and evidence.
 *
 * Design:
 *   - `plan_task.subordinate_bureau_ids`: the bureaus below whose targets the task also draws.
 *   - `handling_bureau_id` / `handling_scope_path` on the inspection and its team, record, report
 *     and evidence (copied from the inspection, so each table's read policy stays one comparison):
 *     the read policies add `handling_scope_path <@ app_scope()`, so the handling bureau and its own
 *     superiors read, a sibling does not. Writes are unchanged: rows stay the superior's.
 *   - Triggers make the columns trustworthy: an inspection may name only the bureau its target
 *     belongs to, strictly below its own; a child row only its inspection's; neither ever changes.
 *   - The notice is the handling bureau's own row (the insert policy already fixes its bureau); a
 *     trigger allows a notice only from the bureau that handles the inspection's findings.
 *   - Non-cooperation found on such an inspection (R37) is a risk factor of the target in its own
 *     bureau's directory (R10), where its draws and its users read it: written through
 *     app_private.record_handled_refusal, which checks the caller inspected and recorded it.
 *   - The inspection's status (REPORTED → RECTIFYING → CLOSED) and its retention floor (R42) follow
 *     the handling bureau's notice through app_private.advance_handled_inspection, a SECURITY DEFINER
 *     function that checks in the database that the caller's bureau handles the inspection and that
 *     the notice is there.
 */
const CHILDREN = ['inspection_member', 'inspection_record', 'inspection_report', 'evidence'] as const;

const handlingColumns = (table: string) => `
alter table ${table} add column handling_bureau_id uuid references bureau (id), add column handling_scope_path ltree,
  add constraint ${table}_handling_pair check ((handling_bureau_id is null) = (handling_scope_path is null));
drop policy ${table}_read on ${table};
create policy ${table}_read on ${table} for select to dsr_app using (scope_path <@ app_scope() or handling_scope_path <@ app_scope());
`;

export const higherLevelTasksUp = String.raw`
alter table plan_task add column subordinate_bureau_ids uuid[] not null default '{}'
  check (cardinality(subordinate_bureau_ids) <= 200);

${handlingColumns('inspection')}
${CHILDREN.map(handlingColumns).join('')}
create index inspection_handling_idx on inspection (handling_bureau_id, status) where handling_bureau_id is not null;

-- Once written, the handling bureau of a row never changes.
create function app_private.keep_handling() returns trigger language plpgsql as $f$
begin
  if (new.handling_bureau_id, new.handling_scope_path) is distinct from (old.handling_bureau_id, old.handling_scope_path) then
    raise exception '处理发现问题的单位不可更改（R41）' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
${['inspection', ...CHILDREN].map((t) => `create trigger ${t}_handling_kept before update on ${t} for each row execute function app_private.keep_handling();`).join('\n')}

-- The handling bureau is the target's, strictly below the inspecting bureau.
create function app_private.check_inspection_handling() returns trigger language plpgsql as $f$
begin
  if new.handling_bureau_id is not null and not exists (
       select 1 from target t join bureau b on b.id = t.bureau_id
        where t.id = new.target_id and t.bureau_id = new.handling_bureau_id and b.path = new.handling_scope_path
          and b.path <@ new.scope_path and b.path <> new.scope_path) then
    raise exception '处理发现问题的单位须是检查对象所属的下级单位（R41）' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger inspection_handling_checked before insert on inspection for each row execute function app_private.check_inspection_handling();

-- A child row carries exactly its inspection's handling bureau (or none when the inspection has none).
create function app_private.check_child_handling() returns trigger language plpgsql as $f$
begin
  if new.handling_bureau_id is not null and not exists (
       select 1 from inspection i where i.id = new.inspection_id
          and i.handling_bureau_id = new.handling_bureau_id and i.handling_scope_path = new.handling_scope_path) then
    raise exception '处理发现问题的单位须与所属检查一致（R41）' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
${CHILDREN.map((t) => `create trigger ${t}_handling_checked before insert on ${t} for each row execute function app_private.check_child_handling();`).join('\n')}

-- R41/R40: the notice comes from the bureau that handles the findings: the handling bureau when
-- there is one, else the inspecting bureau itself.
create function app_private.check_notice_bureau() returns trigger language plpgsql as $f$
begin
  if not exists (select 1 from inspection i where i.id = new.inspection_id and coalesce(i.handling_bureau_id, i.bureau_id) = new.bureau_id) then
    raise exception '整改通知书须由负责处理发现问题的单位下达（R41）' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger rectification_notice_bureau_checked before insert on rectification_notice
  for each row execute function app_private.check_notice_bureau();

-- The handling bureau moves the superior's inspection along its own notice, and only so; each new
-- document of the notice (p_to null: a penalty decision) keeps the records two years from today (R42).
create function app_private.advance_handled_inspection(p_inspection uuid, p_to text) returns void
language plpgsql security definer set search_path = public, pg_temp as $f$
declare
  v inspection;
begin
  select * into v from inspection where id = p_inspection for update;
  if not found or app_bureau_id() is null or v.handling_bureau_id is distinct from app_bureau_id() or not (v.handling_scope_path <@ app_scope()) then
    raise exception '检查不存在，或发现的问题不由本单位处理' using errcode = 'insufficient_privilege';
  end if;
  if not exists (select 1 from rectification_notice n where n.inspection_id = v.id and n.bureau_id = app_bureau_id()) then
    raise exception '尚未下达责令整改通知书' using errcode = 'check_violation';
  end if;
  if p_to = 'CLOSED' and v.status = 'RECTIFYING' then
    if not exists (select 1 from rectification_notice n where n.inspection_id = v.id and n.bureau_id = app_bureau_id() and n.status <> 'ISSUED') then
      raise exception '复查结果尚未记录' using errcode = 'check_violation';
    end if;
  elsif p_to is not null and not (p_to = 'RECTIFYING' and v.status = 'REPORTED') then
    raise exception '检查状态不能由 % 变为 %', v.status, p_to using errcode = 'check_violation';
  end if;
  update inspection set status = coalesce(p_to, status),
    retention_until = greatest(retention_until, ((now() at time zone 'Asia/Shanghai')::date + interval '2 years')::date),
    version = version + 1 where id = p_inspection;
end $f$;
-- R37 → R10: non-cooperation on a superior's inspection of a target below is that target's risk
-- factor in its own bureau's directory. Only the inspecting bureau, for a record of it that names
-- non-cooperation, writes one.
create function app_private.record_handled_refusal(p_id uuid, p_inspection uuid, p_since date, p_source text, p_user uuid) returns void
language plpgsql security definer set search_path = public, pg_temp as $f$
declare
  v inspection;
  t target;
begin
  select * into v from inspection where id = p_inspection;
  if not found or app_bureau_id() is null or v.bureau_id <> app_bureau_id() or v.scope_path <> app_scope() or v.handling_bureau_id is null then
    raise exception '检查不存在，或不是本单位对下级单位检查对象的检查' using errcode = 'insufficient_privilege';
  end if;
  if not exists (select 1 from inspection_record r where r.inspection_id = v.id and r.non_cooperation <> '[]'::jsonb) then
    raise exception '现场检查记录未载明不配合情形' using errcode = 'check_violation';
  end if;
  select * into t from target where id = v.target_id;
  insert into target_risk_entry (id, tenant_id, bureau_id, scope_path, target_id, kind, code, since, until, source, note, recorded_by)
  values (p_id, t.tenant_id, t.bureau_id, t.scope_path, t.id, 'FACTOR', 'REFUSED_CHECK', p_since, null, p_source, null, p_user);
end $f$;
alter function app_private.record_handled_refusal(uuid, uuid, date, text, uuid) owner to dsr_definer;
revoke all on function app_private.record_handled_refusal(uuid, uuid, date, text, uuid) from public;
grant execute on function app_private.record_handled_refusal(uuid, uuid, date, text, uuid) to dsr_app;
grant select on inspection_record, target to dsr_definer;
grant insert on target_risk_entry to dsr_definer;
create policy inspection_record_definer_read on inspection_record for select to dsr_definer using (true);
create policy target_definer_read on target for select to dsr_definer using (true);
create policy target_risk_entry_definer_insert on target_risk_entry for insert to dsr_definer with check (true);

alter function app_private.advance_handled_inspection(uuid, text) owner to dsr_definer;
revoke all on function app_private.advance_handled_inspection(uuid, text) from public;
grant execute on function app_private.advance_handled_inspection(uuid, text) to dsr_app;
grant select on inspection, rectification_notice to dsr_definer;
grant update (status, retention_until, version) on inspection to dsr_definer;
create policy inspection_definer_read on inspection for select to dsr_definer using (true);
create policy inspection_definer_update on inspection for update to dsr_definer using (true) with check (true);
create policy rectification_notice_definer_read on rectification_notice for select to dsr_definer using (true);
`;
