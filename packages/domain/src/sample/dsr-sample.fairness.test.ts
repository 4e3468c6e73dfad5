import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runSample, sampleTicket } from './dsr-sample';
import { inspectionResultDigest } from './sample-digest';
import type { SampleSnapshot } from './sample-types';

/**
 * DRAW.md §10 takes in each stratum the n_h items with the smallest tickets: every n_h-subset of the
 * stratum is equally likely, so each item is in with chance n_h / N_h and each pair with
 * n_h (n_h − 1) / (N_h (N_h − 1)). Checked over 2,000 fixed nonces and beacons.
 *
 * Why this cannot flake: the nonces and beacons are fixed, so the tickets, the samples and every
 * statistic below are the same numbers on every machine and every run (the engine reads no clock and
 * no Math.random). They change only if the algorithm changes — which the frozen vectors catch first —
 * or if someone edits this test's inputs; the bounds are chi-square critical values at p = 10⁻⁶
 * (scipy.stats.chi2.isf(1e-6, df)), so even with fresh inputs a fair sampler fails them once in a
 * million. The last test shows the bound still has teeth. Cost: 34,000 tickets, well under a second.
 */
const CHI2_P1E6: Record<number, number> = { 4: 33.377, 11: 48.866, 15: 56.493, 65: 134.202 };
const RUNS = 2000;

const chiSquare = (observed: number[], expected: number) =>
  observed.reduce((sum, o) => sum + (o - expected) ** 2 / expected, 0);
const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

const ids = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(2, '0')}`);
const A = ids('410422', 12); // RATIO 25%: 3 of 12
const B = ids('410423', 5); // ⌈1.25⌉ = 2 of 5
const snapshot: SampleSnapshot = {
  algorithm: 'dsr-sample/1',
  drawId: 'fairness',
  sizeRule: 'RATIO',
  ratioBp: 2500,
  minPerStratum: 1,
  extends: null,
  items: [...A, ...B].map((id) => ({ id, stratum: id.slice(0, 6), resultDigest: inspectionResultDigest({ id }) })),
};

const sizes = new Map<string, number>();
const inclusion = new Map<string, number>();
const pairs = new Map<string, number>();
const smallest = new Map<string, number>();
const leadingDigit = new Array<number>(16).fill(0);
/** A sampler with a thumb on the scale: A[0]'s ticket counted at 3/4 of its value. */
const biased = new Map<string, number>();

for (let k = 0; k < RUNS; k++) {
  const nonce = createHash('sha256').update(`nonce:fair-${k}`).digest('hex');
  const { result, seed } = runSample({ ...snapshot, drawId: `fairness-${k}` }, nonce, `beacon-${k}`);
  for (const s of result.strata)
    sizes.set(`${s.stratum} ${s.sampleSize}`, (sizes.get(`${s.stratum} ${s.sampleSize}`) ?? 0) + 1);
  const inA = result.selections.filter((s) => s.stratum === '410422').map((s) => s.itemId);
  for (const s of result.selections) bump(inclusion, s.itemId);
  for (let i = 0; i < inA.length; i++)
    for (let j = i + 1; j < inA.length; j++) bump(pairs, [inA[i], inA[j]].sort().join(' '));
  bump(smallest, inA[0]!);
  const seedBytes = Buffer.from(seed, 'hex');
  const tickets = A.map((id) => ({ id, value: BigInt(`0x${sampleTicket(seedBytes, id)}`) }));
  for (const t of tickets) leadingDigit[Number(t.value >> 252n)]! += 1;
  const weighed = tickets.map((t) => ({ id: t.id, value: t.id === A[0] ? (t.value * 3n) / 4n : t.value }));
  weighed.sort((x, y) => (x.value < y.value ? -1 : 1));
  for (const t of weighed.slice(0, 3)) bump(biased, t.id);
}

describe('fairness of dsr-sample/1 over 2,000 fixed seeds (DRAW.md §10)', () => {
  it('R54: every sample takes exactly its size from each stratum', () => {
    expect(Object.fromEntries(sizes)).toEqual({ '410422 3': RUNS, '410423 2': RUNS });
  });

  it('R54: every item of a stratum is sampled equally often (chi-square, p > 10⁻⁶)', () => {
    expect(
      chiSquare(
        A.map((id) => inclusion.get(id) ?? 0),
        (RUNS * 3) / 12,
      ),
    ).toBeLessThan(CHI2_P1E6[11]!);
    expect(
      chiSquare(
        B.map((id) => inclusion.get(id) ?? 0),
        (RUNS * 2) / 5,
      ),
    ).toBeLessThan(CHI2_P1E6[4]!);
  });

  it('R54: every pair of a stratum is sampled together equally often: the sample is a uniform subset', () => {
    const all = A.flatMap((a, i) => A.slice(i + 1).map((b) => pairs.get(`${a} ${b}`) ?? 0));
    expect(all).toHaveLength(66);
    expect(chiSquare(all, (RUNS * 3) / 66)).toBeLessThan(CHI2_P1E6[65]!);
  });

  it('R54: the smallest ticket falls on each item equally often, and tickets are uniform in their first hex digit', () => {
    expect(
      chiSquare(
        A.map((id) => smallest.get(id) ?? 0),
        RUNS / 12,
      ),
    ).toBeLessThan(CHI2_P1E6[11]!);
    expect(chiSquare(leadingDigit, (RUNS * 12) / 16)).toBeLessThan(CHI2_P1E6[15]!);
  });

  it('the test has teeth: one item favoured by a quarter of its ticket fails the same bound', () => {
    expect(
      chiSquare(
        A.map((id) => biased.get(id) ?? 0),
        (RUNS * 3) / 12,
      ),
    ).toBeGreaterThan(CHI2_P1E6[11]!);
  });
});
