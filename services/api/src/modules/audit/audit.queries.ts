import type { RequestContext } from '../../context';
import { executeBound } from '../../common/bound-sql';

/** The tail of a tenant's chain, read under the per-tenant lock the function takes (null seq: empty chain). */
export async function chainTail(
  ctx: Pick<RequestContext, 'em'>,
  tenantId: string,
): Promise<{ seq: string | null; hash: string | null } | undefined> {
  const [tail] = await executeBound<{ seq: string | null; hash: string | null }>(
    ctx,
    'select * from app_private.audit_chain_tail(?)',
    [tenantId],
  );
  return tail;
}

/** One batch of chained entries, as bound JSON, in sequence order. */
export async function insertAuditRows(
  ctx: Pick<RequestContext, 'em'>,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  await executeBound(
    ctx,
    `insert into audit_entry (id, tenant_id, seq, bureau_id, scope_path, department_id, actor_user_id, actor_name, at,
       operation, object_type, object_id, before, after, request_id, prev_hash, hash)
     select x.id, x.tenant_id, x.seq, x.bureau_id, x.scope_path, x.department_id, x.actor_user_id, x.actor_name, x.at,
       x.operation, x.object_type, x.object_id, coalesce(x.before, 'null'), coalesce(x.after, 'null'), x.request_id,
       x.prev_hash, x.hash
     from jsonb_to_recordset(?::jsonb) as x(id uuid, tenant_id uuid, seq bigint, bureau_id uuid, scope_path ltree,
       department_id uuid, actor_user_id uuid, actor_name text, at timestamptz, operation text, object_type text,
       object_id text, before jsonb, after jsonb, request_id text, prev_hash text, hash text)
     order by x.seq`,
    [JSON.stringify(rows)],
  );
}
