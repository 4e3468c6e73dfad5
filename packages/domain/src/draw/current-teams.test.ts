import { describe, expect, it } from 'vitest';
import { DRAW_ALGORITHM, type DrawResult } from './draw-types';
import { currentTeams } from './current-teams';

const result: DrawResult = {
  algorithm: DRAW_ALGORITHM, drawId: 'd', poolDigest: 'p', n: 2, cycleClosed: false,
  selections: [
    { targetId: 't1', stratum: '410422', cycle: 'current', inspectorIds: ['a', 'b'] },
    { targetId: 't2', stratum: '410422', cycle: 'current', inspectorIds: ['c', 'd'] },
  ],
};

describe('currentTeams', () => {
  it('gives the drawn teams when nothing was swapped, as copies', () => {
    const teams = currentTeams(result, []);
    expect([...teams]).toEqual([['t1', ['a', 'b']], ['t2', ['c', 'd']]]);
    teams.get('t1')!.push('x');
    expect(result.selections[0]!.inspectorIds).toEqual(['a', 'b']);
  });

  it('applies swaps in order, each on its own target, keeping the place on the team', () => {
    const teams = currentTeams(result, [
      { targetId: 't1', removedInspectorId: 'a', addedInspectorId: 'e' },
      { targetId: 't1', removedInspectorId: 'e', addedInspectorId: 'f' },
      { targetId: 't2', removedInspectorId: 'd', addedInspectorId: 'g' },
    ]);
    expect(teams.get('t1')).toEqual(['f', 'b']);
    expect(teams.get('t2')).toEqual(['c', 'g']);
  });

  it('ignores a swap of a target that was not drawn or an inspector not on the team', () => {
    const teams = currentTeams(result, [
      { targetId: 't9', removedInspectorId: 'a', addedInspectorId: 'e' },
      { targetId: 't2', removedInspectorId: 'a', addedInspectorId: 'e' },
    ]);
    expect(teams.get('t2')).toEqual(['c', 'd']);
    expect(teams.has('t9')).toBe(false);
  });
});
