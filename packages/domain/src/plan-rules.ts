/**
 * Annual plans and their filing (R19–R24, R29): the plan's life cycle, the checks a task must
 * pass before it is written (the shortfalls a filed plan carries as warnings: plan-shortfalls.ts).
 *
 * Life cycle: draft → filed → acknowledged, or returned with comments → revised → filed again.
 * Only a draft or a returned plan can be edited; a filed or acknowledged plan is frozen (every
 * filed version is kept with its filing).
 */
import { DomainError } from './errors';
import { parseIsoDate } from './dates';
import { validateFrequency, validateSamplingRatio, type FrequencyRule } from './item-rules';

import type { PlanAction, PlanKind, PlanStatus } from './vocabularies/planning';

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  DRAFT: '草稿',
  FILED: '已报备，待上级处理',
  ACKNOWLEDGED: '已备案（上级已确认）',
  RETURNED: '已退回修改',
};

export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  BUREAU: '本单位年度抽查计划',
  DEPARTMENT: '部门工作计划',
  JOINT: '联合抽查计划',
};

const ACTION_LABELS: Record<PlanAction, string> = {
  EDIT: '修改',
  FILE: '报备',
  ACKNOWLEDGE: '确认备案',
  RETURN: '退回',
};

const TRANSITIONS: Record<PlanAction, { from: PlanStatus[]; to: PlanStatus | null }> = {
  // Editing keeps the status: a returned plan stays "returned" (with the superior's comment) until filed again.
  EDIT: { from: ['DRAFT', 'RETURNED'], to: null },
  FILE: { from: ['DRAFT', 'RETURNED'], to: 'FILED' },
  ACKNOWLEDGE: { from: ['FILED'], to: 'ACKNOWLEDGED' },
  RETURN: { from: ['FILED'], to: 'RETURNED' },
};

export const EDITABLE_PLAN_STATUSES: readonly PlanStatus[] = TRANSITIONS.EDIT.from;

/** The status after `action`; PLAN_NOT_EDITABLE for an edit of a frozen plan, INVALID_TRANSITION otherwise. */
export function nextPlanStatus(current: PlanStatus, action: PlanAction): PlanStatus {
  const t = TRANSITIONS[action];
  if (!t.from.includes(current)) {
    if (action === 'EDIT') {
      throw new DomainError(
        'PLAN_NOT_EDITABLE',
        `计划当前为「${PLAN_STATUS_LABELS[current]}」，已冻结，不能修改（只有草稿或被退回的计划可以修改）`,
        'planId',
        { status: current },
      );
    }
    throw new DomainError(
      'INVALID_TRANSITION',
      `计划当前为「${PLAN_STATUS_LABELS[current]}」，不能${ACTION_LABELS[action]}`,
      'status',
      { status: current, action },
    );
  }
  return t.to ?? current;
}

/** A plan is for one calendar year. */
export function validatePlanYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new DomainError('PLAN_YEAR_INVALID', '计划年度应为 2000 至 2100 之间的年份', field, { value: year });
  }
}

/** A round's time window: real days, start ≤ end, both inside the plan's year. Returns the two days. */
export function validateRoundWindow(
  year: number,
  start: string,
  end: string,
  fields = { start: 'windowStart', end: 'windowEnd' },
): { start: string; end: string } {
  const s = parseIsoDate(start, fields.start);
  const e = parseIsoDate(end, fields.end);
  if (s > e)
    throw new DomainError('ROUND_WINDOW_INVALID', `轮次结束日（${e}）不能早于开始日（${s}）`, fields.end, {
      windowStart: s,
      windowEnd: e,
    });
  for (const [day, field] of [
    [s, fields.start],
    [e, fields.end],
  ] as const) {
    if (Number(day.slice(0, 4)) !== year) {
      throw new DomainError('ROUND_OUTSIDE_PLAN_YEAR', `轮次时间（${day}）不在计划年度 ${year} 年内`, field, {
        year,
        day,
      });
    }
  }
  return { start: s, end: e };
}

/** What a task needs to know of each item version it names. */
export interface PlanItemFacts {
  id: string;
  name: string;
  samplingRatioBp: number;
  frequencyPerYear: number;
  frequencyRules: readonly FrequencyRule[];
  requiredSkills: readonly string[];
  crossAgencyJoint: boolean;
  methods: readonly string[];
}

/** The numbers of a task the rules look at. */
export interface TaskNumbers {
  ratioBp: number;
  timesPerYear: number;
  teamSize: number;
  joint: boolean;
  /** The participating departments: each is on every team (DRAW.md §2). */
  departmentIds: readonly string[];
  externalAgencies: readonly string[];
}

/**
 * DRAW.md §2: the draw puts one inspector of every participating department on every team, so
 * "required on every team" is not a separate list. The former input `requiredDepartmentIds`
 * may only repeat the participating departments (omitted or empty: the same); the task stores them.
 */
