import { DomainError } from '../errors';
import { drawSeed, resultDigest, snapshotDigest } from './draw-digest';
import type { DrawPool, PoolDraw, PoolShortfall } from './draw-pool';
import { DRAW_ALGORITHM, type DrawResult, type DrawSnapshot } from './draw-types';
import { drawPool } from './pool-draw';
import { readDrawPool } from './snapshot-rules';

export interface DrawOutcome {
  poolDigest: string;
  /** hex of the 32 seed bytes, for the record and the test vectors. */
  seed: string;
  result: DrawResult;
  resultDigest: string;
}

/** `dsr-draw/1` (DRAW.md §1–§6): pure, deterministic, no clock and no Math.random. */
export function runDraw(snapshot: DrawSnapshot, nonceHex: string, beacon: string): DrawOutcome {
  const pool = readDrawPool(snapshot);
  return drawFromPool(snapshot, pool, snapshotDigest(snapshot), nonceHex, beacon);
}

/**
 * The draw of a snapshot whose digest the caller has just computed (the verifier computes it
 * once for its poolDigest check and the replay). Hashing a million targets costs about as
 * much as drawing them, so it is not done twice.
 */
export function drawWithPoolDigest(
  snapshot: DrawSnapshot,
  poolDigest: string,
  nonceHex: string,
  beacon: string,
): DrawOutcome {
  return drawFromPool(snapshot, readDrawPool(snapshot), poolDigest, nonceHex, beacon);
}

function drawFromPool(
  snapshot: DrawSnapshot,
  pool: DrawPool,
  poolDigest: string,
  nonceHex: string,
  beacon: string,
): DrawOutcome {
  const seed = drawSeed(DRAW_ALGORITHM, snapshot.drawId, poolDigest, nonceHex, beacon);
  return drawOutcome(snapshot, poolDigest, seed, drawPool(pool, seed));
}

/** The result of DRAW.md §6 from what the pool's draw gave (here or in a worker thread), with its digest. */
export function drawOutcome(
  snapshot: DrawSnapshot,
  poolDigest: string,
  seed: Uint8Array,
  drawn: PoolDraw | PoolShortfall,
): DrawOutcome {
  if ('shortfall' in drawn) throw noInspector(snapshot, drawn.shortfall);
  const { targets, inspectors, teamSize } = snapshot;
  const { picks, current, teams } = drawn;
  const selections = new Array<DrawResult['selections'][number]>(picks.length);
  for (let k = 0; k < picks.length; k++) {
    const target = targets[picks[k]];
    const inspectorIds = new Array<string>(teamSize);
    for (let m = 0; m < teamSize; m++) inspectorIds[m] = inspectors[teams[k * teamSize + m]].id;
    selections[k] = {
      targetId: target.id,
      stratum: target.stratum,
      cycle: k < current ? 'current' : 'next',
      inspectorIds,
    };
  }
  const result: DrawResult = {
    algorithm: DRAW_ALGORITHM,
    drawId: snapshot.drawId,
    poolDigest,
    n: drawn.n,
    cycleClosed: drawn.cycleClosed,
    selections,
  };
  return { poolDigest, seed: Buffer.from(seed).toString('hex'), result, resultDigest: resultDigest(result) };
}

function noInspector(snapshot: DrawSnapshot, { target, department }: PoolShortfall['shortfall']): DomainError {
  const targetId = snapshot.targets[target].id;
  const what = department < 0 ? '任一部门' : `部门 ${snapshot.departments[department]}`;
  return new DomainError(
    'DRAW_NO_INSPECTOR',
    `检查对象 ${targetId} 找不到可派的检查人员（${what}）：人员不足或均须回避`,
    'inspectors',
    { targetId },
  );
}
