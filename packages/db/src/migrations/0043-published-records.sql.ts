/**
 * A published draw record's bytes, kept once (issue 14, "Performance": a 100,000-target record downloaded in
 * under 1 s, first time included, in any process). GET /public/draws/:id/record.json serves the canonical JSON
 * of a DRAW_RESULT publication's record; building it from the frozen document (read ≈ 12 MB of jsonb, parse,
 * canonical JSON) takes ≈ 1.8 s. A process that did not publish the draw now reads these bytes in one statement.
 *
 * - Only the gzip is stored (a record compresses several-fold); STORAGE EXTERNAL: TOAST does not compress it again.
 *   `sha256` and `bytes` are of the identity bytes (what gunzip gives): checked before identity bytes are served
 *   (a client that takes gzip gets the gzip as it is; its own gunzip checks the CRC).
 * - Written once, never changed or deleted (a trigger), by one path: app_private.store_published_record, run by the
 *   service role (dsr_app) with bytes the service encoded itself from the frozen document. It accepts a row only
 *   for a published DRAW_RESULT and takes owner and scope from the publication; a second write of the same
 *   publication is a no-op. dsr_public reads, never writes: no grant, no policy, no execute — so nothing that runs
 *   as the public role can put bytes that a later visitor receives as the record.
 * - dsr_public reads a row only while its publication is one it can read (a published DRAW_RESULT), even by id.
 */
export const publishedRecordsUp = /* sql */ `
create table published_record (
  publication_id uuid not null,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  bytes integer not null check (bytes > 0),
  gzipped bytea not null check (substring(gzipped from 1 for 2) = '\\x1f8b'::bytea),
  created_at timestamptz not null default now(),
  constraint published_record_pkey primary key (publication_id, tenant_id),
  constraint published_record_publication_fkey foreign key (publication_id, tenant_id)
    references publication (id, tenant_id)
);
alter table published_record alter column gzipped set storage external;
create trigger published_record_frozen before delete or update on published_record
  for each row execute function app_private.refuse_delete();

alter table published_record enable row level security;
alter table published_record force row level security;
create policy published_record_maintenance on published_record to dsr_maintenance using (true) with check (true);
create policy published_record_public_read on published_record for select to dsr_public
  using (exists (select 1 from publication p
                  where p.id = published_record.publication_id and p.tenant_id = published_record.tenant_id
                    and p.kind = 'DRAW_RESULT' and p.published_at is not null));
grant select on published_record to dsr_public;
-- The definer function's insert (its ON CONFLICT target needs SELECT on the key).
create policy published_record_definer_read on published_record for select to dsr_definer using (true);
create policy published_record_definer_insert on published_record for insert to dsr_definer with check (true);
grant select (publication_id, tenant_id), insert on published_record to dsr_definer;

-- True: stored now; false: already stored, or not a published DRAW_RESULT (nothing written).
create function app_private.store_published_record(p_publication uuid, p_sha256 text, p_bytes integer, p_gzipped bytea)
returns boolean
language sql volatile security definer set search_path = public, pg_temp as $f$
  with ins as (
    insert into published_record (publication_id, tenant_id, bureau_id, scope_path, sha256, bytes, gzipped)
    select p.id, p.tenant_id, p.bureau_id, p.scope_path, p_sha256, p_bytes, p_gzipped
      from publication p
     where p.id = p_publication and p.kind = 'DRAW_RESULT' and p.published_at is not null
    on conflict (publication_id, tenant_id) do nothing
    returning 1
  )
  select exists (select 1 from ins)
$f$;
alter function app_private.store_published_record(uuid, text, integer, bytea) owner to dsr_definer;
revoke all on function app_private.store_published_record(uuid, text, integer, bytea) from public;
grant execute on function app_private.store_published_record(uuid, text, integer, bytea) to dsr_app;
`;