export function requiredDepartmentsOf(
  departmentIds: readonly string[],
  requiredDepartmentIds: readonly string[] | null | undefined,
  field: string,
): string[] {
  const required = [...new Set(requiredDepartmentIds ?? [])];
  const differ =
    required.length > 0 &&
    (required.length !== departmentIds.length || required.some((d) => !departmentIds.includes(d)));
  if (differ) {
    throw new DomainError(
      'REQUIRED_DEPARTMENTS_DIFFER',
      '每个参加部门都须有人员在每个检查组中（R29）；“每组必有部门”已由参加部门决定，如填写须与参加部门完全相同',
      field,
      { departmentIds: [...departmentIds], requiredDepartmentIds: required },
    );
  }
  return [...departmentIds];
}

export interface PlanRatioSettings {
  minimumRatioBp: number;
  jointMinimumRatioBp: number;
}

/** Re-throws a domain error of an item rule as an error of the task's `field`. */
function renamed(field: string, fn: () => void, message: (m: string) => string = (m) => m): void {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) throw new DomainError(err.code, message(err.message), field, err.details);
    throw err;
  }
}

/** A task draws jointly with other agencies (the bureau's joint minimum, 3% by default, applies). */
export function isCrossAgencyTask(
  task: Pick<TaskNumbers, 'joint' | 'externalAgencies'>,
  items: readonly Pick<PlanItemFacts, 'crossAgencyJoint'>[],
): boolean {
  return (
    task.joint && (task.externalAgencies.length > 0 || (items.length > 0 && items.every((i) => i.crossAgencyJoint)))
  );
}

/**
 * The hard rules of a task (refused, nothing written): R3 ratio at least the bureau minimum and
 * at least every item's own ratio (never below the items'), at least once a year, R29 teams of
 * two or more that can hold one inspector of every participating department, and a
 * joint task that really has more than one participant. Fields are named under `prefix`.
 */
export function validateTaskNumbers(
  task: TaskNumbers,
  items: readonly PlanItemFacts[],
  settings: PlanRatioSettings,
  prefix = '',
): void {
  const f = (name: string) => `${prefix}${name}`;
  const participants = task.departmentIds.length + task.externalAgencies.length;
  if (task.joint && participants < 2) {
    throw new DomainError('JOINT_TASK_INVALID', '联合抽查任务至少要有两个参加部门（含外部机关）', f('joint'), {
      participants,
    });
  }
  if (!task.joint && participants > 1) {
    throw new DomainError('JOINT_TASK_INVALID', '多个部门或外部机关参加的任务须标为联合抽查', f('joint'), {
      participants,
    });
  }
  if (!Number.isInteger(task.teamSize) || task.teamSize < 2) {
    throw new DomainError('TEAM_TOO_SMALL', '每个检查组至少 2 名执法检查人员（R29）', f('teamSize'), {
      value: task.teamSize,
      minimum: 2,
    });
  }
  // DRAW.md §2, §5: every participating department has one inspector on every team.
  if (task.teamSize < task.departmentIds.length) {
    throw new DomainError(
      'TEAM_SMALLER_THAN_DEPARTMENTS',
      `本任务有 ${task.departmentIds.length} 个参加部门，每个检查组都须有各部门的人员，每组人数不能少于 ${task.departmentIds.length} 人`,
      f('teamSize'),
      { value: task.teamSize, minimum: task.departmentIds.length },
    );
  }
  renamed(
    f('timesPerYear'),
    () => validateFrequency(task.timesPerYear),
    (m) => m.replace('每项检查事项', '每项抽查任务'),
  );
  renamed(f('ratioBp'), () =>
    validateSamplingRatio(task.ratioBp, {
      crossAgencyJoint: isCrossAgencyTask(task, items),
      minimumBp: settings.minimumRatioBp,
      jointMinimumBp: settings.jointMinimumRatioBp,
    }),
  );
  for (const item of items) {
    if (task.ratioBp < item.samplingRatioBp) {
      throw new DomainError(
        'RATIO_BELOW_ITEM',
        `抽查比例 ${task.ratioBp / 100}% 低于事项「${item.name}」规定的 ${item.samplingRatioBp / 100}%`,
        f('ratioBp'),
        { value: task.ratioBp, itemVersionId: item.id, itemRatioBp: item.samplingRatioBp },
      );
    }
  }
}

/** The skills every inspector of the task must have: the items' own (R15) and the extra ones. */
export function requiredSkillsOf(
  items: readonly Pick<PlanItemFacts, 'requiredSkills'>[],
  extra: readonly string[],
): string[] {
  const all = [...items.flatMap((i) => i.requiredSkills), ...extra].map((s) => s.trim()).filter(Boolean);
  return [...new Set(all)];
}
