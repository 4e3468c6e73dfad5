import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical-json';
import { DomainError } from '../errors';
import { canonicalSnapshotText, commitmentOf, resultDigest, sha256Hex, snapshotDigest } from './draw-digest';
import { makeSnapshot, testNonce } from './draw-test-support';
import type { DrawSnapshot, SwapSnapshot } from './draw-types';
import { runDraw } from './dsr-draw';
import { runSwap } from './dsr-swap';
import { RandomStream } from './random-stream';
import { StreamBlockHash } from './stream-block';
import vectors from './dsr-draw-1.vectors.json';

const NONCE = testNonce('fixed');

function errorCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (error) {
    return error instanceof DomainError ? error.code : `not a DomainError: ${String(error)}`;
  }
  return undefined;
}

describe('dsr-draw/1 test vectors (DRAW.md §8)', () => {
  for (const v of vectors.draws) {
    it(`R33: vector "${v.name}" gives the committed seed, stream, digests and result`, () => {
      const snapshot = v.snapshot as DrawSnapshot;
      expect(commitmentOf(v.nonce)).toBe(v.commitment);
      const outcome = runDraw(snapshot, v.nonce, v.beacon);
      expect(outcome.seed).toBe(v.seed);
      const stream = new RandomStream(Buffer.from(v.seed, 'hex'));
      expect(Array.from({ length: v.firstWords.length }, () => stream.nextWord())).toEqual(v.firstWords);
      expect(outcome.poolDigest).toBe(v.poolDigest);
      expect(outcome.result).toEqual(v.result);
      expect(outcome.resultDigest).toBe(v.resultDigest);
      expect(sha256Hex(canonicalJson(v.result))).toBe(v.resultDigest);
    });
  }
  for (const v of vectors.swaps) {
    it(`R31: swap vector "${v.name}" (dsr-swap/1, DRAW.md §9)`, () => {
      const outcome = runSwap(v.snapshot as SwapSnapshot, v.nonce, v.beacon);
      expect(outcome.seed).toBe(v.seed);
      expect(outcome.poolDigest).toBe(v.poolDigest);
      expect(outcome.result).toEqual(v.result);
      expect(outcome.resultDigest).toBe(v.resultDigest);
    });
  }
});

describe('random stream (DRAW.md §3)', () => {
  it('int(n) rejects words at or above the largest multiple of n, and int(1) still takes a word', () => {
    const seed = Buffer.alloc(32, 7);
    const words = new RandomStream(seed);
    const raw = Array.from({ length: 64 }, () => words.nextWord());
    const ints = new RandomStream(seed);
    expect(ints.int(1)).toBe(0);
    expect(ints.wordsConsumed).toBe(1);
    // n = 3·2^30: limit = 2^32 − 2^30, so every word ≥ 3·2^30 is skipped.
    const n = 3 * 2 ** 30;
    const expected = raw
      .slice(1)
      .filter((w) => w < n)
      .slice(0, 10)
      .map((w) => w % n);
    expect(Array.from({ length: 10 }, () => ints.int(n))).toEqual(expected);
    expect(() => ints.int(0)).toThrow(RangeError);
    expect(() => ints.int(2 ** 32 + 1)).toThrow(RangeError);
  });
  it('hashes each block as node:crypto does: SHA-256(seed ‖ uint64_be(i)), across 2^32', () => {
    const blockOf = (seed: Buffer, index: number) => {
      const input = Buffer.alloc(40);
      seed.copy(input);
      input.writeBigUInt64BE(BigInt(index), 32);
      return createHash('sha256').update(input).digest();
    };
    const out = new Uint32Array(8);
    for (let k = 0; k < 12; k++) {
      const seed = createHash('sha256').update(`seed ${k}`).digest();
      const hash = new StreamBlockHash(seed);
      for (const index of [0, 1, 7, 255, 65_536 + k, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 40 + k * 977]) {
        hash.block(Math.floor(index / 2 ** 32), index % 2 ** 32, out);
        const digest = Buffer.alloc(32);
        out.forEach((w, j) => digest.writeUInt32BE(w, 4 * j));
        expect(digest).toEqual(blockOf(seed, index));
      }
    }
    const seed = Buffer.alloc(32, 9);
    const stream = new RandomStream(seed);
    const words = Array.from({ length: 24 }, () => stream.nextWord());
    const expected = [0, 1, 2].flatMap((i) =>
      Array.from({ length: 8 }, (_, j) => blockOf(seed, i).readUInt32BE(4 * j)),
    );
    expect(words).toEqual(expected);
  });
});

