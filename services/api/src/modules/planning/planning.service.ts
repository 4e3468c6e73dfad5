import { GraphQLError } from 'graphql';
import { uuidv7 } from 'uuidv7';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { Department, InspectionItemVersion, Plan, PlanFiling, PlanRound, PlanTask, type BureauSetting, type FilingDecision } from '@dsr/db';
import {
  DomainError, chinaDay, isBusinessCategory, nextPlanStatus, requiredDepartmentsOf, requiredSkillsOf, roundEndedRefusal, seesWholeBureau, taskShortfalls, validatePlanYear, validateRoundWindow,
  validateTaskNumbers, type BureauLevelForFrequency, type FrequencyRule, type JsonValue, type PlanItemFacts, type PlanWarning,
} from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/connection';
import { isUuid } from '../../loaders';
import { recordAudit } from '../audit/audit.service';
import { allowLateEntry } from '../../common/late-entry';
import { DEFAULT_SETTINGS } from '../org/org.service';
import type {
  AcknowledgePlanFilingInput, AddPlanRoundInput, AddPlanTaskInput, CreatePlanInput, FilePlanInput, PlanFilingQueueFilter, PlanFilter, PlanTaskInput,
  ReturnPlanFilingInput, UpdatePlanInput, UpdatePlanTaskInput,
} from './planning.types';

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

type TaskContent = Pick<PlanTask, 'name' | 'itemVersionIds' | 'departmentIds' | 'externalAgencies' | 'joint' | 'ratioBp' | 'timesPerYear'
  | 'regionCodes' | 'businessCategories' | 'grades' | 'teamSize' | 'requiredDepartmentIds' | 'requiredSkills' | 'subordinateBureauIds'>;

type Settings = Pick<BureauSetting, 'minimumRatioBp' | 'jointMinimumRatioBp' | 'allowDrawFromFiledPlan' | 'minTeamSize' | 'minTeamDepartments'>;

const FROZEN_ITEM_STATUSES = ['PUBLISHED', 'SUPERSEDED'];

function planSnapshot(p: Plan): JsonValue {
  return { year: p.year, title: p.title, kind: p.kind, departmentId: p.departmentId, status: p.status, filingCount: p.filingCount };
}
function taskSnapshot(t: TaskContent): JsonValue {
  return {
    name: t.name, itemVersionIds: t.itemVersionIds, departmentIds: t.departmentIds, externalAgencies: t.externalAgencies, joint: t.joint,
    ratioBp: t.ratioBp, timesPerYear: t.timesPerYear, regionCodes: t.regionCodes, businessCategories: t.businessCategories, grades: t.grades,
    teamSize: t.teamSize, requiredDepartmentIds: t.requiredDepartmentIds, requiredSkills: t.requiredSkills, subordinateBureauIds: t.subordinateBureauIds,
  };
}
function itemFacts(v: InspectionItemVersion): PlanItemFacts {
  return {
    id: v.id, name: v.name, samplingRatioBp: v.samplingRatioBp, frequencyPerYear: v.frequencyPerYear, frequencyRules: v.frequencyRules as FrequencyRule[],
    requiredSkills: v.requiredSkills, crossAgencyJoint: v.crossAgencyJoint, methods: v.methods,
  };
}
const unique = (xs: readonly string[]) => [...new Set(xs)];
const trimmed = (xs: readonly string[]) => unique(xs.map((x) => x.trim()).filter(Boolean));

/** Refusal of a superior action: the same words whether the filing exists elsewhere or not at all. */
const notYours = () => forbidden('备案不存在，或不是向本单位报备的，无权处理');

/**
 * Plans and filing (R19–R24): bureaus plan their year, departments file work plans with the
 * coordinating office, counties file with their city; the receiver acknowledges or returns.
 *
 * Who does what:
 *   - BUREAU and JOINT plans: the coordinating office (COORDINATOR) or the ADMIN edits and files;
 *   - DEPARTMENT plans: the head (DEPARTMENT_HEAD) of that department edits and files;
 *   - the receiving bureau's COORDINATOR or ADMIN acknowledges or returns (never their own filing;
 *     LEADER stays read-only, as roles.ts defines it).
 *
 * An acknowledged plan is final (draws rely on it). Revising it is not offered: a change of course
 * during the year is a separate JOINT plan (any number per year), filed and acknowledged the same way.
 */
