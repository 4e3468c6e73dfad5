import { GraphQLError } from 'graphql';
import { uuidv7 } from 'uuidv7';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { Department, InspectionItemVersion, Plan, PlanRound, PlanTask } from '@dsr/db';
import {
  DomainError,
  chinaDay,
  distinct,
  nextPlanStatus,
  roundEndedRefusal,
  taskShortfalls,
  validatePlanYear,
  validateRoundWindow,
  type PlanWarning,
} from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput, conflict, notFound } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/connection';
import { allowLateEntry } from '../../common/late-entry';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { findById } from '../../common/find-by-id';
import { flushAndAudit } from '../audit/audit.service';
import { planVisibility, requireAuthoredPlan, requirePlanAuthor, requireReadablePlan } from './planning.access';
import {
  frequencyLevelOf,
  itemFacts,
  planSnapshot,
  settingsOfBureau,
  shortfallTask,
  taskSnapshot,
  type PlanSettingsReader,
  type TaskContent,
} from './plan-facts';
import { validateTask } from './task-validation';
import type { FieldsOf } from '../../common/instance-of';
import { drawableRound, type DrawableRound } from './drawable-round';
import type {
  AddPlanRoundInput,
  AddPlanTaskInput,
  CreatePlanInput,
  PlanFilter,
  PlanTaskInput,
  UpdatePlanInput,
  UpdatePlanTaskInput,
} from './planning.types';

export type { DrawableRound } from './drawable-round';

const STALE = '记录已被他人修改，请刷新后重试';

/** Every change of a task or round changes the plan too: its version then covers its whole content. */
function touch(plan: Plan) {
  plan.updatedAt = new Date();
}

/**
 * Plans (R19, R21–R24): bureaus plan their year, departments their work; tasks and rounds, and
 * the rounds the draw may use. Filing is FilingService's (filing.service.ts).
 *
 * Who does what (planning.access.ts): BUREAU and JOINT plans are edited by the coordinating
 * office (COORDINATOR) or the ADMIN; DEPARTMENT plans by the head of that department.
 *
 * An acknowledged plan is final (draws rely on it). Revising it is not offered: a change of course
 * during the year is a separate JOINT plan (any number per year), filed and acknowledged the same way.
 */
export class PlanningService {
  constructor(private readonly org: PlanSettingsReader) {}

  async plans(ctx: RequestContext, filter: PlanFilter | undefined, page: PageArgs) {
    const where: FilterQuery<Plan>[] = [planVisibility(signedIn(ctx))];
    if (filter?.year != null) where.push({ year: filter.year });
    if (filter?.kind) where.push({ kind: filter.kind });
    if (filter?.status) where.push({ status: filter.status });
    if (filter?.bureauId) where.push({ bureauId: filter.bureauId });
    if (filter?.departmentId) where.push({ departmentId: filter.departmentId });
    return paginate(ctx.em, Plan, { $and: where }, page);
  }

  async plan(ctx: RequestContext, id: string) {
    return requireReadablePlan(ctx, id);
  }

  /** What the plan, as it stands, falls short of (R4, R19, R29): what a filing of it would carry. */
  async warnings(ctx: RequestContext, plan: Plan): Promise<PlanWarning[]> {
    // Started together, so that each loader batches with the other plans' (and the bureau field's) loads.
    const [tasks, settings, level] = await Promise.all([
      ctx.loaders.tasksOfPlan.load(plan.id),
      settingsOfBureau(ctx, plan.bureauId),
      frequencyLevelOf(ctx, plan.bureauId),
    ]);
    const [rounds, versions] = await Promise.all([
      ctx.loaders.roundsOfTask.loadMany(tasks.map((t) => t.id)),
      ctx.loaders.itemVersion.loadMany(distinct(tasks.flatMap((t) => t.itemVersionIds))),
    ]);
    const byId = new Map(
      versions.filter((v): v is InspectionItemVersion => !!v && !(v instanceof Error)).map((v) => [v.id, v]),
    );
    return tasks.flatMap((t, i) => {
      const r = rounds[i];
      const items = t.itemVersionIds
        .map((id) => byId.get(id))
        .filter((v): v is InspectionItemVersion => !!v)
        .map(itemFacts);
      return taskShortfalls(shortfallTask(t, Array.isArray(r) ? r.length : 0), items, { level, ...settings });
    });
  }

