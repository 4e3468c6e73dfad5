import type { FilterQuery } from '@mikro-orm/postgresql';
import { Plan, PlanFiling } from '@dsr/db';
import { ROLES, ROLE_SETS, holdsAnyRole, seesWholeBureau } from '@dsr/domain';
import type { Principal, RequestContext } from '../../context';
import type { PermissionTable } from '../../common/access';
import { forbidden, notFound } from '../../common/errors';
import { signedIn } from '../../common/principal';
import { findById } from '../../common/find-by-id';

/**
 * Who may call each action of the planning module (GraphQL root fields; the REST routes add
 * theirs). Bureau and joint plans are the office's, work plans their department head's (told
 * apart below); the receiving bureau's office decides on a filing, LEADER stays read-only.
 */
export const PLANNING_PERMISSIONS = {
  plans: ROLES,
  plan: ROLES,
  planFilings: ROLES,
  planFilingQueue: ROLE_SETS.FOLLOWS_FILINGS,
  createPlan: ROLE_SETS.MAINTAINS_DIRECTORIES,
  updatePlan: ROLE_SETS.MAINTAINS_DIRECTORIES,
  addPlanTask: ROLE_SETS.MAINTAINS_DIRECTORIES,
  updatePlanTask: ROLE_SETS.MAINTAINS_DIRECTORIES,
  addPlanRound: ROLE_SETS.MAINTAINS_DIRECTORIES,
  filePlan: ROLE_SETS.MAINTAINS_DIRECTORIES,
  acknowledgePlanFiling: ROLE_SETS.ACTS_FOR_BUREAU,
  returnPlanFiling: ROLE_SETS.ACTS_FOR_BUREAU,
} as const satisfies PermissionTable<string>;

export type PlanningAction = keyof typeof PLANNING_PERMISSIONS;

/**
 * Within a bureau, department heads and inspectors see bureau and joint plans and their own
 * department's work plans.
 */
export function planVisibility(p: Principal): FilterQuery<Plan> {
  return seesWholeBureau(p.roles) ? {} : { $or: [{ kind: { $ne: 'DEPARTMENT' } }, { departmentId: p.departmentId }] };
}

/** A plan the caller may read, or NOT_FOUND. */
export async function requireReadablePlan(ctx: RequestContext, id: string): Promise<Plan> {
  const plan = await findById(ctx, Plan, id, planVisibility(signedIn(ctx)));
  if (!plan) throw notFound('抽查计划');
  return plan;
}

/** Authors: coordinators and administrators for bureau and joint plans, the department's head for a work plan. */
export function requirePlanAuthor(p: Principal, plan: Pick<Plan, 'kind' | 'departmentId'>): void {
  if (plan.kind === 'DEPARTMENT') {
    if (!p.roles.includes('DEPARTMENT_HEAD') || p.departmentId !== plan.departmentId)
      throw forbidden('部门工作计划由本部门负责人编制和报备');
  } else if (!holdsAnyRole(p.roles, ROLE_SETS.ACTS_FOR_BUREAU)) {
    throw forbidden('本单位的年度计划和联合抽查计划由双随机办或管理员编制和报备');
  }
}

/** A plan of the caller's own bureau, visible to them and theirs to author, or NOT_FOUND / FORBIDDEN. */
export async function requireAuthoredPlan(ctx: RequestContext, planId: string): Promise<Plan> {
  const p = signedIn(ctx);
  const plan = await findById(ctx, Plan, planId, { $and: [{ bureauId: p.bureauId }, planVisibility(p)] });
  if (!plan) throw notFound('抽查计划');
  requirePlanAuthor(p, plan);
  return plan;
}

/** Refusal of a superior action: the same words whether the filing exists elsewhere or not at all. */
export const notYours = () => forbidden('备案不存在，或不是向本单位报备的，无权处理');

/**
 * A filing made to the caller's own bureau by someone else (R20), or FORBIDDEN without saying
 * whether it exists. The database checks again in app_private.decide_plan_filing.
 */
export async function requireReceivedFiling(ctx: RequestContext, filingId: string): Promise<PlanFiling> {
  const p = signedIn(ctx);
  const filing = await findById(ctx, PlanFiling, filingId, { filedToBureauId: p.bureauId });
  if (!filing) throw notYours();
  if (filing.filedBy === p.userId) throw forbidden('不能处理本人报备的计划');
  return filing;
}
