/**
 * Background jobs (issue 12 §3). The queue itself is the job library's (pg-boss, its own schema,
 * installed by the migrate step: job-queue.ts); this table is our record of each job a user
 * started, owned like every bureau-owned row and read under the same row-level security: a job
 * and its result are visible only within the starter's scope.
 *
 * The worker runs a job as its starter: app_private.job_principal() gives the principal of the
 * user who started it (still active, still of the job's bureau) and sets the scope settings in the
 * same statement, as session_principal does for a request. The service role writes only rows of
 * its own bureau (the starter's), and may not delete any: a job ends with a state. Kinds and
 * states are packages/domain/src/vocabularies/jobs.ts as of this migration (a new kind widens the
 * check in a migration of its own).
 */
export const jobsUp = /* sql */ `
create table job (
  id uuid not null,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  kind text not null check (kind in ('AUDIT_VERIFICATION', 'TARGET_IMPORT', 'INSPECTOR_IMPORT', 'ITEM_IMPORT',
    'RETENTION_EXPORT', 'TARGET_EXPORT')),
  state text not null default 'QUEUED' check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
  payload jsonb not null default '{}',
  progress integer not null default 0 check (progress >= 0),
  total integer check (total >= 0),
  attempts integer not null default 0 check (attempts >= 0),
  started_by uuid not null,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz,
  result jsonb,
  errors jsonb not null default '[]' check (jsonb_typeof(errors) = 'array'),
  constraint job_pkey primary key (id, tenant_id),
  constraint job_started_by_fkey foreign key (tenant_id, started_by) references app_user (tenant_id, id),
  check ((state in ('SUCCEEDED', 'FAILED', 'CANCELLED')) = (finished_at is not null))
);
create index job_started_by_idx on job (tenant_id, started_by, id desc);
alter table job enable row level security;
alter table job force row level security;
create policy job_read on job for select to dsr_app using (scope_path <@ app_scope());
create policy job_insert on job for insert to dsr_app
  with check (scope_path = app_scope() and bureau_id = app_bureau_id() and tenant_id = app_tenant_id());
create policy job_update on job for update to dsr_app
  using (scope_path = app_scope()) with check (scope_path = app_scope() and bureau_id = app_bureau_id());
create policy job_maintenance on job to dsr_maintenance using (true) with check (true);
grant select, insert, update on job to dsr_app;

-- The starter of a job as a principal, the scope set for the rest of the transaction.
create policy job_definer on job for select to dsr_definer using (true);
grant select on job to dsr_definer;
create function app_private.job_principal(p_job uuid)
returns table (
  user_id uuid, username text, display_name text, roles text[], department_id uuid,
  bureau_id uuid, tenant_id uuid, scope_path ltree, bureau_ids uuid[], readable_bureau_ids uuid[],
  s1 text, s2 text, s3 text
)
language plpgsql stable security definer set search_path = public, pg_temp as $f$
begin
  return query
  select u.id, u.username, u.display_name, u.roles, u.department_id,
         u.bureau_id, u.tenant_id, u.scope_path,
         array(select b.id from bureau b where b.path <@ u.scope_path),
         array(select b.id from bureau b where b.path <@ u.scope_path or b.path @> u.scope_path),
         set_config('app.scope_path', u.scope_path::text, true),
         set_config('app.bureau_id', u.bureau_id::text, true),
         set_config('app.tenant_id', u.tenant_id::text, true)
  from job j join app_user u on u.id = j.started_by and u.tenant_id = j.tenant_id
  where j.id = p_job and u.active and u.bureau_id = j.bureau_id;
end $f$;
alter function app_private.job_principal(uuid) owner to dsr_definer;
revoke all on function app_private.job_principal(uuid) from public;
grant execute on function app_private.job_principal(uuid) to dsr_app;
`;
