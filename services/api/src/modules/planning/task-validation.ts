import { Department, InspectionItemVersion, type Plan } from '@dsr/db';
import {
  DomainError,
  checkSubordinateBureaus,
  checkTaskBounds,
  checkTaskLists,
  distinct,
  requiredDepartmentsOf,
  requiredSkillsOf,
  validateTaskNumbers,
} from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput, notFound } from '../../common/errors';
import { signedIn } from '../../common/principal';
import { isUuid } from '../../loaders';
import { itemFacts, type PlanSettings, type TaskContent } from './plan-facts';
import type { PlanTaskInput } from './planning.types';
import type { FieldsOf } from '../../common/instance-of';

/** Published item versions the bureau may use: its own or an ancestor's (R7), in the order asked. */
async function usableItems(
  ctx: RequestContext,
  itemIds: readonly string[],
  field: string,
): Promise<InspectionItemVersion[]> {
  const p = signedIn(ctx);
  const usableBureaus = new Set([p.bureauId, ...p.readableBureauIds.filter((id) => !p.bureauIds.includes(id))]);
  const found = await ctx.em.find(InspectionItemVersion, { id: { $in: itemIds.filter(isUuid) } });
  const byId = new Map(found.map((v) => [v.id, v]));
  return itemIds.map((id) => {
    const v = byId.get(id);
    if (!v || v.status !== 'PUBLISHED' || !usableBureaus.has(v.bureauId)) {
      throw new DomainError(
        'ITEM_NOT_PUBLISHED',
        v && usableBureaus.has(v.bureauId)
          ? `事项「${v.name}」第 ${v.versionNo} 版不是现行发布版本，不能纳入计划（R7）`
          : '事项版本不存在或未发布（只能使用本单位或上级机关发布的事项）',
        field,
        { itemVersionId: id },
      );
    }
    return v;
  });
}

/** The bureau's own inspecting departments, in use; a work plan's own department among them. */
async function participatingDepartments(
  ctx: RequestContext,
  plan: Plan,
  ids: readonly string[],
  field: string,
): Promise<string[]> {
  const departmentIds = distinct(ids);
  const depts = await ctx.em.find(Department, {
    id: { $in: departmentIds.filter(isUuid) },
    bureauId: signedIn(ctx).bureauId,
  });
  for (const id of departmentIds) {
    const d = depts.find((x) => x.id === id);
    if (!d || !d.active || (d.kind !== 'POLICE' && d.kind !== 'EXTERNAL')) {
      throw badInput(field, d ? `「${d.name}」不是在用的执法检查部门` : '参加部门不是本单位的部门');
    }
  }
  if (plan.kind === 'DEPARTMENT' && !departmentIds.includes(plan.departmentId ?? '')) {
    throw badInput(field, '部门工作计划的任务须由本部门参加');
  }
  return departmentIds;
}

/**
 * A task's content, checked: published item versions the bureau may use (its own or an
 * ancestor's, R7), its own inspecting departments, its own regions, known categories, and the
 * rules of validateTaskNumbers. Fields are named under `prefix`.
 */
export async function validateTask(
  ctx: RequestContext,
  plan: Plan,
  input: FieldsOf<PlanTaskInput>,
  prefix: string,
  settings: () => Promise<PlanSettings>,
): Promise<{ content: TaskContent; items: InspectionItemVersion[] }> {
  const p = signedIn(ctx);
  const f = (name: string) => `${prefix}${name}`;
  const itemIds = distinct(input.itemVersionIds);
  const items = await usableItems(ctx, itemIds, f('itemVersionIds'));
  const departmentIds = await participatingDepartments(ctx, plan, input.departmentIds, f('departmentIds'));
  for (const v of items) {
    if (v.bureauId === p.bureauId && !departmentIds.includes(v.departmentId)) {
      throw new DomainError(
        'ITEM_DEPARTMENT_NOT_PARTICIPATING',
        `事项「${v.name}」的检查主体须是本任务的参加部门`,
        f('departmentIds'),
        { itemVersionId: v.id, departmentId: v.departmentId },
      );
    }
  }
  const requiredDepartmentIds = requiredDepartmentsOf(
    departmentIds,
    input.requiredDepartmentIds,
    f('requiredDepartmentIds'),
  );
  const bureau = await ctx.loaders.bureau.load(p.bureauId);
  if (!bureau) throw notFound('本单位');
  const lists = checkTaskLists(input, plan.kind, bureau, prefix);
  // R41: a superior's task may also cover the targets of bureaus below it (they handle the findings).
  const subordinateBureauIds = checkSubordinateBureaus(
    input.subordinateBureauIds,
    plan.bureauId,
    p.bureauIds,
    f('subordinateBureauIds'),
  );
  const content: TaskContent = {
    name: lists.name,
    itemVersionIds: itemIds,
    departmentIds,
    externalAgencies: lists.externalAgencies,
    joint: input.joint,
    ratioBp: input.ratioBp,
    timesPerYear: input.timesPerYear,
    regionCodes: lists.regionCodes,
    businessCategories: lists.businessCategories,
    grades: lists.grades,
    teamSize: input.teamSize,
    requiredDepartmentIds,
    requiredSkills: requiredSkillsOf(items, lists.extraSkills),
    subordinateBureauIds,
  };
  checkTaskBounds(content, prefix);
  validateTaskNumbers(content, items.map(itemFacts), await settings(), prefix);
  return { content, items };
}