describe('determinism and sensitivity (DRAW.md §8)', () => {
  const snapshot = makeSnapshot({
    targets: 300,
    strata: ['410422', '410423', '410481'],
    ratioBp: 500,
    teamSize: 3,
    inspectors: 24,
    inspectorDepartments: ['d1', 'd2', 'd3'],
    departments: ['d1', 'd2'],
    conflicts: 40,
  });
  const base = runDraw(snapshot, NONCE, 'beacon');

  it('R33: the same inputs give the same resultDigest', () => {
    expect(runDraw(structuredClone(snapshot), NONCE, 'beacon')).toEqual(base);
  });
  it('R33: one changed byte in the snapshot, nonce, beacon or drawId changes the digests', () => {
    const flipped = NONCE.slice(0, -1) + (NONCE.endsWith('0') ? '1' : '0');
    const heavier = structuredClone(snapshot);
    heavier.targets[17]!.weight += 1;
    const variants = [
      runDraw(snapshot, flipped, 'beacon'),
      runDraw(snapshot, NONCE, 'beacoN'),
      runDraw({ ...snapshot, drawId: snapshot.drawId + 'x' }, NONCE, 'beacon'),
      runDraw(heavier, NONCE, 'beacon'),
    ];
    for (const v of variants) expect(v.resultDigest).not.toBe(base.resultDigest);
    expect(variants[3]!.poolDigest).not.toBe(base.poolDigest);
  });
  it('the streamed snapshot and result digests equal SHA-256 of canonicalJson, odd characters included', () => {
    for (const unicode of [false, true]) {
      const s = makeSnapshot(
        {
          targets: 80,
          strata: ['甲区', 'B', '\u{1F600}', '\uFF21', 'q"\\'],
          ratioBp: 2500,
          teamSize: 2,
          inspectors: 9,
          inspectorDepartments: ['部门一', 'd"2'],
          departments: ['部门一'],
          conflicts: 12,
          excludedShare: 10,
          inCycleShare: 30,
          unicode,
        },
        `unicode-${unicode}`,
      );
      expect(canonicalSnapshotText(s)).toBe(canonicalJson(s));
      expect(snapshotDigest(s)).toBe(sha256Hex(canonicalJson(s)));
      const { result } = runDraw(s, NONCE, '');
      expect(resultDigest(result)).toBe(sha256Hex(canonicalJson(result)));
    }
  });
});

describe('canonical JSON of a snapshot, written as bytes (DRAW.md §7)', () => {
  it('weights of every size, odd ids and reasons: the bytes are canonicalJson, the digest its SHA-256', () => {
    const s = makeSnapshot({
      targets: 60,
      strata: ['a', '乙'],
      ratioBp: 1000,
      teamSize: 2,
      inspectors: 4,
      inspectorDepartments: ['x'],
    });
    const weights = [1, 9, 10, 99, 255, 256, 1000, 70_000, 2 ** 31 - 1, 2 ** 31, 2 ** 32];
    const ids = [
      't"q',
      't\\b',
      't\u0001c',
      't\u007f',
      't\u00e9',
      't\ud83d\ude00',
      't\ud800',
      `t${'x'.repeat(300)}`,
      't-plain',
    ];
    s.targets.forEach((t, i) => {
      t.weight = weights[i % weights.length]!;
      t.excluded = i % 7 === 0 ? ['已注销', 'a "quoted" reason', '\n'][i % 3]! : null;
    });
    ids.sort().forEach((id, k) => (s.targets[k]!.id = id));
    s.targets.sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(canonicalSnapshotText(s)).toBe(canonicalJson(s));
    expect(snapshotDigest(s)).toBe(sha256Hex(canonicalJson(s)));
    expect(() => snapshotDigest({ ...s, targets: [{ ...s.targets[0]!, weight: 1.5 }] })).toThrow(TypeError);
  });
});

