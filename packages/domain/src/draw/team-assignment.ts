import type { DrawPool, PoolShortfall } from './draw-pool';
import type { RandomStream } from './random-stream';

/**
 * Inspectors of one pool (a department, or everybody) grouped by load. Each load level is a
 * Fenwick tree of 0/1 over the pool's members in id order (the snapshot's inspectors are sorted),
 * so "candidates[k] among the least loaded, skipping the team and the recusals" is a descent in
 * O(log n), and moving an inspector up a level is two point updates — not a scan of everybody
 * for every pick, nor array splices (which cost more than the rest of the draw together).
 */
class LoadBuckets {
  private readonly members: number[];
  /** position of a global inspector index in `members`, or -1 */
  private readonly positionOf: Int32Array;
  private readonly levels = new Map<number, { tree: Int32Array; count: number }>();
  private lowest = 0;
  private highest = 0;
  private readonly topStep: number;
  /** Scratch for pick (one list for every call, not one per call). */
  private readonly skippedRanks: number[] = [];

  constructor(members: readonly number[], inspectorCount: number) {
    this.members = [...members];
    this.positionOf = new Int32Array(inspectorCount).fill(-1);
    this.members.forEach((m, position) => (this.positionOf[m] = position));
    const zero = this.level(0);
    for (let position = 0; position < this.members.length; position++) this.add(zero, position, 1);
    let step = 1;
    while (step * 2 <= this.members.length) step *= 2;
    this.topStep = this.members.length ? step : 0;
  }

  /** candidates[int(|candidates|)] among members not in `skip`, at the minimum load; null if none. */
  pick(skip: readonly number[], load: Int32Array, stream: RandomStream): number | null {
    for (let level = this.lowest; level <= this.highest; level++) {
      const bucket = this.levels.get(level);
      if (!bucket || bucket.count === 0) continue;
      const skippedRanks = this.skippedRanks;
      skippedRanks.length = 0;
      for (const s of skip) {
        const position = this.positionOf[s];
        if (position >= 0 && load[s] === level) skippedRanks.push(this.prefix(bucket, position) - 1);
      }
      const count = bucket.count - skippedRanks.length;
      if (count === 0) continue;
      let k = stream.int(count);
      skippedRanks.sort((a, b) => a - b);
      for (const rank of skippedRanks) {
        if (rank <= k) k += 1;
        else break;
      }
      return this.members[this.kth(bucket, k)];
    }
    return null;
  }

  /** Move a member from `level` to `level + 1`. */
  raise(member: number, level: number): void {
    const position = this.positionOf[member];
    this.add(this.level(level), position, -1);
    this.add(this.level(level + 1), position, 1);
    if (level + 1 > this.highest) this.highest = level + 1;
    while (this.lowest < this.highest && (this.levels.get(this.lowest)?.count ?? 0) === 0) {
      this.levels.delete(this.lowest);
      this.lowest += 1;
    }
  }

  private level(level: number) {
    let bucket = this.levels.get(level);
    if (!bucket) this.levels.set(level, (bucket = { tree: new Int32Array(this.members.length + 1), count: 0 }));
    return bucket;
  }

  private add(bucket: { tree: Int32Array; count: number }, position: number, delta: number): void {
    for (let i = position + 1; i < bucket.tree.length; i += i & -i) bucket.tree[i] += delta;
    bucket.count += delta;
  }

  /** How many members at this level sit at or before `position`. */
  private prefix(bucket: { tree: Int32Array }, position: number): number {
    let sum = 0;
    for (let i = position + 1; i > 0; i -= i & -i) sum += bucket.tree[i];
    return sum;
  }

  /** The position of the k-th (0-based) member at this level. */
  private kth(bucket: { tree: Int32Array }, k: number): number {
    let position = 0;
    let rest = k;
    for (let step = this.topStep; step > 0; step >>= 1) {
      const next = position + step;
      if (next < bucket.tree.length && bucket.tree[next] <= rest) {
        position = next;
        rest -= bucket.tree[next];
      }
    }
    return position;
  }
}

/** Recused inspectors by target index, from the pool's pairs. */
function recusalsByTarget(pairs: Int32Array): Map<number, number[]> {
  const byTarget = new Map<number, number[]>();
  for (let k = 0; k < pairs.length; k += 2) {
    let list = byTarget.get(pairs[k]);
    if (!list) byTarget.set(pairs[k], (list = []));
    list.push(pairs[k + 1]);
  }
  return byTarget;
}

/**
 * DRAW.md §5: for each selected target in result order, one inspector of each listed
 * department, then anyone, always among the least loaded; recused inspectors never.
 * Returns the teams as inspector indices, in the order taken, one team after another; or the
 * first target that found nobody, and in which department's step (-1: anyone).
 */
export function assignTeams(
  pool: Pick<DrawPool, 'inspectorDepartment' | 'departmentCount' | 'teamSize' | 'recusals'>,
  picks: Int32Array,
  stream: RandomStream,
): Int32Array | PoolShortfall {
  const { inspectorDepartment, teamSize } = pool;
  const inspectorCount = inspectorDepartment.length;
  const load = new Int32Array(inspectorCount);
  const everyone = new LoadBuckets(
    Array.from({ length: inspectorCount }, (_, i) => i),
    inspectorCount,
  );
  const byDepartment = Array.from(
    { length: pool.departmentCount },
    (_, d) =>
      new LoadBuckets(
        Array.from(inspectorDepartment.keys()).filter((i) => inspectorDepartment[i] === d),
        inspectorCount,
      ),
  );
  const recusals = recusalsByTarget(pool.recusals);
  const teams = new Int32Array(picks.length * teamSize);
  const skip: number[] = [];
  for (let k = 0; k < picks.length; k++) {
    // Recused or already on the team: never a candidate. A few entries, so a list will do.
    skip.length = 0;
    const recused = recusals.get(picks[k]);
    if (recused) skip.push(...recused);
    const team = teams.subarray(k * teamSize, (k + 1) * teamSize);
    for (let size = 0; size < teamSize; size++) {
      const department = size < byDepartment.length ? size : -1;
      const chosen = (department < 0 ? everyone : byDepartment[department]).pick(skip, load, stream);
      if (chosen === null) return { shortfall: { target: picks[k], department } };
      team[size] = chosen;
      skip.push(chosen);
    }
    for (const member of team) {
      everyone.raise(member, load[member]);
      if (inspectorDepartment[member] >= 0) byDepartment[inspectorDepartment[member]].raise(member, load[member]);
      load[member] += 1;
    }
  }
  return teams;
}
