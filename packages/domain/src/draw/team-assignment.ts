import { DomainError } from '../errors';
import type { DrawInspector } from './draw-types';
import type { RandomStream } from './random-stream';

/**
 * Inspectors of one pool (a department, or everybody) bucketed by load. Each bucket keeps
 * inspector indices ascending, which is id order because the snapshot's inspectors are sorted.
 * "The candidates with the minimum load" are then the lowest bucket once the team and the
 * recusals are skipped, without scanning every inspector for every target.
 */
class LoadBuckets {
  private readonly buckets = new Map<number, number[]>();
  private lowest = 0;
  private highest = 0;

  constructor(members: readonly number[]) {
    this.buckets.set(0, [...members]);
  }

  /** candidates[int(|candidates|)] among members not in `skip`, at the minimum load; null if none. */
  pick(skip: readonly number[], load: Int32Array, stream: RandomStream): number | null {
    for (let level = this.lowest; level <= this.highest; level++) {
      const bucket = this.buckets.get(level);
      if (!bucket || bucket.length === 0) continue;
      const skipped: number[] = [];
      for (const s of skip) {
        if (load[s] !== level) continue;
        const at = indexOf(bucket, s);
        if (at >= 0) skipped.push(at);
      }
      const count = bucket.length - skipped.length;
      if (count === 0) continue;
      let position = stream.int(count);
      skipped.sort((a, b) => a - b);
      for (const at of skipped) {
        if (at <= position) position += 1;
        else break;
      }
      return bucket[position]!;
    }
    return null;
  }

  /** Move a member from `level` to `level + 1`. */
  raise(member: number, level: number): void {
    const from = this.buckets.get(level)!;
    from.splice(indexOf(from, member), 1);
    let to = this.buckets.get(level + 1);
    if (!to) this.buckets.set(level + 1, (to = []));
    to.splice(insertionPoint(to, member), 0, member);
    if (level + 1 > this.highest) this.highest = level + 1;
    while (this.lowest < this.highest && (this.buckets.get(this.lowest)?.length ?? 0) === 0) {
      this.buckets.delete(this.lowest);
      this.lowest += 1;
    }
  }
}

function insertionPoint(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function indexOf(sorted: readonly number[], value: number): number {
  const at = insertionPoint(sorted, value);
  return sorted[at] === value ? at : -1;
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
  const everyone = new LoadBuckets(inspectors.map((_, i) => i));
  const byDepartment = new Map<string, LoadBuckets>(
    departments.map((d) => [d, new LoadBuckets(inspectors.flatMap((p, i) => (p.department === d ? [i] : [])))]),
  );

  return targetIds.map((targetId) => {
    // Recused or already on the team: never a candidate. A few entries, so a list will do.
    const skip = [...(recusalsByTarget.get(targetId) ?? [])];
    const team: number[] = [];
    const take = (pool: LoadBuckets, what: string): void => {
      const chosen = pool.pick(skip, load, stream);
      if (chosen === null) {
        throw new DomainError('DRAW_NO_INSPECTOR', `检查对象 ${targetId} 找不到可派的检查人员（${what}）：人员不足或均须回避`, 'inspectors', {
          targetId,
        });
      }
      team.push(chosen);
      skip.push(chosen);
    };
    for (const d of departments) take(byDepartment.get(d)!, `部门 ${d}`);
    while (team.length < teamSize) take(everyone, '任一部门');
    for (const member of team) {
      everyone.raise(member, load[member]!);
      byDepartment.get(inspectors[member]!.department)?.raise(member, load[member]!);
      load[member]! += 1;
    }
    return team;
  });
}