export class PlanningService {
  /** Within a bureau, department heads and inspectors see bureau and joint plans and their own department's work plans. */
  private visibility(ctx: RequestContext): FilterQuery<Plan> {
    const p = ctx.principal!;
    return seesWholeBureau(p.roles) ? {} : { $or: [{ kind: { $ne: 'DEPARTMENT' } }, { departmentId: p.departmentId }] };
  }

  async plans(ctx: RequestContext, filter: PlanFilter | undefined, page: PageArgs) {
    const where: FilterQuery<Plan>[] = [this.visibility(ctx)];
    if (filter?.year != null) where.push({ year: filter.year });
    if (filter?.kind) where.push({ kind: filter.kind });
    if (filter?.status) where.push({ status: filter.status });
    if (filter?.bureauId) where.push({ bureauId: filter.bureauId });
    if (filter?.departmentId) where.push({ departmentId: filter.departmentId });
    return paginate(ctx.em, Plan, { $and: where }, page);
  }

  async plan(ctx: RequestContext, id: string) {
    const plan = isUuid(id) ? await ctx.em.findOne(Plan, { $and: [{ id }, this.visibility(ctx)] }) : null;
    if (!plan) throw notFound('抽查计划');
    return plan;
  }

  /** Every filing of a plan the caller can see, oldest first (all versions are kept). */
  async planFilings(ctx: RequestContext, planId: string) {
    const plan = await this.plan(ctx, planId);
    return ctx.loaders.filingsOfPlan.load(plan.id);
  }

  /** The filings made to the caller's own bureau (its direct subordinates', and its departments' work plans): not the whole subtree. */
  async filingQueue(ctx: RequestContext, filter: PlanFilingQueueFilter | undefined, page: PageArgs) {
    const where: FilterQuery<PlanFiling>[] = [{ filedToBureauId: ctx.principal!.bureauId }];
    if (!filter?.includeDecided) where.push({ decision: null });
    if (filter?.year != null) where.push({ year: filter.year });
    if (filter?.kind) where.push({ kind: filter.kind });
    if (filter?.bureauId) where.push({ bureauId: filter.bureauId });
    return paginate(ctx.em, PlanFiling, { $and: where }, page);
  }

  // ─── settings and live shortfalls ───

  private async settingsOf(ctx: RequestContext, bureauId: string): Promise<Settings> {
    return (await ctx.loaders.settingsOfBureau.load(bureauId)) ?? DEFAULT_SETTINGS;
  }

  private async levelOf(ctx: RequestContext, bureauId: string): Promise<BureauLevelForFrequency | null> {
    const level = (await ctx.loaders.bureau.load(bureauId))?.level;
    return level === 'COUNTY' || level === 'CITY' ? level : null;
  }

  /** What the plan, as it stands, falls short of (R4, R19, R29): what a filing of it would carry. */
  async warnings(ctx: RequestContext, plan: Plan): Promise<PlanWarning[]> {
    // Started together, so that each loader batches with the other plans' (and the bureau field's) loads.
    const [tasks, settings, level] = await Promise.all([
      ctx.loaders.tasksOfPlan.load(plan.id), this.settingsOf(ctx, plan.bureauId), this.levelOf(ctx, plan.bureauId)]);
    const [rounds, versions] = await Promise.all([
      ctx.loaders.roundsOfTask.loadMany(tasks.map((t) => t.id)), ctx.loaders.itemVersion.loadMany(unique(tasks.flatMap((t) => t.itemVersionIds)))]);
    const byId = new Map(versions.filter((v): v is InspectionItemVersion => !!v && !(v instanceof Error)).map((v) => [v.id, v]));
    return tasks.flatMap((t, i) => {
      const r = rounds[i];
      const items = t.itemVersionIds.map((id) => byId.get(id)).filter((v): v is InspectionItemVersion => !!v).map(itemFacts);
      return taskShortfalls({ ...t, rounds: Array.isArray(r) ? r.length : 0 }, items, { level, ...settings });
    });
  }

  // ─── editing ───

