import { bureauOwnedRls } from './rls.sql';

/**
 * Plans and their filing (R19–R24, R29): a bureau's annual plan, a department's work plan filed
 * with the coordinating office (R8), a joint plan issued by the coordinating office (R21); tasks
 * naming published item versions, rounds with their time windows, and every filed version kept
 * with the superior's decision.
 *
 * The superior's decision is the one write that crosses the scope (a "named superior action",
 * ARCHITECTURE.md). It goes through app_private.decide_plan_filing, a SECURITY DEFINER function
 * owned by dsr_definer, rather than through a decision row owned by the superior (the other
 * design: a `plan_filing_decision` table written by the city and `alsoReadable` by the county).
 * Why the function:
 *   - the plan's status must change with the decision, and the draw (R24) must be able to trust
 *     `plan.status = 'ACKNOWLEDGED'`; with a separate decision row the county would have to copy
 *     the decision into its own plan, i.e. a county could write "acknowledged" itself;
 *   - here the county cannot: a trigger lets only dsr_definer (or maintenance) move a plan from
 *     FILED to ACKNOWLEDGED or RETURNED, and dsr_definer is reachable only through the function;
 *   - the function checks, inside the database, that the filing was filed to the caller's own
 *     bureau (app_bureau_id()) and lies in the caller's scope — so a sibling, a grandparent or any
 *     other bureau cannot decide, whatever the application does — and that the decider is an
 *     active coordinator or administrator of that bureau who did not file it;
 *   - dsr_definer may update only the decision columns (column grants), so even the function's
 *     owner cannot rewrite what was filed.
 * Filing itself is an ordinary write of the county's own rows; the insert policy of plan_filing
 * fixes the receiver in the database: the parent bureau (or, for a department's work plan or a
 * bureau without a parent, the bureau itself). Citus: a city's filing with its province crosses
 * tenants; the province's queue is then a cross-shard read, fine at that volume.
 */
