import type { FilterQuery } from '@mikro-orm/postgresql';
import { InspectionItem, InspectionItemVersion } from '@dsr/db';
import { DomainError, ROLES, ROLE_SETS, holdsAnyRole, seesWholeBureau } from '@dsr/domain';
import type { Principal, RequestContext } from '../../context';
import type { PermissionTable } from '../../common/access';
import { forbidden, notFound } from '../../common/errors';
import { signedIn } from '../../common/principal';
import { findById } from '../../common/find-by-id';

/**
 * Who may call each action of the catalog module (GraphQL root fields; the REST routes add
 * theirs). Reading is open to every signed-in role: what each sees is narrowed below.
 */
export const CATALOG_PERMISSIONS = {
  inspectionItems: ROLES,
  inspectionItem: ROLES,
  inspectionItemVersion: ROLES,
  businessCategories: ROLES,
  createItem: ROLE_SETS.MAINTAINS_DIRECTORIES,
  updateItemDraft: ROLE_SETS.MAINTAINS_DIRECTORIES,
  submitItem: ROLE_SETS.MAINTAINS_DIRECTORIES,
  reviseItem: ROLE_SETS.MAINTAINS_DIRECTORIES,
  withdrawItemDraft: ROLE_SETS.MAINTAINS_DIRECTORIES,
  reviewItem: ['LEGAL_REVIEWER'],
  publishItem: ROLE_SETS.ACTS_FOR_BUREAU,
  retireItem: ROLE_SETS.ACTS_FOR_BUREAU,
  // REST actions (the import checks each row's department)
  importItems: ROLE_SETS.MAINTAINS_DIRECTORIES,
} as const satisfies PermissionTable<string>;

export type CatalogAction = keyof typeof CATALOG_PERMISSIONS;

/** Within the bureau: department heads and inspectors see their own department's unpublished work. */
export function itemVisibility(p: Principal): FilterQuery<InspectionItem> {
  return seesWholeBureau(p.roles) ? {} : { $or: [{ status: { $ne: 'DRAFT' } }, { departmentId: p.departmentId }] };
}

/** Department heads edit their own department's items; coordinators and administrators any. */
export function requireItemEditor(p: Principal, departmentId: string): void {
  if (!holdsAnyRole(p.roles, ROLE_SETS.ACTS_FOR_BUREAU) && departmentId !== p.departmentId) {
    throw forbidden('部门负责人只能编制本部门的抽查事项');
  }
}

/** An item the caller may read (scope filter, then the visibility above), or NOT_FOUND. */
export async function requireReadableItem(ctx: RequestContext, id: string): Promise<InspectionItem> {
  const item = await findById(ctx, InspectionItem, id, itemVisibility(signedIn(ctx)));
  if (!item) throw notFound('抽查事项');
  return item;
}

/** An item of the caller's own bureau, or NOT_FOUND. */
export async function requireOwnItem(ctx: RequestContext, id: string): Promise<InspectionItem> {
  const item = await findById(ctx, InspectionItem, id, { bureauId: signedIn(ctx).bureauId });
  if (!item) throw notFound('抽查事项');
  return item;
}

/** A version of the caller's own bureau, or NOT_FOUND. */
export async function requireOwnVersion(ctx: RequestContext, id: string): Promise<InspectionItemVersion> {
  const v = await findById(ctx, InspectionItemVersion, id, { bureauId: signedIn(ctx).bureauId });
  if (!v) throw notFound('事项版本');
  return v;
}

/**
 * R5: the legal review is another person's. Whoever wrote or submitted the version does not review it, even
 * holding the role (an administrator may give themself any role of the bureau).
 */
export function requireOtherReviewer(p: Principal, v: InspectionItemVersion): void {
  if (v.createdBy === p.userId || v.submittedBy === p.userId) {
    throw new DomainError('ITEM_SELF_REVIEW', '法制审核须由他人进行：不能审核自己起草或提交的事项（R5）', 'versionId');
  }
}