describe('targets (DRAW.md §4)', () => {
  it('R25: n = max(1, ⌈ratio × N⌉) over the non-excluded population, allocated by largest remainder', () => {
    const s = makeSnapshot({
      targets: 203,
      strata: ['a', 'b', 'c', 'd'],
      ratioBp: 730,
      teamSize: 2,
      inspectors: 6,
      inspectorDepartments: ['x'],
      excludedShare: 8,
    });
    const N = s.targets.filter((t) => t.excluded === null).length;
    const sizes = new Map<string, number>();
    for (const t of s.targets) if (t.excluded === null) sizes.set(t.stratum, (sizes.get(t.stratum) ?? 0) + 1);
    const { result } = runDraw(s, NONCE, '');
    const n = Math.max(1, Math.ceil((730 * N) / 10000));
    expect(result.n).toBe(n);
    expect(result.selections).toHaveLength(n);
    const counts = new Map<string, number>();
    for (const sel of result.selections) counts.set(sel.stratum, (counts.get(sel.stratum) ?? 0) + 1);
    for (const [stratum, size] of sizes) {
      const share = (n * size) / N;
      expect(counts.get(stratum) ?? 0).toBeGreaterThanOrEqual(Math.floor(share));
      expect(counts.get(stratum) ?? 0).toBeLessThanOrEqual(Math.ceil(share));
    }
    expect(new Set(result.selections.map((x) => x.targetId)).size).toBe(n);
    const excluded = new Set(s.targets.filter((t) => t.excluded !== null).map((t) => t.id));
    expect(result.selections.some((x) => excluded.has(x.targetId))).toBe(false);
  });

  it('R26: rounds never repeat a target within a cycle; the last round rolls over into the next (顺延)', () => {
    let s = makeSnapshot({
      targets: 47,
      strata: ['a', 'b'],
      ratioBp: 2000,
      teamSize: 2,
      inspectors: 6,
      inspectorDepartments: ['x'],
    });
    const n = Math.ceil((2000 * 47) / 10000); // 10 per round
    const seen = new Set<string>();
    for (let round = 1; round <= 4; round++) {
      const { result } = runDraw({ ...s, drawId: `round-${round}` }, testNonce(round), '');
      expect(result.cycleClosed).toBe(false);
      expect(result.selections.every((x) => x.cycle === 'current' && !seen.has(x.targetId))).toBe(true);
      result.selections.forEach((x) => seen.add(x.targetId));
      s = { ...s, targets: s.targets.map((t) => ({ ...t, inCycle: seen.has(t.id) })) };
    }
    // 40 drawn, 7 left: all 7 in id order as "current", then 3 more from the others as "next".
    const { result } = runDraw({ ...s, drawId: 'round-5' }, testNonce(5), '');
    const left = s.targets.filter((t) => !t.inCycle).map((t) => t.id);
    expect(result.cycleClosed).toBe(true);
    expect(result.selections.slice(0, 7).map((x) => [x.targetId, x.cycle])).toEqual(left.map((id) => [id, 'current']));
    const next = result.selections.slice(7);
    expect(next).toHaveLength(n - 7);
    expect(next.every((x) => x.cycle === 'next' && seen.has(x.targetId))).toBe(true);
  });

  it('R26: when exactly n remain in the cycle they are all taken and the cycle closes with no stage 2', () => {
    const s = makeSnapshot({
      targets: 20,
      strata: ['a'],
      ratioBp: 1000,
      teamSize: 2,
      inspectors: 4,
      inspectorDepartments: ['x'],
    });
    s.targets.forEach((t, i) => (t.inCycle = i >= 2));
    const { result } = runDraw(s, NONCE, '');
    expect(result.selections.map((x) => [x.targetId, x.cycle])).toEqual([
      [s.targets[0]!.id, 'current'],
      [s.targets[1]!.id, 'current'],
    ]);
    expect(result.cycleClosed).toBe(true);
  });
});

