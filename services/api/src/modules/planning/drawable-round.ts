import { InspectionItem, InspectionItemVersion, Plan, PlanFiling, PlanRound, PlanTask } from '@dsr/db';
import { DRAWABLE_ITEM_STATUSES, DomainError, itemStatusIn } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { notFound } from '../../common/errors';
import { findById } from '../../common/find-by-id';
import { signedIn } from '../../common/principal';
import type { PlanSettings } from './plan-facts';

/** A round the draw module may draw for (R24), with everything it needs of its task and plan. */
export interface DrawableRound {
  plan: Plan;
  task: PlanTask;
  round: PlanRound;
  /** The task's item versions, in the task's order (the versions pinned by the plan, R45). */
  itemVersions: InspectionItemVersion[];
  /** The plan's current filing (acknowledged, or filed where the bureau allows): for the draw record's trace (R33). */
  filing: PlanFiling;
}

/**
 * The round a draw is for, with its task, plan and item versions — refused unless the plan is
 * ACKNOWLEDGED (or FILED where the bureau's setting allowDrawFromFiledPlan says so): inspecting
 * outside the plan is not possible (R24). Only the caller's own bureau's rounds are found.
 * Item versions are those the plan pinned (R45); a version retired or withdrawn since, or one whose
 * item was retired since (R1), is refused.
 * `settings`: the caller's bureau settings (the round is of the caller's bureau).
 */
export async function drawableRound(
  ctx: RequestContext,
  roundId: string,
  settings: () => Promise<Pick<PlanSettings, 'allowDrawFromFiledPlan'>>,
): Promise<DrawableRound> {
  const round = await findById(ctx, PlanRound, roundId, { bureauId: signedIn(ctx).bureauId });
  if (!round) throw notFound('抽查轮次');
  const task = await ctx.em.findOneOrFail(PlanTask, { id: round.taskId });
  const plan = await ctx.em.findOneOrFail(Plan, { id: round.planId });
  const { allowDrawFromFiledPlan } = await settings();
  if (plan.status !== 'ACKNOWLEDGED' && !(plan.status === 'FILED' && allowDrawFromFiledPlan)) {
    throw new DomainError(
      'PLAN_NOT_ACKNOWLEDGED',
      plan.status === 'FILED'
        ? '计划已报备但尚未经接收机关确认，不能抽取（R24）'
        : '计划未经备案确认，不能抽取：计划外不得开展检查（R24）',
      'roundId',
      { planId: plan.id, status: plan.status },
    );
  }
  const found = new Map(
    (await ctx.em.find(InspectionItemVersion, { id: { $in: task.itemVersionIds } })).map((v) => [v.id, v]),
  );
  // R1: a pinned version superseded by a newer one stays drawable, unless its item has left the list since.
  const retired = new Set(
    (await ctx.em.find(InspectionItem, { id: { $in: [...found.values()].map((v) => v.itemId) } }))
      .filter((item) => item.status !== 'PUBLISHED')
      .map((item) => item.id),
  );
  const itemVersions = task.itemVersionIds.map((id) => {
    const v = found.get(id);
    if (!v || !itemStatusIn(v.status, DRAWABLE_ITEM_STATUSES) || retired.has(v.itemId)) {
      throw new DomainError(
        'ITEM_NOT_PUBLISHED',
        `任务「${task.name}」的事项${v ? `「${v.name}」已停用或撤回` : '已不可用'}，不在事项清单内，不能抽取（R1、R7）`,
        'roundId',
        { itemVersionId: id },
      );
    }
    return v;
  });
  const filing = await ctx.em.findOneOrFail(PlanFiling, { planId: plan.id, filingNo: plan.filingCount });
  return { plan, task, round, itemVersions, filing };
}
