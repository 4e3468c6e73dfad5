import type { DrawResult } from './draw-types';

/** Teams as they stand (R31): the drawn teams with every approved swap applied in order. */
export function currentTeams(
  result: DrawResult,
  swaps: readonly { targetId: string; removedInspectorId: string; addedInspectorId: string }[],
): Map<string, string[]> {
  const teams = new Map(result.selections.map((s) => [s.targetId, [...s.inspectorIds]]));
  for (const s of swaps) {
    const team = teams.get(s.targetId);
    if (team) teams.set(s.targetId, team.map((i) => (i === s.removedInspectorId ? s.addedInspectorId : i)));
  }
  return teams;
}
