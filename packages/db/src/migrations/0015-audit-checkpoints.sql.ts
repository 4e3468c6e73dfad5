/**
 * Signed checkpoints of the audit chains (issue 10, R33), the transparency-log pattern: the
 * service signs each tenant chain's head with an Ed25519 key that is NOT in the database and
 * keeps the checkpoints here and in an append-only file outside PostgreSQL. A chain that does not
 * extend its newest checkpoint was cut (newest entries deleted, a number reused) or re-chained.
 * Like audit_entry, the table only grows. Rows hold public facts only: the head, the key's id
 * and the signature; the private key never comes near the database.
 */
export const auditCheckpointsUp = /* sql */ `
create table audit_checkpoint (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references bureau (id),
  scope_path ltree not null,
  seq bigint not null check (seq > 0),
  hash text not null check (hash ~ '^[0-9a-f]{64}$'),
  signed_at timestamptz not null,
  kind text not null check (kind in ('HEAD', 'PUBLICATION', 'VERIFIED')),
  key_id text not null check (key_id ~ '^[0-9a-f]{16}$'),
  signature text not null check (length(signature) between 1 and 200),
  recorded_at timestamptz not null default now()
);
create index audit_checkpoint_newest on audit_checkpoint (tenant_id, seq desc, signed_at desc);
create index audit_checkpoint_newest_kind on audit_checkpoint (tenant_id, kind, seq desc, signed_at desc);

create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
  for each row execute function app_private.refuse_audit_change();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
  for each statement execute function app_private.refuse_audit_change();

alter table audit_checkpoint enable row level security;
alter table audit_checkpoint force row level security;
-- Readable where the chain is: a city and its province; a county sees only part of the chain.
create policy audit_checkpoint_read on audit_checkpoint for select to dsr_app using (scope_path <@ app_scope());
create policy audit_checkpoint_definer_read on audit_checkpoint for select to dsr_definer using (true);
create policy audit_checkpoint_definer_insert on audit_checkpoint for insert to dsr_definer with check (true);
create policy audit_checkpoint_maintenance on audit_checkpoint to dsr_maintenance using (true) with check (true);
grant select on audit_checkpoint to dsr_app;
grant select, insert on audit_checkpoint to dsr_definer;

-- Every chain that grew since its last checkpoint (all of them with p_all, for a publication): the checkpoint timer works across tenants
-- (no request scope). It shows only heads (number and hash), nothing of the entries.
create function app_private.audit_chain_heads(p_all boolean)
returns table (tenant_id uuid, seq bigint, hash text)
language plpgsql stable security definer set search_path = public, pg_temp as $f$
begin
  return query
  select b.id, h.seq, h.hash
  from bureau b
  cross join lateral (select a.seq, a.hash from audit_entry a where a.tenant_id = b.id order by a.seq desc limit 1) h
  where b.tenant_id = b.id
    and (p_all or h.seq > coalesce((select max(c.seq) from audit_checkpoint c where c.tenant_id = b.id), 0))
  order by b.path;
end $f$;

-- A checkpoint is recorded only for a (seq, hash) that is in the chain now; the signature is
-- checked by every verifier against the public key, never trusted from here.
create function app_private.append_audit_checkpoint(p_tenant uuid, p_seq bigint, p_hash text, p_signed_at timestamptz,
  p_kind text, p_key_id text, p_signature text) returns void
language plpgsql security definer set search_path = public, pg_temp as $f$
begin
  if not exists (select 1 from audit_entry a where a.tenant_id = p_tenant and a.seq = p_seq and a.hash = p_hash) then
    raise exception 'checkpoint of an entry not in the chain' using errcode = 'check_violation';
  end if;
  insert into audit_checkpoint (tenant_id, scope_path, seq, hash, signed_at, kind, key_id, signature)
  select p_tenant, b.path, p_seq, p_hash, p_signed_at, p_kind, p_key_id, p_signature from bureau b where b.id = p_tenant;
end $f$;

-- One batch of a chain for the verifier, the columns the hash covers in the order of their keys.
-- A definer function, because under the read policy the planner takes the scope's GiST index and
-- sorts the whole chain for every batch (1,000,000 entries: minutes); here the (tenant_id, seq)
-- index walks it. The caller's scope must hold the tenant's own bureau, and then it holds every
-- entry of the chain.
create function app_private.audit_chain_rows(p_tenant uuid, p_after bigint, p_limit integer)
returns table (seq bigint, prev_hash text, hash text, actor_name text, actor_user_id uuid, after jsonb, at timestamptz, before jsonb,
  bureau_id uuid, department_id uuid, object_id text, object_type text, operation text, request_id text)
language plpgsql stable security definer set search_path = public, pg_temp as $f$
begin
  if not exists (select 1 from bureau b where b.id = p_tenant and b.tenant_id = p_tenant and b.path <@ app_scope()) then
    raise exception 'audit chain outside the caller''s scope' using errcode = 'insufficient_privilege';
  end if;
  return query
  select a.seq, a.prev_hash, a.hash, a.actor_name, a.actor_user_id, a.after, a.at, a.before, a.bureau_id, a.department_id,
    a.object_id, a.object_type, a.operation, a.request_id
  from audit_entry a where a.tenant_id = p_tenant and a.seq > p_after order by a.seq limit p_limit;
end $f$;

alter function app_private.audit_chain_rows(uuid, bigint, integer) owner to dsr_definer;
alter function app_private.audit_chain_heads(boolean) owner to dsr_definer;
alter function app_private.append_audit_checkpoint(uuid, bigint, text, timestamptz, text, text, text) owner to dsr_definer;
revoke all on function app_private.audit_chain_rows(uuid, bigint, integer), app_private.audit_chain_heads(boolean), app_private.append_audit_checkpoint(uuid, bigint, text, timestamptz, text, text, text) from public;
grant execute on function app_private.audit_chain_rows(uuid, bigint, integer), app_private.audit_chain_heads(boolean), app_private.append_audit_checkpoint(uuid, bigint, text, timestamptz, text, text, text) to dsr_app;
`;
