/**
 * The shortfalls a filed plan carries as warnings for the superior (R4, R19, R29): what a task
 * falls short of without being forbidden.
 */
import { applicableRule, timesPerYear, type FrequencyRule } from './item-rules';
import type { PlanItemFacts, TaskNumbers } from './plan-rules';
import type { BureauLevelForFrequency } from './vocabularies/catalog';

/** A shortfall a plan may be filed with; the superior sees it with the filing. */
export interface PlanWarning {
  code:
    | 'FREQUENCY_BELOW_ITEM'
    | 'FREQUENCY_BELOW_RULE'
    | 'RATIO_BELOW_RULE'
    | 'ROUNDS_BELOW_FREQUENCY'
    | 'TEAM_BELOW_BUREAU_RULE'
    | 'TEAM_DEPARTMENTS_BELOW_BUREAU_RULE';
  message: string;
  taskId: string;
  taskName: string;
  itemVersionId: string | null;
  grade: string | null;
  required: number;
  planned: number;
}

export interface ShortfallContext {
  /** The planning bureau's level, for R4 rules that differ by level (a province matches none). */
  level: BureauLevelForFrequency | null;
  /** R29, 000 §29: the bureau's own minimum team for on-site checks (2 unless it sets more). */
  minTeamSize: number;
  /** …and how many departments must be on each on-site team (1 unless it sets more). */
  minTeamDepartments: number;
}

export interface TaskForShortfalls extends TaskNumbers {
  id: string;
  name: string;
  grades: readonly string[];
  rounds: number;
}

type TaskBase = Pick<PlanWarning, 'taskId' | 'taskName'>;

/**
 * What a task falls short of without being forbidden (R4, R19, R29): fewer checks a year than an
 * item or its graded rule asks, a ratio below a graded rule's, fewer rounds than the checks it
 * plans, a team smaller than the bureau's own rule for on-site checks.
 */
export function taskShortfalls(
  task: TaskForShortfalls,
  items: readonly PlanItemFacts[],
  ctx: ShortfallContext,
): PlanWarning[] {
  const base: TaskBase = { taskId: task.id, taskName: task.name };
  const out = items.flatMap((item) => [
    ...itemFrequencyShortfall(task, item, base),
    ...gradedRuleShortfalls(task, item, ctx, base),
  ]);
  if (task.rounds < task.timesPerYear) {
    out.push({
      ...base,
      code: 'ROUNDS_BELOW_FREQUENCY',
      itemVersionId: null,
      grade: null,
      required: task.timesPerYear,
      planned: task.rounds,
      message: `任务「${task.name}」计划每年 ${task.timesPerYear} 次，只安排了 ${task.rounds} 个轮次`,
    });
  }
  if (items.some((i) => i.methods.includes('ON_SITE'))) out.push(...onSiteTeamShortfalls(task, ctx, base));
  return out;
}

/** Fewer checks a year than the item itself asks. */
function itemFrequencyShortfall(task: TaskForShortfalls, item: PlanItemFacts, base: TaskBase): PlanWarning[] {
  if (task.timesPerYear >= item.frequencyPerYear) return [];
  return [
    {
      ...base,
      code: 'FREQUENCY_BELOW_ITEM',
      itemVersionId: item.id,
      grade: null,
      required: item.frequencyPerYear,
      planned: task.timesPerYear,
      message: `任务「${task.name}」每年抽查 ${task.timesPerYear} 次，少于事项「${item.name}」规定的每年 ${item.frequencyPerYear} 次`,
    },
  ];
}

/** For each grade the task covers, fewer checks or a lower ratio than the item's graded rule (R4). */
function gradedRuleShortfalls(
  task: TaskForShortfalls,
  item: PlanItemFacts,
  ctx: ShortfallContext,
  base: TaskBase,
): PlanWarning[] {
  const out: PlanWarning[] = [];
  // The grades the task covers (no restriction: every grade a rule names, and ungraded targets).
  const ruleGrades = [...new Set(item.frequencyRules.map((r) => r.grade).filter((g): g is string => !!g))];
  const grades: (string | null)[] = task.grades.length ? [...task.grades] : [null, ...ruleGrades];
  for (const grade of grades) {
    const rule = applicableRule(item.frequencyRules, { grade, level: ctx.level });
    if (rule) out.push(...ruleShortfalls(task, item, rule, grade, base));
  }
  return out;
}

function ruleShortfalls(
  task: TaskForShortfalls,
  item: PlanItemFacts,
  rule: FrequencyRule,
  grade: string | null,
  base: TaskBase,
): PlanWarning[] {
  const out: PlanWarning[] = [];
  const who = `${grade ? `${grade} 级对象` : '对象'}${rule.level ? `（${LEVEL_LABELS[rule.level]}）` : ''}`;
  const perYear = timesPerYear(rule);
  if (perYear > task.timesPerYear) {
    out.push({
      ...base,
      code: 'FREQUENCY_BELOW_RULE',
      itemVersionId: item.id,
      grade,
      required: perYear,
      planned: task.timesPerYear,
      message: `任务「${task.name}」每年抽查 ${task.timesPerYear} 次，少于事项「${item.name}」对${who}规定的每年 ${perYear} 次（R4）`,
    });
  }
  if (rule.minimumRatioBp != null && rule.minimumRatioBp > task.ratioBp) {
    out.push({
      ...base,
      code: 'RATIO_BELOW_RULE',
      itemVersionId: item.id,
      grade,
      required: rule.minimumRatioBp,
      planned: task.ratioBp,
      message: `任务「${task.name}」抽查比例 ${task.ratioBp / 100}%，低于事项「${item.name}」对${who}规定的每次 ${rule.minimumRatioBp / 100}%（R4）`,
    });
  }
  return out;
}

/** R29: a team smaller, or from fewer departments, than the bureau's own rule for on-site checks. */
function onSiteTeamShortfalls(task: TaskForShortfalls, ctx: ShortfallContext, base: TaskBase): PlanWarning[] {
  const out: PlanWarning[] = [];
  if (task.teamSize < ctx.minTeamSize) {
    out.push({
      ...base,
      code: 'TEAM_BELOW_BUREAU_RULE',
      itemVersionId: null,
      grade: null,
      required: ctx.minTeamSize,
      planned: task.teamSize,
      message: `任务「${task.name}」每组 ${task.teamSize} 人，少于本单位规定的实地检查每组 ${ctx.minTeamSize} 人（R29）`,
    });
  }
  if (task.departmentIds.length < ctx.minTeamDepartments) {
    out.push({
      ...base,
      code: 'TEAM_DEPARTMENTS_BELOW_BUREAU_RULE',
      itemVersionId: null,
      grade: null,
      required: ctx.minTeamDepartments,
      planned: task.departmentIds.length,
      message: `任务「${task.name}」每组有 ${task.departmentIds.length} 个部门的人员，少于本单位规定的实地检查每组 ${ctx.minTeamDepartments} 个部门（R29）`,
    });
  }
  return out;
}

const LEVEL_LABELS: Record<BureauLevelForFrequency, string> = {
  COUNTY: '县级',
  CITY: '市级',
  POLICE_STATION: '派出所',
};
