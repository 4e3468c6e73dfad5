import { drawSeed, resultDigest, snapshotDigest } from './draw-digest';
import { DRAW_ALGORITHM, type DrawResult, type DrawSnapshot } from './draw-types';
import { RandomStream } from './random-stream';
import { assertValidSnapshot } from './snapshot-rules';
import { selectTargets } from './target-selection';
import { assignTeams } from './team-assignment';

export interface DrawOutcome {
  poolDigest: string;
  /** hex of the 32 seed bytes, for the record and the test vectors. */
  seed: string;
  result: DrawResult;
  resultDigest: string;
}

/** `dsr-draw/1` (DRAW.md §1–§6): pure, deterministic, no clock and no Math.random. */
export function runDraw(snapshot: DrawSnapshot, nonceHex: string, beacon: string): DrawOutcome {
  assertValidSnapshot(snapshot);
  return drawWithPoolDigest(snapshot, snapshotDigest(snapshot), nonceHex, beacon);
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
  assertValidSnapshot(snapshot);
  const seed = drawSeed(DRAW_ALGORITHM, snapshot.drawId, poolDigest, nonceHex, beacon);
  const stream = new RandomStream(seed);

  const { n, cycleClosed, picks } = selectTargets(snapshot.targets, snapshot.ratioBp, stream);
  const inspectorIndex = new Map(snapshot.inspectors.map((p, i) => [p.id, i]));
  const recusals = new Map<string, number[]>();
  for (const [inspectorId, targetId] of snapshot.conflicts) {
    const index = inspectorIndex.get(inspectorId);
    if (index === undefined) continue; // a recusal of someone not in the pool changes nothing
    let list = recusals.get(targetId);
    if (!list) recusals.set(targetId, (list = []));
    if (!list.includes(index)) list.push(index);
  }
  const selectedTargets = picks.map((p) => snapshot.targets[p.index]);
  const teams = assignTeams(
    snapshot.inspectors,
    snapshot.departments,
    snapshot.teamSize,
    recusals,
    selectedTargets.map((t) => t.id),
    stream,
  );
  const result: DrawResult = {
    algorithm: DRAW_ALGORITHM,
    drawId: snapshot.drawId,
    poolDigest,
    n,
    cycleClosed,
    selections: picks.map((p, k) => ({
      targetId: selectedTargets[k].id,
      stratum: selectedTargets[k].stratum,
      cycle: p.cycle,
      inspectorIds: teams[k].map((i) => snapshot.inspectors[i].id),
    })),
  };
  return { poolDigest, seed: seed.toString('hex'), result, resultDigest: resultDigest(result) };
}
