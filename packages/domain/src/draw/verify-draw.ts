import { canonicalJson } from '../canonical-json';
import { commitmentOf, drawSeed, resultDigest, sha256Hex, snapshotDigest } from './draw-digest';
import { check, type DrawCheck, type DrawVerification, type VerifiableRecord, type VerifiableSwap } from './draw-check';
import type { PoolDraw, PoolShortfall } from './draw-pool';
import {
  DRAW_ALGORITHM,
  SWAP_ALGORITHM,
  type DrawResult,
  type DrawSelection,
  type DrawSnapshot,
  type SwapSnapshot,
} from './draw-types';
import { drawOutcome, drawWithPoolDigest } from './dsr-draw';
import { runSwap } from './dsr-swap';
import { SwapChain, beaconSourceCheck, drawIdCheck } from './record-validity';
import { startReplayThread } from './replay-thread';
import { readDrawPool } from './snapshot-rules';

export type { DrawCheck, DrawCheckName, DrawVerification, VerifiableRecord, VerifiableSwap } from './draw-check';
export { DRAW_CHECK_NAMES } from './draw-check';

/** What verifyDrawRecordAsync computed beforehand for the record itself. */
interface Precomputed {
  poolDigest: () => string;
  /** The digest of the recorded result. */
  resultDigest: () => string;
  /** The replay's result digest, given the computed pool digest. */
  replay: (poolDigest: string) => string;
}

/** DRAW.md §1 "Reveal": commitment, pool digest, result digest and a replay of one record. */
function replayChecks(record: VerifiableRecord, prefix: '' | `swaps[${number}].`, early?: Precomputed): DrawCheck[] {
  const snapshot = record.snapshot as DrawSnapshot | SwapSnapshot | undefined;
  const isSwap = snapshot?.algorithm === SWAP_ALGORITHM;
  let computedPoolDigest: string | undefined;
  const poolDigest = () =>
    (computedPoolDigest ??= early
      ? early.poolDigest()
      : isSwap
        ? sha256Hex(canonicalJson(snapshot))
        : snapshotDigest(snapshot as DrawSnapshot));
  const replay = () => {
    if (isSwap) return runSwap(snapshot, record.nonce, record.beacon).resultDigest;
    const algorithm: unknown = snapshot?.algorithm;
    if (algorithm !== DRAW_ALGORITHM) throw new Error(`未知的算法 ${String(algorithm)}`);
    if (early) return early.replay(poolDigest());
    return drawWithPoolDigest(snapshot as DrawSnapshot, poolDigest(), record.nonce, record.beacon).resultDigest;
  };
  return [
    check(`${prefix}commitment`, '承诺值 = SHA-256(nonce)', record.commitment, () => commitmentOf(record.nonce)),
    check(`${prefix}poolDigest`, '快照摘要 = SHA-256(规范化快照)', record.poolDigest, poolDigest),
    check(`${prefix}resultDigest`, '结果摘要 = SHA-256(记录中的规范化结果)', record.resultDigest, () => {
      if (early) return early.resultDigest();
      return isSwap ? sha256Hex(canonicalJson(record.result)) : resultDigest(record.result as DrawResult);
    }),
    check(`${prefix}replay`, '按快照、nonce 与信标重放得到相同的结果摘要', record.resultDigest, replay),
  ];
}

/**
 * Every check a verifier makes, each reported with its values; nothing short-circuits.
 * DRAW.md §1 for the record and each of its swaps, then §9 "what makes a swap record valid":
 * the ids inside each record, the beacon source, and the swap chain in record order.
 */
export function verifyDrawRecord(record: VerifiableRecord): DrawVerification {
  return verifyWith(record);
}

