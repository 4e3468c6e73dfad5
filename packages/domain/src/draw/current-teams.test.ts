import { describe, expect, it } from 'vitest';
import type { DrawResult } from './draw-types';
import { currentTeams } from './current-teams';

describe('currentTeams', () => {
  it('applies the approved swaps in order to the drawn teams', () => {
    const result = {
      selections: [
        { targetId: 't1', inspectorIds: ['a', 'b'] },
        { targetId: 't2', inspectorIds: ['c', 'd'] },
      ],
    } as unknown as DrawResult;
    const teams = currentTeams(result, [
      { targetId: 't1', removedInspectorId: 'a', addedInspectorId: 'e' },
      { targetId: 't1', removedInspectorId: 'e', addedInspectorId: 'f' },
      { targetId: 't9', removedInspectorId: 'c', addedInspectorId: 'g' },
    ]);
    expect(teams).toEqual(
      new Map([
        ['t1', ['f', 'b']],
        ['t2', ['c', 'd']],
      ]),
    );
  });
});
