import { DomainError } from '../errors';
import type { DrawSnapshot } from './draw-types';

/**
 * Refuses at commit what would make the draw itself fail (DRAW.md §5): for every target that
 * can be drawn, each participating department must keep an inspector without a conflict, and the
 * team must fill up. This is exact, not a guess: loads only decide who, never whether.
 */
export function assertDrawable(s: DrawSnapshot): void {
  // A task saved before planning enforced it may have fewer places than departments.
  if (s.teamSize < s.departments.length) {
    throw new DomainError(
      'TEAM_SMALLER_THAN_DEPARTMENTS',
      `本任务有 ${s.departments.length} 个参加部门，每组 ${s.teamSize} 人容纳不下各部门的人员；请修改任务后再抽取`,
      'roundId',
      { teamSize: s.teamSize, departments: s.departments.length },
    );
  }
  if (!s.targets.some((t) => t.excluded === null)) {
    throw new DomainError(
      'DRAW_EMPTY_POPULATION',
      '本轮范围内没有可抽取的检查对象（范围、状态或年度联合抽查上限）',
      'roundId',
    );
  }
  const perDepartment = countBy(s.inspectors.map((i) => i.department));
  assertTeamsFill(s, perDepartment);
  assertRecusalsLeaveTeams(s, perDepartment);
}

function assertTeamsFill(s: DrawSnapshot, perDepartment: Map<string, number>): void {
  const missing = s.departments.find((d) => !perDepartment.get(d));
  if (s.inspectors.length < s.teamSize || missing) {
    throw new DomainError(
      'TOO_FEW_INSPECTORS',
      missing
        ? '有参加部门没有符合条件的检查人员（在岗、证件有效、具备技能），每个检查组都须有各参加部门的人员'
        : `符合条件的检查人员只有 ${s.inspectors.length} 人，少于每组 ${s.teamSize} 人`,
      'roundId',
      { eligibleInspectors: s.inspectors.length, teamSize: s.teamSize, ...(missing ? { departmentId: missing } : {}) },
    );
  }
}

/** R30: a target's recusals must leave a full team with every participating department on it. */
function assertRecusalsLeaveTeams(s: DrawSnapshot, perDepartment: Map<string, number>): void {
  const departmentOf = new Map(s.inspectors.map((i) => [i.id, i.department]));
  const recusedOf = new Map<string, string[]>();
  for (const [inspectorId, targetId] of s.conflicts) {
    const list = recusedOf.get(targetId);
    if (list) list.push(inspectorId);
    else recusedOf.set(targetId, [inspectorId]);
  }
  for (const t of s.targets) {
    const recused = recusedOf.get(t.id);
    if (t.excluded !== null || !recused) continue;
    const left = new Map(perDepartment);
    for (const inspectorId of recused) {
      const department = departmentOf.get(inspectorId) ?? '';
      left.set(department, (left.get(department) ?? 0) - 1);
    }
    const emptied = s.departments.find((d) => !left.get(d));
    if (s.inspectors.length - recused.length < s.teamSize || emptied) {
      throw new DomainError(
        'ALL_INSPECTORS_IN_CONFLICT',
        '有检查对象因回避关系（R30）无法组成检查组，请调整回避或人员后再抽取',
        'roundId',
        { targetId: t.id },
      );
    }
  }
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}
