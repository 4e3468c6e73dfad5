import { GraphQLError } from 'graphql';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { Department, User } from '@dsr/db';
import { ROLES, seesWholeBureau } from '@dsr/domain';
import type { Principal, RequestContext } from '../../context';
import type { PermissionTable } from '../../common/access';
import { notFound } from '../../common/errors';
import { signedIn } from '../../common/principal';

/** Every user holds a role: a read open to all signed-in callers (the scope filter and RLS narrow it). */
const SIGNED_IN = ROLES;
/** The bureau administrator keeps the bureau's departments, users and settings. */
const BUREAU_ADMIN = ['ADMIN'] as const;

/** Who may call each root field of the org module; `login` is open to everyone (org.permissions.ts). */
export const ORG_PERMISSIONS = {
  me: SIGNED_IN,
  bureau: SIGNED_IN,
  bureaus: SIGNED_IN,
  department: SIGNED_IN,
  departments: SIGNED_IN,
  user: SIGNED_IN,
  users: SIGNED_IN,
  bureauSettings: SIGNED_IN,
  logout: SIGNED_IN,
  changePassword: SIGNED_IN,
  updateBureauSettings: BUREAU_ADMIN,
  createDepartment: BUREAU_ADMIN,
  updateDepartment: BUREAU_ADMIN,
  createUser: BUREAU_ADMIN,
  updateUser: BUREAU_ADMIN,
  resetUserPassword: BUREAU_ADMIN,
} as const satisfies PermissionTable<string>;

export type OrgAction = keyof typeof ORG_PERMISSIONS;

/**
 * Inside the scope the tenancy layers allow, roles decide: coordinators, leaders, legal,
 * oversight and administrators see their whole bureau (and below); department heads and
 * inspectors see their own department.
 */
export function userVisibility(p: Principal): FilterQuery<User> {
  return seesWholeBureau(p.roles) ? {} : { departmentId: p.departmentId };
}

/** A department of the caller's own bureau (administrators write only there), or NOT_FOUND on `field`. */
export async function ownBureauDepartment(ctx: RequestContext, id: string, field: string): Promise<Department> {
  const d = await ctx.em.findOne(Department, { id, bureauId: signedIn(ctx).bureauId });
  if (!d) throw new GraphQLError('部门不存在或不属于本单位', { extensions: { code: 'NOT_FOUND', field } });
  return d;
}

/** A user of the caller's own bureau, or NOT_FOUND. */
export async function ownBureauUser(ctx: RequestContext, id: string): Promise<User> {
  const u = await ctx.em.findOne(User, { id, bureauId: signedIn(ctx).bureauId });
  if (!u) throw notFound('用户');
  return u;
}
