import { bureauOwnedRls } from './rls.sql';

/**
 * The draw (双随机, R25–R34, DRAW.md): a draw is committed (snapshot, pool digest, commitment,
 * beacon source), then drawn once (beacon, revealed nonce, result), and never changed again.
 * The nonce waits in draw_secret, which the service role cannot read: only two reviewed
 * functions touch it, one to store it at commit and one to hand it over for the draw itself.
 * Re-draws and swaps are new records pointing at what they amend; nothing is deleted.
 */
export const drawUp = String.raw`
create table draw (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  plan_id uuid not null references plan (id),
  task_id uuid not null references plan_task (id),
  round_id uuid not null references plan_round (id),
  algorithm text not null check (algorithm = 'dsr-draw/1'),
  replaces_draw_id uuid references draw (id),
  redraw_reason text,
  approved_by uuid references app_user (id),
  status text not null default 'COMMITTED' check (status in ('COMMITTED', 'DRAWN')),
  coverage_key text not null,
  cycle_no integer not null check (cycle_no >= 1),
  joint boolean not null,
  year integer not null,
  snapshot text not null,
  pool_digest text not null check (pool_digest ~ '^[0-9a-f]{64}$'),
  commitment text not null check (commitment ~ '^[0-9a-f]{64}$'),
  exclusions jsonb not null default '[]',
  target_count integer not null,
  eligible_inspector_count integer not null,
  beacon_source text not null check (beacon_source in ('WITNESS', 'LOTTERY', 'NONE')),
  beacon_note text,
  beacon text,
  beacon_entered_by uuid references app_user (id),
  beacon_entered_at timestamptz,
  nonce text check (nonce ~ '^[0-9a-f]{64}$'),
  result text,
  result_digest text check (result_digest ~ '^[0-9a-f]{64}$'),
  n integer,
  cycle_closed boolean,
  committed_by uuid not null references app_user (id),
  committed_at timestamptz not null default now(),
  drawn_by uuid references app_user (id),
  drawn_at timestamptz,
  version integer not null default 1,
  check ((replaces_draw_id is null) = (redraw_reason is null and approved_by is null)),
  check ((status = 'DRAWN') = (result is not null and nonce is not null and drawn_at is not null)),
  check ((beacon_source = 'NONE') <= (beacon is null))
);
-- One original draw per round; a re-draw replaces one draw, once. Two requests racing to draw
-- the same round hit these indexes: one wins, the other gets CONFLICT.
create unique index draw_one_per_round on draw (tenant_id, round_id) where replaces_draw_id is null;
create unique index draw_replaced_once on draw (tenant_id, replaces_draw_id) where replaces_draw_id is not null;
create index draw_bureau_idx on draw (bureau_id, committed_at);
create index draw_coverage_idx on draw (bureau_id, coverage_key);

-- R31/R33: what was committed stays; a drawn draw never changes again.
create function app_private.freeze_draw() returns trigger language plpgsql as $f$
begin
  if old.status = 'DRAWN' then
    raise exception '抽取结果已产生，不可修改（R31）' using errcode = 'check_violation';
  end if;
  if (new.snapshot, new.pool_digest, new.commitment, new.beacon_source, new.round_id, new.replaces_draw_id, new.committed_by,
      new.committed_at, new.exclusions, new.coverage_key, new.cycle_no)
     is distinct from
     (old.snapshot, old.pool_digest, old.commitment, old.beacon_source, old.round_id, old.replaces_draw_id, old.committed_by,
      old.committed_at, old.exclusions, old.coverage_key, old.cycle_no) then
    raise exception '已承诺的抽取快照不可修改' using errcode = 'check_violation';
  end if;
  if old.beacon is not null and new.beacon is distinct from old.beacon then
    raise exception '信标已录入，不可更改' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger draw_frozen before update on draw for each row execute function app_private.freeze_draw();
create trigger draw_no_delete before delete on draw for each row execute function app_private.refuse_delete();

-- The nonce before its reveal. No grant to dsr_app at all; RLS for the definer role only.
create table draw_secret (
  draw_id uuid primary key references draw (id),
  nonce bytea not null check (length(nonce) = 32)
);
alter table draw_secret enable row level security;
alter table draw_secret force row level security;
create policy draw_secret_definer on draw_secret to dsr_definer using (true) with check (true);
grant select, insert on draw_secret to dsr_definer;
create policy draw_definer on draw for select to dsr_definer using (true);
grant select on draw to dsr_definer;

-- Stores the nonce of a draw the caller's bureau has just committed, if it matches the commitment.
create function app_private.draw_store_nonce(p_draw uuid, p_nonce text) returns void
language plpgsql security definer set search_path = public, pg_temp as $f$
begin
  if not exists (select 1 from draw d where d.id = p_draw and d.bureau_id = app_bureau_id() and d.status = 'COMMITTED'
                 and d.commitment = encode(sha256(decode(p_nonce, 'hex')), 'hex')) then
    raise exception 'nonce does not match a committed draw of this bureau' using errcode = 'insufficient_privilege';
  end if;
  insert into draw_secret (draw_id, nonce) values (p_draw, decode(p_nonce, 'hex'));
end $f$;

-- Hands the nonce over for the draw itself: only to the owning bureau, only while the draw is
-- committed and its beacon (if any) is in. The caller then writes it, revealed, with the result.
create function app_private.draw_take_nonce(p_draw uuid) returns text
language plpgsql security definer set search_path = public, pg_temp as $f$
declare v text;
begin
  select encode(s.nonce, 'hex') into v
    from draw d join draw_secret s on s.draw_id = d.id
   where d.id = p_draw and d.bureau_id = app_bureau_id() and d.status = 'COMMITTED'
     and (d.beacon_source = 'NONE' or d.beacon is not null);
  return v;
end $f$;
alter function app_private.draw_store_nonce(uuid, text) owner to dsr_definer;
alter function app_private.draw_take_nonce(uuid) owner to dsr_definer;
revoke all on function app_private.draw_store_nonce(uuid, text) from public;
revoke all on function app_private.draw_take_nonce(uuid) from public;
grant execute on function app_private.draw_store_nonce(uuid, text) to dsr_app;
grant execute on function app_private.draw_take_nonce(uuid) to dsr_app;

-- One row per drawn target: the coverage cycle (R26), the annual joint-draw count (R28) and the
-- inspections of issue 5 read these. Written once with the result.
create table draw_selection (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  draw_id uuid not null references draw (id),
  position integer not null,
  target_id uuid not null references target (id),
  stratum text not null,
  cycle text not null check (cycle in ('current', 'next')),
  coverage_key text not null,
  cycle_no integer not null,
  joint boolean not null,
  year integer not null,
  inspector_ids uuid[] not null,
  unique (tenant_id, draw_id, position),
  unique (tenant_id, draw_id, target_id)
);
create index draw_selection_coverage_idx on draw_selection (bureau_id, coverage_key, cycle_no);
create index draw_selection_target_idx on draw_selection (target_id, year);
create trigger draw_selection_no_delete before delete on draw_selection for each row execute function app_private.refuse_delete();
create function app_private.refuse_update() returns trigger language plpgsql as $f$
begin
  raise exception '抽取记录不可修改（R31、R33）' using errcode = 'check_violation';
end $f$;
create trigger draw_selection_no_update before update on draw_selection for each row execute function app_private.refuse_update();

-- R32: each participating department confirms its part within one working day.
create table draw_dispatch (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  draw_id uuid not null references draw (id),
  department_id uuid not null references department (id),
  target_count integer not null,
  dispatched_at timestamptz not null,
  due_date date not null,
  due_estimated boolean not null,
  confirmed_by uuid references app_user (id),
  confirmed_at timestamptz,
  version integer not null default 1,
  unique (tenant_id, draw_id, department_id)
);
create trigger draw_dispatch_no_delete before delete on draw_dispatch for each row execute function app_private.refuse_delete();

-- R31, DRAW.md §9: one inspector replaced by a small verifiable draw of its own.
create table draw_swap (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  draw_id uuid not null references draw (id),
  replaces_id uuid not null,
  target_id uuid not null references target (id),
  removed_inspector_id uuid not null references inspector (id),
  added_inspector_id uuid not null references inspector (id),
  reason text not null check (length(reason) between 2 and 500),
  approved_by uuid not null references app_user (id),
  snapshot text not null,
  pool_digest text not null,
  commitment text not null,
  nonce text not null,
  beacon text not null,
  result text not null,
  result_digest text not null,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  unique (tenant_id, replaces_id)
);
create trigger draw_swap_no_delete before delete on draw_swap for each row execute function app_private.refuse_delete();
create trigger draw_swap_no_update before update on draw_swap for each row execute function app_private.refuse_update();

-- R34: cross-region drawing. A bureau switches it on; its superior names the sibling bureaus that
-- lend inspectors (a row the superior owns and the subordinate reads). Lent inspectors are read
-- through one reviewed function, for the calling bureau only, and only while both hold.
alter table bureau_setting add column cross_region_drawing boolean not null default false;
create table cross_region_pool (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  subordinate_bureau_id uuid not null references bureau (id),
  lender_bureau_ids uuid[] not null check (cardinality(lender_bureau_ids) between 1 and 20),
  named_by uuid not null references app_user (id),
  named_at timestamptz not null default now(),
  version integer not null default 1,
  unique (tenant_id, subordinate_bureau_id)
);
create function app_private.check_cross_region_pool() returns trigger language plpgsql as $f$
begin
  if not exists (select 1 from bureau b where b.id = new.subordinate_bureau_id and b.parent_id = new.bureau_id)
     or exists (select 1 from unnest(new.lender_bureau_ids) l
                 where l = new.subordinate_bureau_id or not exists (select 1 from bureau b where b.id = l and b.parent_id = new.bureau_id)) then
    raise exception '只能在本机关的直属下级之间指定跨区域抽取（R34）' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger cross_region_pool_checked before insert or update on cross_region_pool
  for each row execute function app_private.check_cross_region_pool();
create trigger cross_region_pool_no_delete before delete on cross_region_pool for each row execute function app_private.refuse_delete();

create policy cross_region_pool_definer on cross_region_pool for select to dsr_definer using (true);
create policy bureau_setting_definer_draw on bureau_setting for select to dsr_definer using (true);
create policy inspector_definer_draw on inspector for select to dsr_definer using (true);
create policy department_definer_draw on department for select to dsr_definer using (true);
grant select on cross_region_pool, bureau_setting, inspector, department to dsr_definer;

create function app_private.cross_region_inspectors() returns table (
  id uuid, name text, bureau_id uuid, bureau_name text, department_code text, status text, warrant_valid_until date, external_agency boolean, skills text[])
language plpgsql stable security definer set search_path = public, pg_temp as $f$
begin
  return query
  select i.id, i.name, i.bureau_id, l.name, d.code, i.status, i.warrant_valid_until, i.external_agency, i.skills
    from cross_region_pool p
    join bureau_setting s on s.bureau_id = p.subordinate_bureau_id and s.cross_region_drawing
    join bureau l on l.id = any(p.lender_bureau_ids) and l.parent_id = p.bureau_id
    join inspector i on i.bureau_id = l.id and i.status <> 'LEFT'
    join department d on d.id = i.department_id
   where p.subordinate_bureau_id = app_bureau_id();
end $f$;
alter function app_private.cross_region_inspectors() owner to dsr_definer;
revoke all on function app_private.cross_region_inspectors() from public;
grant execute on function app_private.cross_region_inspectors() to dsr_app;

${bureauOwnedRls('cross_region_pool', { alsoReadable: 'subordinate_bureau_id = app_bureau_id()' })}
${bureauOwnedRls('draw')}
${bureauOwnedRls('draw_selection')}
${bureauOwnedRls('draw_dispatch')}
${bureauOwnedRls('draw_swap')}
`;
