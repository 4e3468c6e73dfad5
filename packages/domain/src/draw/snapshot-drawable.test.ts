import { describe, expect, it } from 'vitest';
import { DRAW_ALGORITHM, type DrawSnapshot } from './draw-types';
import { assertDrawable } from './snapshot-drawable';

function snapshot(over: Partial<DrawSnapshot> = {}): DrawSnapshot {
  return {
    algorithm: DRAW_ALGORITHM,
    drawId: 'd',
    ratioBp: 500,
    teamSize: 2,
    departments: ['A', 'B'],
    targets: [{ id: 't1', stratum: 's', weight: 1, inCycle: false, excluded: null }],
    inspectors: [
      { id: 'a1', department: 'A' },
      { id: 'a2', department: 'A' },
      { id: 'b1', department: 'B' },
    ],
    conflicts: [],
    ...over,
  };
}

const codeOf = (s: DrawSnapshot) => {
  try {
    assertDrawable(s);
    return null;
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('assertDrawable (DRAW.md §5)', () => {
  it('accepts a snapshot whose teams fill with every department', () => {
    expect(codeOf(snapshot())).toBeNull();
  });

  it('refuses fewer places on a team than departments', () => {
    expect(codeOf(snapshot({ teamSize: 1 }))).toBe('TEAM_SMALLER_THAN_DEPARTMENTS');
  });

  it('refuses a population where every target is excluded', () => {
    expect(
      codeOf(snapshot({ targets: [{ id: 't1', stratum: 's', weight: 1, inCycle: false, excluded: '已注销（R11）' }] })),
    ).toBe('DRAW_EMPTY_POPULATION');
  });

  it('refuses too few inspectors, or a department without any', () => {
    expect(codeOf(snapshot({ teamSize: 4, departments: ['A'] }))).toBe('TOO_FEW_INSPECTORS');
    expect(
      codeOf(
        snapshot({
          inspectors: [
            { id: 'a1', department: 'A' },
            { id: 'a2', department: 'A' },
          ],
        }),
      ),
    ).toBe('TOO_FEW_INSPECTORS');
  });

  it('R30: refuses recusals that empty a department on a drawable target, not on an excluded one', () => {
    expect(codeOf(snapshot({ conflicts: [['b1', 't1']] }))).toBe('ALL_INSPECTORS_IN_CONFLICT');
    expect(codeOf(snapshot({ conflicts: [['a1', 't1']] }))).toBeNull();
    expect(
      codeOf(
        snapshot({
          targets: [
            { id: 't1', stratum: 's', weight: 1, inCycle: false, excluded: '已注销（R11）' },
            { id: 't2', stratum: 's', weight: 1, inCycle: false, excluded: null },
          ],
          conflicts: [['b1', 't1']],
        }),
      ),
    ).toBeNull();
  });
});
