/**
 * The audit verifier's read of a chain as a binary COPY (issue 10 §2: 1,000,000 entries in under
 * 10 s). app_private.audit_chain_rows is a plpgsql function, whose rows are materialized before
 * they are sent (a temporary file beyond work_mem) and cannot be bound into a COPY; this view
 * streams them from the (tenant_id, seq) index. COPY takes no bind parameters, so the caller binds
 * the tenant and the start into settings first (app.audit_copy_tenant, app.audit_copy_after) and
 * the view reads them. The checks are audit_chain_rows's: the view reads as dsr_definer (the
 * read policy's scope index would otherwise sort the whole chain), and app_private.audit_copy_tenant()
 * refuses a tenant whose own bureau is outside the caller's scope, before any row is read.
 */
export const auditChainCopyUp = /* sql */ `
create function app_private.audit_copy_tenant() returns uuid
language plpgsql stable security definer set search_path = public, pg_temp as $f$
declare
  t uuid := nullif(current_setting('app.audit_copy_tenant', true), '')::uuid;
begin
  if t is null or not exists (select 1 from bureau b where b.id = t and b.tenant_id = t and b.path <@ app_scope()) then
    raise exception 'audit chain outside the caller''s scope' using errcode = 'insufficient_privilege';
  end if;
  return t;
end $f$;

-- The columns of audit_chain_rows, in the same order. security_barrier: the caller's conditions
-- run after the view's own.
create view app_private.audit_chain_copy with (security_barrier) as
select a.seq, a.prev_hash, a.hash, a.actor_name, a.actor_user_id, a.after, a.at, a.before, a.bureau_id, a.department_id,
  a.object_id, a.object_type, a.operation, a.request_id
from audit_entry a
where a.tenant_id = app_private.audit_copy_tenant() and a.seq > current_setting('app.audit_copy_after')::bigint
order by a.seq;

alter function app_private.audit_copy_tenant() owner to dsr_definer;
alter view app_private.audit_chain_copy owner to dsr_definer;
revoke all on function app_private.audit_copy_tenant() from public;
revoke all on app_private.audit_chain_copy from public;
grant execute on function app_private.audit_copy_tenant() to dsr_app;
grant select on app_private.audit_chain_copy to dsr_app;
`;
