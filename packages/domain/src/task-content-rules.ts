/**
 * The hand-typed parts of a plan task (R19, R41): agencies, regions, trades, grades, skills, name
 * and sizes, checked without the database. Refusals are BAD_USER_INPUT (or the named codes) on
 * the field under `prefix`, as the API has always answered them.
 */
import { DomainError } from './errors';
import { isBusinessCategory } from './business-categories';
import { cleanList, distinct, isRegionCode, regionInDivision } from './directory-rules';
import type { PlanKind } from './vocabularies/planning';

export interface TaskListsInput {
  name: string;
  externalAgencies: readonly string[];
  joint: boolean;
  regionCodes: readonly string[];
  businessCategories: readonly string[];
  grades: readonly string[];
  requiredSkills: readonly string[];
  teamSize: number;
  timesPerYear: number;
}

export interface TaskLists {
  name: string;
  externalAgencies: string[];
  regionCodes: string[];
  businessCategories: string[];
  grades: string[];
  /** The skills typed for the task (the items' own are added later). */
  extraSkills: string[];
}

const bad = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, field);

function regionsOf(codes: readonly string[], bureau: { level: string; divisionCode: string }, field: string): string[] {
  const regions = cleanList(codes);
  for (const region of regions) {
    if (!isRegionCode(region)) throw bad(field, `区域代码「${region}」应为 6、9 或 12 位数字`);
    if (!regionInDivision(region, bureau))
      throw bad(field, `区域 ${region} 不在本单位辖区（${bureau.divisionCode}）内`);
  }
  return regions;
}

/** The task's lists cleaned and checked, in the order the API has always checked them. */
export function checkTaskLists(
  input: TaskListsInput,
  planKind: PlanKind,
  bureau: { level: string; divisionCode: string },
  prefix = '',
): TaskLists {
  const f = (name: string) => `${prefix}${name}`;
  const externalAgencies = cleanList(input.externalAgencies);
  if (externalAgencies.some((x) => x.length > 100)) throw bad(f('externalAgencies'), '外部机关名称不超过 100 字');
  if (planKind === 'JOINT' && !input.joint)
    throw new DomainError('JOINT_TASK_INVALID', '联合抽查计划的任务都须是联合抽查', f('joint'));
  const regionCodes = regionsOf(input.regionCodes, bureau, f('regionCodes'));
  const businessCategories = distinct(input.businessCategories);
  const unknownCategories = businessCategories.filter((c) => !isBusinessCategory(c));
  if (unknownCategories.length) throw bad(f('businessCategories'), `未知的行业类别：${unknownCategories.join('、')}`);
  const grades = cleanList(input.grades);
  if (grades.some((g) => g.length > 20)) throw bad(f('grades'), '等级不超过 20 字');
  const extraSkills = cleanList(input.requiredSkills);
  if (extraSkills.some((s) => s.length > 50)) throw bad(f('requiredSkills'), '技能名称不超过 50 字');
  return { name: input.name.trim(), externalAgencies, regionCodes, businessCategories, grades, extraSkills };
}

/** The name and the upper bounds of a task's sizes (the lower ones are validateTaskNumbers'). */
export function checkTaskBounds(task: { name: string; teamSize: number; timesPerYear: number }, prefix = ''): void {
  const f = (name: string) => `${prefix}${name}`;
  if (!task.name) throw bad(f('name'), '任务名称不能为空');
  if (Number.isInteger(task.teamSize) && task.teamSize > 20) throw bad(f('teamSize'), '每组人数不超过 20');
  if (Number.isInteger(task.timesPerYear) && task.timesPerYear > 366)
    throw bad(f('timesPerYear'), '每年抽查次数不超过 366');
}

/** R41: a superior's task may also cover the targets of bureaus below it, never its own or others'. */
export function checkSubordinateBureaus(
  ids: readonly string[],
  planBureauId: string,
  below: readonly string[],
  field: string,
): string[] {
  const subordinateBureauIds = distinct(ids);
  const notBelow = subordinateBureauIds.find((id) => id === planBureauId || !below.includes(id));
  if (notBelow) {
    throw new DomainError('NOT_A_SUBORDINATE_BUREAU', '只能纳入本单位下级单位的检查对象（R41）', field, {
      bureauId: notBelow,
    });
  }
  return subordinateBureauIds;
}
