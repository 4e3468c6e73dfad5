import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical-json';
import { resultDigest, sha256Hex } from './draw-digest';
import { nextSwap } from './draw-test-support';
import {
  DRAW_RECORD_FORMAT,
  type DrawResult,
  type DrawSnapshot,
  type SwapResult,
  type SwapSnapshot,
} from './draw-types';
import vectors from './dsr-draw-1.vectors.json';
import { verifyDrawRecord, verifyDrawRecordAsync, type VerifiableRecord, type VerifiableSwap } from './verify-draw';

const [vector] = vectors.draws;
const record = (): VerifiableRecord =>
  structuredClone({ ...vector!, snapshot: vector!.snapshot as DrawSnapshot, result: vector!.result as DrawResult });
const failing = (r: VerifiableRecord) =>
  verifyDrawRecord(r)
    .checks.filter((c) => !c.ok)
    .map((c) => c.name);

describe('verifyDrawRecord (DRAW.md §1 reveal)', () => {
  it('R33: a genuine record passes every check, each reported with its values', () => {
    const v = verifyDrawRecord(record());
    expect(v.ok).toBe(true);
    expect(v.checks.map((c) => [c.name, c.ok])).toEqual([
      ['commitment', true],
      ['poolDigest', true],
      ['resultDigest', true],
      ['replay', true],
      ['drawId', true],
    ]);
    expect(v.checks[0]!.computed).toBe(vector!.commitment);
  });

  it('R33: a swapped inspector in the stored result is caught', () => {
    const r = record();
    const result = r.result as DrawResult;
    result.selections[0]!.inspectorIds[2] = 'insp-07';
    expect(failing(r)).toEqual(['resultDigest']);
    r.resultDigest = sha256Hex(canonicalJson(r.result)); // a forger who also rewrites the digest
    expect(failing(r)).toEqual(['replay']);
  });

  it('R33: a changed snapshot, nonce or beacon is caught', () => {
    const heavier = record();
    (heavier.snapshot as DrawSnapshot).targets[0]!.weight = 11;
    expect(failing(heavier)).toContain('poolDigest');
    const otherNonce = record();
    otherNonce.nonce = '1'.repeat(64);
    expect(failing(otherNonce)).toEqual(['commitment', 'replay']);
    const otherBeacon = record();
    otherBeacon.beacon += ' ';
    expect(failing(otherBeacon)).toEqual(['replay']);
  });

  it('R33: an unknown algorithm or an unreadable nonce fails with a reason instead of throwing', () => {
    const r = record();
    (r.snapshot as unknown as { algorithm: string }).algorithm = 'dsr-draw/2';
    r.nonce = 'zz';
    const v = verifyDrawRecord(r);
    expect(v.ok).toBe(false);
    expect(v.checks.find((c) => c.name === 'replay')!.computed).toMatch(/^无法计算/);
  });

  it('R31: swap records verify the same way', () => {
    const s = structuredClone(vectors.swaps[0]!);
    expect(verifyDrawRecord({ ...s, snapshot: s.snapshot as SwapSnapshot, result: s.result as never }).ok).toBe(true);
    s.result.added = 'insp-04';
    expect(verifyDrawRecord({ ...s, snapshot: s.snapshot as SwapSnapshot, result: s.result as never }).ok).toBe(false);
  });
});

/** The vector draw as the product exports it (dsr-draw-record/1), amended by three swaps: two on t-02, one on t-09. */
function exported(): VerifiableRecord {
  const r: VerifiableRecord = {
    ...record(),
    drawId: 'vector-1',
    format: DRAW_RECORD_FORMAT,
    beaconSource: 'LOTTERY',
    replacedBy: null,
    replacedAt: null,
    swaps: [],
  };
  const s0 = nextSwap(r, 't-02', 'insp-06');
  r.swaps!.push(s0);
  r.swaps!.push(nextSwap(r, 't-02', (s0.result as SwapResult).added));
  r.swaps!.push(nextSwap(r, 't-09', 'insp-04'));
  return r;
}
const withSwaps = (swaps: VerifiableSwap[]) => ({ ...exported(), swaps });

