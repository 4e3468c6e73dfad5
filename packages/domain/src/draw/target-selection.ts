import { DomainError } from '../errors';
import { EXCLUDED, IN_CYCLE, type DrawPool } from './draw-pool';
import { FenwickTree } from './fenwick';
import type { RandomStream } from './random-stream';

export interface TargetSelection {
  n: number;
  cycleClosed: boolean;
  /** Target indices in result order. */
  picks: Int32Array;
  /** How many of the picks, from the first, are in the current cycle; the rest are in the next. */
  current: number;
}

/** DRAW.md §4: sample size, then stage 1 within the coverage cycle and stage 2 into the next (顺延, R26). */
export function selectTargets(pool: DrawPool, stream: RandomStream): TargetSelection {
  const { flags } = pool;
  // Counted first so that only the targets still in this cycle are listed: big typed arrays
  // are memory outside the heap, and enough of it sets off a full collection of the snapshot.
  let N = 0;
  let freshCount = 0;
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] & EXCLUDED) continue;
    N++;
    if (!(flags[i] & IN_CYCLE)) freshCount++;
  }
  if (N === 0) throw new DomainError('DRAW_EMPTY_POPULATION', '本轮没有可抽取的检查对象', 'targets');
  const notYetInCycle = new Int32Array(freshCount);
  for (let i = 0, k = 0; k < freshCount; i++) if (!(flags[i] & (EXCLUDED | IN_CYCLE))) notYetInCycle[k++] = i;
  const n = Math.max(1, Math.ceil((pool.ratioBp * N) / 10000));

  if (notYetInCycle.length > n) {
    const picks = stratifiedWeightedDraw(pool, notYetInCycle, n, stream);
    return { n, cycleClosed: false, picks, current: n };
  }
  const rest = n - notYetInCycle.length;
  const picks = new Int32Array(notYetInCycle.length + rest);
  picks.set(notYetInCycle);
  if (rest > 0) {
    // Every non-excluded target was in the cycle or has just been taken as "current".
    const nextCycle = new Int32Array(N - freshCount);
    for (let i = 0, k = 0; k < nextCycle.length; i++)
      if ((flags[i] & (EXCLUDED | IN_CYCLE)) === IN_CYCLE) nextCycle[k++] = i;
    picks.set(stratifiedWeightedDraw(pool, nextCycle, rest, stream), notYetInCycle.length);
  }
  return { n, cycleClosed: true, picks, current: notYetInCycle.length };
}

/**
 * DRAW.md §4.1: largest-remainder allocation over strata, then a weighted draw without
 * replacement inside each stratum. `members` are target indices, in id order.
 */
function stratifiedWeightedDraw(pool: DrawPool, members: Int32Array, m: number, stream: RandomStream): Int32Array {
  // Group members by stratum rank, keeping id order inside each group (a counting sort).
  const { stratum, weight } = pool;
  const groups = pool.strataCount;
  const start = new Int32Array(groups + 1);
  for (const i of members) start[stratum[i] + 1] += 1;
  for (let g = 0; g < groups; g++) start[g + 1] += start[g];
  const grouped = new Int32Array(members.length);
  const fill = start.slice(0, groups);
  for (const i of members) grouped[fill[stratum[i]]++] = i;

  const size = members.length;
  const allocation: { group: number; units: number; remainder: number }[] = [];
  for (let g = 0; g < groups; g++) {
    const q = m * (start[g + 1] - start[g]);
    if (q === 0) continue; // a stratum absent from this set
    allocation.push({ group: g, units: Math.floor(q / size), remainder: q % size });
  }
  let leftover = m - allocation.reduce((sum, a) => sum + a.units, 0);
  const byRemainder = [...allocation].sort((a, b) => b.remainder - a.remainder || a.group - b.group);
  for (const a of byRemainder) {
    if (leftover === 0) break;
    a.units += 1;
    leftover -= 1;
  }

  const taken = new Int32Array(m);
  let count = 0;
  for (const { group, units } of allocation) {
    if (units === 0) continue;
    const stratumMembers = grouped.subarray(start[group], start[group + 1]);
    const weights = new Float64Array(stratumMembers.length);
    for (let k = 0; k < stratumMembers.length; k++) weights[k] = weight[stratumMembers[k]];
    const tree = new FenwickTree(weights);
    for (let k = 0; k < units; k++) {
      const position = tree.findByCumulative(stream.int(tree.total));
      taken[count++] = stratumMembers[position];
      tree.add(position, -weights[position]);
    }
  }
  return taken;
}
