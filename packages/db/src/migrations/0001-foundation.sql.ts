/**
 * Foundation schema: bureau tree, departments, users, sessions, login throttle, audit chain,
 * and the three roles that make row-level security hold:
 *   - the migrator (owner of the tables, subject to FORCE ROW LEVEL SECURITY like everyone),
 *   - dsr_app: what the service connects as; owns nothing, no BYPASSRLS,
 *   - dsr_definer: owns the few SECURITY DEFINER functions that cross the scope on purpose
 *     (sign-in lookup, session check, audit chain tail); has policies of its own.
 * Every bureau-owned table has tenant_id (the city-level bureau, Citus distribution key),
 * bureau_id and scope_path (the owner's ltree path); every unique index includes tenant_id.
 */
export const foundationUp = String.raw`
create extension if not exists ltree;
create extension if not exists pg_trgm;
create extension if not exists pgcrypto;

do $$ begin
  if not exists (select 1 from pg_roles where rolname = 'dsr_app') then create role dsr_app nologin; end if;
  if not exists (select 1 from pg_roles where rolname = 'dsr_definer') then create role dsr_definer nologin; end if;
  if not exists (select 1 from pg_roles where rolname = 'dsr_maintenance') then create role dsr_maintenance nologin; end if;
end $$;
-- The migrator may act as the app role when no separate login is configured (SET ROLE), hands
-- functions to dsr_definer, and runs the seed and audit verification as dsr_maintenance.
do $$ begin execute format('grant dsr_app to %I', current_user); exception when others then null; end $$;
do $$ begin execute format('grant dsr_definer to %I', current_user); exception when others then null; end $$;
do $$ begin execute format('grant dsr_maintenance to %I', current_user); exception when others then null; end $$;

create schema if not exists app_private;
grant usage on schema public to dsr_app, dsr_definer;
grant usage on schema app_private to dsr_app, dsr_definer;

-- The request's scope. Missing or empty means NULL, and NULL matches no row (fail closed):
-- an empty ltree would be the ancestor of every path.
create function app_scope() returns ltree language sql stable as
  $f$ select nullif(current_setting('app.scope_path', true), '')::ltree $f$;
create function app_bureau_id() returns uuid language sql stable as
  $f$ select nullif(current_setting('app.bureau_id', true), '')::uuid $f$;
create function app_tenant_id() returns uuid language sql stable as
  $f$ select nullif(current_setting('app.tenant_id', true), '')::uuid $f$;

create table bureau (
  id uuid primary key,
  tenant_id uuid not null,
  parent_id uuid references bureau (id),
  division_code text not null check (division_code ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6})$'),
  name text not null check (length(name) between 1 and 100),
  level text not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
  path ltree not null,
  scope_path ltree not null generated always as (path) stored,
  created_at timestamptz not null default now(),
  version integer not null default 1
);
create unique index bureau_division_code_uq on bureau (tenant_id, division_code);
create index bureau_path_gist on bureau using gist (path);

create table department (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  code text not null check (code ~ '^[a-z][a-z0-9_-]{0,31}$'),
  name text not null check (length(name) between 1 and 60),
  kind text not null check (kind in ('POLICE', 'LEGAL', 'OVERSIGHT', 'COORDINATING', 'EXTERNAL')),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create unique index department_code_uq on department (tenant_id, bureau_id, code);
create index department_scope_gist on department using gist (scope_path);

create table app_user (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  department_id uuid not null references department (id),
  username text not null check (username ~ '^[a-z][a-z0-9._-]{2,63}$'),
  display_name text not null check (length(display_name) between 1 and 60),
  password_hash text not null,
  roles text[] not null check (roles <@ array['ADMIN','COORDINATOR','DEPARTMENT_HEAD','INSPECTOR','LEGAL_REVIEWER','OVERSIGHT','LEADER'] and cardinality(roles) > 0),
  active boolean not null default true,
  password_changed_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
-- Sign-in names are unique system-wide: enforced by createUser under an advisory lock, since a
-- distributed unique index must include tenant_id.
create unique index app_user_username_uq on app_user (tenant_id, username);
create index app_user_username_idx on app_user (username);
create index app_user_scope_gist on app_user using gist (scope_path);

create table auth_session (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  user_id uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  client_ip text,
  user_agent text
);
create index auth_session_user_idx on auth_session (user_id);

-- Failed sign-ins per account ("user:<name>") and per address ("ip:<addr>"). No bureau data.
create table login_throttle (
  key text primary key,
  failures integer not null default 0,
  window_started_at timestamptz not null default now(),
  locked_until timestamptz
);

create table audit_entry (
  id uuid primary key,
  tenant_id uuid not null,
  seq bigint not null check (seq > 0),
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  department_id uuid,
  actor_user_id uuid,
  actor_name text not null,
  at timestamptz not null,
  operation text not null,
  object_type text not null,
  object_id text,
  before jsonb not null default 'null',
  after jsonb not null default 'null',
  request_id text not null,
  prev_hash text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text not null check (hash ~ '^[0-9a-f]{64}$')
);
create unique index audit_entry_seq_uq on audit_entry (tenant_id, seq);
create index audit_entry_scope_gist on audit_entry using gist (scope_path);

create function app_private.refuse_audit_change() returns trigger language plpgsql as $f$
begin
  raise exception '审计记录只可追加，不可修改或删除' using errcode = 'insufficient_privilege';
end $f$;
create trigger audit_entry_append_only before update or delete on audit_entry
  for each row execute function app_private.refuse_audit_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
  for each statement execute function app_private.refuse_audit_change();

-- Row-level security: enabled and forced on every bureau-owned table.
alter table bureau enable row level security;
alter table bureau force row level security;
alter table department enable row level security;
alter table department force row level security;
alter table app_user enable row level security;
alter table app_user force row level security;
alter table auth_session enable row level security;
alter table auth_session force row level security;
alter table audit_entry enable row level security;
alter table audit_entry force row level security;

-- A bureau sees its subtree and its ancestors (a county must know whom it files with).
create policy bureau_read on bureau for select to dsr_app
  using (path <@ app_scope() or path @> app_scope());
create policy department_read on department for select to dsr_app using (scope_path <@ app_scope());
create policy department_write on department for insert to dsr_app with check (scope_path = app_scope() and bureau_id = app_bureau_id());
create policy department_update on department for update to dsr_app
  using (scope_path = app_scope()) with check (scope_path = app_scope() and bureau_id = app_bureau_id());
create policy app_user_read on app_user for select to dsr_app using (scope_path <@ app_scope());
create policy app_user_insert on app_user for insert to dsr_app with check (scope_path = app_scope() and bureau_id = app_bureau_id());
create policy app_user_update on app_user for update to dsr_app
  using (scope_path = app_scope()) with check (scope_path = app_scope() and bureau_id = app_bureau_id());
create policy auth_session_read on auth_session for select to dsr_app using (scope_path <@ app_scope());
create policy auth_session_insert on auth_session for insert to dsr_app with check (scope_path = app_scope());
create policy auth_session_update on auth_session for update to dsr_app
  using (scope_path = app_scope()) with check (scope_path = app_scope());
create policy audit_entry_read on audit_entry for select to dsr_app using (scope_path <@ app_scope());
create policy audit_entry_insert on audit_entry for insert to dsr_app
  with check (scope_path = app_scope() and tenant_id = app_tenant_id());

-- dsr_definer reads what the scope-crossing functions need, nothing else.
create policy bureau_definer on bureau for select to dsr_definer using (true);
create policy app_user_definer on app_user for select to dsr_definer using (true);
create policy auth_session_definer on auth_session for select to dsr_definer using (true);
create policy audit_entry_definer on audit_entry for select to dsr_definer using (true);

-- Maintenance (seed, audit verification, migrations' data fixes) sees and writes every row.
create policy bureau_maintenance on bureau to dsr_maintenance using (true) with check (true);
create policy department_maintenance on department to dsr_maintenance using (true) with check (true);
create policy app_user_maintenance on app_user to dsr_maintenance using (true) with check (true);
create policy auth_session_maintenance on auth_session to dsr_maintenance using (true) with check (true);
create policy audit_entry_maintenance on audit_entry to dsr_maintenance using (true) with check (true);

grant select on bureau to dsr_app, dsr_definer;
grant select, insert, update on department to dsr_app;
grant select, insert, update on app_user to dsr_app;
grant select on app_user to dsr_definer;
grant select, insert, update on auth_session to dsr_app;
grant select on auth_session to dsr_definer;
grant select, insert, update on login_throttle to dsr_app;
grant select, insert on audit_entry to dsr_app;
grant select on audit_entry to dsr_definer;

-- Sign-in: the account behind a name, whatever the caller's scope (there is none yet).
create function app_private.login_lookup(p_username text)
returns table (user_id uuid, password_hash text, active boolean, bureau_id uuid, tenant_id uuid, scope_path ltree)
language sql stable security definer set search_path = public, pg_temp as $f$
  select u.id, u.password_hash, u.active, u.bureau_id, u.tenant_id, u.scope_path
  from app_user u where u.username = p_username
$f$;

-- The principal behind a live session: one round trip per request, before the scope is set.
-- plpgsql, not sql: a SECURITY DEFINER sql function is re-planned on every call, and this runs
-- on every request.
create function app_private.session_principal(p_session uuid)
returns table (
  user_id uuid, username text, display_name text, roles text[], department_id uuid,
  bureau_id uuid, tenant_id uuid, scope_path ltree, bureau_ids uuid[], readable_bureau_ids uuid[]
)
language plpgsql stable security definer set search_path = public, pg_temp as $f$
begin
  return query
  select u.id, u.username, u.display_name, u.roles, u.department_id,
         u.bureau_id, u.tenant_id, u.scope_path,
         array(select b.id from bureau b where b.path <@ u.scope_path),
         array(select b.id from bureau b where b.path <@ u.scope_path or b.path @> u.scope_path)
  from auth_session s join app_user u on u.id = s.user_id
  where s.id = p_session and s.revoked_at is null and s.expires_at > now() and u.active;
end $f$;

-- Is a sign-in name taken anywhere? Serialised per name for the rest of the transaction.
create function app_private.username_taken(p_username text) returns boolean
language plpgsql security definer set search_path = public, pg_temp as $f$
begin
  perform pg_advisory_xact_lock(hashtextextended('username:' || p_username, 0));
  return exists (select 1 from app_user where username = p_username);
end $f$;

-- The tail of the caller's tenant chain, locked for the rest of the transaction so that two
-- writers cannot fork the chain.
create function app_private.audit_chain_tail(p_tenant uuid)
returns table (seq bigint, hash text)
language plpgsql security definer set search_path = public, pg_temp as $f$
begin
  if p_tenant is distinct from app_tenant_id() then
    raise exception 'audit chain of another tenant' using errcode = 'insufficient_privilege';
  end if;
  perform pg_advisory_xact_lock(hashtextextended('audit:' || p_tenant::text, 0));
  return query select a.seq, a.hash from audit_entry a where a.tenant_id = p_tenant order by a.seq desc limit 1;
end $f$;

grant create on schema app_private to dsr_definer; -- required to own functions there
alter function app_private.login_lookup(text) owner to dsr_definer;
alter function app_private.session_principal(uuid) owner to dsr_definer;
alter function app_private.username_taken(text) owner to dsr_definer;
alter function app_private.audit_chain_tail(uuid) owner to dsr_definer;
revoke all on all functions in schema app_private from public;
grant execute on function app_private.login_lookup(text), app_private.session_principal(uuid),
  app_private.username_taken(text), app_private.audit_chain_tail(uuid) to dsr_app;
`;
