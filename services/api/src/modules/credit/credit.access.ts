import { CreditEntry, Target } from '@dsr/db';
import { ROLES, ROLE_SETS } from '@dsr/domain';
import type { RequestContext } from '../../context';
import type { PermissionTable } from '../../common/access';
import type { SqlCondition } from '../../common/filtered-read';
import { findById } from '../../common/find-by-id';
import { notFound } from '../../common/errors';
import { signedIn } from '../../common/principal';
import { readableDepartment } from '../registry/registry.access';

/**
 * Who may call each action of the credit module. Listing, removal and repair are the bureau's
 * decisions (决定机关): the office and the administrator. Every signed-in role reads, narrowed below.
 */
export const CREDIT_PERMISSIONS = {
  creditEntries: ROLES,
  creditEntry: ROLES,
  listCreditEntry: ROLE_SETS.ACTS_FOR_BUREAU,
  removeCreditEntry: ROLE_SETS.ACTS_FOR_BUREAU,
  repairCreditEntry: ROLE_SETS.ACTS_FOR_BUREAU,
} as const satisfies PermissionTable<string>;

export type CreditAction = keyof typeof CREDIT_PERMISSIONS;

/**
 * Beside the scope filter and RLS: department heads and inspectors read the entries of their own
 * department's targets, as they read the directory (registry.access.ts); the others the whole scope.
 */
export function creditReadCondition(ctx: RequestContext): SqlCondition | undefined {
  const department = readableDepartment(signedIn(ctx));
  if (!department) return undefined;
  return {
    text: (alias) => `${alias}.target_id in (select t.id from target t where t.department_id = ?)`,
    params: [department],
  };
}

/** A target of the caller's own bureau (the one that decides), or NOT_FOUND: a subordinate's or sibling's is not. */
export async function requireOwnTarget(ctx: RequestContext, id: string): Promise<Target> {
  const t = await findById(ctx, Target, id, { bureauId: signedIn(ctx).bureauId });
  if (!t) throw notFound('检查对象');
  return t;
}

/** An entry the caller's bureau decided (only it removes or repairs), or NOT_FOUND. */
export async function requireOwnEntry(ctx: RequestContext, id: string): Promise<CreditEntry> {
  const e = await findById(ctx, CreditEntry, id, { bureauId: signedIn(ctx).bureauId });
  if (!e) throw notFound('信用名单条目');
  return e;
}
