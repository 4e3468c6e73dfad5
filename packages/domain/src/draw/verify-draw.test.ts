import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical-json';
import { sha256Hex } from './draw-digest';
import type { DrawResult, DrawSnapshot, SwapSnapshot } from './draw-types';
import vectors from './dsr-draw-1.vectors.json';
import { verifyDrawRecord, type VerifiableRecord } from './verify-draw';

const [vector] = vectors.draws;
const record = (): VerifiableRecord => structuredClone({ ...vector!, snapshot: vector!.snapshot as DrawSnapshot, result: vector!.result as DrawResult });
const failing = (r: VerifiableRecord) => verifyDrawRecord(r).checks.filter((c) => !c.ok).map((c) => c.name);

describe('verifyDrawRecord (DRAW.md §1 reveal)', () => {
  it('R33: a genuine record passes every check, each reported with its values', () => {
    const v = verifyDrawRecord(record());
    expect(v.ok).toBe(true);
    expect(v.checks.map((c) => [c.name, c.ok])).toEqual([['commitment', true], ['poolDigest', true], ['resultDigest', true], ['replay', true]]);
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
