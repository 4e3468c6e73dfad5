/**
 * Deterministic snapshot generators for the draw's tests and benchmarks. They take their
 * randomness from a SHA-256 stream, never from Math.random, so a failure can be replayed.
 */
import { compareCodePoints } from '../canonical-json';
import { createHash } from 'node:crypto';
import { commitmentOf } from './draw-digest';
import type { VerifiableRecord, VerifiableSwap } from './draw-check';
import {
  DRAW_ALGORITHM,
  SWAP_ALGORITHM,
  type DrawInspector,
  type DrawResult,
  type DrawSnapshot,
  type DrawTarget,
  type SwapResult,
  type SwapSnapshot,
} from './draw-types';
import { runSwap } from './dsr-swap';
import { RandomStream } from './random-stream';

export function testStream(label: string): RandomStream {
  return new RandomStream(createHash('sha256').update(label).digest());
}

export function testNonce(label: string | number): string {
  return createHash('sha256').update(`nonce:${label}`).digest('hex');
}

export interface SnapshotShape {
  drawId?: string;
  targets: number;
  strata: string[];
  ratioBp: number;
  teamSize: number;
  inspectors: number;
  inspectorDepartments: string[];
  departments?: string[];
  weights?: (i: number) => number;
  inCycleShare?: number; // out of 100
  excludedShare?: number; // out of 100
  conflicts?: number;
  /** Odd characters in ids and strata, to exercise code-point order and escaping. */
  unicode?: boolean;
}

const ODD = ['甲', '乙', 'é', '"q"', 'back\\slash', '\u{1F600}', '\uFF21', 'tab\t', '\u2028'];

export function makeSnapshot(shape: SnapshotShape, label = 'snapshot'): DrawSnapshot {
  const rnd = testStream(label);
  const odd = (i: number) => (shape.unicode ? ODD[i % ODD.length]! : '');
  const targets: DrawTarget[] = Array.from({ length: shape.targets }, (_, i) => ({
    id: `t${String(i).padStart(6, '0')}${odd(i)}`,
    stratum: shape.strata[rnd.int(shape.strata.length)]!,
    weight: shape.weights ? shape.weights(i) : 1 + rnd.int(40),
    inCycle: rnd.int(100) < (shape.inCycleShare ?? 0),
    excluded: rnd.int(100) < (shape.excludedShare ?? 0) ? (shape.unicode ? '已注销\u{1F4A1}' : '已注销') : null,
  })).sort((a, b) => compareCodePoints(a.id, b.id));
  const inspectors: DrawInspector[] = Array.from({ length: shape.inspectors }, (_, i) => ({
    id: `p${String(i).padStart(5, '0')}${odd(i + 3)}`,
    department: shape.inspectorDepartments[i % shape.inspectorDepartments.length]!,
  })).sort((a, b) => compareCodePoints(a.id, b.id));
  const pairs = new Map<string, [string, string]>();
  for (let k = 0; k < (shape.conflicts ?? 0); k++) {
    const pair: [string, string] = [inspectors[rnd.int(inspectors.length)]!.id, targets[rnd.int(targets.length)]!.id];
    pairs.set(pair.join('\u0000'), pair);
  }
  const conflicts = [...pairs.values()].sort((a, b) => compareCodePoints(a[0], b[0]) || compareCodePoints(a[1], b[1]));
  return {
    algorithm: DRAW_ALGORITHM,
    drawId: shape.drawId ?? `draw-${label}`,
    ratioBp: shape.ratioBp,
    teamSize: shape.teamSize,
    departments: [...(shape.departments ?? [])].sort(compareCodePoints),
    targets,
    inspectors,
    conflicts,
  };
}

/**
 * The next swap of a drawn record as DRAW.md §9 builds it (chained to the last swap, the team as
 * it stands, candidates without the team, the recused and those swapped out before), revealed
 * with a test nonce. `over` forges fields of its snapshot; the digests are then recomputed, as a
 * careful forger would.
 */
export function nextSwap(
  record: VerifiableRecord,
  targetId: string,
  removed: string,
  over: Partial<SwapSnapshot> = {},
): VerifiableSwap {
  const draw = record.snapshot as DrawSnapshot;
  const swaps = record.swaps ?? [];
  const teams = new Map((record.result as DrawResult).selections.map((s) => [s.targetId, [...s.inspectorIds]]));
  const gone = new Set<string>();
  for (const s of swaps) {
    const r = s.result as SwapResult;
    teams.set(r.targetId, r.inspectorIds);
    if (r.targetId === targetId) gone.add(r.removed);
  }
  const team = teams.get(targetId)!;
  const load = new Map<string, number>();
  for (const members of teams.values()) for (const i of members) load.set(i, (load.get(i) ?? 0) + 1);
  const departmentOf = new Map(draw.inspectors.map((i) => [i.id, i.department]));
  const department = departmentOf.get(removed)!;
  const covered = team.some((i) => i !== removed && departmentOf.get(i) === department);
  const drawId = `${String(record.drawId ?? draw.drawId)}-swap-${swaps.length}`;
  const snapshot: SwapSnapshot = {
    algorithm: SWAP_ALGORITHM,
    drawId,
    replaces: String(swaps.at(-1)?.drawId ?? record.drawId ?? draw.drawId),
    targetId,
    team,
    removed,
    requiredDepartment: draw.departments.includes(department) && !covered ? department : null,
    candidates: draw.inspectors
      .filter(
        (i) =>
          !team.includes(i.id) && !gone.has(i.id) && !draw.conflicts.some(([c, t]) => c === i.id && t === targetId),
      )
      .map((i) => ({ id: i.id, department: i.department, load: load.get(i.id) ?? 0 })),
    ...over,
  };
  const nonce = testNonce(snapshot.drawId);
  const outcome = runSwap(snapshot, nonce, '');
  return {
    drawId: snapshot.drawId,
    snapshot,
    commitment: commitmentOf(nonce),
    nonce,
    beacon: '',
    poolDigest: outcome.poolDigest,
    result: outcome.result,
    resultDigest: outcome.resultDigest,
    createdAt: new Date(Date.UTC(2026, 10, 26, 9, swaps.length)).toISOString(),
  };
}
