import { DomainError } from '../errors';
import type { DrawInspector } from './draw-types';
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
      const skippedRanks: number[] = [];
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

/**
 * DRAW.md §5: for each selected target in result order, one inspector of each listed
 * department, then anyone, always among the least loaded; recused inspectors never.
 * Returns the teams as inspector indices, in the order taken.
 */
export function assignTeams(
  inspectors: readonly DrawInspector[],
  departments: readonly string[],
  teamSize: number,
  recusalsByTarget: ReadonlyMap<string, readonly number[]>,
  targetIds: readonly string[],
  stream: RandomStream,
): number[][] {
  const load = new Int32Array(inspectors.length);
  const everyone = new LoadBuckets(
    inspectors.map((_, i) => i),
    inspectors.length,
  );
  const byDepartment = new Map<string, LoadBuckets>(
    departments.map((d) => [
      d,
      new LoadBuckets(
        inspectors.flatMap((p, i) => (p.department === d ? [i] : [])),
        inspectors.length,
      ),
    ]),
  );

  return targetIds.map((targetId) => {
    // Recused or already on the team: never a candidate. A few entries, so a list will do.
    const skip = [...(recusalsByTarget.get(targetId) ?? [])];
    const team: number[] = [];
    const take = (pool: LoadBuckets, what: string): void => {
      const chosen = pool.pick(skip, load, stream);
      if (chosen === null) {
        throw new DomainError(
          'DRAW_NO_INSPECTOR',
          `检查对象 ${targetId} 找不到可派的检查人员（${what}）：人员不足或均须回避`,
          'inspectors',
          {
            targetId,
          },
        );
      }
      team.push(chosen);
      skip.push(chosen);
    };
    for (const [d, pool] of departments.map((d) => [d, byDepartment.get(d)] as const))
      if (pool) take(pool, `部门 ${d}`);
    while (team.length < teamSize) take(everyone, '任一部门');
    for (const member of team) {
      everyone.raise(member, load[member]);
      byDepartment.get(inspectors[member].department)?.raise(member, load[member]);
      load[member] += 1;
    }
    return team;
  });
}
