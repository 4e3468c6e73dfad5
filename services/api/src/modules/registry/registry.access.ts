import type { FilterQuery } from '@mikro-orm/postgresql';
import { ConflictOfInterest, Department, Inspector, Target } from '@dsr/db';
import { ROLES, ROLE_SETS, holdsAnyRole, seesWholeBureau } from '@dsr/domain';
import type { Principal, RequestContext } from '../../context';
import type { PermissionTable } from '../../common/access';
import { badInput, forbidden, notFound } from '../../common/errors';
import { signedIn } from '../../common/principal';
import { isUuid } from '../../loaders';
import { findById } from '../../common/find-by-id';
import { lentInspectorIds } from './directory.queries';

/**
 * Who may call each action of the registry module (GraphQL root fields; the REST routes add
 * theirs). Reading is open to every signed-in role: what each sees is narrowed below.
 */
export const REGISTRY_PERMISSIONS = {
  targets: ROLES,
  targetFacets: ROLES,
  target: ROLES,
  inspectors: ROLES,
  inspector: ROLES,
  inspectorsForItem: ROLES,
  departmentReadiness: ROLES,
  conflictsOfInterest: ROLES,
  technicians: ROLES,
  createTarget: ROLE_SETS.MAINTAINS_DIRECTORIES,
  updateTarget: ROLE_SETS.MAINTAINS_DIRECTORIES,
  terminateTarget: ROLE_SETS.MAINTAINS_DIRECTORIES,
  addTargetPermit: ROLE_SETS.MAINTAINS_DIRECTORIES,
  recordTargetRisk: ROLE_SETS.MAINTAINS_DIRECTORIES,
  createInspector: ROLE_SETS.MAINTAINS_DIRECTORIES,
  updateInspector: ROLE_SETS.MAINTAINS_DIRECTORIES,
  declareConflict: ROLE_SETS.MAINTAINS_DIRECTORIES,
  // Ended by whoever may declare it for that inspector (requireDeclaresFor).
  endConflict: ROLE_SETS.MAINTAINS_DIRECTORIES,
  reviewDirectory: ['LEGAL_REVIEWER'],
  // R13: the bureau's own list of third-party technicians, kept by the office and department heads.
  registerTechnician: ROLE_SETS.MAINTAINS_DIRECTORIES,
  updateTechnician: ROLE_SETS.MAINTAINS_DIRECTORIES,
  setTechnicianActive: ROLE_SETS.MAINTAINS_DIRECTORIES,
  // REST actions (the import checks each row's department)
  importTargets: ROLE_SETS.MAINTAINS_DIRECTORIES,
  importInspectors: ROLE_SETS.MAINTAINS_DIRECTORIES,
} as const satisfies PermissionTable<string>;

export type RegistryAction = keyof typeof REGISTRY_PERMISSIONS;

/** Department heads and inspectors see their own department's directories; the others the whole bureau. */
export function directoryScope(p: Principal): FilterQuery<Target & Inspector> {
  return seesWholeBureau(p.roles) ? {} : { departmentId: p.departmentId };
}

/** The department a principal's directory reads are limited to, or null for the whole bureau. */
export function readableDepartment(p: Principal): string | null {
  return seesWholeBureau(p.roles) ? null : p.departmentId;
}

/** Administrators and coordinators keep any department's directory; heads only their own. */
export function keepsDirectoryOf(p: Principal, departmentId: string): boolean {
  return holdsAnyRole(p.roles, ROLE_SETS.ACTS_FOR_BUREAU) || departmentId === p.departmentId;
}

/**
 * A department of the caller's bureau, in use, whose directory the caller keeps: BAD_USER_INPUT
 * for another bureau's or a retired one, FORBIDDEN for a head writing another department's.
 */
export async function requireWritableDepartment(
  ctx: RequestContext,
  departmentId: string,
  field: string,
): Promise<Department> {
  const p = signedIn(ctx);
  const dept = await findById(ctx, Department, departmentId, { bureauId: p.bureauId });
  if (!dept) throw badInput(field, '部门不是本单位的部门');
  if (!dept.active) throw badInput(field, `部门「${dept.name}」已停用`);
  if (!keepsDirectoryOf(p, dept.id)) throw forbidden('部门负责人只能维护本部门的名录');
  return dept;
}

