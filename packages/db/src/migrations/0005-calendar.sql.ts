/**
 * Working-day calendar (issue 4): the official holiday schedules an administrator of a root
 * bureau loads, for a year chinese-days does not know or to correct one it does.
 *
 * Holidays are national, so the table is not bureau-owned (no bureau_id, scope_path or
 * tenant_id; a Citus reference table). Still:
 *   - everybody reads the same calendar: dsr_app may select every row, with or without a request
 *     scope (a deadline computed by a job without a scope must not differ from one computed in a
 *     request); nothing in it is secret;
 *   - dsr_app can neither insert, update nor delete: the only way in is
 *     app_private.replace_holiday_schedule (SECURITY DEFINER, owned by dsr_definer), which
 *     replaces one year's rows after checking that
 *       (1) the session is live and belongs to an active ADMIN of a bureau without a parent, that
 *           bureau being the request's (app.bureau_id), and
 *       (2) the last link of the caller's audit chain was written by this very transaction and
 *           records this load (LOAD_HOLIDAY_SCHEDULE of that year): no unaudited write, even by
 *           raw SQL under the service role;
 *   - loads of one year are serialised (advisory lock). Nothing is deleted: a new load marks the
 *     year's current rows superseded and adds its own under the next load number; the audit chain
 *     has each load's before and after as well.
 */
export const calendarUp = String.raw`
create table holiday_schedule (
  year integer not null check (year between 2000 and 2100),
  date date not null,
  kind text not null check (kind in ('holiday', 'workday')),
  name text not null check (length(name) between 1 and 20),
  load_no integer not null default 1 check (load_no >= 1),
  loaded_by uuid not null,
  loaded_at timestamptz not null default now(),
  superseded_at timestamptz,
  primary key (year, load_no, date),
  -- the notice for a year may move a day of the December before (2019's made 2018-12-29 a working day)
  check (date between make_date(year - 1, 12, 1) and make_date(year, 12, 31)),
  -- a make-up working day is a Saturday or Sunday
  check (kind = 'holiday' or extract(isodow from date) in (6, 7))
);

create unique index holiday_schedule_current_uq on holiday_schedule (year, date) where superseded_at is null;
create trigger holiday_schedule_no_delete before delete on holiday_schedule for each row execute function app_private.refuse_delete();

alter table holiday_schedule enable row level security;
alter table holiday_schedule force row level security;
create policy holiday_schedule_read on holiday_schedule for select to dsr_app using (true);
create policy holiday_schedule_definer on holiday_schedule to dsr_definer using (true) with check (true);
create policy holiday_schedule_maintenance on holiday_schedule to dsr_maintenance using (true) with check (true);
grant select on holiday_schedule to dsr_app;
grant select, insert, update on holiday_schedule to dsr_definer;

create function app_private.replace_holiday_schedule(p_session uuid, p_year integer, p_days jsonb)
returns integer
language plpgsql security definer set search_path = public, pg_temp as $f$
declare
  v_user uuid;
  v_tail record;
  v_count integer;
  v_load integer;
begin
  select u.id into v_user
  from auth_session s join app_user u on u.id = s.user_id join bureau b on b.id = u.bureau_id
  where s.id = p_session and s.revoked_at is null and s.expires_at > now() and u.active
    and 'ADMIN' = any (u.roles) and b.parent_id is null and b.id = app_bureau_id();
  if v_user is null then
    raise exception '只有顶级公安机关的管理员可以导入节假日安排' using errcode = 'insufficient_privilege';
  end if;
  -- The caller's chain is locked by audit_chain_tail for the rest of the transaction: its tail
  -- cannot move under us. xmin of a row this transaction inserted is its (32-bit) xid.
  select a.operation, a.object_id, a.actor_user_id, a.xmin::text as xmin into v_tail
  from audit_entry a where a.tenant_id = app_tenant_id() order by a.seq desc limit 1;
  if v_tail is null or v_tail.operation is distinct from 'LOAD_HOLIDAY_SCHEDULE' or v_tail.object_id is distinct from p_year::text
     or v_tail.actor_user_id is distinct from v_user
     or v_tail.xmin is distinct from (pg_current_xact_id()::text::bigint % 4294967296)::text then
    raise exception '节假日安排的导入必须先写审计记录' using errcode = 'insufficient_privilege';
  end if;
  perform pg_advisory_xact_lock(hashtextextended('holiday_schedule:' || p_year::text, 0));
  select coalesce(max(h.load_no), 0) + 1 into v_load from holiday_schedule h where h.year = p_year;
  update holiday_schedule set superseded_at = now() where year = p_year and superseded_at is null;
  insert into holiday_schedule (year, date, kind, name, load_no, loaded_by)
  select p_year, d.date, d.kind, d.name, v_load, v_user from jsonb_to_recordset(p_days) as d (date date, kind text, name text);
  get diagnostics v_count = row_count;
  return v_count;
end $f$;

alter function app_private.replace_holiday_schedule(uuid, integer, jsonb) owner to dsr_definer;
revoke all on function app_private.replace_holiday_schedule(uuid, integer, jsonb) from public;
grant execute on function app_private.replace_holiday_schedule(uuid, integer, jsonb) to dsr_app;
`;
