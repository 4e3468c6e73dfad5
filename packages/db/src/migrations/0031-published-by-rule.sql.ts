/**
 * Draws and audit checkpoints in public (issue 14, "Draws in public"; R33, R48).
 *
 * A draw's commitment must be public BEFORE the draw to mean anything, and its result must be
 * exactly what the engine computed: neither is a text a department writes for an approver to read.
 * Their internal approval (R48) is the draw's own: the plan and task were approved and filed
 * (R19–R22) before any draw, the commit freezes the snapshot, a second person enters the beacon
 * where one was promised, and nothing in the documents is chosen by anyone. So DRAW_COMMITMENT is
 * published in the commit's transaction and DRAW_RESULT in the run's, `approval_basis = 'DRAW'`,
 * with no approver. An audit checkpoint is published as it is signed (`'SIGNED_CHECKPOINT'`): the
 * Ed25519 signature is its approval, and the checkpoint job has no user. Every other kind keeps
 * 0025's rule: prepared, then approved by another person. Frozen as before (0025's trigger).
 */
export const publishedByRuleUp = /* sql */ `
alter table publication add column approval_basis text check (approval_basis in ('DRAW', 'SIGNED_CHECKPOINT'));
do $$
declare c text;
begin
  select conname into c from pg_constraint
   where conrelid = 'publication'::regclass and contype = 'c'
     and pg_get_constraintdef(oid) like '%approved_by <> prepared_by%';
  execute format('alter table publication drop constraint %I', c);
end $$;
alter table publication add constraint publication_published_approved check (
  published_at is null or (document is not null and document_sha256 is not null and approved_at is not null and (
    (approval_basis is null and prepared_by is not null and approved_by is not null and approved_by <> prepared_by)
    or (approval_basis = 'DRAW' and kind in ('DRAW_COMMITMENT', 'DRAW_RESULT') and prepared_by is not null
        and approved_by is null)
    or (approval_basis = 'SIGNED_CHECKPOINT' and kind = 'AUDIT_CHECKPOINT' and prepared_by is null
        and approved_by is null))));
alter table publication add constraint publication_basis_published check (approval_basis is null or published_at is not null);

-- The checkpoint job (no user, no scope) publishes each checkpoint it recorded, through one definer function.
create policy publication_definer_publish_checkpoint on publication for insert to dsr_definer
  with check (kind = 'AUDIT_CHECKPOINT' and status = 'PUBLISHED' and approval_basis = 'SIGNED_CHECKPOINT');
create function app_private.publish_audit_checkpoint(p_id uuid, p_tenant uuid, p_seq bigint, p_hash text,
  p_signed_at timestamptz, p_kind text, p_published_at timestamptz, p_document jsonb, p_sha256 text) returns void
language plpgsql security definer set search_path = public, pg_temp as $f$
declare cp uuid; path ltree;
begin
  select c.id, c.scope_path into cp, path from audit_checkpoint c
   where c.tenant_id = p_tenant and c.seq = p_seq and c.hash = p_hash and c.signed_at = p_signed_at and c.kind = p_kind
   order by c.recorded_at desc limit 1;
  if cp is null then
    raise exception 'publication of a checkpoint that is not recorded' using errcode = 'check_violation';
  end if;
  insert into publication (id, tenant_id, bureau_id, scope_path, kind, subject_id, series_id, version, action, status,
                           document, document_sha256, approved_at, published_at, event_date, approval_basis)
  values (p_id, p_tenant, p_tenant, path, 'AUDIT_CHECKPOINT', cp, p_id, 1, 'PUBLISH', 'PUBLISHED',
          p_document, p_sha256, p_published_at, p_published_at, (p_signed_at at time zone 'Asia/Shanghai')::date,
          'SIGNED_CHECKPOINT');
end $f$;
alter function app_private.publish_audit_checkpoint(uuid, uuid, bigint, text, timestamptz, text, timestamptz, jsonb, text)
  owner to dsr_definer;
revoke all on function app_private.publish_audit_checkpoint(uuid, uuid, bigint, text, timestamptz, text, timestamptz, jsonb, text)
  from public;
grant execute on function app_private.publish_audit_checkpoint(uuid, uuid, bigint, text, timestamptz, text, timestamptz, jsonb, text)
  to dsr_app;
`;
