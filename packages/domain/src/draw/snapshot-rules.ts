import { compareCodePoints, hasHighUnit } from '../canonical-json';
import { DomainError } from '../errors';
import { EXCLUDED, IN_CYCLE, type DrawPool } from './draw-pool';
import { DRAW_ALGORITHM, type DrawSnapshot, type DrawTarget } from './draw-types';

const MAX_STRATUM_WEIGHT = 0x1_0000_0000;

function invalid(message: string, field: string): never {
  throw new DomainError('DRAW_SNAPSHOT_INVALID', `抽取快照无效：${message}`, field);
}

function isStrictlySorted(values: readonly string[]): boolean {
  for (let i = 1; i < values.length; i++) if (compareCodePoints(values[i - 1], values[i]) >= 0) return false;
  return true;
}

/**
 * What DRAW.md §2 and §4–§5 require of a snapshot before anything is drawn. Beyond the page's
 * own rules (positive integer weights, no stratum above 2³²) we refuse what would make the
 * algorithm undefined: a ratio outside 1–10000 bp (n could exceed the population), a team
 * smaller than 2 or than the number of participating departments, and lists not in the sorted
 * order the page prescribes (so "id order" and array order are the same thing).
 */
export function assertValidSnapshot(s: DrawSnapshot): void {
  readDrawPool(s);
}

/** The snapshot checked as assertValidSnapshot says, and read into typed arrays for the draw. */
export function readDrawPool(s: DrawSnapshot): DrawPool {
  // A snapshot read from a file may name any algorithm: compare as a string.
  if ((s.algorithm as string) !== DRAW_ALGORITHM) invalid(`算法须为 ${DRAW_ALGORITHM}`, 'algorithm');
  if (typeof s.drawId !== 'string' || s.drawId === '') invalid('缺少抽取编号', 'drawId');
  if (!Number.isSafeInteger(s.ratioBp) || s.ratioBp < 1 || s.ratioBp > 10000) {
    invalid('抽查比例须为 1–10000 个基点', 'ratioBp');
  }
  if (!Number.isSafeInteger(s.teamSize) || s.teamSize < 2) invalid('每组检查人员不少于 2 人（R29）', 'teamSize');
  if (!isStrictlySorted(s.departments)) invalid('参与部门须按编号排序且不重复', 'departments');
  if (s.teamSize < s.departments.length) invalid('每组人数少于参加部门数', 'teamSize');
  const targets = readTargets(s.targets);
  if (!isStrictlySorted(s.inspectors.map((p) => p.id))) invalid('检查人员须按编号排序且不重复', 'inspectors');
  for (let i = 1; i < s.conflicts.length; i++) {
    const [a, b] = [s.conflicts[i - 1], s.conflicts[i]];
    const order = compareCodePoints(a[0], b[0]) || compareCodePoints(a[1], b[1]);
    if (order >= 0) invalid('回避关系须排序且不重复', 'conflicts');
  }
  const departmentIndex = new Map(s.departments.map((d, k) => [d, k]));
  return {
    ratioBp: s.ratioBp,
    teamSize: s.teamSize,
    ...targets,
    inspectorDepartment: Int32Array.from(s.inspectors, (p) => departmentIndex.get(p.department) ?? -1),
    departmentCount: s.departments.length,
    recusals: recusalPairs(s),
  };
}

/** The targets' rules, checked in one pass that also fills the pool's per-target arrays. */
function readTargets(targets: readonly DrawTarget[]) {
  // 32 bits hold every weight but a lone 2³² (a stratum of one): half the memory of doubles.
  let weight: Uint32Array | Float64Array = new Uint32Array(targets.length);
  let wide = false;
  const flags = new Uint8Array(targets.length);
  const stratum = new Int32Array(targets.length);
  const strata = new Map<string, number>();
  const strataWeight: number[] = [];
  // Each id is tested for units ≥ U+D800 once, not once per comparison (compareCodePoints' fast path).
  let previousHigh = true;
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    const id = t.id;
    const high = typeof id !== 'string' || hasHighUnit(id);
    if (i > 0) {
      const previous = targets[i - 1].id;
      const ascending = previousHigh || high ? compareCodePoints(previous, id) < 0 : previous < id;
      if (!ascending) invalid('检查对象须按编号排序且不重复', 'targets');
    }
    previousHigh = high;
    if (typeof t.stratum !== 'string') invalid(`检查对象 ${t.id} 缺少分层`, 'targets');
    if (!Number.isSafeInteger(t.weight) || t.weight < 1) invalid(`检查对象 ${t.id} 的权重须为正整数`, 'targets');
    if (typeof t.inCycle !== 'boolean') invalid(`检查对象 ${t.id} 的 inCycle 须为布尔值`, 'targets');
    if (t.excluded !== null && typeof t.excluded !== 'string')
      invalid(`检查对象 ${t.id} 的排除原因须为文字或 null`, 'targets');
    let k = strata.get(t.stratum);
    if (k === undefined) {
      strata.set(t.stratum, (k = strataWeight.length));
      strataWeight.push(0);
    }
    strataWeight[k] += t.weight;
    if (strataWeight[k] > MAX_STRATUM_WEIGHT) invalid(`分层 ${t.stratum} 的总权重超过 2^32`, 'targets');
    weight[i] = t.weight;
    if (t.weight > 0xffffffff) wide = true;
    flags[i] = (t.excluded === null ? 0 : EXCLUDED) | (t.inCycle ? IN_CYCLE : 0);
    stratum[i] = k;
  }
  if (wide) weight = Float64Array.from(targets, (t) => t.weight);
  // Strata numbered by first appearance, renumbered in code-point order (DRAW.md §4.1).
  const rank = new Int32Array(strata.size);
  [...strata].sort((a, b) => compareCodePoints(a[0], b[0])).forEach(([, k], position) => (rank[k] = position));
  for (let i = 0; i < stratum.length; i++) stratum[i] = rank[stratum[i]];
  return { weight, flags, stratum, strataCount: strata.size };
}

/** Conflicts as (target, inspector) indices; a recusal of someone not in the pool, or of no target, changes nothing. */
function recusalPairs(s: DrawSnapshot): Int32Array {
  const inspectorIndex = new Map(s.inspectors.map((p, i) => [p.id, i]));
  const seen = new Set<string>();
  const pairs: number[] = [];
  for (const [inspectorId, targetId] of s.conflicts) {
    const inspector = inspectorIndex.get(inspectorId);
    if (inspector === undefined) continue;
    const target = targetIndexOf(s.targets, targetId);
    if (target < 0 || seen.has(`${target} ${inspector}`)) continue;
    seen.add(`${target} ${inspector}`);
    pairs.push(target, inspector);
  }
  return Int32Array.from(pairs);
}

/** Binary search in the targets, sorted by id in code-point order (checked above). */
function targetIndexOf(targets: readonly DrawTarget[], id: string): number {
  let low = 0;
  let high = targets.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const order = compareCodePoints(targets[middle].id, id);
    if (order === 0) return middle;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
