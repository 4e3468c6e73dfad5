/**
 * Files that background jobs produce (issue 12 §3): a big export's workbook, a failed import's error
 * sheet. One file per job, in a table beside the job, owned like the job (its bureau and scope path)
 * and read under the same row-level security: a job's file is visible exactly where its job is.
 *
 * Bytes in the table, as for import error sheets (0019): written in the job's own transaction, so a
 * cancelled or failed run leaves no file, and expiry leaves no orphan on a disk. A file is kept for
 * a limited time (expires_at, DSR_JOB_FILE_TTL_HOURS) and dropped when the same user's newer job of
 * the same kind keeps one (the newer export replaces the older); both by
 * app_private.drop_replaced_job_files (security definer), called whenever a file is kept and at start.
 */
export const jobFilesUp = /* sql */ `
create table job_file (
  job_id uuid not null,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  created_by uuid not null,
  filename text not null check (char_length(filename) between 1 and 200),
  content_type text not null check (char_length(content_type) between 1 and 200),
  content bytea not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  constraint job_file_pkey primary key (job_id, tenant_id),
  constraint job_file_job_fkey foreign key (job_id, tenant_id) references job (id, tenant_id),
  constraint job_file_created_by_fkey foreign key (tenant_id, created_by) references app_user (tenant_id, id),
  check (expires_at > created_at)
);
create index job_file_expires_idx on job_file (expires_at);
alter table job_file enable row level security;
alter table job_file force row level security;
create policy job_file_read on job_file for select to dsr_app using (scope_path <@ app_scope());
-- Written only in the job's own scope, for a job of the same bureau (the job's run, as its starter).
create policy job_file_insert on job_file for insert to dsr_app
  with check (scope_path = app_scope() and bureau_id = app_bureau_id() and tenant_id = app_tenant_id()
              and exists (select 1 from job j where j.id = job_id and j.tenant_id = job_file.tenant_id
                                                 and j.bureau_id = job_file.bureau_id));
create policy job_file_maintenance on job_file to dsr_maintenance using (true) with check (true);
grant select, insert on job_file to dsr_app;

-- Expired files (any scope), and, given a job of the caller's scope, the older files of the same
-- starter and kind; returns how many were removed.
create function app_private.drop_replaced_job_files(p_job uuid) returns integer
language sql volatile security definer set search_path = public, pg_temp as $f$
  with mine as (
    select j.id, j.tenant_id, j.kind, j.started_by, j.created_at from job j
     where j.id = p_job and j.scope_path = app_scope()
  ), gone as (
    delete from job_file f
     where f.expires_at <= now()
        or exists (select 1 from job o join mine m on o.tenant_id = m.tenant_id and o.kind = m.kind
                                                    and o.started_by = m.started_by
                    where o.id = f.job_id and o.tenant_id = f.tenant_id and o.id <> m.id
                      and o.created_at < m.created_at)
    returning 1
  )
  select count(*)::int from gone
$f$;
create policy job_file_definer_read on job_file for select to dsr_definer using (true);
create policy job_file_definer_drop on job_file for delete to dsr_definer using (true);
grant select, delete on job_file to dsr_definer;
alter function app_private.drop_replaced_job_files(uuid) owner to dsr_definer;
revoke all on function app_private.drop_replaced_job_files(uuid) from public;
grant execute on function app_private.drop_replaced_job_files(uuid) to dsr_app;
`;
