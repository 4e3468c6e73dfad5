import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitmentOf, runDraw, runSwap, type SwapSnapshot } from '@dsr/domain';
import { makeSnapshot, testNonce } from '../../packages/domain/src/draw/draw-test-support';

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
  return { status: run.status, out: run.stdout ? (JSON.parse(run.stdout) as Record<string, unknown>) : { stderr: run.stderr } };
}

describe.skipIf(!python)('replay by the independent reference implementation (DRAW.md, python3)', () => {
  const shapes = [
    { targets: 40, strata: ['410422', '410423'], ratioBp: 1000, teamSize: 2, inspectors: 8, inspectorDepartments: ['d1', 'd2'] },
    { targets: 300, strata: ['甲', '乙', '丙', 'B'], ratioBp: 730, teamSize: 3, inspectors: 20, inspectorDepartments: ['d1', 'd2', 'd3'], departments: ['d1', 'd3'], conflicts: 60, excludedShare: 10, inCycleShare: 40 },
    { targets: 60, strata: ['a', 'b', 'c'], ratioBp: 5000, teamSize: 2, inspectors: 6, inspectorDepartments: ['x'], inCycleShare: 90, conflicts: 10 },
    { targets: 90, strata: ['\u{1F600}', '\uFF21', 'q"\\'], ratioBp: 2500, teamSize: 2, inspectors: 9, inspectorDepartments: ['部门一', 'd"2'], departments: ['部门一'], conflicts: 12, excludedShare: 10, inCycleShare: 30, unicode: true },
  ];
  shapes.forEach((shape, k) => {
    it(`R33: random snapshot ${k + 1} replays to the same result digest`, () => {
      const snapshot = makeSnapshot(shape, `reference-${k}`);
      const nonce = testNonce(`reference-${k}`);
      const beacon = k % 2 ? '' : `福彩3D ${k}`;
      const ours = runDraw(snapshot, nonce, beacon);
      const { status, out } = replay(`draw-${k}`, { snapshot, nonce, beacon, commitment: commitmentOf(nonce), ...ours });
      expect(out.resultDigest).toBe(ours.resultDigest);
      expect(status).toBe(0);
    });
  });

  it('R31: a swap replays to the same result digest', () => {
    const snapshot: SwapSnapshot = {
      algorithm: 'dsr-swap/1', drawId: 'ref-swap', replaces: 'ref-draw', targetId: 't1', team: ['p1', 'p2'], removed: 'p1', requiredDepartment: null,
      candidates: [{ id: 'p3', department: 'A', load: 1 }, { id: 'p4', department: 'B', load: 1 }, { id: 'p5', department: 'B', load: 2 }],
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
    const { status } = replay('tampered', { snapshot, nonce, beacon: '', commitment: commitmentOf(nonce), poolDigest: ours.poolDigest, result: forged, resultDigest: ours.resultDigest });
    expect(status).toBe(1);
  });
});
