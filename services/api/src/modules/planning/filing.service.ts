import { uuidv7 } from 'uuidv7';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { Plan, PlanFiling, PlanRound, PlanTask, type FilingDecision } from '@dsr/db';
import {
  DomainError,
  nextPlanStatus,
  taskShortfalls,
  trimmedOrNull,
  type JsonValue,
  type PlanWarning,
} from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput, forbidden, notFound } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/connection';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { flushAndAudit, recordAudit } from '../audit/audit.service';
import { notYours, requireReceivedFiling } from './planning.access';
import { decidePlanFiling } from './planning.queries';
import type { PlanningService } from './planning.service';
import { frequencyLevelOf, itemFacts, settingsOfBureau, shortfallTask, taskSnapshot } from './plan-facts';
import type {
  AcknowledgePlanFilingInput,
  FilePlanInput,
  PlanFilingQueueFilter,
  ReturnPlanFilingInput,
} from './planning.types';

/**
 * Filing (R20): departments file work plans with the coordinating office, bureaus file with their
 * parent; the receiving bureau's COORDINATOR or ADMIN acknowledges or returns (never their own
 * filing; LEADER stays read-only, as roles.ts defines it).
 */
export class FilingService {
  constructor(private readonly plans: PlanningService) {}

  /** Every filing of a plan the caller can see, oldest first (all versions are kept). */
  async planFilings(ctx: RequestContext, planId: string) {
    const plan = await this.plans.plan(ctx, planId);
    return ctx.loaders.filingsOfPlan.load(plan.id);
  }

  /**
   * The filings made to the caller's own bureau (its direct subordinates', and its departments'
   * work plans): not the whole subtree.
   */
  async filingQueue(ctx: RequestContext, filter: PlanFilingQueueFilter | undefined, page: PageArgs) {
    const where: FilterQuery<PlanFiling>[] = [{ filedToBureauId: signedIn(ctx).bureauId }];
    if (!filter?.includeDecided) where.push({ decision: null });
    if (filter?.year != null) where.push({ year: filter.year });
    if (filter?.kind) where.push({ kind: filter.kind });
    if (filter?.bureauId) where.push({ bureauId: filter.bureauId });
    return paginate(ctx.em, PlanFiling, { $and: where }, page);
  }

  /**
   * Whom a plan is filed with: the parent bureau; a work plan (or a bureau without parent) with its
   * own bureau's coordinating office.
   */
  private async receiverOf(ctx: RequestContext, plan: Plan): Promise<string> {
    if (plan.kind === 'DEPARTMENT') return plan.bureauId;
    const bureau = await ctx.loaders.bureau.load(plan.bureauId);
    if (!bureau) throw notFound('本单位');
    return bureau.parentId ?? plan.bureauId;
  }

  /** The plan's tasks as filed, each checked again (an item may have been retired, a setting made stricter since). */
  private async filedTasks(ctx: RequestContext, plan: Plan) {
    const tasks = await ctx.em.find(PlanTask, { planId: plan.id }, { orderBy: { id: 'asc' } });
    if (!tasks.length) throw new DomainError('PLAN_EMPTY', '计划还没有任务，不能报备', 'planId');
    const rounds = await ctx.em.find(PlanRound, { planId: plan.id }, { orderBy: { roundNo: 'asc', id: 'asc' } });
    const settings = await settingsOfBureau(ctx, plan.bureauId);
    const level = await frequencyLevelOf(ctx, plan.bureauId);
    const warnings: PlanWarning[] = [];
    const content: JsonValue[] = [];
    for (const [i, task] of tasks.entries()) {
      const { items } = await this.plans.checkTask(ctx, plan, task, `tasks.${i}.`);
      const own = rounds.filter((r) => r.taskId === task.id);
      warnings.push(...taskShortfalls(shortfallTask(task, own.length), items.map(itemFacts), { level, ...settings }));
      content.push({
        id: task.id,
        ...taskSnapshot(task),
        items: items.map((v) => ({
          id: v.id,
          itemId: v.itemId,
          versionNo: v.versionNo,
          name: v.name,
          bureauId: v.bureauId,
          samplingRatioBp: v.samplingRatioBp,
          frequencyPerYear: v.frequencyPerYear,
        })),
        rounds: own.map((r) => ({ id: r.id, roundNo: r.roundNo, windowStart: r.windowStart, windowEnd: r.windowEnd })),
      });
    }
    return { warnings, content };
  }