  /** Authors: coordinators and administrators for bureau and joint plans, the department's head for a work plan. */
  private requireAuthor(ctx: RequestContext, plan: Pick<Plan, 'kind' | 'departmentId'>) {
    const p = ctx.principal!;
    if (plan.kind === 'DEPARTMENT') {
      if (!p.roles.includes('DEPARTMENT_HEAD') || p.departmentId !== plan.departmentId) throw forbidden('部门工作计划由本部门负责人编制和报备');
    } else if (!p.roles.some((r) => r === 'ADMIN' || r === 'COORDINATOR')) {
      throw forbidden('本单位的年度计划和联合抽查计划由双随机办或管理员编制和报备');
    }
  }

  /** A plan of the caller's own bureau that the caller may author, optionally at the version the caller read. */
  private async ownPlan(ctx: RequestContext, planId: string, version?: number) {
    const plan = isUuid(planId) ? await ctx.em.findOne(Plan, { $and: [{ id: planId, bureauId: ctx.principal!.bureauId }, this.visibility(ctx)] }) : null;
    if (!plan) throw notFound('抽查计划');
    this.requireAuthor(ctx, plan);
    if (version !== undefined && plan.version !== version) throw conflict('记录已被他人修改，请刷新后重试', { currentVersion: plan.version });
    return plan;
  }

  private async editablePlan(ctx: RequestContext, planId: string, version?: number) {
    const plan = await this.ownPlan(ctx, planId, version);
    nextPlanStatus(plan.status, 'EDIT');
    return plan;
  }

  /** Every change of a task or round changes the plan too: its version then covers its whole content. */
  private touch(plan: Plan) {
    plan.updatedAt = new Date();
  }

  private async requireUniqueYear(ctx: RequestContext, plan: Pick<Plan, 'kind' | 'departmentId' | 'year'>, exceptId?: string) {
    if (plan.kind === 'JOINT') return;
    const where: FilterQuery<Plan> = { bureauId: ctx.principal!.bureauId, kind: plan.kind, year: plan.year, departmentId: plan.departmentId };
    const existing = await ctx.em.findOne(Plan, exceptId ? { $and: [where, { id: { $ne: exceptId } }] } : where);
    if (existing) {
      throw conflict(plan.kind === 'BUREAU' ? `本单位 ${plan.year} 年度抽查计划已存在` : `该部门 ${plan.year} 年度工作计划已存在`, { field: 'year', existingId: existing.id });
    }
  }

  async createPlan(ctx: RequestContext, input: CreatePlanInput) {
    const p = ctx.principal!;
    validatePlanYear(input.year);
    let departmentId: string | null = null;
    if (input.kind === 'DEPARTMENT') {
      departmentId = input.departmentId ?? p.departmentId;
      this.requireAuthor(ctx, { kind: 'DEPARTMENT', departmentId });
      const dept = isUuid(departmentId) ? await ctx.em.findOne(Department, { id: departmentId, bureauId: p.bureauId }) : null;
      if (!dept || !dept.active || dept.kind !== 'POLICE') throw badInput('departmentId', '部门工作计划须属于本单位在用的执法检查部门');
    } else {
      if (input.departmentId) throw badInput('departmentId', '只有部门工作计划填写部门');
      this.requireAuthor(ctx, { kind: input.kind, departmentId: null });
    }
    const fields = { kind: input.kind, departmentId, year: input.year };
    await this.requireUniqueYear(ctx, fields);
    const now = new Date();
    const plan = ctx.em.create(Plan, {
      id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, ...fields, title: input.title.trim(), status: 'DRAFT',
      filingCount: 0, createdBy: p.userId, createdAt: now, updatedAt: now, version: 1,
    });
    await ctx.em.persistAndFlush(plan);
    await recordAudit(ctx, { operation: 'CREATE_PLAN', objectType: 'Plan', objectId: plan.id, after: planSnapshot(plan) });
    return { plan };
  }

