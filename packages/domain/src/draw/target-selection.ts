import { compareCodePoints } from '../canonical-json';
import { DomainError } from '../errors';
import type { DrawTarget } from './draw-types';
import { FenwickTree } from './fenwick';
import type { RandomStream } from './random-stream';

export interface TargetPick {
  index: number;
  cycle: 'current' | 'next';
}

export interface TargetSelection {
  n: number;
  cycleClosed: boolean;
  picks: TargetPick[];
}

/** DRAW.md §4: sample size, then stage 1 within the coverage cycle and stage 2 into the next (顺延, R26). */
export function selectTargets(targets: readonly DrawTarget[], ratioBp: number, stream: RandomStream): TargetSelection {
  const strata = new StrataIndex(targets);
  const all = new Int32Array(targets.length);
  const fresh = new Int32Array(targets.length);
  let N = 0;
  let freshCount = 0;
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    if (t.excluded !== null) continue;
    all[N++] = i;
    if (!t.inCycle) fresh[freshCount++] = i;
  }
  const population = all.subarray(0, N);
  const notYetInCycle = fresh.subarray(0, freshCount);
  if (N === 0) throw new DomainError('DRAW_EMPTY_POPULATION', '本轮没有可抽取的检查对象', 'targets');
  const n = Math.max(1, Math.ceil((ratioBp * N) / 10000));

  if (notYetInCycle.length > n) {
    const picks = stratifiedWeightedDraw(targets, strata, notYetInCycle, n, stream).map((index) => ({
      index,
      cycle: 'current' as const,
    }));
    return { n, cycleClosed: false, picks };
  }
  const picks: TargetPick[] = Array.from(notYetInCycle, (index) => ({ index, cycle: 'current' as const }));
  const rest = n - notYetInCycle.length;
  if (rest > 0) {
    const taken = new Uint8Array(targets.length);
    for (const i of notYetInCycle) taken[i] = 1;
    const nextCycle = population.filter((i) => taken[i] === 0);
    for (const index of stratifiedWeightedDraw(targets, strata, nextCycle, rest, stream))
      picks.push({ index, cycle: 'next' });
  }
  return { n, cycleClosed: true, picks };
}

/** Each target's stratum as a small integer, and the strata in code-point order. */
class StrataIndex {
  readonly of: Int32Array;
  readonly names: string[] = [];
  /** rank[k] = position of stratum k in code-point order. */
  readonly rank: Int32Array;

  constructor(targets: readonly DrawTarget[]) {
    this.of = new Int32Array(targets.length);
    const ids = new Map<string, number>();
    for (let i = 0; i < targets.length; i++) {
      const name = targets[i].stratum;
      let k = ids.get(name);
      if (k === undefined) {
        k = this.names.length;
        ids.set(name, k);
        this.names.push(name);
      }
      this.of[i] = k;
    }
    this.rank = new Int32Array(this.names.length);
    this.names
      .map((name, k) => ({ name, k }))
      .sort((a, b) => compareCodePoints(a.name, b.name))
      .forEach(({ k }, position) => (this.rank[k] = position));
  }
}

/**
 * DRAW.md §4.1: largest-remainder allocation over strata, then a weighted draw without
 * replacement inside each stratum. `members` are indices into `targets`, in id order.
 */
function stratifiedWeightedDraw(
  targets: readonly DrawTarget[],
  strata: StrataIndex,
  members: Int32Array,
  m: number,
  stream: RandomStream,
): number[] {
  // Group members by stratum rank, keeping id order inside each group (a counting sort).
  const groups = strata.names.length;
  const start = new Int32Array(groups + 1);
  for (const i of members) start[strata.rank[strata.of[i]] + 1] += 1;
  for (let g = 0; g < groups; g++) start[g + 1] += start[g];
  const grouped = new Int32Array(members.length);
  const fill = start.slice(0, groups);
  for (const i of members) grouped[fill[strata.rank[strata.of[i]]]++] = i;

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

  const taken: number[] = [];
  for (const { group, units } of allocation) {
    if (units === 0) continue;
    const stratumMembers = grouped.subarray(start[group], start[group + 1]);
    const weights = new Float64Array(stratumMembers.length);
    for (let k = 0; k < stratumMembers.length; k++) weights[k] = targets[stratumMembers[k]].weight;
    const tree = new FenwickTree(weights);
    for (let k = 0; k < units; k++) {
      const position = tree.findByCumulative(stream.int(tree.total));
      taken.push(stratumMembers[position]);
      tree.add(position, -weights[position]);
    }
  }
  return taken;
}