describe('verifyDrawRecord: what makes a record valid (DRAW.md §9)', () => {
  it('R31/R33: a draw with a chain of swaps passes every check, each swap checked in record order', () => {
    const r = exported();
    const v = verifyDrawRecord(r);
    expect(v.checks.filter((c) => !c.ok)).toEqual([]);
    const names = v.checks.map((c) => c.name);
    expect(names.slice(0, 6)).toEqual(['commitment', 'poolDigest', 'resultDigest', 'replay', 'drawId', 'beaconSource']);
    expect(names.filter((n) => n.startsWith('swaps[1].'))).toEqual(
      [
        'commitment',
        'poolDigest',
        'resultDigest',
        'replay',
        'drawId',
        'replaces',
        'team',
        'removed',
        'candidates',
        'replaced',
      ].map((n) => `swaps[1].${n}`),
    );
    expect(names.at(-1)).toBe('drawIds');
    // The second swap on t-02 does not offer insp-06 again, who left that team in the first.
    expect((r.swaps![1]!.snapshot as SwapSnapshot).candidates.map((c) => c.id)).not.toContain('insp-06');
  });

  it('R31: a swap whose `replaces` is all zeros fails `replaces`, with the expected value', () => {
    const r = { ...exported(), swaps: [] };
    r.swaps = [nextSwap(r, 't-02', 'insp-06', { replaces: '00000000-0000-0000-0000-000000000000' })];
    const v = verifyDrawRecord(r);
    expect(failing(r)).toEqual(['swaps[0].replaces']);
    expect(v.checks.find((c) => c.name === 'swaps[0].replaces')!.computed).toBe('["vector-1","vector-1"]');
  });

  it('R31: removing someone never on the team fails `team` and `removed`', () => {
    const r = { ...exported(), swaps: [] };
    // The forger adds insp-02 to the team it declares, then "removes" insp-02.
    r.swaps = [
      nextSwap(r, 't-02', 'insp-02', {
        team: ['insp-06', 'insp-03', 'insp-01', 'insp-02'],
        requiredDepartment: null,
        candidates: [
          { id: 'insp-04', department: 'dept-cyber', load: 1 },
          { id: 'insp-05', department: 'dept-cyber', load: 1 },
        ],
      }),
    ];
    expect(failing(r)).toEqual(['swaps[0].team', 'swaps[0].removed']);
  });

  it('R31: a dropped or reordered swap breaks the chain', () => {
    const [s0, s1, s2] = exported().swaps!;
    expect(failing(withSwaps([s1!, s2!]))).toEqual(
      expect.arrayContaining(['swaps[0].replaces', 'swaps[0].team', 'swaps[0].removed']),
    );
    expect(failing(withSwaps([s0!, s1!]))).toEqual([]); // the tail alone: see the report (nothing in the record counts the swaps)
    expect(failing(withSwaps([s0!, s2!, s1!]))).toEqual(['swaps[1].replaces', 'swaps[2].replaces']);
  });

  it('R33: a changed drawId fails `drawId`, wherever it is changed', () => {
    const top = exported();
    top.drawId = 'vector-2';
    expect(failing(top)).toEqual(['drawId', 'swaps[0].replaces']);
    const inResult = exported();
    (inResult.result as DrawResult).drawId = 'vector-2';
    inResult.resultDigest = resultDigest(inResult.result as DrawResult); // digest recomputed by the forger
    expect(failing(inResult)).toEqual(['replay', 'drawId']);
    const inSwap = exported();
    inSwap.swaps![1]!.drawId = 'other';
    expect(failing(inSwap)).toEqual(['swaps[1].drawId', 'swaps[2].replaces']);
  });

  it('DRAW.md §1: a beacon relabelled NONE, or a source without a beacon, fails `beaconSource`', () => {
    const none = exported();
    none.beaconSource = 'NONE';
    expect(failing(none)).toEqual(['beaconSource']);
    const unknown = exported();
    unknown.beaconSource = 'ORACLE';
    expect(failing(unknown)).toEqual(['beaconSource']);
    const [, empty] = vectors.draws;
    const noBeacon = {
      ...structuredClone(empty!),
      snapshot: empty!.snapshot as DrawSnapshot,
      result: empty!.result as DrawResult,
      format: DRAW_RECORD_FORMAT,
    };
    expect(failing({ ...noBeacon, beaconSource: 'NONE' })).toEqual([]);
    expect(failing({ ...noBeacon, beaconSource: 'WITNESS' })).toEqual(['beaconSource']);
    expect(failing(noBeacon)).toEqual(['beaconSource']); // an exported record must say where its beacon came from
  });

  it('R30/R31: candidates never hold a team member, a recused inspector or one swapped out of that team before', () => {
    const r = exported();
    const [s0] = r.swaps!;
    const base = { ...r, swaps: [s0!] };
    const added = (s0!.result as SwapResult).added;
    const cands = (s0!.snapshot as SwapSnapshot).candidates;
    const forged = (extra: { id: string; department: string; load: number }) =>
      nextSwap(base, 't-02', added, {
        requiredDepartment: null,
        candidates: [...cands.filter((c) => c.id !== added), extra].sort((a, b) => (a.id < b.id ? -1 : 1)),
      });
    const comesBack = forged({ id: 'insp-06', department: 'dept-cyber', load: 1 });
    expect(failing({ ...base, swaps: [s0!, comesBack] })).toEqual(['swaps[1].candidates']);
    const conflicted = forged({ id: 'insp-07', department: 'dept-public-order', load: 1 }); // [insp-07, t-02] is in the snapshot's conflicts
    expect(failing({ ...base, swaps: [s0!, conflicted] })).toEqual(['swaps[1].candidates']);
    const genuine = nextSwap(base, 't-02', added);
    const recused = (genuine.snapshot as SwapSnapshot).candidates[0]!.id;
    expect(failing({ ...base, swaps: [s0!, { ...genuine, recusals: [[recused, 't-02']] }] })).toEqual([
      'swaps[1].candidates',
    ]);
    expect(failing({ ...base, swaps: [s0!, { ...genuine, recusals: [[recused, 't-09']] }] })).toEqual([]);
  });

  it('R31: a replaced draw takes no swap: a swap after the re-draw was committed fails `replaced`', () => {
    const r = exported();
    const times = r.swaps!.map((s) => s.createdAt!);
    expect(failing({ ...r, replacedBy: 'vector-9', replacedAt: '2030-01-01T00:00:00.000Z' })).toEqual([]);
    expect(failing({ ...r, replacedBy: 'vector-9', replacedAt: times[1]! })).toEqual(['swaps[2].replaced']);
    expect(failing({ ...r, replacedBy: 'vector-9', replacedAt: null })).toEqual([
      'swaps[0].replaced',
      'swaps[1].replaced',
      'swaps[2].replaced',
    ]);
    // A two-step swap takes effect at its approval.
    const late = exported();
    late.swaps![0]!.approvedAt = '2031-01-01T00:00:00.000Z';
    expect(failing({ ...late, replacedBy: 'vector-9', replacedAt: '2030-01-01T00:00:00.000Z' })).toEqual([
      'swaps[0].replaced',
    ]);
  });

  it('R33: two parts of the record with one drawId fail `drawIds`', () => {
    const r = { ...exported(), swaps: [] as VerifiableSwap[] };
    const s0 = nextSwap(r, 't-02', 'insp-06');
    r.swaps.push(s0);
    r.swaps.push(nextSwap(r, 't-09', 'insp-04', { drawId: s0.drawId! }));
    expect(failing(r)).toEqual(['drawIds']);
  });

  it('a malformed swap fails with reasons instead of throwing', () => {
    const r = exported();
    (r.swaps![0]!.snapshot as { targetId: string }).targetId = 'nobody';
    const v = verifyDrawRecord(r);
    expect(v.ok).toBe(false);
    expect(v.checks.find((c) => c.name === 'swaps[0].team')!.computed).toMatch(
      /^无法计算：检查对象 nobody 不在本次抽取结果中/,
    );
    r.swaps = [null as never];
    expect(verifyDrawRecord(r).ok).toBe(false);
  });
});

