import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Plan, PlanFiling, PlanRound, PlanTask } from '@dsr/db';
import type { RequestContext } from '../../context';
import { PageArgs } from '../../common/connection';
import { BureauType, DepartmentType, UserType } from '../org/org.types';
import { ItemVersionType } from '../catalog/catalog.types';
import type { FilingService } from './filing.service';
import type { PlanningService } from './planning.service';
import {
  AcknowledgePlanFilingInput,
  AddPlanRoundInput,
  AddPlanTaskInput,
  CreatePlanInput,
  FilePlanInput,
  PlanConnection,
  PlanFilingConnection,
  PlanFilingPayload,
  PlanFilingQueueFilter,
  PlanFilingType,
  PlanFilter,
  PlanPayload,
  PlanRoundPayload,
  PlanRoundType,
  PlanTaskPayload,
  PlanTaskType,
  PlanType,
  PlanWarningType,
  ReturnPlanFilingInput,
  UpdatePlanInput,
  UpdatePlanTaskInput,
} from './planning.types';

const present = <T>(xs: readonly (T | null | Error)[]): T[] =>
  xs.filter((x): x is T => x !== null && !(x instanceof Error));

@Resolver()
export class PlanningResolver {
  constructor(
    private readonly planning: PlanningService,
    private readonly filing: FilingService,
  ) {}

  @Query(() => PlanConnection, { description: '抽查计划：本单位的，以及下级机关的' })
  plans(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PlanFilter, { nullable: true }) filter?: PlanFilter,
  ) {
    return this.planning.plans(ctx, filter, page);
  }

  @Query(() => PlanType, { description: '按编号取抽查计划' })
  plan(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.planning.plan(ctx, id);
  }

  @Query(() => [PlanFilingType], { description: '一个计划的全部报备版本（按报备次序）' })
  planFilings(@Arg('planId', () => ID) planId: string, @Ctx() ctx: RequestContext) {
    return this.filing.planFilings(ctx, planId);
  }

  @Query(() => PlanFilingConnection, {
    description: '向本单位报备的计划（直属下级的年度和联合计划、本单位各部门的工作计划），默认只列待处理的',
  })
  planFilingQueue(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PlanFilingQueueFilter, { nullable: true }) filter?: PlanFilingQueueFilter,
  ) {
    return this.filing.filingQueue(ctx, filter, page);
  }

  @Mutation(() => PlanPayload, { description: '新建抽查计划（草稿）' })
  createPlan(@Arg('input', () => CreatePlanInput) input: CreatePlanInput, @Ctx() ctx: RequestContext) {
    return this.planning.createPlan(ctx, input);
  }

  @Mutation(() => PlanPayload, { description: '修改计划的标题或年度（草稿或被退回时）' })
  updatePlan(@Arg('input', () => UpdatePlanInput) input: UpdatePlanInput, @Ctx() ctx: RequestContext) {
    return this.planning.updatePlan(ctx, input);
  }

  @Mutation(() => PlanTaskPayload, { description: '给计划添加抽查任务（草稿或被退回时）' })
  addPlanTask(@Arg('input', () => AddPlanTaskInput) input: AddPlanTaskInput, @Ctx() ctx: RequestContext) {
    return this.planning.addTask(ctx, input);
  }

  @Mutation(() => PlanTaskPayload, { description: '修改抽查任务（草稿或被退回时）' })
  updatePlanTask(@Arg('input', () => UpdatePlanTaskInput) input: UpdatePlanTaskInput, @Ctx() ctx: RequestContext) {
    return this.planning.updateTask(ctx, input);
  }

  @Mutation(() => PlanRoundPayload, { description: '给任务添加一个抽查轮次（时间窗口须在计划年度内）' })
  addPlanRound(@Arg('input', () => AddPlanRoundInput) input: AddPlanRoundInput, @Ctx() ctx: RequestContext) {
    return this.planning.addRound(ctx, input);
  }

  @Mutation(() => PlanFilingPayload, {
    description: '报备计划：向上一级公安机关（R20），部门工作计划向本单位双随机办（R8）；未达到的要求作为警示随报备',
  })
  filePlan(@Arg('input', () => FilePlanInput) input: FilePlanInput, @Ctx() ctx: RequestContext) {
    return this.filing.filePlan(ctx, input);
  }

  @Mutation(() => PlanFilingPayload, { description: '确认向本单位报备的计划（接收机关的双随机办或管理员）' })
  acknowledgePlanFiling(
    @Arg('input', () => AcknowledgePlanFilingInput) input: AcknowledgePlanFilingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.filing.acknowledgeFiling(ctx, input);
  }

  @Mutation(() => PlanFilingPayload, { description: '退回向本单位报备的计划，写明意见；报备机关修改后重新报备' })
  returnPlanFiling(
    @Arg('input', () => ReturnPlanFilingInput) input: ReturnPlanFilingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.filing.returnFiling(ctx, input);
  }
}

