import { compareCodePoints } from '../canonical-json';
import { DomainError } from '../errors';
import { SWAP_ALGORITHM, type DrawSnapshot, type SwapSnapshot } from './draw-types';

/** DRAW.md §9, two people, two steps: the states of a swap request. */
export const SWAP_REQUEST_STATUSES = ['REQUESTED', 'APPROVED', 'DECLINED', 'CANCELLED'] as const;
export type SwapRequestStatus = (typeof SWAP_REQUEST_STATUSES)[number];

/** Who approves a request: the removed inspector's department head, or the leader for that head's own request (R31). */
export const SWAP_APPROVER_ROLES = ['DEPARTMENT_HEAD', 'LEADER'] as const;
export type SwapApproverRole = (typeof SWAP_APPROVER_ROLES)[number];

export interface SwapRequestInput {
  swapId: string;
  /** drawId of the draw, or of its latest approved swap. */
  replaces: string;
  draw: Pick<DrawSnapshot, 'departments' | 'inspectors' | 'conflicts'>;
  /** Every team as it stands after the draw and the approved swaps before this one. */
  teams: ReadonlyMap<string, readonly string[]>;
  targetId: string;
  removed: string;
  /** Recusals declared now for the target (beside the snapshot's own, R30). */
  recusedNow: Iterable<string>;
  /** Inspectors of the draw no longer fit to go now: out of post, or a warrant card lapsed (R12, R13). */
  unavailableNow?: Iterable<string>;
  /** Inspectors swapped out of this target's team earlier in this draw: never back (DRAW.md §9). */
  removedEarlier: Iterable<string>;
}

/**
 * The snapshot of a swap (DRAW.md §9), frozen at the request. Candidates: eligible inspectors of
 * the draw, still in post with a valid warrant card, not on the team, without a conflict with the
 * target, never removed from it before;
 * `load` their assignments in the draw as it stands. Refused at once when the pick would find
 * nobody, so a request that cannot be approved is never published.
 */
export function buildSwapSnapshot(input: SwapRequestInput): SwapSnapshot {
  const { draw, teams, targetId, removed } = input;
  const team = teams.get(targetId);
  if (!team) throw new DomainError('NOT_IN_DRAW', '该检查对象不在本次抽取结果中', 'targetId');
  if (!team.includes(removed)) throw new DomainError('NOT_ON_TEAM', '该人员不在此检查对象的检查组中', 'inspectorId');
  const departmentOf = new Map(draw.inspectors.map((i) => [i.id, i.department]));
  const removedDepartment = departmentOf.get(removed);
  const stillCovered = team.some((i) => i !== removed && departmentOf.get(i) === removedDepartment);
  const excluded = new Set<string>([
    ...team,
    ...input.recusedNow,
    ...(input.unavailableNow ?? []),
    ...input.removedEarlier,
    ...draw.conflicts.filter(([, t]) => t === targetId).map(([i]) => i),
  ]);
  const load = new Map<string, number>();
  for (const members of teams.values()) for (const i of members) load.set(i, (load.get(i) ?? 0) + 1);
  const snapshot: SwapSnapshot = {
    algorithm: SWAP_ALGORITHM,
    drawId: input.swapId,
    replaces: input.replaces,
    targetId,
    team: [...team],
    removed,
    requiredDepartment:
      removedDepartment !== undefined && draw.departments.includes(removedDepartment) && !stillCovered
        ? removedDepartment
        : null,
    candidates: draw.inspectors
      .filter((i) => !excluded.has(i.id))
      .map((i) => ({ id: i.id, department: i.department, load: load.get(i.id) ?? 0 }))
      .sort((a, b) => compareCodePoints(a.id, b.id)),
  };
  const pool = snapshot.candidates.filter(
    (c) => snapshot.requiredDepartment === null || c.department === snapshot.requiredDepartment,
  );
  if (!pool.length)
    throw new DomainError('DRAW_NO_INSPECTOR', '没有可替换的检查人员：候选人不足、均须回避或已被换下', 'inspectorId');
  return snapshot;
}

/** R32: per department, the number of targets whose team has one of its inspectors. */
export function departmentTargetCounts(
  teams: ReadonlyMap<string, readonly string[]>,
  departmentOf: ReadonlyMap<string, string>,
  departmentIds: readonly string[],
): Map<string, number> {
  const counts = new Map(departmentIds.map((d) => [d, 0]));
  for (const team of teams.values()) {
    for (const d of new Set(team.map((i) => departmentOf.get(i))))
      if (d !== undefined && counts.has(d)) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return counts;
}
