import type { DrawResult } from './draw-types';

/** An approved swap, as much of it as the teams need. */
export interface TeamSwap {
  targetId: string;
  removedInspectorId: string;
  addedInspectorId: string;
}

/** Teams as they stand: the drawn teams with every approved swap applied in order. */
export function currentTeams(result: DrawResult, swaps: readonly TeamSwap[]): Map<string, string[]> {
  const teams = new Map(result.selections.map((s) => [s.targetId, [...s.inspectorIds]]));
  for (const s of swaps) {
    const team = teams.get(s.targetId);
    if (team)
      teams.set(
        s.targetId,
        team.map((i) => (i === s.removedInspectorId ? s.addedInspectorId : i)),
      );
  }
  return teams;
}