@Resolver(() => PlanType)
export class PlanFieldsResolver {
  constructor(private readonly planning: PlanningService) {}

  @FieldResolver(() => BureauType, { nullable: true, description: '编制机关' })
  bureau(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return ctx.loaders.bureau.load(plan.bureauId);
  }

  @FieldResolver(() => DepartmentType, { nullable: true, description: '部门工作计划的部门' })
  department(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return plan.departmentId ? ctx.loaders.department.load(plan.departmentId) : null;
  }

  @FieldResolver(() => [PlanTaskType], { description: '抽查任务' })
  tasks(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return ctx.loaders.tasksOfPlan.load(plan.id);
  }

  @FieldResolver(() => [PlanFilingType], { description: '全部报备版本（按报备次序）' })
  filings(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return ctx.loaders.filingsOfPlan.load(plan.id);
  }

  @FieldResolver(() => PlanFilingType, { nullable: true, description: '最近一次报备' })
  async latestFiling(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.filingsOfPlan.load(plan.id)).at(-1) ?? null;
  }

  @FieldResolver(() => [PlanWarningType], { description: '按现在的内容，报备时会带的警示' })
  warnings(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return this.planning.warnings(ctx, plan);
  }
}

@Resolver(() => PlanTaskType)
export class PlanTaskFieldsResolver {
  @FieldResolver(() => [ItemVersionType], { description: '抽查事项版本' })
  async itemVersions(@Root() task: PlanTask, @Ctx() ctx: RequestContext) {
    return present(await ctx.loaders.itemVersion.loadMany(task.itemVersionIds));
  }

  @FieldResolver(() => [DepartmentType], { description: '参加部门' })
  async departments(@Root() task: PlanTask, @Ctx() ctx: RequestContext) {
    return present(await ctx.loaders.department.loadMany(task.departmentIds));
  }

  // DRAW.md §2: every participating department is on every team; a task stored before that rule
  // may hold a shorter list, but its draws now put all its departments on every team.
  @FieldResolver(() => [DepartmentType], {
    description: '每组都必须有其人员的部门：即参加部门',
    deprecationReason: '与 departments 相同',
  })
  async requiredDepartments(@Root() task: PlanTask, @Ctx() ctx: RequestContext) {
    return present(await ctx.loaders.department.loadMany(task.departmentIds));
  }

  @FieldResolver(() => [ID], {
    description: '每个检查组都必须有其人员的部门：即参加部门（DRAW.md §2）',
    deprecationReason: '与 departmentIds 相同',
  })
  requiredDepartmentIds(@Root() task: PlanTask): string[] {
    return task.departmentIds;
  }

  @FieldResolver(() => [PlanRoundType], { description: '抽查轮次' })
  rounds(@Root() task: PlanTask, @Ctx() ctx: RequestContext) {
    return ctx.loaders.roundsOfTask.load(task.id);
  }
}

@Resolver(() => PlanRoundType)
export class PlanRoundFieldsResolver {
  @FieldResolver(() => PlanType, { nullable: true, description: '所属计划' })
  plan(@Root() round: PlanRound, @Ctx() ctx: RequestContext) {
    return ctx.loaders.plan.load(round.planId);
  }
}

@Resolver(() => PlanFilingType)
export class PlanFilingFieldsResolver {
  @FieldResolver(() => PlanType, { nullable: true, description: '所属计划（现状）' })
  plan(@Root() f: PlanFiling, @Ctx() ctx: RequestContext) {
    return ctx.loaders.plan.load(f.planId);
  }

  @FieldResolver(() => BureauType, { nullable: true, description: '报备机关' })
  bureau(@Root() f: PlanFiling, @Ctx() ctx: RequestContext) {
    return ctx.loaders.bureau.load(f.bureauId);
  }

  @FieldResolver(() => BureauType, { nullable: true, description: '接收机关' })
  filedTo(@Root() f: PlanFiling, @Ctx() ctx: RequestContext) {
    return ctx.loaders.bureau.load(f.filedToBureauId);
  }

  @FieldResolver(() => UserType, { nullable: true, description: '报备人（在查看者范围内时）' })
  filer(@Root() f: PlanFiling, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(f.filedBy);
  }

  @FieldResolver(() => UserType, { nullable: true, description: '处理人（在查看者范围内时）' })
  decider(@Root() f: PlanFiling, @Ctx() ctx: RequestContext) {
    return f.decidedBy ? ctx.loaders.user.load(f.decidedBy) : null;
  }
}
