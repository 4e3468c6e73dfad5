/**
 * The row-level security every bureau-owned table gets (issue 2 §5), as SQL for a migration:
 * enabled and forced; the service role reads its scope (and `alsoReadable`, e.g. what a
 * superior publishes) and writes only rows of its own bureau; maintenance sees everything.
 */
export function bureauOwnedRls(table: string, opts: { alsoReadable?: string; writable?: boolean } = {}): string {
  const read = opts.alsoReadable ? `scope_path <@ app_scope() or (${opts.alsoReadable})` : 'scope_path <@ app_scope()';
  const writes = opts.writable === false ? '' : `
create policy ${table}_insert on ${table} for insert to dsr_app with check (scope_path = app_scope() and bureau_id = app_bureau_id());
create policy ${table}_update on ${table} for update to dsr_app
  using (scope_path = app_scope()) with check (scope_path = app_scope() and bureau_id = app_bureau_id());
grant insert, update on ${table} to dsr_app;`;
  return `
alter table ${table} enable row level security;
alter table ${table} force row level security;
create policy ${table}_read on ${table} for select to dsr_app using (${read});
create policy ${table}_maintenance on ${table} to dsr_maintenance using (true) with check (true);
grant select on ${table} to dsr_app;${writes}
`;
}