/** A target the caller may read (own department unless they see the whole bureau), or NOT_FOUND. */
export async function requireReadableTarget(ctx: RequestContext, id: string): Promise<Target> {
  const t = await findById(ctx, Target, id, directoryScope(signedIn(ctx)) as FilterQuery<Target>);
  if (!t) throw notFound('检查对象');
  return t;
}

/** An inspector the caller may read (own department unless they see the whole bureau), or NOT_FOUND. */
export async function requireReadableInspector(ctx: RequestContext, id: string): Promise<Inspector> {
  const scope = directoryScope(signedIn(ctx)) as FilterQuery<Inspector>;
  const i = await findById(ctx, Inspector, id, scope);
  if (!i) throw notFound('检查人员');
  return i;
}

/** A target of the caller's own bureau (the department filter must not hide it), or NOT_FOUND. */
export async function findOwnTarget(ctx: RequestContext, id: string): Promise<Target | null> {
  return findById(ctx, Target, id, { bureauId: signedIn(ctx).bureauId });
}

/** An inspector of the caller's own bureau, or null. */
export async function findOwnInspector(ctx: RequestContext, id: string): Promise<Inspector | null> {
  return findById(ctx, Inspector, id, { bureauId: signedIn(ctx).bureauId });
}

/** Whom a conflict is declared for: an inspector of the bureau, or one lent by a sibling bureau (R34). */
export type ConflictInspector = { inspector: Inspector } | { lentId: string };

/** The inspector of a declaration (R30, R34), or BAD_USER_INPUT for anyone else. */
export async function findConflictInspector(ctx: RequestContext, inspectorId: string): Promise<ConflictInspector> {
  const inspector = await findOwnInspector(ctx, inspectorId);
  if (inspector) return { inspector };
  if (isUuid(inspectorId) && (await lentInspectorIds(ctx)).has(inspectorId)) return { lentId: inspectorId };
  throw badInput('inspectorId', '检查人员不存在，或既不属于本单位，也不是上级指定借调给本单位的协作人员（R34）');
}

/** Own inspectors: whoever keeps their department's directory; lent ones: only the office. */
export async function requireDeclaresFor(ctx: RequestContext, who: ConflictInspector): Promise<void> {
  if ('inspector' in who) {
    await requireWritableDepartment(ctx, who.inspector.departmentId, 'inspectorId');
  } else if (!holdsAnyRole(signedIn(ctx).roles, ROLE_SETS.ACTS_FOR_BUREAU)) {
    throw forbidden('借调人员的利害关系由本单位双随机办申报（R30、R34）');
  }
}

/** The inspector of a conflict filter: one the caller reads, or (whole-bureau readers) one lent to the bureau (R34). */
async function readableConflictInspector(ctx: RequestContext, id: string): Promise<string> {
  const p = signedIn(ctx);
  const own = await findById(ctx, Inspector, id, directoryScope(p) as FilterQuery<Inspector>);
  if (own) return own.id;
  if (seesWholeBureau(p.roles) && isUuid(id) && (await lentInspectorIds(ctx)).has(id)) return id;
  throw notFound('检查人员');
}

/**
 * The conflicts (R30) a caller reads, beside the scope filter and RLS: of an inspector or a target
 * they read; unfiltered, heads and inspectors get those of their own department's inspectors.
 */
export async function conflictScope(
  ctx: RequestContext,
  filter: { inspectorId?: string | null; targetId?: string | null } | undefined,
): Promise<FilterQuery<ConflictOfInterest>> {
  const where: FilterQuery<ConflictOfInterest>[] = [];
  if (filter?.targetId) where.push({ targetId: (await requireReadableTarget(ctx, filter.targetId)).id });
  if (filter?.inspectorId) where.push({ inspectorId: await readableConflictInspector(ctx, filter.inspectorId) });
  const department = readableDepartment(signedIn(ctx));
  if (department && !where.length) {
    const own = await ctx.em.find(Inspector, { departmentId: department }, { fields: ['id'] });
    where.push({ inspectorId: { $in: own.map((i) => i.id) } });
  }
  return where.length ? { $and: where } : {};
}
