import { describe, expect, it } from 'vitest';
import { makeSnapshot, testNonce } from './draw-test-support';
import type { DrawSnapshot } from './draw-types';
import { runDraw } from './dsr-draw';

/**
 * DRAW.md §8: over 2,000 seeds the inclusion frequencies match the design (chi-square,
 * p > 0.001). Critical values of the chi-square distribution at p = 0.001, from the table.
 */
const CHI2_CRITICAL_P001: Record<number, number> = { 2: 13.816, 9: 27.877, 11: 31.264, 14: 36.123 };
const SEEDS = 2000;

function chiSquare(observed: number[], expected: number[]): number {
  return observed.reduce((sum, o, i) => sum + (o - expected[i]!) ** 2 / expected[i]!, 0);
}

describe('fairness over 2,000 seeds (DRAW.md §8)', () => {
  // Three strata of 12, 15 and 10 targets; one unit each (n = 3), so within a stratum the
  // chance of each target is exactly weight / stratum weight.
  const weights = [1, 2, 3, 5, 8, 10, 10, 12, 15, 20, 30, 40, 7, 9, 11];
  const base = makeSnapshot(
    { targets: 37, strata: ['x'], ratioBp: 810, teamSize: 2, inspectors: 12, inspectorDepartments: ['d1', 'd2', 'd3'] },
    'fairness',
  );
  const snapshot: DrawSnapshot = {
    ...base,
    targets: base.targets.map((t, i) => ({
      ...t,
      stratum: i < 12 ? '410422' : i < 27 ? '410423' : '410481',
      weight: weights[i % weights.length]!,
    })),
  };
  const counts = new Map<string, number>();
  const stratumCounts = new Map<string, number>();
  const firstInspector = new Map<string, number>();
  for (let k = 0; k < SEEDS; k++) {
    const { result } = runDraw({ ...snapshot, drawId: `fair-${k}` }, testNonce(`fair-${k}`), `beacon-${k}`);
    for (const sel of result.selections) {
      counts.set(sel.targetId, (counts.get(sel.targetId) ?? 0) + 1);
      stratumCounts.set(sel.stratum, (stratumCounts.get(sel.stratum) ?? 0) + 1);
    }
    const first = result.selections[0]!.inspectorIds[0]!;
    firstInspector.set(first, (firstInspector.get(first) ?? 0) + 1);
  }

  it('R25: each stratum receives exactly its largest-remainder share in every draw', () => {
    expect([...stratumCounts.entries()].sort()).toEqual([
      ['410422', SEEDS],
      ['410423', SEEDS],
      ['410481', SEEDS],
    ]);
  });

  for (const stratum of ['410422', '410423', '410481']) {
    it(`R27: within stratum ${stratum}, inclusion is proportional to weight (chi-square p > 0.001)`, () => {
      const members = snapshot.targets.filter((t) => t.stratum === stratum);
      const total = members.reduce((s, t) => s + t.weight, 0);
      const observed = members.map((t) => counts.get(t.id) ?? 0);
      const expected = members.map((t) => (SEEDS * t.weight) / total);
      expect(expected.every((e) => e >= 5)).toBe(true);
      expect(chiSquare(observed, expected)).toBeLessThan(CHI2_CRITICAL_P001[members.length - 1]!);
    });
  }

  it('R29: the first inspector of the first team is uniform over the 12 inspectors (chi-square p > 0.001)', () => {
    const observed = snapshot.inspectors.map((p) => firstInspector.get(p.id) ?? 0);
    expect(
      chiSquare(
        observed,
        observed.map(() => SEEDS / 12),
      ),
    ).toBeLessThan(CHI2_CRITICAL_P001[11]!);
  });

  it('the test has teeth: a biased sample fails the same chi-square bound', () => {
    const members = snapshot.targets.filter((t) => t.stratum === '410422');
    const total = members.reduce((s, t) => s + t.weight, 0);
    const expected = members.map((t) => (SEEDS * t.weight) / total);
    const uniform = members.map(() => SEEDS / members.length); // what an unweighted draw would give
    expect(chiSquare(uniform, expected)).toBeGreaterThan(CHI2_CRITICAL_P001[11]!);
  });
});