  /** A task's content checked against the caller's bureau settings (also for a filing, filing.service.ts). */
  checkTask(ctx: RequestContext, plan: Plan, input: FieldsOf<PlanTaskInput>, prefix: string) {
    return validateTask(ctx, plan, input, prefix, () => this.org.settings(ctx));
  }

  /** A plan of the caller's own bureau that the caller may author, optionally at the version the caller read. */
  async authoredPlan(ctx: RequestContext, planId: string, version?: number) {
    const plan = await requireAuthoredPlan(ctx, planId);
    if (version !== undefined && plan.version !== version) throw conflict(STALE, { currentVersion: plan.version });
    return plan;
  }

  private async editablePlan(ctx: RequestContext, planId: string, version?: number) {
    const plan = await this.authoredPlan(ctx, planId, version);
    nextPlanStatus(plan.status, 'EDIT');
    return plan;
  }

  private async requireUniqueYear(
    ctx: RequestContext,
    plan: Pick<Plan, 'kind' | 'departmentId' | 'year'>,
    exceptId?: string,
  ) {
    if (plan.kind === 'JOINT') return;
    const where: FilterQuery<Plan> = {
      bureauId: signedIn(ctx).bureauId,
      kind: plan.kind,
      year: plan.year,
      departmentId: plan.departmentId,
    };
    const existing = await ctx.em.findOne(Plan, exceptId ? { $and: [where, { id: { $ne: exceptId } }] } : where);
    if (existing) {
      const what =
        plan.kind === 'BUREAU' ? `本单位 ${plan.year} 年度抽查计划已存在` : `该部门 ${plan.year} 年度工作计划已存在`;
      throw conflict(what, { field: 'year', existingId: existing.id });
    }
  }

  /** The department of a new plan: a work plan's own, in use and inspecting; none for the others. */
  private async newPlanDepartment(ctx: RequestContext, input: CreatePlanInput): Promise<string | null> {
    const p = signedIn(ctx);
    if (input.kind !== 'DEPARTMENT') {
      if (input.departmentId) throw badInput('departmentId', '只有部门工作计划填写部门');
      requirePlanAuthor(p, { kind: input.kind, departmentId: null });
      return null;
    }
    const departmentId = input.departmentId ?? p.departmentId;
    requirePlanAuthor(p, { kind: 'DEPARTMENT', departmentId });
    const dept = await findById(ctx, Department, departmentId, { bureauId: p.bureauId });
    if (!dept || !dept.active || dept.kind !== 'POLICE')
      throw badInput('departmentId', '部门工作计划须属于本单位在用的执法检查部门');
    return departmentId;
  }

