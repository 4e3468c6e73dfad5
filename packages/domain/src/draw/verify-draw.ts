import { canonicalJson } from '../canonical-json';
import { commitmentOf, resultDigest, sha256Hex, snapshotDigest } from './draw-digest';
import { check, type DrawCheck, type DrawVerification, type VerifiableRecord, type VerifiableSwap } from './draw-check';
import { DRAW_ALGORITHM, SWAP_ALGORITHM, type DrawResult, type DrawSnapshot, type SwapSnapshot } from './draw-types';
import { drawWithPoolDigest } from './dsr-draw';
import { runSwap } from './dsr-swap';
import { SwapChain, beaconSourceCheck, drawIdCheck } from './record-validity';

export type { DrawCheck, DrawCheckName, DrawVerification, VerifiableRecord, VerifiableSwap } from './draw-check';
export { DRAW_CHECK_NAMES } from './draw-check';

/** DRAW.md §1 "Reveal": commitment, pool digest, result digest and a replay of one record. */
function replayChecks(record: VerifiableRecord, prefix: '' | `swaps[${number}].`): DrawCheck[] {
  const snapshot = record.snapshot as DrawSnapshot | SwapSnapshot | undefined;
  const isSwap = snapshot?.algorithm === SWAP_ALGORITHM;
  let computedPoolDigest: string | undefined;
  const poolDigest = () =>
    (computedPoolDigest ??= isSwap ? sha256Hex(canonicalJson(snapshot)) : snapshotDigest(snapshot as DrawSnapshot));
  const replay = () => {
    if (isSwap) return runSwap(snapshot, record.nonce, record.beacon);
    const algorithm: unknown = snapshot?.algorithm;
    if (algorithm !== DRAW_ALGORITHM) throw new Error(`未知的算法 ${String(algorithm)}`);
    return drawWithPoolDigest(snapshot as DrawSnapshot, poolDigest(), record.nonce, record.beacon);
  };
  return [
    check(`${prefix}commitment`, '承诺值 = SHA-256(nonce)', record.commitment, () => commitmentOf(record.nonce)),
    check(`${prefix}poolDigest`, '快照摘要 = SHA-256(规范化快照)', record.poolDigest, poolDigest),
    check(`${prefix}resultDigest`, '结果摘要 = SHA-256(记录中的规范化结果)', record.resultDigest, () =>
      isSwap ? sha256Hex(canonicalJson(record.result)) : resultDigest(record.result as DrawResult),
    ),
    check(
      `${prefix}replay`,
      '按快照、nonce 与信标重放得到相同的结果摘要',
      record.resultDigest,
      () => replay().resultDigest,
    ),
  ];
}

/**
 * Every check a verifier makes, each reported with its values; nothing short-circuits.
 * DRAW.md §1 for the record and each of its swaps, then §9 "what makes a swap record valid":
 * the ids inside each record, the beacon source, and the swap chain in record order.
 */
export function verifyDrawRecord(record: VerifiableRecord): DrawVerification {
  const checks = [...replayChecks(record, ''), drawIdCheck(record, '')];
  const beacon = beaconSourceCheck(record);
  if (beacon) checks.push(beacon);
  // A malformed entry is checked as an empty one: it fails with reasons, it never throws.
  const entries: unknown[] = Array.isArray(record.swaps) ? record.swaps : [];
  const swaps = entries.map((s) => (s && typeof s === 'object' ? (s as VerifiableSwap) : ({} as VerifiableSwap)));
  if (swaps.length) {
    const chain = new SwapChain(record);
    swaps.forEach((swap, k) => {
      const prefix = `swaps[${k}].` as const;
      checks.push(...replayChecks(swap, prefix), drawIdCheck(swap, prefix), ...chain.next(swap, k));
    });
    checks.push(chain.uniqueIds());
  }
  return { ok: checks.every((c) => c.ok), checks };
}