describe('verifyDrawRecordAsync (the replay beside the pool digest, in a worker thread for big draws)', () => {
  /** Records that fail in each way the replay can: every check must read exactly as verifyDrawRecord's. */
  const variants: [string, (r: VerifiableRecord) => void][] = [
    ['genuine', () => undefined],
    [
      'a heavier target (the computed pool digest differs: replayed again with it)',
      (r) => {
        (r.snapshot as DrawSnapshot).targets[0]!.weight = 11;
      },
    ],
    [
      'an exclusion reason reworded (same draw from the recorded digest, not from the computed one)',
      (r) => {
        (r.snapshot as DrawSnapshot).targets.find((t) => t.excluded !== null)!.excluded = '另一原因';
      },
    ],
    [
      'a forged team with its digest rewritten',
      (r) => {
        (r.result as DrawResult).selections[0]!.inspectorIds[2] = 'insp-07';
        r.resultDigest = sha256Hex(canonicalJson(r.result));
      },
    ],
    [
      'a forged team, digest kept',
      (r) => {
        (r.result as DrawResult).selections[1]!.inspectorIds.reverse();
      },
    ],
    ['another nonce', (r) => (r.nonce = '1'.repeat(64))],
    ['an unreadable nonce', (r) => (r.nonce = 'zz')],
    ['another beacon', (r) => (r.beacon += ' ')],
    ['an unsorted snapshot', (r) => (r.snapshot as DrawSnapshot).targets.reverse()],
    ['a recorded pool digest that is not text', (r) => (r.poolDigest = 7 as never)],
    ['no result', (r) => (r.result = null)],
  ];
  for (const [name, change] of variants) {
    it(`R33: ${name}`, async () => {
      const r = record();
      change(r);
      const expected = verifyDrawRecord(structuredClone(r));
      expect(await verifyDrawRecordAsync(r, { threadFrom: 0 })).toEqual(expected);
      expect(expected.ok).toBe(name === 'genuine');
    });
  }

  it('R33: a draw that finds no inspector fails the replay with the reason, naming the target', async () => {
    const r = record();
    const snapshot = r.snapshot as DrawSnapshot;
    // Everyone recuses from every target: the team cannot be built.
    snapshot.conflicts = snapshot.inspectors.flatMap((p) =>
      snapshot.targets.map((t) => [p.id, t.id] as [string, string]),
    );
    const v = await verifyDrawRecordAsync(r, { threadFrom: 0 });
    expect(v).toEqual(verifyDrawRecord(r));
    expect(v.checks.find((c) => c.name === 'replay')!.computed).toMatch(/^无法计算：检查对象 \S+ 找不到可派的检查人员/);
  });
});