describe('inspectors (DRAW.md §5)', () => {
  it('R30: recused inspectors are never drawn; R29/R32: each team holds one of each listed department', () => {
    for (let k = 0; k < 20; k++) {
      const s = makeSnapshot(
        {
          targets: 120,
          strata: ['a', 'b', 'c'],
          ratioBp: 2500,
          teamSize: 3,
          inspectors: 15,
          inspectorDepartments: ['d1', 'd2', 'd3', 'd4'],
          departments: ['d1', 'd3'],
          conflicts: 150,
        },
        `conflicts-${k}`,
      );
      const recused = new Set(s.conflicts.map(([p, t]) => `${p}|${t}`));
      const department = new Map(s.inspectors.map((p) => [p.id, p.department]));
      const { result } = runDraw(s, testNonce(k), '');
      for (const sel of result.selections) {
        expect(sel.inspectorIds).toHaveLength(3);
        expect(new Set(sel.inspectorIds).size).toBe(3);
        expect(sel.inspectorIds.some((p) => recused.has(`${p}|${sel.targetId}`))).toBe(false);
        expect(department.get(sel.inspectorIds[0]!)).toBe('d1');
        expect(department.get(sel.inspectorIds[1]!)).toBe('d3');
      }
    }
  });

  it('R29: loads differ by at most 1 when every inspector is eligible for every target', () => {
    const open = makeSnapshot({
      targets: 500,
      strata: ['a', 'b'],
      ratioBp: 1500,
      teamSize: 3,
      inspectors: 17,
      inspectorDepartments: ['d1', 'd2'],
    });
    const perDepartment = makeSnapshot({
      targets: 500,
      strata: ['a', 'b'],
      ratioBp: 1500,
      teamSize: 2,
      inspectors: 14,
      inspectorDepartments: ['d1', 'd2'],
      departments: ['d1', 'd2'],
    });
    for (const s of [open, perDepartment]) {
      const load = new Map(s.inspectors.map((p) => [p.id, 0]));
      for (const sel of runDraw(s, NONCE, '').result.selections)
        for (const p of sel.inspectorIds) load.set(p, load.get(p)! + 1);
      expect(Math.max(...load.values()) - Math.min(...load.values())).toBeLessThanOrEqual(1);
    }
  });

  it('R13/R30: too few inspectors, or everyone recused, fails with DRAW_NO_INSPECTOR', () => {
    const s = makeSnapshot({
      targets: 10,
      strata: ['a'],
      ratioBp: 5000,
      teamSize: 2,
      inspectors: 2,
      inspectorDepartments: ['d1'],
    });
    const allRecused: DrawSnapshot = {
      ...s,
      conflicts: s.targets.map((t) => [s.inspectors[0]!.id, t.id] as [string, string]),
    };
    expect(errorCode(() => runDraw(allRecused, NONCE, ''))).toBe('DRAW_NO_INSPECTOR');
    expect(errorCode(() => runDraw({ ...s, departments: ['d9'] }, NONCE, ''))).toBe('DRAW_NO_INSPECTOR');
    expect(errorCode(() => runDraw({ ...s, teamSize: 3 }, NONCE, ''))).toBe('DRAW_NO_INSPECTOR');
  });
});

