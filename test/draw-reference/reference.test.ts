import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DRAW_RECORD_FORMAT,
  commitmentOf,
  runDraw,
  runSwap,
  verifyDrawRecord,
  type SwapResult,
  type SwapSnapshot,
  type VerifiableRecord,
  type VerifiableSwap,
} from '@dsr/domain';
import { makeSnapshot, nextSwap, testNonce } from '../../packages/domain/src/draw/draw-test-support';

/**
 * dsr_draw.py was written from DRAW.md alone, by someone who had not read our code, the way
 * the outside auditors will. Our records must replay in it byte for byte.
 */
const REFERENCE = path.join(__dirname, 'dsr_draw.py');
// Resolve the interpreter once: version-manager shims cost a second per call.
const probe = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
const python = probe.status === 0 ? probe.stdout.trim() : null;
const dir = mkdtempSync(path.join(tmpdir(), 'dsr-ref-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function replay(name: string, record: object): { status: number | null; out: Record<string, unknown> } {
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(record));
  const run = spawnSync(python!, [REFERENCE, 'replay', file], { encoding: 'utf8' });
  return {
    status: run.status,
    out: run.stdout ? (JSON.parse(run.stdout) as Record<string, unknown>) : { stderr: run.stderr },
  };
}

describe.skipIf(!python)('replay by the independent reference implementation (DRAW.md, python3)', () => {
  const shapes = [
    {
      targets: 40,
      strata: ['410422', '410423'],
      ratioBp: 1000,
      teamSize: 2,
      inspectors: 8,
      inspectorDepartments: ['d1', 'd2'],
    },
    {
      targets: 300,
      strata: ['甲', '乙', '丙', 'B'],
      ratioBp: 730,
      teamSize: 3,
      inspectors: 20,
      inspectorDepartments: ['d1', 'd2', 'd3'],
      departments: ['d1', 'd3'],
      conflicts: 60,
      excludedShare: 10,
      inCycleShare: 40,
    },
    {
      targets: 60,
      strata: ['a', 'b', 'c'],
      ratioBp: 5000,
      teamSize: 2,
      inspectors: 6,
      inspectorDepartments: ['x'],
      inCycleShare: 90,
      conflicts: 10,
    },
    {
      targets: 90,
      strata: ['\u{1F600}', '\uFF21', 'q"\\'],
      ratioBp: 2500,
      teamSize: 2,
      inspectors: 9,
      inspectorDepartments: ['部门一', 'd"2'],
      departments: ['部门一'],
      conflicts: 12,
      excludedShare: 10,
      inCycleShare: 30,
      unicode: true,
    },
  ];
  shapes.forEach((shape, k) => {
    it(`R33: random snapshot ${k + 1} replays to the same result digest`, () => {
      const snapshot = makeSnapshot(shape, `reference-${k}`);
      const nonce = testNonce(`reference-${k}`);
      const beacon = k % 2 ? '' : `福彩3D ${k}`;
      const ours = runDraw(snapshot, nonce, beacon);
      const { status, out } = replay(`draw-${k}`, {
        snapshot,
        nonce,
        beacon,
        commitment: commitmentOf(nonce),
        ...ours,
      });
      expect(out.resultDigest).toBe(ours.resultDigest);
      expect(status).toBe(0);
    });
  });

  it('R31: a swap replays to the same result digest', () => {
    const snapshot: SwapSnapshot = {
      algorithm: 'dsr-swap/1',
      drawId: 'ref-swap',
      replaces: 'ref-draw',
      targetId: 't1',
      team: ['p1', 'p2'],
      removed: 'p1',
      requiredDepartment: null,
      candidates: [
        { id: 'p3', department: 'A', load: 1 },
        { id: 'p4', department: 'B', load: 1 },
        { id: 'p5', department: 'B', load: 2 },
      ],
    };
    const nonce = testNonce('ref-swap');
    const ours = runSwap(snapshot, nonce, '');
    const { status, out } = replay('swap', { snapshot, nonce, beacon: '', commitment: commitmentOf(nonce), ...ours });
    expect(out.resultDigest).toBe(ours.resultDigest);
    expect(status).toBe(0);
  });

  it('R33: the reference rejects a record whose result was altered', () => {
    const snapshot = makeSnapshot(shapes[0]!, 'reference-tamper');
    const nonce = testNonce('tamper');
    const ours = runDraw(snapshot, nonce, '');
    const forged = structuredClone(ours.result);
    forged.selections[0]!.inspectorIds.reverse();
    const { status } = replay('tampered', {
      snapshot,
      nonce,
      beacon: '',
      commitment: commitmentOf(nonce),
      poolDigest: ours.poolDigest,
      result: forged,
      resultDigest: ours.resultDigest,
    });
    expect(status).toBe(1);
  });

  describe('DRAW.md §9: what makes a record valid, checked by both', () => {
    const VALIDITY = /^(drawId|beaconSource|drawIds|swaps\[\d+\]\.(drawId|replaces|team|removed|candidates|replaced))$/;
    const shape = shapes[1]!;
    /** An exported draw with three swaps, two on one target's team (the second may not bring back the first's removed). */
    function exported(): VerifiableRecord {
      const snapshot = makeSnapshot(shape, 'reference-swaps');
      const nonce = testNonce('reference-swaps');
      const ours = runDraw(snapshot, nonce, '福彩3D 2026316');
      const r: VerifiableRecord = {
        format: DRAW_RECORD_FORMAT,
        drawId: snapshot.drawId,
        snapshot,
        nonce,
        beacon: '福彩3D 2026316',
        beaconSource: 'LOTTERY',
        commitment: commitmentOf(nonce),
        poolDigest: ours.poolDigest,
        result: ours.result,
        resultDigest: ours.resultDigest,
        replacedBy: null,
        replacedAt: null,
        swaps: [],
      };
      const [a, b] = ours.result.selections;
      r.swaps!.push(nextSwap(r, a!.targetId, a!.inspectorIds[0]!));
      r.swaps!.push(nextSwap(r, a!.targetId, (r.swaps![0]!.result as SwapResult).added));
      r.swaps!.push(nextSwap(r, b!.targetId, b!.inspectorIds[1]!));
      return r;
    }
    const ourFailures = (r: VerifiableRecord) =>
      verifyDrawRecord(r)
        .checks.filter((c) => !c.ok)
        .map((c) => c.name)
        .filter((n) => VALIDITY.test(n));
    const referenceFailures = (out: Record<string, unknown>) =>
      Object.entries(out.checks as Record<string, boolean>)
        .filter(([, ok]) => !ok)
        .map(([name]) => name)
        .filter((n) => VALIDITY.test(n));

    it('R31/R33: a record with a chain of swaps is valid for both', () => {
      const r = exported();
      expect(verifyDrawRecord(r).ok).toBe(true);
      const { status, out } = replay('valid-swaps', r);
      expect(Object.keys(out.checks as object)).toEqual(
        expect.arrayContaining(['drawId', 'beaconSource', 'swaps[1].candidates', 'swaps[2].replaced', 'drawIds']),
      );
      expect(out.ok).toBe(true);
      expect(status).toBe(0);
    });

    const zeros = '00000000-0000-0000-0000-000000000000';
    const forgeries: [string, (r: VerifiableRecord) => void, string[]][] = [
      [
        'a swap whose replaces is all zeros',
        (r) => {
          r.swaps = [
            nextSwap(
              { ...r, swaps: [] },
              (r.swaps![0]!.snapshot as SwapSnapshot).targetId,
              (r.swaps![0]!.snapshot as SwapSnapshot).removed,
              { replaces: zeros },
            ),
          ];
        },
        ['swaps[0].replaces'],
      ],
      [
        'a removal of someone never on the team',
        (r) => {
          const s = r.swaps![0]!.snapshot as SwapSnapshot;
          const outsider = s.candidates[0]!;
          r.swaps = [
            nextSwap({ ...r, swaps: [] }, s.targetId, outsider.id, {
              team: [...s.team, outsider.id],
              requiredDepartment: null,
              candidates: s.candidates.slice(1),
            }),
          ];
        },
        ['swaps[0].team', 'swaps[0].removed'],
      ],
      [
        'a dropped swap',
        (r) => {
          r.swaps!.shift();
        },
        ['swaps[0].replaces', 'swaps[0].team', 'swaps[0].removed'],
      ],
      [
        'reordered swaps',
        (r) => {
          r.swaps = [r.swaps![0]!, r.swaps![2]!, r.swaps![1]!];
        },
        ['swaps[1].replaces', 'swaps[2].replaces'],
      ],
      [
        'a changed drawId',
        (r) => {
          r.drawId = zeros;
        },
        ['drawId', 'swaps[0].replaces'],
      ],
      [
        'a beacon relabelled NONE',
        (r) => {
          r.beaconSource = 'NONE';
        },
        ['beaconSource'],
      ],
      [
        'a removed inspector offered again',
        (r) => {
          const [s0, s1] = r.swaps! as [VerifiableSwap, VerifiableSwap];
          const s = s1.snapshot as SwapSnapshot;
          const back = { id: (s0.snapshot as SwapSnapshot).removed, department: 'd1', load: 0 };
          r.swaps = [
            s0,
            nextSwap({ ...r, swaps: [s0] }, s.targetId, s.removed, {
              requiredDepartment: null,
              candidates: [...s.candidates, back].sort((x, y) => (x.id < y.id ? -1 : 1)),
            }),
          ];
        },
        ['swaps[1].candidates'],
      ],
      [
        'a swap after the draw was replaced',
        (r) => {
          r.replacedBy = zeros;
          r.replacedAt = r.swaps![1]!.createdAt!;
        },
        ['swaps[2].replaced'],
      ],
      [
        'two swaps with one id',
        (r) => {
          const s2 = r.swaps![2]!.snapshot as SwapSnapshot;
          r.swaps = [
            r.swaps![0]!,
            nextSwap({ ...r, swaps: [r.swaps![0]!] }, s2.targetId, s2.removed, { drawId: r.swaps![0]!.drawId! }),
          ];
        },
        ['drawIds'],
      ],
    ];
    forgeries.forEach(([name, forge, expected], k) => {
      it(`R31/R33: ${name} is rejected by both, naming the same checks`, () => {
        const r = exported();
        forge(r);
        expect(ourFailures(r)).toEqual(expected);
        const { status, out } = replay(`forgery-${k}`, r);
        expect(referenceFailures(out)).toEqual(expected);
        expect(status).toBe(1);
      });
    });
  });
});