function verifyWith(record: VerifiableRecord, early?: Precomputed): DrawVerification {
  const checks = [...replayChecks(record, '', early), drawIdCheck(record, '')];
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

/** From this many targets the replay runs in a worker thread: below, starting one costs more than it saves. */
export const REPLAY_THREAD_FROM = 100_000;

/**
 * verifyDrawRecord, with the two big halves of a big draw's verification on two cores: the pool
 * digest here, the replay in a worker thread. The replay needs the digest for its seed; it takes
 * the recorded one, and when the computed digest differs (the poolDigest check fails) the replay
 * is run again here with the computed one, so every check reads exactly as verifyDrawRecord's.
 */
export async function verifyDrawRecordAsync(
  record: VerifiableRecord,
  options: { threadFrom?: number } = {},
): Promise<DrawVerification> {
  const snapshot = record.snapshot as DrawSnapshot | null | undefined;
  const recordedDigest = record.poolDigest;
  if (
    snapshot?.algorithm !== DRAW_ALGORITHM ||
    !Array.isArray(snapshot.targets) ||
    snapshot.targets.length < (options.threadFrom ?? REPLAY_THREAD_FROM) ||
    typeof recordedDigest !== 'string'
  ) {
    return verifyDrawRecord(record);
  }
  const thread = startReplayThread();
  let replayed: Promise<(recordedResultDigest: () => string) => string>;
  try {
    const pool = readDrawPool(snapshot);
    const seed = drawSeed(DRAW_ALGORITHM, snapshot.drawId, recordedDigest, record.nonce, record.beacon);
    replayed = thread
      .draw(pool, seed)
      .then((drawn) => (recorded) => replayDigest(snapshot, recordedDigest, seed, drawn, record.result, recorded));
  } catch {
    // An invalid snapshot or nonce: the checks say why, as verifyDrawRecord words it.
    thread.cancel();
    return verifyDrawRecord(record);
  }
  const digest = attempt(() => snapshotDigest(snapshot));
  const recordedResult = attempt(() => resultDigest(record.result as DrawResult));
  const replay = await replayed.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  return verifyWith(record, {
    poolDigest: () => settled(digest),
    resultDigest: () => settled(recordedResult),
    replay: (poolDigest) =>
      poolDigest === recordedDigest
        ? settled(replay)(() => settled(recordedResult))
        : drawWithPoolDigest(snapshot, poolDigest, record.nonce, record.beacon).resultDigest,
  });
}

/**
 * The replay's result digest. When the replay drew exactly what the record holds, field for
 * field, its canonical result is the recorded one and so is its digest, already computed for
 * the resultDigest check: the result need not be built and hashed a second time.
 */
function replayDigest(
  snapshot: DrawSnapshot,
  poolDigest: string,
  seed: Uint8Array,
  drawn: PoolDraw | PoolShortfall,
  recorded: unknown,
  recordedDigest: () => string,
): string {
  if (!('shortfall' in drawn) && drawnAsRecorded(snapshot, poolDigest, drawn, recorded)) return recordedDigest();
  return drawOutcome(snapshot, poolDigest, seed, drawn).resultDigest;
}

function drawnAsRecorded(snapshot: DrawSnapshot, poolDigest: string, drawn: PoolDraw, recorded: unknown): boolean {
  const r = recorded as DrawResult | null;
  const { picks, teams, current } = drawn;
  if (
    !r ||
    (r.algorithm as string) !== DRAW_ALGORITHM ||
    r.drawId !== snapshot.drawId ||
    r.poolDigest !== poolDigest ||
    r.n !== drawn.n ||
    r.cycleClosed !== drawn.cycleClosed ||
    !Array.isArray(r.selections) ||
    r.selections.length !== picks.length
  ) {
    return false;
  }
  const { targets, inspectors, teamSize } = snapshot;
  for (let k = 0; k < picks.length; k++) {
    const s = r.selections[k] as DrawSelection | null;
    const target = targets[picks[k]];
    if (!s || s.targetId !== target.id || s.stratum !== target.stratum) return false;
    if (s.cycle !== (k < current ? 'current' : 'next')) return false;
    if (!Array.isArray(s.inspectorIds) || s.inspectorIds.length !== teamSize) return false;
    for (let m = 0; m < teamSize; m++) if (s.inspectorIds[m] !== inspectors[teams[k * teamSize + m]].id) return false;
  }
  return true;
}

type Attempt<T> = { value: T } | { error: unknown };

function attempt<T>(f: () => T): Attempt<T> {
  try {
    return { value: f() };
  } catch (error) {
    return { error };
  }
}

function settled<T>(outcome: Attempt<T>): T {
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}
