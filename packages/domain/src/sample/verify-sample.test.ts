import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical-json';
import { commitmentOf, sha256Hex } from '../draw/draw-digest';
import { runSample } from './dsr-sample';
import { inspectionResultDigest } from './sample-digest';
import { SAMPLE_RECORD_FORMAT, type SampleResult, type SampleSnapshot } from './sample-types';
import { isSampleRecord, verifySampleRecord, type VerifiableSample } from './verify-sample';
import vectors from './dsr-sample-1.vectors.json';

const vector = (name: string) => structuredClone(vectors.samples.find((v) => v.name === name)!);

/** A vector as the product exports it: with its format, id and beacon source, and the sample it enlarges inside. */
function exported(name: string): VerifiableSample {
  const v = vector(name);
  return {
    format: SAMPLE_RECORD_FORMAT,
    drawId: v.snapshot.drawId,
    snapshot: v.snapshot,
    commitment: v.commitment,
    nonce: v.nonce,
    beacon: v.beacon,
    beaconSource: v.beacon ? 'LOTTERY' : 'NONE',
    poolDigest: v.poolDigest,
    itemsDigest: v.itemsDigest,
    result: v.result,
    resultDigest: v.resultDigest,
    extended: v.enlarges ? exported(v.enlarges) : null,
  };
}

const failed = (r: VerifiableSample) =>
  verifySampleRecord(r)
    .checks.filter((c) => !c.ok)
    .map((c) => c.name);

describe('verifySampleRecord (DRAW.md §1, §10): every check, each named', () => {
  it('R54: a genuine record passes every check', () => {
    const v = verifySampleRecord(exported('gb2828-three-bureaus'));
    expect(v.checks.map((c) => c.name)).toEqual([
      'commitment',
      'poolDigest',
      'itemsDigest',
      'resultDigest',
      'replay',
      'drawId',
      'beaconSource',
    ]);
    expect(v.ok).toBe(true);
  });

  it('R54: an enlarged sample twice over passes, with the checks of each sample it enlarges', () => {
    const v = verifySampleRecord(exported('enlarged-twice'));
    const names = v.checks.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['extends', 'extension', 'extended.replay', 'extended.extension']));
    expect(names).toContain('extended.extended.replay');
    expect(v.checks.filter((c) => !c.ok)).toEqual([]);
  });

  it('R54: a result changed in the stored sample is found by the resultDigest check', () => {
    const r = exported('ratio-minimum');
    const result = r.result as SampleResult;
    result.selections.reverse();
    expect(failed(r)).toEqual(['resultDigest']);
  });

  it('R54: a committed inspection result rewritten in the snapshot afterwards fails the digests and the replay', () => {
    const r = exported('gb2828-three-bureaus');
    const item = (r.snapshot as SampleSnapshot).items[3]!;
    item.resultDigest = inspectionResultDigest({ conclusion: 'NO_PROBLEMS', rewritten: true });
    expect(failed(r)).toEqual(['poolDigest', 'itemsDigest', 'replay']);
  });

  it('R54: a forger who recomputes every digest with a fresh nonce still fails the commitment', () => {
    const r = exported('whole-population');
    const nonce = sha256Hex('another nonce');
    const again = runSample(r.snapshot as SampleSnapshot, nonce, r.beacon);
    Object.assign(r, { nonce, result: again.result, resultDigest: again.resultDigest });
    expect(failed(r)).toEqual(['commitment']);
  });

  it('R54: a beacon relabelled NONE and a changed record id are named', () => {
    const r = exported('gb2828-three-bureaus');
    r.beaconSource = 'NONE';
    r.drawId = 'recheck-other';
    expect(failed(r)).toEqual(['drawId', 'beaconSource']);
  });

  it('R54: an enlarged sample without the record it enlarges cannot be checked offline: extends fails', () => {
    const r = exported('enlarged-once');
    r.extended = null;
    expect(failed(r)).toEqual(['extends']);
  });

  it('R54: an "enlargement" drawn with a fresh nonce (other tickets) fails the extension, its digests all fine', () => {
    const r = exported('enlarged-once');
    const nonce = sha256Hex('fresh');
    const again = runSample(r.snapshot as SampleSnapshot, nonce, r.beacon);
    Object.assign(r, {
      nonce,
      commitment: commitmentOf(nonce),
      result: again.result,
      resultDigest: again.resultDigest,
    });
    expect(failed(r)).toEqual(['extension']);
    const check = verifySampleRecord(r).checks.find((c) => c.name === 'extension')!;
    expect(check.computed).toContain('随机数或信标不同');
  });

  it('R54: a "smaller enlargement" is refused, naming the stratum that shrank', () => {
    const first = exported('enlarged-once');
    const s = first.snapshot as SampleSnapshot;
    const smaller: SampleSnapshot = {
      ...s,
      sizeRule: 'GB2828-II',
      ratioBp: null,
      minPerStratum: 1,
      extends: first.resultDigest,
    };
    const out = runSample(smaller, first.nonce, first.beacon);
    const r: VerifiableSample = {
      ...first,
      snapshot: smaller,
      poolDigest: out.poolDigest,
      result: out.result,
      resultDigest: out.resultDigest,
      extended: first,
    };
    expect(failed(r)).toEqual(['extension']);
    const check = verifySampleRecord(r).checks.find((c) => c.name === 'extension')!;
    expect(check.computed).toContain('分层 410422 的样本量由 15 减为 8');
  });

  it('a malformed record fails with reasons and never throws', () => {
    const v = verifySampleRecord({ snapshot: { algorithm: 'dsr-sample/1' } } as unknown as VerifiableSample);
    expect(v.ok).toBe(false);
    expect(v.checks.find((c) => c.name === 'replay')!.computed).toMatch(/^无法计算：抽样快照无效/);
  });

  it('a record is told from a draw record by its format, or by its snapshot’s algorithm', () => {
    expect(isSampleRecord(exported('single-item'))).toBe(true);
    expect(isSampleRecord({ snapshot: vector('single-item').snapshot })).toBe(true);
    expect(isSampleRecord({ format: 'dsr-draw-record/1', snapshot: { algorithm: 'dsr-draw/1' } })).toBe(false);
    expect(isSampleRecord(null)).toBe(false);
    expect(sha256Hex(canonicalJson(vector('single-item').result))).toBe(vector('single-item').resultDigest);
  });
});