describe('invalid snapshots are refused (DRAW.md §2)', () => {
  const s = makeSnapshot({
    targets: 10,
    strata: ['a', 'b'],
    ratioBp: 5000,
    teamSize: 2,
    inspectors: 4,
    inspectorDepartments: ['d1'],
  });
  const cases: [string, DrawSnapshot, string][] = [
    [
      'weight 0',
      { ...s, targets: s.targets.map((t, i) => ({ ...t, weight: i === 3 ? 0 : t.weight })) },
      'DRAW_SNAPSHOT_INVALID',
    ],
    [
      'fractional weight',
      { ...s, targets: s.targets.map((t, i) => ({ ...t, weight: i === 3 ? 2.5 : t.weight })) },
      'DRAW_SNAPSHOT_INVALID',
    ],
    [
      'a stratum above 2^32',
      { ...s, targets: s.targets.map((t) => ({ ...t, stratum: 'a', weight: 2 ** 29 })) },
      'DRAW_SNAPSHOT_INVALID',
    ],
    ['targets out of id order', { ...s, targets: [...s.targets].reverse() }, 'DRAW_SNAPSHOT_INVALID'],
    ['team of one (R29)', { ...s, teamSize: 1 }, 'DRAW_SNAPSHOT_INVALID'],
    ['ratio 0', { ...s, ratioBp: 0 }, 'DRAW_SNAPSHOT_INVALID'],
    ['ratio above 100%', { ...s, ratioBp: 10001 }, 'DRAW_SNAPSHOT_INVALID'],
    [
      'everyone excluded',
      { ...s, targets: s.targets.map((t) => ({ ...t, excluded: '已注销' })) },
      'DRAW_EMPTY_POPULATION',
    ],
  ];
  for (const [name, snapshot, code] of cases) {
    it(`${name} → ${code}`, () => expect(errorCode(() => runDraw(snapshot, NONCE, ''))).toBe(code));
  }
  it('a nonce that is not 32 bytes of lowercase hex → DRAW_NONCE_INVALID', () => {
    expect(errorCode(() => runDraw(s, NONCE.toUpperCase(), ''))).toBe('DRAW_NONCE_INVALID');
    expect(errorCode(() => runDraw(s, NONCE.slice(2), ''))).toBe('DRAW_NONCE_INVALID');
  });
  it('a snapshot of exactly 2^32 in one stratum is still valid', () => {
    const edge: DrawSnapshot = {
      ...s,
      targets: s.targets.slice(0, 4).map((t) => ({ ...t, stratum: 'a', weight: 2 ** 30 })),
    };
    expect(runDraw(edge, NONCE, '').result.n).toBe(2);
  });
  it('one target of weight 2^32, a stratum of its own, is drawn from it (its weight is not cut to 32 bits)', () => {
    const lone: DrawSnapshot = {
      ...s,
      ratioBp: 5000,
      targets: s.targets
        .slice(0, 4)
        .map((t, i) => ({ ...t, stratum: i === 0 ? 'a' : 'b', weight: i === 0 ? 2 ** 32 : 1 })),
    };
    const { selections } = runDraw(lone, NONCE, '').result;
    expect(selections.map((x) => [x.targetId === s.targets[0]!.id, x.stratum])).toEqual([
      [true, 'a'],
      [false, 'b'],
    ]);
  });
});

describe('dsr-swap/1 (DRAW.md §9)', () => {
  const swap: SwapSnapshot = {
    algorithm: 'dsr-swap/1',
    drawId: 'swap-1',
    replaces: 'draw-1',
    targetId: 't1',
    team: ['p1', 'p2', 'p3'],
    removed: 'p2',
    requiredDepartment: 'B',
    candidates: [
      { id: 'p4', department: 'A', load: 0 },
      { id: 'p5', department: 'B', load: 2 },
      { id: 'p6', department: 'B', load: 1 },
      { id: 'p7', department: 'B', load: 1 },
    ],
  };
  it('R31: keeps the required department, then the least loaded, and puts the new one in place', () => {
    const picks = new Set<string>();
    for (let k = 0; k < 12; k++) {
      const { result } = runSwap(swap, testNonce(k), '');
      picks.add(result.added);
      expect(result.inspectorIds).toEqual(['p1', result.added, 'p3']);
    }
    expect([...picks].sort()).toEqual(['p6', 'p7']);
  });
  it('R31: no candidate left → DRAW_NO_INSPECTOR', () => {
    expect(errorCode(() => runSwap({ ...swap, requiredDepartment: 'C' }, NONCE, ''))).toBe('DRAW_NO_INSPECTOR');
  });
});
