import { canonicalJson } from '../canonical-json';
import { commitmentOf, resultDigest, sha256Hex, snapshotDigest } from './draw-digest';
import { DRAW_ALGORITHM, SWAP_ALGORITHM, type DrawResult, type DrawSnapshot, type SwapResult, type SwapSnapshot } from './draw-types';
import { drawWithPoolDigest } from './dsr-draw';
import { runSwap } from './dsr-swap';

/**
 * The part of a draw record that a verifier needs (DRAW.md §1, "Reveal"). Records exported by
 * the product carry more (who, when, the beacon's source, exclusion reasons) outside these.
 */
export interface VerifiableRecord {
  snapshot: DrawSnapshot | SwapSnapshot;
  commitment: string;
  nonce: string;
  beacon: string;
  poolDigest: string;
  result: DrawResult | SwapResult;
  resultDigest: string;
}

export type DrawCheckName = 'commitment' | 'poolDigest' | 'resultDigest' | 'replay';

export interface DrawCheck {
  name: DrawCheckName;
  ok: boolean;
  /** What the record says. */
  recorded: string;
  /** What was computed from the record's inputs (or why it could not be). */
  computed: string;
  description: string;
}

export interface DrawVerification {
  ok: boolean;
  checks: DrawCheck[];
}

function check(name: DrawCheckName, description: string, recorded: unknown, compute: () => string): DrawCheck {
  const rec = typeof recorded === 'string' ? recorded : JSON.stringify(recorded ?? null);
  try {
    const computed = compute();
    return { name, description, ok: computed === rec, recorded: rec, computed };
  } catch (error) {
    return { name, description, ok: false, recorded: rec, computed: `无法计算：${(error as Error).message}` };
  }
}

/** Every check of DRAW.md §1, each reported with its values; nothing short-circuits. */
export function verifyDrawRecord(record: VerifiableRecord): DrawVerification {
  const snapshot = record.snapshot;
  const isSwap = snapshot?.algorithm === SWAP_ALGORITHM;
  let computedPoolDigest: string | undefined;
  const poolDigest = () =>
    (computedPoolDigest ??= isSwap ? sha256Hex(canonicalJson(snapshot)) : snapshotDigest(snapshot as DrawSnapshot));
  const replay = () => {
    if (isSwap) return runSwap(snapshot as SwapSnapshot, record.nonce, record.beacon);
    const algorithm: unknown = snapshot?.algorithm;
    if (algorithm !== DRAW_ALGORITHM) throw new Error(`未知的算法 ${String(algorithm)}`);
    return drawWithPoolDigest(snapshot as DrawSnapshot, poolDigest(), record.nonce, record.beacon);
  };
  const checks = [
    check('commitment', '承诺值 = SHA-256(nonce)', record.commitment, () => commitmentOf(record.nonce)),
    check('poolDigest', '快照摘要 = SHA-256(规范化快照)', record.poolDigest, poolDigest),
    check('resultDigest', '结果摘要 = SHA-256(记录中的规范化结果)', record.resultDigest, () =>
      isSwap ? sha256Hex(canonicalJson(record.result)) : resultDigest(record.result as DrawResult),
    ),
    check('replay', '按快照、nonce 与信标重放得到相同的结果摘要', record.resultDigest, () => replay().resultDigest),
  ];
  return { ok: checks.every((c) => c.ok), checks };
}
