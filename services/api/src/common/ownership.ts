import type { Principal } from '../context';

/** The owner of a new bureau-owned row: the principal's tenant (city), bureau and scope path. */
export interface Ownership {
  tenantId: string;
  bureauId: string;
  scopePath: string;
}

/** Ownership for an entity (camelCase, as `em.create` takes it). */
export function ownedBy(p: Principal): Ownership {
  return { tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath };
}

/** Ownership for a row written with bound SQL (the column names). */
export function ownerColumns(p: Principal): { tenant_id: string; bureau_id: string; scope_path: string } {
  return { tenant_id: p.tenantId, bureau_id: p.bureauId, scope_path: p.scopePath };
}
