import { canonicalJson, compareCodePoints } from '../canonical-json';
import { DomainError } from '../errors';
import { drawSeed, sha256Hex } from './draw-digest';
import { SWAP_ALGORITHM, type SwapResult, type SwapSnapshot } from './draw-types';
import { RandomStream } from './random-stream';

export interface SwapOutcome {
  poolDigest: string;
  seed: string;
  result: SwapResult;
  resultDigest: string;
}

function invalid(message: string, field: string): never {
  throw new DomainError('DRAW_SNAPSHOT_INVALID', `换人快照无效：${message}`, field);
}

export function assertValidSwapSnapshot(s: SwapSnapshot): void {
  // A snapshot read from a file may name any algorithm: compare as a string.
  if ((s.algorithm as string) !== SWAP_ALGORITHM) invalid(`算法须为 ${SWAP_ALGORITHM}`, 'algorithm');
  if (!s.drawId || !s.replaces || !s.targetId) invalid('缺少编号', 'drawId');
  if (!s.team.includes(s.removed)) invalid('被替换的人员不在该组中', 'removed');
  for (let i = 0; i < s.candidates.length; i++) {
    const c = s.candidates[i];
    if (!Number.isSafeInteger(c.load) || c.load < 0) invalid(`候选人 ${c.id} 的工作量须为非负整数`, 'candidates');
    if (i > 0 && compareCodePoints(s.candidates[i - 1].id, c.id) >= 0)
      invalid('候选人须按编号排序且不重复', 'candidates');
    if (s.team.includes(c.id)) invalid(`候选人 ${c.id} 已在该组中`, 'candidates');
  }
}

/** `dsr-swap/1` (DRAW.md §9): the replacement of one inspector, itself a verifiable draw. */
export function runSwap(snapshot: SwapSnapshot, nonceHex: string, beacon: string): SwapOutcome {
  assertValidSwapSnapshot(snapshot);
  const poolDigest = sha256Hex(canonicalJson(snapshot));
  const seed = drawSeed(SWAP_ALGORITHM, snapshot.drawId, poolDigest, nonceHex, beacon);
  const stream = new RandomStream(seed);

  let pool = snapshot.candidates;
  if (snapshot.requiredDepartment !== null) pool = pool.filter((c) => c.department === snapshot.requiredDepartment);
  const minimum = Math.min(...pool.map((c) => c.load));
  pool = pool.filter((c) => c.load === minimum);
  if (pool.length === 0) {
    throw new DomainError('DRAW_NO_INSPECTOR', '没有可替换的检查人员：候选人不足或均须回避', 'candidates');
  }
  const added = pool[stream.int(pool.length)].id;
  const result: SwapResult = {
    algorithm: SWAP_ALGORITHM,
    drawId: snapshot.drawId,
    replaces: snapshot.replaces,
    poolDigest,
    targetId: snapshot.targetId,
    removed: snapshot.removed,
    added,
    inspectorIds: snapshot.team.map((id) => (id === snapshot.removed ? added : id)),
  };
  return { poolDigest, seed: seed.toString('hex'), result, resultDigest: sha256Hex(canonicalJson(result)) };
}
