import { bureauOwnedRls } from './rls.sql';

/**
 * Import error sheets kept for a link (issue 10 §4). When an import (validate, or a commit that
 * failed) finds errors or warnings, its error sheet is kept here for a limited time (24 h) so a
 * browser can open, print or pass on a link to it.
 *
 * Bytes in the table, not beside the evidence: the sheet then has a bureau and a scope path and is
 * read under the same row-level security as every other record (a county never sees its
 * sibling's sheet), it is written atomically with its owner, and expiry leaves no orphan file. The
 * sheets are small (bounded by the import limits) and short-lived.
 *
 * These are temporary files, not records: the service role may neither update nor delete them;
 * app_private.purge_expired_import_error_sheets() (security definer) removes the expired ones,
 * called by the next import and at start.
 */
export const importErrorSheetsUp = /* sql */ `
create table import_error_sheet (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  created_by uuid not null references app_user (id),
  list text not null check (list in ('targets', 'inspectors', 'items')),
  filename text not null check (char_length(filename) between 1 and 200),
  content bytea not null,
  error_count integer not null check (error_count >= 0),
  warning_count integer not null check (warning_count >= 0),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  check (expires_at > created_at)
);
create index import_error_sheet_expires_idx on import_error_sheet (expires_at);
${bureauOwnedRls('import_error_sheet', { writable: false })}
create policy import_error_sheet_insert on import_error_sheet for insert to dsr_app
  with check (scope_path = app_scope() and bureau_id = app_bureau_id() and tenant_id = app_tenant_id());
grant insert on import_error_sheet to dsr_app;

-- Expired sheets only; returns how many were removed.
create function app_private.purge_expired_import_error_sheets() returns integer
language sql volatile security definer set search_path = public, pg_temp as $f$
  with gone as (delete from import_error_sheet where expires_at <= now() returning 1)
  select count(*)::int from gone
$f$;
-- The purge sees and removes expired sheets only, whatever their scope.
create policy import_error_sheet_definer_read on import_error_sheet for select to dsr_definer using (expires_at <= now());
create policy import_error_sheet_definer_purge on import_error_sheet for delete to dsr_definer using (expires_at <= now());
grant select, delete on import_error_sheet to dsr_definer;
alter function app_private.purge_expired_import_error_sheets() owner to dsr_definer;
revoke all on function app_private.purge_expired_import_error_sheets() from public;
grant execute on function app_private.purge_expired_import_error_sheets() to dsr_app;
`;
