/**
 * The public reader (issue 14, "The public side"): dsr_public, the role the anonymous endpoint
 * (/public/graphql, open data, published draw records) reads as. It can select only the
 * publication table, and of it only the published documents (published_at set: PUBLISHED or
 * SUPERSEDED); FORCE row-level security stays. Nothing else is granted: no other table, no write.
 *
 * The login the service uses may SET ROLE dsr_public (granted like dsr_app in 0001) but does not
 * inherit it (INHERIT FALSE): dsr_app's own reads of publication stay scoped to its bureau.
 *
 * Bureaus are looked up by division code (open data, the bureau look-up) through one definer
 * function that returns a bureau's id, name and code, nothing more.
 */
export const publicReaderUp = /* sql */ `
do $$ begin
  if not exists (select 1 from pg_roles where rolname = 'dsr_public') then create role dsr_public nologin; end if;
end $$;
do $$ begin execute format('grant dsr_public to %I with inherit false', current_user); exception when others then null; end $$;
grant dsr_public to dsr_app with inherit false;

grant usage on schema public to dsr_public;
grant usage on schema app_private to dsr_public;
grant select on publication to dsr_public;
create policy publication_public_read on publication for select to dsr_public using (published_at is not null);
grant execute on function app_private.name_grams(text) to dsr_public;
-- publishedDraw(id): the published documents of one draw.
create index publication_subject_published_idx on publication (subject_id) where published_at is not null;

-- Bureaus by id or division code: id, name and code only (what a publication names as its publisher).
create function app_private.public_bureaus(p_ids uuid[], p_codes text[])
returns table (id uuid, name text, division_code text)
language sql stable security definer set search_path = public, pg_temp as $f$
  select b.id, b.name, b.division_code from bureau b where b.id = any(p_ids) or b.division_code = any(p_codes)
$f$;
alter function app_private.public_bureaus(uuid[], text[]) owner to dsr_definer;
revoke all on function app_private.public_bureaus(uuid[], text[]) from public;
grant execute on function app_private.public_bureaus(uuid[], text[]) to dsr_public;
`;