export const planningUp = String.raw`
-- Settings the plan and draw rules leave to the bureau.
alter table bureau_setting
  add column allow_draw_from_filed_plan boolean not null default false,
  add column min_team_size integer not null default 2 check (min_team_size between 2 and 20),
  add column min_team_departments integer not null default 1 check (min_team_departments between 1 and 10);

create table plan (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  year integer not null check (year between 2000 and 2100),
  title text not null check (length(title) between 1 and 200),
  kind text not null check (kind in ('BUREAU', 'DEPARTMENT', 'JOINT')),
  department_id uuid references department (id),
  status text not null default 'DRAFT' check (status in ('DRAFT', 'FILED', 'ACKNOWLEDGED', 'RETURNED')),
  filing_count integer not null default 0 check (filing_count >= 0),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check ((kind = 'DEPARTMENT') = (department_id is not null)),
  -- A plan is a draft until it is first filed; after that it is never a draft again.
  check ((status = 'DRAFT') = (filing_count = 0))
);
-- One annual plan per bureau and year, one work plan per department and year (R19).
create unique index plan_bureau_year_uq on plan (tenant_id, bureau_id, year) where kind = 'BUREAU';
create unique index plan_department_year_uq on plan (tenant_id, bureau_id, department_id, year) where kind = 'DEPARTMENT';
create index plan_bureau_idx on plan (bureau_id, year);

create table plan_task (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  plan_id uuid not null references plan (id),
  name text not null check (length(name) between 1 and 200),
  item_version_ids uuid[] not null check (cardinality(item_version_ids) between 1 and 50),
  department_ids uuid[] not null check (cardinality(department_ids) between 1 and 50),
  external_agencies text[] not null default '{}',
  joint boolean not null default false,
  ratio_bp integer not null check (ratio_bp between 1 and 10000),
  times_per_year integer not null check (times_per_year between 1 and 366),
  region_codes text[] not null default '{}',
  business_categories text[] not null default '{}',
  grades text[] not null default '{}',
  team_size integer not null check (team_size between 2 and 20),
  required_department_ids uuid[] not null default '{}',
  required_skills text[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (required_department_ids <@ department_ids),
  check (cardinality(required_department_ids) <= team_size)
);
create index plan_task_plan_idx on plan_task (plan_id);

create table plan_round (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  plan_id uuid not null references plan (id),
  task_id uuid not null references plan_task (id),
  round_no integer not null check (round_no > 0),
  window_start date not null,
  window_end date not null,
  created_at timestamptz not null default now(),
  version integer not null default 1,
  check (window_start <= window_end)
);
create unique index plan_round_no_uq on plan_round (tenant_id, task_id, round_no);
create index plan_round_task_idx on plan_round (task_id);
create index plan_round_plan_idx on plan_round (plan_id);

create table plan_filing (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  plan_id uuid not null references plan (id),
  filing_no integer not null check (filing_no > 0),
  filed_to_bureau_id uuid not null references bureau (id),
  year integer not null,
  kind text not null check (kind in ('BUREAU', 'DEPARTMENT', 'JOINT')),
  content jsonb not null check (jsonb_typeof(content) = 'object'),
  warnings jsonb not null default '[]' check (jsonb_typeof(warnings) = 'array'),
  filed_by uuid not null,
  filed_at timestamptz not null default now(),
  decision text check (decision in ('ACKNOWLEDGED', 'RETURNED')),
  comment text check (length(comment) <= 2000),
  decided_by uuid,
  decided_at timestamptz,
  version integer not null default 1,
  check ((decision is null) = (decided_at is null) and (decision is null) = (decided_by is null)),
  check (decision is distinct from 'RETURNED' or length(btrim(comment)) > 0)
);
create unique index plan_filing_no_uq on plan_filing (tenant_id, plan_id, filing_no);
create index plan_filing_plan_idx on plan_filing (plan_id);
create index plan_filing_queue_idx on plan_filing (filed_to_bureau_id, decision, id);

-- Whom a plan is filed with: the parent bureau (R20); a department's work plan, or the plan of a
-- bureau without a parent, with the bureau's own coordinating office (R8, R19).
create function app_private.plan_filing_receiver(p_plan uuid) returns uuid
language sql stable set search_path = public, pg_temp as $f$
  select case when p.kind = 'DEPARTMENT' or b.parent_id is null then p.bureau_id else b.parent_id end
  from plan p join bureau b on b.id = p.bureau_id where p.id = p_plan
$f$;

-- The plan's life cycle, whoever writes: content frozen once filed; the decision is the
-- superior's (made only through app_private.decide_plan_filing, as dsr_definer).
create function app_private.guard_plan() returns trigger language plpgsql as $f$
declare
  superior boolean := current_user = 'dsr_definer' or pg_has_role(current_user, 'dsr_maintenance', 'MEMBER');
begin
  if (new.id, new.tenant_id, new.bureau_id, new.scope_path, new.kind, new.department_id, new.created_by)
     is distinct from (old.id, old.tenant_id, old.bureau_id, old.scope_path, old.kind, old.department_id, old.created_by) then
    raise exception '计划的所属机关、类别和部门不可更改' using errcode = 'check_violation';
  end if;
  if old.status not in ('DRAFT', 'RETURNED') and (new.year, new.title) is distinct from (old.year, old.title) then
    raise exception '已报备的计划不可修改' using errcode = 'check_violation';
  end if;
  if new.status is distinct from old.status then
    if old.status in ('DRAFT', 'RETURNED') and new.status = 'FILED' then
      if new.filing_count <> old.filing_count + 1
         or not exists (select 1 from plan_filing f where f.plan_id = new.id and f.filing_no = new.filing_count) then
        raise exception '报备须同时留存报备版本' using errcode = 'check_violation';
      end if;
    elsif old.status = 'FILED' and new.status in ('ACKNOWLEDGED', 'RETURNED') and superior then
      null;
    else
      raise exception '计划状态不能由「%」改为「%」', old.status, new.status using errcode = 'insufficient_privilege';
    end if;
  elsif new.filing_count is distinct from old.filing_count then
    raise exception '报备次数只随报备增加' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger plan_guard before update on plan for each row execute function app_private.guard_plan();

-- Tasks and rounds change only while their plan is a draft or returned, and stay in its bureau
-- (and, for rounds, in its year).
create function app_private.guard_plan_content() returns trigger language plpgsql as $f$
declare
  p plan;
begin
  select * into p from plan where id = new.plan_id;
  if not found then
    raise exception '计划不存在或无权访问' using errcode = 'foreign_key_violation';
  end if;
  if p.status not in ('DRAFT', 'RETURNED') then
    raise exception '已报备的计划不可修改' using errcode = 'check_violation';
  end if;
  if new.bureau_id <> p.bureau_id or new.tenant_id <> p.tenant_id or new.scope_path <> p.scope_path then
    raise exception '任务和轮次只能属于本单位的计划' using errcode = 'insufficient_privilege';
  end if;
  if tg_op = 'UPDATE' and new.plan_id <> old.plan_id then
    raise exception '任务和轮次不能移到别的计划' using errcode = 'check_violation';
  end if;
  if tg_table_name = 'plan_round' then
    if not exists (select 1 from plan_task t where t.id = new.task_id and t.plan_id = new.plan_id) then
      raise exception '轮次的任务不属于该计划' using errcode = 'check_violation';
    end if;
    if extract(year from new.window_start) <> p.year or extract(year from new.window_end) <> p.year then
      raise exception '轮次时间不在计划年度内' using errcode = 'check_violation';
    end if;
  end if;
  return new;
end $f$;
create trigger plan_task_guard before insert or update on plan_task for each row execute function app_private.guard_plan_content();
create trigger plan_round_guard before insert or update on plan_round for each row execute function app_private.guard_plan_content();

-- A filing is the version as filed: only the decision is ever added, once.
create function app_private.guard_plan_filing() returns trigger language plpgsql as $f$
declare
  p plan;
begin
  if tg_op = 'INSERT' then
    select * into p from plan where id = new.plan_id;
    if not found or p.bureau_id <> new.bureau_id or p.status not in ('DRAFT', 'RETURNED') or new.filing_no <> p.filing_count + 1
       or new.decision is not null then
      raise exception '只能报备本单位草稿或被退回的计划，报备序号依次递增' using errcode = 'check_violation';
    end if;
    return new;
  end if;
  if (new.id, new.tenant_id, new.bureau_id, new.scope_path, new.plan_id, new.filing_no, new.filed_to_bureau_id, new.year, new.kind,
      new.content, new.warnings, new.filed_by, new.filed_at)
     is distinct from (old.id, old.tenant_id, old.bureau_id, old.scope_path, old.plan_id, old.filing_no, old.filed_to_bureau_id, old.year, old.kind,
      old.content, old.warnings, old.filed_by, old.filed_at) then
    raise exception '报备版本不可修改' using errcode = 'check_violation';
  end if;
  if old.decision is not null then
    raise exception '该次报备已处理' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger plan_filing_guard before insert or update on plan_filing for each row execute function app_private.guard_plan_filing();

create trigger plan_no_delete before delete on plan for each row execute function app_private.refuse_delete();
create trigger plan_task_no_delete before delete on plan_task for each row execute function app_private.refuse_delete();
create trigger plan_round_no_delete before delete on plan_round for each row execute function app_private.refuse_delete();
create trigger plan_filing_no_delete before delete on plan_filing for each row execute function app_private.refuse_delete();

${bureauOwnedRls('plan')}
${bureauOwnedRls('plan_task')}
${bureauOwnedRls('plan_round')}
${bureauOwnedRls('plan_filing', { writable: false })}
-- The filer writes its own filing, to the one receiver the rules allow; it never updates it.
create policy plan_filing_insert on plan_filing for insert to dsr_app
  with check (scope_path = app_scope() and bureau_id = app_bureau_id() and filed_to_bureau_id = app_private.plan_filing_receiver(plan_id));
grant insert on plan_filing to dsr_app;

-- dsr_definer: reads what the decision needs, writes only the decision columns.
create policy plan_definer_read on plan for select to dsr_definer using (true);
create policy plan_definer_decide on plan for update to dsr_definer using (status = 'FILED') with check (status in ('ACKNOWLEDGED', 'RETURNED'));
create policy plan_filing_definer_read on plan_filing for select to dsr_definer using (true);
create policy plan_filing_definer_decide on plan_filing for update to dsr_definer using (decision is null) with check (decision is not null);
grant select on plan, plan_filing to dsr_definer;
grant update (status, updated_at, version) on plan to dsr_definer;
grant update (decision, comment, decided_by, decided_at, version) on plan_filing to dsr_definer;

-- R20, the named superior action: acknowledge or return a filing made to the caller's bureau.
-- Anything else (no such filing, filed elsewhere, outside the scope) is one and the same refusal,
-- so that nobody learns whether a filing exists. Returns the plan's id.
create function app_private.decide_plan_filing(p_filing uuid, p_decision text, p_comment text, p_user uuid) returns uuid
language plpgsql security definer set search_path = public, pg_temp as $f$
declare
  f plan_filing;
  v_plan plan;
begin
  if p_decision not in ('ACKNOWLEDGED', 'RETURNED') then
    raise exception 'unknown decision %', p_decision using errcode = 'invalid_parameter_value';
  end if;
  select * into f from plan_filing where id = p_filing for update;
  if not found or app_bureau_id() is null or f.filed_to_bureau_id <> app_bureau_id() or not (f.scope_path <@ app_scope()) then
    raise exception '备案不存在或不是向本单位报备的' using errcode = 'insufficient_privilege';
  end if;
  if not exists (select 1 from app_user u where u.id = p_user and u.bureau_id = app_bureau_id() and u.active
                 and u.roles && array['ADMIN', 'COORDINATOR']) or p_user = f.filed_by then
    raise exception '无权处理此备案' using errcode = 'insufficient_privilege';
  end if;
  if f.decision is not null then
    raise exception '该次报备已处理' using errcode = 'check_violation';
  end if;
  select * into v_plan from plan where id = f.plan_id for update;
  if not found or v_plan.status <> 'FILED' or v_plan.filing_count <> f.filing_no then
    raise exception '该次报备已不是计划的现行报备' using errcode = 'check_violation';
  end if;
  if p_decision = 'RETURNED' and coalesce(btrim(p_comment), '') = '' then
    raise exception '退回须写明意见' using errcode = 'check_violation';
  end if;
  update plan_filing set decision = p_decision, comment = nullif(btrim(p_comment), ''), decided_by = p_user, decided_at = now(),
    version = version + 1 where id = p_filing;
  update plan set status = p_decision, updated_at = now(), version = version + 1 where id = f.plan_id;
  return f.plan_id;
end $f$;

-- R24, for the draw: may this round be drawn now? Its plan acknowledged, or filed where the bureau
-- allows drawing from a filed plan. Invoker's rights: the caller sees only what its scope shows.
create function app_private.plan_round_drawable(p_round uuid) returns boolean
language sql stable set search_path = public, pg_temp as $f$
  select exists (
    select 1 from plan_round r join plan p on p.id = r.plan_id left join bureau_setting s on s.bureau_id = p.bureau_id
    where r.id = p_round and (p.status = 'ACKNOWLEDGED' or (p.status = 'FILED' and coalesce(s.allow_draw_from_filed_plan, false))))
$f$;

alter function app_private.decide_plan_filing(uuid, text, text, uuid) owner to dsr_definer;
revoke all on function app_private.decide_plan_filing(uuid, text, text, uuid), app_private.plan_filing_receiver(uuid),
  app_private.plan_round_drawable(uuid) from public;
grant execute on function app_private.decide_plan_filing(uuid, text, text, uuid), app_private.plan_filing_receiver(uuid),
  app_private.plan_round_drawable(uuid) to dsr_app;
`;