  async updatePlan(ctx: RequestContext, input: UpdatePlanInput) {
    const plan = await this.editablePlan(ctx, input.planId, input.version);
    const before = planSnapshot(plan);
    if (input.title != null) plan.title = input.title.trim();
    if (input.year != null && input.year !== plan.year) {
      validatePlanYear(input.year);
      const outside = (await ctx.em.find(PlanRound, { planId: plan.id })).find((r) => Number(r.windowStart.slice(0, 4)) !== input.year || Number(r.windowEnd.slice(0, 4)) !== input.year);
      if (outside) {
        throw new DomainError('ROUND_OUTSIDE_PLAN_YEAR', `已排的第 ${outside.roundNo} 轮（${outside.windowStart} 至 ${outside.windowEnd}）不在 ${input.year} 年内`, 'year',
          { roundId: outside.id });
      }
      await this.requireUniqueYear(ctx, { ...plan, year: input.year }, plan.id);
      plan.year = input.year;
    }
    this.touch(plan);
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'UPDATE_PLAN', objectType: 'Plan', objectId: plan.id, before, after: planSnapshot(plan) });
    return { plan };
  }

  /**
   * A task's content, checked: published item versions the bureau may use (its own or an
   * ancestor's, R7), its own inspecting departments, its own regions, known categories, and the
   * rules of validateTaskNumbers. Fields are named under `prefix`.
   */
  private async validateTask(ctx: RequestContext, plan: Plan, input: PlanTaskInput, prefix: string): Promise<{ content: TaskContent; items: InspectionItemVersion[] }> {
    const p = ctx.principal!;
    const f = (name: string) => `${prefix}${name}`;
    const itemIds = unique(input.itemVersionIds);
    const usableBureaus = new Set([p.bureauId, ...p.readableBureauIds.filter((id) => !p.bureauIds.includes(id))]);
    const found = await ctx.em.find(InspectionItemVersion, { id: { $in: itemIds.filter(isUuid) } });
    const byId = new Map(found.map((v) => [v.id, v]));
    const items = itemIds.map((id) => {
      const v = byId.get(id);
      if (!v || v.status !== 'PUBLISHED' || !usableBureaus.has(v.bureauId)) {
        throw new DomainError('ITEM_NOT_PUBLISHED', v && usableBureaus.has(v.bureauId)
          ? `事项「${v.name}」第 ${v.versionNo} 版不是现行发布版本，不能纳入计划（R7）`
          : '事项版本不存在或未发布（只能使用本单位或上级机关发布的事项）', f('itemVersionIds'), { itemVersionId: id });
      }
      return v;
    });

    const departmentIds = unique(input.departmentIds);
    const depts = await ctx.em.find(Department, { id: { $in: departmentIds.filter(isUuid) }, bureauId: p.bureauId });
    for (const id of departmentIds) {
      const d = depts.find((x) => x.id === id);
      if (!d || !d.active || (d.kind !== 'POLICE' && d.kind !== 'EXTERNAL')) {
        throw badInput(f('departmentIds'), d ? `「${d.name}」不是在用的执法检查部门` : '参加部门不是本单位的部门');
      }
    }
    if (plan.kind === 'DEPARTMENT' && !departmentIds.includes(plan.departmentId!)) {
      throw badInput(f('departmentIds'), '部门工作计划的任务须由本部门参加');
    }
    for (const v of items) {
      if (v.bureauId === p.bureauId && !departmentIds.includes(v.departmentId)) {
        throw new DomainError('ITEM_DEPARTMENT_NOT_PARTICIPATING', `事项「${v.name}」的检查主体须是本任务的参加部门`, f('departmentIds'),
          { itemVersionId: v.id, departmentId: v.departmentId });
      }
    }
    const requiredDepartmentIds = requiredDepartmentsOf(departmentIds, input.requiredDepartmentIds, f('requiredDepartmentIds'));
    const externalAgencies = trimmed(input.externalAgencies);
    if (externalAgencies.some((x) => x.length > 100)) throw badInput(f('externalAgencies'), '外部机关名称不超过 100 字');
    if (plan.kind === 'JOINT' && !input.joint) throw new DomainError('JOINT_TASK_INVALID', '联合抽查计划的任务都须是联合抽查', f('joint'));

    const bureau = (await ctx.loaders.bureau.load(p.bureauId))!;
    const regionCodes = trimmed(input.regionCodes);
    for (const region of regionCodes) {
      if (!/^\d{6}(\d{3}){0,2}$/.test(region)) throw badInput(f('regionCodes'), `区域代码「${region}」应为 6、9 或 12 位数字`);
      if (bureau.level !== 'PROVINCE' && !region.startsWith(bureau.divisionCode)) {
        throw badInput(f('regionCodes'), `区域 ${region} 不在本单位辖区（${bureau.divisionCode}）内`);
      }
    }
    const businessCategories = unique(input.businessCategories);
    const unknownCategories = businessCategories.filter((c) => !isBusinessCategory(c));
    if (unknownCategories.length) throw badInput(f('businessCategories'), `未知的行业类别：${unknownCategories.join('、')}`);
    const grades = trimmed(input.grades);
    if (grades.some((g) => g.length > 20)) throw badInput(f('grades'), '等级不超过 20 字');
    const extraSkills = trimmed(input.requiredSkills);
    if (extraSkills.some((s) => s.length > 50)) throw badInput(f('requiredSkills'), '技能名称不超过 50 字');
    // R41: a superior's task may also cover the targets of bureaus below it (they handle the findings).
    const subordinateBureauIds = unique(input.subordinateBureauIds ?? []);
    const notBelow = subordinateBureauIds.find((id) => id === plan.bureauId || !p.bureauIds.includes(id));
    if (notBelow) throw new DomainError('NOT_A_SUBORDINATE_BUREAU', '只能纳入本单位下级单位的检查对象（R41）', f('subordinateBureauIds'), { bureauId: notBelow });

    const content: TaskContent = {
      name: input.name.trim(), itemVersionIds: itemIds, departmentIds, externalAgencies, joint: input.joint, ratioBp: input.ratioBp,
      timesPerYear: input.timesPerYear, regionCodes, businessCategories, grades, teamSize: input.teamSize, requiredDepartmentIds,
      requiredSkills: requiredSkillsOf(items, extraSkills), subordinateBureauIds,
    };
    if (!content.name) throw badInput(f('name'), '任务名称不能为空');
    if (Number.isInteger(content.teamSize) && content.teamSize > 20) throw badInput(f('teamSize'), '每组人数不超过 20');
    if (Number.isInteger(content.timesPerYear) && content.timesPerYear > 366) throw badInput(f('timesPerYear'), '每年抽查次数不超过 366');
    const settings = await this.settingsOf(ctx, p.bureauId);
    validateTaskNumbers(content, items.map(itemFacts), settings, prefix);
    return { content, items };
  }

  async addTask(ctx: RequestContext, input: AddPlanTaskInput) {
    const p = ctx.principal!;
    const plan = await this.editablePlan(ctx, input.planId);
    const { content } = await this.validateTask(ctx, plan, input.task, 'task.');
    const now = new Date();
    const task = ctx.em.create(PlanTask, {
      id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, planId: plan.id, ...content, createdAt: now, updatedAt: now, version: 1,
    });
    ctx.em.persist(task);
    this.touch(plan);
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'ADD_PLAN_TASK', objectType: 'PlanTask', objectId: task.id, after: { planId: plan.id, ...(taskSnapshot(task) as object) } });
    return { task, plan };
  }

  private async ownTask(ctx: RequestContext, taskId: string) {
    const task = isUuid(taskId) ? await ctx.em.findOne(PlanTask, { id: taskId, bureauId: ctx.principal!.bureauId }) : null;
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
    if (task.version !== input.version) throw conflict('记录已被他人修改，请刷新后重试', { currentVersion: task.version });
    const before = taskSnapshot(task);
    const { content } = await this.validateTask(ctx, plan, input.task, 'task.');
    Object.assign(task, content);
    this.touch(plan);
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'UPDATE_PLAN_TASK', objectType: 'PlanTask', objectId: task.id, before, after: taskSnapshot(task) });
    return { task, plan };
  }

  async addRound(ctx: RequestContext, input: AddPlanRoundInput) {
    const p = ctx.principal!;
    const { task, plan } = await this.ownTask(ctx, input.taskId);
    const window = validateRoundWindow(plan.year, input.windowStart, input.windowEnd);
    // R26/R32: a round that has already ended is not planned, unless an administrator enters past work.
    const lateEntry = allowLateEntry(ctx, roundEndedRefusal(window.end, chinaDay(new Date()), 'windowEnd'), input.lateEntryReason);
    const roundNo = (await ctx.em.count(PlanRound, { taskId: task.id })) + 1;
    const round = ctx.em.create(PlanRound, {
      id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, planId: plan.id, taskId: task.id, roundNo,
      windowStart: window.start, windowEnd: window.end, createdAt: new Date(), version: 1,
    });
    ctx.em.persist(round);
    this.touch(plan);
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'ADD_PLAN_ROUND', objectType: 'PlanRound', objectId: round.id,
      after: { planId: plan.id, taskId: task.id, roundNo, windowStart: window.start, windowEnd: window.end, ...(lateEntry ? { lateEntry } : {}) } });
    return { round, task };
  }

  // ─── filing (R20) ───

  /** Whom a plan is filed with: the parent bureau; a work plan (or a bureau without parent) with its own bureau's coordinating office. */
  private async receiverOf(ctx: RequestContext, plan: Plan): Promise<string> {
    if (plan.kind === 'DEPARTMENT') return plan.bureauId;
    const bureau = (await ctx.loaders.bureau.load(plan.bureauId))!;
    return bureau.parentId ?? plan.bureauId;
  }

  async filePlan(ctx: RequestContext, input: FilePlanInput) {
    const p = ctx.principal!;
    const plan = await this.ownPlan(ctx, input.planId, input.version);
    const receiver = await this.receiverOf(ctx, plan);
    if (input.toBureauId !== receiver) {
      throw forbidden(plan.kind === 'DEPARTMENT' ? '部门工作计划只能向本单位双随机办备案' : '计划只能向上一级公安机关备案（R20）');
    }
    nextPlanStatus(plan.status, 'FILE');
    const tasks = await ctx.em.find(PlanTask, { planId: plan.id }, { orderBy: { id: 'asc' } });
    if (!tasks.length) throw new DomainError('PLAN_EMPTY', '计划还没有任务，不能报备', 'planId');
    const rounds = await ctx.em.find(PlanRound, { planId: plan.id }, { orderBy: { roundNo: 'asc', id: 'asc' } });
    const settings = await this.settingsOf(ctx, plan.bureauId);
    const level = await this.levelOf(ctx, plan.bureauId);
    const warnings: PlanWarning[] = [];
    const taskContent: JsonValue[] = [];
    for (const [i, task] of tasks.entries()) {
      // Checked again as filed: an item may have been retired, a setting made stricter since.
      const { items } = await this.validateTask(ctx, plan, { ...task, requiredSkills: task.requiredSkills }, `tasks.${i}.`);
      const own = rounds.filter((r) => r.taskId === task.id);
      warnings.push(...taskShortfalls({ ...task, rounds: own.length }, items.map(itemFacts), { level, ...settings }));
      taskContent.push({
        id: task.id, ...(taskSnapshot(task) as object),
        items: items.map((v) => ({ id: v.id, itemId: v.itemId, versionNo: v.versionNo, name: v.name, bureauId: v.bureauId, samplingRatioBp: v.samplingRatioBp,
          frequencyPerYear: v.frequencyPerYear })),
        rounds: own.map((r) => ({ id: r.id, roundNo: r.roundNo, windowStart: r.windowStart, windowEnd: r.windowEnd })),
      } as JsonValue);
    }
    const filing = ctx.em.create(PlanFiling, {
      id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, planId: plan.id, filingNo: plan.filingCount + 1,
      filedToBureauId: receiver, year: plan.year, kind: plan.kind,
      content: { plan: { id: plan.id, bureauId: plan.bureauId, year: plan.year, title: plan.title, kind: plan.kind, departmentId: plan.departmentId }, tasks: taskContent },
      warnings, filedBy: p.userId, filedAt: new Date(), decision: null, comment: null, decidedBy: null, decidedAt: null, version: 1,
    });
    // The filing first: the database lets a plan become FILED only with its filing in place.
    await ctx.em.persistAndFlush(filing);
    plan.status = nextPlanStatus(plan.status, 'FILE');
    plan.filingCount = filing.filingNo;
    this.touch(plan);
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'FILE_PLAN', objectType: 'PlanFiling', objectId: filing.id,
      after: { planId: plan.id, filingNo: filing.filingNo, filedToBureauId: receiver, warnings: warnings.length } });
    return { filing, plan };
  }

  /**
   * The named superior action (R20): the receiving bureau acknowledges or returns a filing made
   * to it. The check here is repeated inside the database by app_private.decide_plan_filing,
   * which alone may write the decision and the plan's new status (see 0006-planning.sql.ts).
   */
  private async decide(ctx: RequestContext, filingId: string, decision: FilingDecision, comment: string | null) {
    const p = ctx.principal!;
    const filing = isUuid(filingId) ? await ctx.em.findOne(PlanFiling, { id: filingId, filedToBureauId: p.bureauId }) : null;
    if (!filing) throw notYours();
    if (filing.filedBy === p.userId) throw forbidden('不能处理本人报备的计划');
    if (filing.decision) throw new DomainError('INVALID_TRANSITION', '该次报备已处理', 'filingId', { decision: filing.decision });
    const plan = await ctx.em.findOneOrFail(Plan, { id: filing.planId });
    if (plan.status !== 'FILED' || plan.filingCount !== filing.filingNo) {
      throw new DomainError('INVALID_TRANSITION', '该次报备已不是计划的现行报备', 'filingId');
    }
    nextPlanStatus(plan.status, decision === 'ACKNOWLEDGED' ? 'ACKNOWLEDGE' : 'RETURN');
    try {
      await ctx.em.execute('select app_private.decide_plan_filing(?, ?, ?, ?) as plan_id', [filing.id, decision, comment, p.userId]);
    } catch (err) {
      if ((err as { code?: string }).code === '42501') throw notYours();
      throw err;
    }
    await ctx.em.refresh(filing);
    await ctx.em.refresh(plan);
    await recordAudit(ctx, { operation: decision === 'ACKNOWLEDGED' ? 'ACKNOWLEDGE_PLAN_FILING' : 'RETURN_PLAN_FILING', objectType: 'PlanFiling',
      objectId: filing.id, before: { status: 'FILED' },
      after: { planId: plan.id, filerBureauId: filing.bureauId, filingNo: filing.filingNo, decision, comment, status: plan.status } });
    return { filing, plan };
  }

  acknowledgeFiling(ctx: RequestContext, input: AcknowledgePlanFilingInput) {
    return this.decide(ctx, input.filingId, 'ACKNOWLEDGED', input.comment?.trim() || null);
  }

  returnFiling(ctx: RequestContext, input: ReturnPlanFilingInput) {
    const comment = input.comment.trim();
    if (!comment) throw badInput('comment', '退回时必须写明意见');
    return this.decide(ctx, input.filingId, 'RETURNED', comment);
  }

  // ─── for the draw module (R24) ───

  /**
   * The round a draw is for, with its task, plan and item versions — refused unless the plan is
   * ACKNOWLEDGED (or FILED where the bureau's setting allowDrawFromFiledPlan says so): inspecting
   * outside the plan is not possible (R24). Only the caller's own bureau's rounds are found.
   * Item versions are those the plan pinned (R45); a version retired or withdrawn since is refused.
   */
  async requireDrawableRound(ctx: RequestContext, roundId: string): Promise<DrawableRound> {
    const p = ctx.principal!;
    const round = isUuid(roundId) ? await ctx.em.findOne(PlanRound, { id: roundId, bureauId: p.bureauId }) : null;
    if (!round) throw notFound('抽查轮次');
    const [task, plan] = [await ctx.em.findOneOrFail(PlanTask, { id: round.taskId }), await ctx.em.findOneOrFail(Plan, { id: round.planId })];
    const settings = await this.settingsOf(ctx, plan.bureauId);
    if (plan.status !== 'ACKNOWLEDGED' && !(plan.status === 'FILED' && settings.allowDrawFromFiledPlan)) {
      throw new DomainError('PLAN_NOT_ACKNOWLEDGED', plan.status === 'FILED'
        ? '计划已报备但尚未经接收机关确认，不能抽取（R24）'
        : '计划未经备案确认，不能抽取：计划外不得开展检查（R24）', 'roundId', { planId: plan.id, status: plan.status });
    }
    const found = new Map((await ctx.em.find(InspectionItemVersion, { id: { $in: task.itemVersionIds } })).map((v) => [v.id, v]));
    const itemVersions = task.itemVersionIds.map((id) => {
      const v = found.get(id);
      if (!v || !FROZEN_ITEM_STATUSES.includes(v.status)) {
        throw new DomainError('ITEM_NOT_PUBLISHED', `任务「${task.name}」的事项${v ? `「${v.name}」已停用或撤回` : '已不可用'}，不能抽取（R7）`, 'roundId', { itemVersionId: id });
      }
      return v;
    });
    const filing = await ctx.em.findOneOrFail(PlanFiling, { planId: plan.id, filingNo: plan.filingCount });
    return { plan, task, round, itemVersions, filing };
  }
}

/** The draw module's entry point (R24): see PlanningService.requireDrawableRound. */
export function requireDrawableRound(ctx: RequestContext, roundId: string): Promise<DrawableRound> {
  return ctx.services.planning.requireDrawableRound(ctx, roundId);
}