  async createPlan(ctx: RequestContext, input: CreatePlanInput) {
    const p = signedIn(ctx);
    validatePlanYear(input.year);
    const fields = { kind: input.kind, departmentId: await this.newPlanDepartment(ctx, input), year: input.year };
    await this.requireUniqueYear(ctx, fields);
    const now = new Date();
    const plan = ctx.em.create(Plan, {
      id: uuidv7(),
      ...ownedBy(p),
      ...fields,
      title: input.title.trim(),
      status: 'DRAFT',
      filingCount: 0,
      createdBy: p.userId,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    ctx.em.persist(plan);
    await flushAndAudit(ctx, {
      operation: 'CREATE_PLAN',
      objectType: 'Plan',
      objectId: plan.id,
      after: planSnapshot(plan),
    });
    return { plan };
  }

  async updatePlan(ctx: RequestContext, input: UpdatePlanInput) {
    const plan = await this.editablePlan(ctx, input.planId, input.version);
    const before = planSnapshot(plan);
    if (input.title != null) plan.title = input.title.trim();
    if (input.year != null && input.year !== plan.year) {
      const year = input.year;
      validatePlanYear(year);
      const outside = (await ctx.em.find(PlanRound, { planId: plan.id })).find(
        (r) => Number(r.windowStart.slice(0, 4)) !== year || Number(r.windowEnd.slice(0, 4)) !== year,
      );
      if (outside) {
        throw new DomainError(
          'ROUND_OUTSIDE_PLAN_YEAR',
          `已排的第 ${outside.roundNo} 轮（${outside.windowStart} 至 ${outside.windowEnd}）不在 ${year} 年内`,
          'year',
          { roundId: outside.id },
        );
      }
      await this.requireUniqueYear(ctx, { kind: plan.kind, departmentId: plan.departmentId, year }, plan.id);
      plan.year = year;
    }
    touch(plan);
    await flushAndAudit(ctx, {
      operation: 'UPDATE_PLAN',
      objectType: 'Plan',
      objectId: plan.id,
      before,
      after: planSnapshot(plan),
    });
    return { plan };
  }

  async addTask(ctx: RequestContext, input: AddPlanTaskInput) {
    const plan = await this.editablePlan(ctx, input.planId);
    const { content } = await this.checkTask(ctx, plan, input.task, 'task.');
    const now = new Date();
    const task = ctx.em.create(PlanTask, {
      id: uuidv7(),
      ...ownedBy(signedIn(ctx)),
      planId: plan.id,
      ...content,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    ctx.em.persist(task);
    touch(plan);
    await flushAndAudit(ctx, {
      operation: 'ADD_PLAN_TASK',
      objectType: 'PlanTask',
      objectId: task.id,
      after: { planId: plan.id, ...taskSnapshot(task) },
    });
    return { task, plan };
  }

  private async ownTask(ctx: RequestContext, taskId: string) {
    const task = await findById(ctx, PlanTask, taskId, { bureauId: signedIn(ctx).bureauId });
    if (!task) throw notFound('抽查任务');
    const plan = await this.editablePlan(ctx, task.planId).catch((err: unknown) => {
      // A task of a plan the caller may not see (another department's work plan) is not found either.
      if (err instanceof GraphQLError && err.extensions.code === 'NOT_FOUND') throw notFound('抽查任务');
      throw err;
    });
    return { task, plan };
  }

  async updateTask(ctx: RequestContext, input: UpdatePlanTaskInput) {
    const { task, plan } = await this.ownTask(ctx, input.taskId);
    if (task.version !== input.version) throw conflict(STALE, { currentVersion: task.version });
    const before = taskSnapshot(task);
    const { content } = await this.checkTask(ctx, plan, input.task, 'task.');
    Object.assign(task, content satisfies TaskContent);
    touch(plan);
    await flushAndAudit(ctx, {
      operation: 'UPDATE_PLAN_TASK',
      objectType: 'PlanTask',
      objectId: task.id,
      before,
      after: taskSnapshot(task),
    });
    return { task, plan };
  }

  async addRound(ctx: RequestContext, input: AddPlanRoundInput) {
    const { task, plan } = await this.ownTask(ctx, input.taskId);
    const window = validateRoundWindow(plan.year, input.windowStart, input.windowEnd);
    // R26/R32: a round that has already ended is not planned, unless an administrator enters past work.
    const lateEntry = allowLateEntry(
      ctx,
      roundEndedRefusal(window.end, chinaDay(new Date()), 'windowEnd'),
      input.lateEntryReason,
    );
    const roundNo = (await ctx.em.count(PlanRound, { taskId: task.id })) + 1;
    const round = ctx.em.create(PlanRound, {
      id: uuidv7(),
      ...ownedBy(signedIn(ctx)),
      planId: plan.id,
      taskId: task.id,
      roundNo,
      windowStart: window.start,
      windowEnd: window.end,
      createdAt: new Date(),
      version: 1,
    });
    ctx.em.persist(round);
    touch(plan);
    await flushAndAudit(ctx, {
      operation: 'ADD_PLAN_ROUND',
      objectType: 'PlanRound',
      objectId: round.id,
      after: {
        planId: plan.id,
        taskId: task.id,
        roundNo,
        windowStart: window.start,
        windowEnd: window.end,
        ...(lateEntry ? { lateEntry } : {}),
      },
    });
    return { round, task };
  }

  // ─── for the draw module (R24) ───

  /**
   * The round a draw is for, with its task, plan and item versions, if the plan allows drawing
   * (R24, R45): see drawable-round.ts.
   */
  async requireDrawableRound(ctx: RequestContext, roundId: string): Promise<DrawableRound> {
    return drawableRound(ctx, roundId, () => this.org.settings(ctx));
  }
}