  async filePlan(ctx: RequestContext, input: FilePlanInput) {
    const p = signedIn(ctx);
    const plan = await this.plans.authoredPlan(ctx, input.planId, input.version);
    const receiver = await this.receiverOf(ctx, plan);
    if (input.toBureauId !== receiver) {
      throw forbidden(
        plan.kind === 'DEPARTMENT' ? '部门工作计划只能向本单位双随机办备案' : '计划只能向上一级公安机关备案（R20）',
      );
    }
    nextPlanStatus(plan.status, 'FILE');
    const { warnings, content } = await this.filedTasks(ctx, plan);
    const filing = ctx.em.create(PlanFiling, {
      id: uuidv7(),
      ...ownedBy(p),
      planId: plan.id,
      filingNo: plan.filingCount + 1,
      filedToBureauId: receiver,
      year: plan.year,
      kind: plan.kind,
      content: {
        plan: {
          id: plan.id,
          bureauId: plan.bureauId,
          year: plan.year,
          title: plan.title,
          kind: plan.kind,
          departmentId: plan.departmentId,
        },
        tasks: content,
      },
      warnings,
      filedBy: p.userId,
      filedAt: new Date(),
      decision: null,
      comment: null,
      decidedBy: null,
      decidedAt: null,
      version: 1,
    });
    // The filing first: the database lets a plan become FILED only with its filing in place.
    await ctx.em.persist(filing).flush();
    plan.status = nextPlanStatus(plan.status, 'FILE');
    plan.filingCount = filing.filingNo;
    plan.updatedAt = new Date();
    await flushAndAudit(ctx, {
      operation: 'FILE_PLAN',
      objectType: 'PlanFiling',
      objectId: filing.id,
      after: { planId: plan.id, filingNo: filing.filingNo, filedToBureauId: receiver, warnings: warnings.length },
    });
    return { filing, plan };
  }

  /**
   * The named superior action (R20): the receiving bureau acknowledges or returns a filing made
   * to it. The check here is repeated inside the database by app_private.decide_plan_filing,
   * which alone may write the decision and the plan's new status (see 0006-planning.sql.ts).
   */
  private async decide(ctx: RequestContext, filingId: string, decision: FilingDecision, comment: string | null) {
    const filing = await requireReceivedFiling(ctx, filingId);
    if (filing.decision)
      throw new DomainError('INVALID_TRANSITION', '该次报备已处理', 'filingId', { decision: filing.decision });
    const plan = await ctx.em.findOneOrFail(Plan, { id: filing.planId });
    if (plan.status !== 'FILED' || plan.filingCount !== filing.filingNo) {
      throw new DomainError('INVALID_TRANSITION', '该次报备已不是计划的现行报备', 'filingId');
    }
    nextPlanStatus(plan.status, decision === 'ACKNOWLEDGED' ? 'ACKNOWLEDGE' : 'RETURN');
    try {
      await decidePlanFiling(ctx, filing.id, decision, comment, signedIn(ctx).userId);
    } catch (err) {
      if ((err as { code?: string }).code === '42501') throw notYours();
      throw err;
    }
    await ctx.em.refresh(filing);
    await ctx.em.refresh(plan);
    await recordAudit(ctx, {
      operation: decision === 'ACKNOWLEDGED' ? 'ACKNOWLEDGE_PLAN_FILING' : 'RETURN_PLAN_FILING',
      objectType: 'PlanFiling',
      objectId: filing.id,
      before: { status: 'FILED' },
      after: {
        planId: plan.id,
        filerBureauId: filing.bureauId,
        filingNo: filing.filingNo,
        decision,
        comment,
        status: plan.status,
      },
    });
    return { filing, plan };
  }

  acknowledgeFiling(ctx: RequestContext, input: AcknowledgePlanFilingInput) {
    return this.decide(ctx, input.filingId, 'ACKNOWLEDGED', trimmedOrNull(input.comment));
  }

  returnFiling(ctx: RequestContext, input: ReturnPlanFilingInput) {
    const comment = input.comment.trim();
    if (!comment) throw badInput('comment', '退回时必须写明意见');
    return this.decide(ctx, input.filingId, 'RETURNED', comment);
  }
}
