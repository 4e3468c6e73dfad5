import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, compareCodePoints } from '../canonical-json';
import { DomainError } from '../errors';
import { commitmentOf, sha256Hex } from '../draw/draw-digest';
import { byTicketThenId, runSample, sampleTicket } from './dsr-sample';
import { GB2828_LEVEL_II, gb2828LevelII } from './gb2828';
import { changedResults, sampledItems } from './sample-changes';
import { inspectionResultDigest, sampleDigests } from './sample-digest';
import { enlargedSnapshot, extensionProblems } from './sample-extension';
import { sampleSize } from './sample-size';
import type { SampleItem, SampleSnapshot } from './sample-types';
import vectors from './dsr-sample-1.vectors.json';

const nonce = (label: string) => createHash('sha256').update(`nonce:${label}`).digest('hex');

function errorOf(f: () => unknown): { code?: string; field?: string } | undefined {
  try {
    f();
  } catch (error) {
    return error instanceof DomainError ? { code: error.code, field: error.field } : { code: String(error) };
  }
  return undefined;
}

/** Finished inspections in bureaus of the given sizes, each with the digest of a made-up result. */
function snapshotOf(sizes: Record<string, number>, over: Partial<SampleSnapshot> = {}): SampleSnapshot {
  const items: SampleItem[] = Object.entries(sizes).flatMap(([stratum, count]) =>
    Array.from({ length: count }, (_, i) => ({
      id: `${stratum}-${String(i).padStart(5, '0')}`,
      stratum,
      resultDigest: inspectionResultDigest({ inspection: `${stratum}-${i}`, conclusion: 'NO_PROBLEMS' }),
    })),
  );
  items.sort((a, b) => compareCodePoints(a.id, b.id));
  return {
    algorithm: 'dsr-sample/1',
    drawId: 'recheck-test',
    sizeRule: 'GB2828-II',
    ratioBp: null,
    minPerStratum: 1,
    extends: null,
    items,
    ...over,
  };
}

describe('dsr-sample/1 test vectors (DRAW.md §10)', () => {
  for (const v of vectors.samples) {
    it(`R54: vector "${v.name}" gives the committed seed, digests and sample`, () => {
      expect(commitmentOf(v.nonce)).toBe(v.commitment);
      const outcome = runSample(v.snapshot as SampleSnapshot, v.nonce, v.beacon);
      expect(outcome.seed).toBe(v.seed);
      expect(outcome.itemsDigest).toBe(v.itemsDigest);
      expect(sha256Hex(canonicalJson(v.snapshot.items))).toBe(v.itemsDigest);
      expect(outcome.poolDigest).toBe(v.poolDigest);
      expect(sha256Hex(canonicalJson(v.snapshot))).toBe(v.poolDigest);
      expect(outcome.result).toEqual(v.result);
      expect(outcome.resultDigest).toBe(v.resultDigest);
      expect(sha256Hex(canonicalJson(v.result))).toBe(v.resultDigest);
      const seed = Buffer.from(v.seed, 'hex');
      for (const t of v.tickets ?? []) expect(sampleTicket(seed, t.itemId)).toBe(t.ticket);
    });
  }
  for (const v of vectors.invalid) {
    it(`R54: invalid vector "${v.name}" is refused (${v.code}, ${v.field})`, () => {
      expect(errorOf(() => runSample(v.snapshot as SampleSnapshot, v.nonce, v.beacon))).toEqual({
        code: v.code,
        field: v.field,
      });
    });
  }

  it('R54: an enlarged vector holds every item of the sample it extends, and names its result digest', () => {
    const byName = new Map(vectors.samples.map((v) => [v.name, v]));
    for (const v of vectors.samples.filter((s) => s.enlarges)) {
      const first = byName.get(v.enlarges!)!;
      expect(v.snapshot.extends).toBe(first.resultDigest);
      const chosen = new Set(v.result.selections.map((s) => s.itemId));
      expect(first.result.selections.every((s) => chosen.has(s.itemId))).toBe(true);
      expect(v.result.selections.length).toBeGreaterThan(first.result.selections.length);
    }
  });
});

describe('sizes by GB/T 2828.1 general inspection level II (DRAW.md §10)', () => {
  // Written out from the standard's 表1 (level II) and 表2-A, not from the code's table: [from, to, letter, size].
  const STANDARD: [number, number, string, number][] = [
    [2, 8, 'A', 2],
    [9, 15, 'B', 3],
    [16, 25, 'C', 5],
    [26, 50, 'D', 8],
    [51, 90, 'E', 13],
    [91, 150, 'F', 20],
    [151, 280, 'G', 32],
    [281, 500, 'H', 50],
    [501, 1200, 'J', 80],
    [1201, 3200, 'K', 125],
    [3201, 10000, 'L', 200],
    [10001, 35000, 'M', 315],
    [35001, 150000, 'N', 500],
    [150001, 500000, 'P', 800],
    [500001, 2 ** 40, 'Q', 1250],
  ];
  it('R54: every row at both ends of its lot sizes, and 1 → 1', () => {
    expect(gb2828LevelII(1).size).toBe(1);
    for (const [from, to, letter, size] of STANDARD) {
      for (const lot of [from, to]) expect(gb2828LevelII(lot)).toEqual({ letter, size });
    }
    expect(GB2828_LEVEL_II).toHaveLength(STANDARD.length + 1);
  });

  it('R54: n_h = min(N_h, max(table or ⌈ratio⌉, minimum))', () => {
    const gb = (min: number) => ({ sizeRule: 'GB2828-II' as const, ratioBp: null, minPerStratum: min });
    const ratio = (bp: number, min: number) => ({ sizeRule: 'RATIO' as const, ratioBp: bp, minPerStratum: min });
    expect(sampleSize(gb(1), 30)).toBe(8);
    expect(sampleSize(gb(10), 30)).toBe(10); // the minimum raises it
    expect(sampleSize(gb(40), 30)).toBe(30); // never more than the population
    expect(sampleSize(gb(1), 2)).toBe(2); // level II takes 2 of 2: the whole lot
    expect(sampleSize(ratio(1000, 1), 45)).toBe(5); // ⌈4.5⌉
    expect(sampleSize(ratio(1000, 1), 40)).toBe(4); // exact: no rounding up
    expect(sampleSize(ratio(1, 1), 1_000_001)).toBe(101); // ⌈100.0001⌉ in integers
    expect(sampleSize(ratio(10000, 1), 7)).toBe(7);
  });

  it('R54: a sample of each stratum has exactly its size, the smallest tickets first', () => {
    const snapshot = snapshotOf({ '410422': 600, '410423': 90, '410481': 3 }, { minPerStratum: 5 });
    const { result, seed } = runSample(snapshot, nonce('sizes'), '');
    expect(result.strata).toEqual([
      { stratum: '410422', population: 600, sampleSize: 80 },
      { stratum: '410423', population: 90, sampleSize: 13 },
      { stratum: '410481', population: 3, sampleSize: 3 },
    ]);
    const seedBytes = Buffer.from(seed, 'hex');
    for (const { stratum, sampleSize: n } of result.strata) {
      const tickets = snapshot.items
        .filter((i) => i.stratum === stratum)
        .map((i) => sampleTicket(seedBytes, i.id))
        .sort();
      expect(result.selections.filter((s) => s.stratum === stratum).map((s) => s.ticket)).toEqual(tickets.slice(0, n));
    }
  });
});

describe('consistent sampling: an enlarged sample extends the first (DRAW.md §10)', () => {
  const sizesArb = fc.record({ a: fc.integer({ min: 1, max: 60 }), b: fc.integer({ min: 1, max: 60 }) });
  const ruleArb = fc.oneof(
    fc.record({ sizeRule: fc.constant('GB2828-II' as const), ratioBp: fc.constant(null), minPerStratum: fc.nat(9) }),
    fc.record({
      sizeRule: fc.constant('RATIO' as const),
      ratioBp: fc.integer({ min: 1, max: 10000 }),
      minPerStratum: fc.nat(9),
    }),
  );
  it('R54: whatever the two size rules, where every stratum grows the larger sample holds the smaller', () => {
    fc.assert(
      fc.property(sizesArb, ruleArb, ruleArb, fc.string(), (sizes, r1, r2, beacon) => {
        const first = snapshotOf(sizes, { ...r1, minPerStratum: r1.minPerStratum + 1 });
        const a = runSample(first, nonce('consistent'), beacon);
        const next = enlargedSnapshot(first, a.resultDigest, { ...r2, minPerStratum: r2.minPerStratum + 1 });
        const b = runSample(next, nonce('consistent'), beacon);
        expect(b.seed).toBe(a.seed); // the sizes do not move the tickets
        const grew = b.result.strata.every((s, k) => s.sampleSize >= a.result.strata[k]!.sampleSize);
        const chosen = new Set(b.result.selections.map((s) => s.itemId));
        const holds = a.result.selections.every((s) => chosen.has(s.itemId));
        expect(holds).toBe(grew); // a stratum that shrinks loses the first sample's largest tickets
        const problems = extensionProblems(
          { snapshot: first, nonce: nonce('consistent'), beacon, ...a },
          { snapshot: next, nonce: nonce('consistent'), beacon, ...b },
        );
        const larger = b.result.strata.some((s, k) => s.sampleSize > a.result.strata[k]!.sampleSize);
        expect(problems.length === 0).toBe(grew && larger);
      }),
      { numRuns: 60, seed: 20261204 },
    );
  });

  it('R54: a sample re-drawn with a fresh nonce is not an enlargement, even when it happens to be larger', () => {
    const first = snapshotOf({ '410422': 40 });
    const a = runSample(first, nonce('first'), '');
    const next = enlargedSnapshot(first, a.resultDigest, { sizeRule: 'RATIO', ratioBp: 5000, minPerStratum: 1 });
    const b = runSample(next, nonce('fresh'), '');
    const problems = extensionProblems(
      { snapshot: first, nonce: nonce('first'), beacon: '', ...a },
      { snapshot: next, nonce: nonce('fresh'), beacon: '', ...b },
    );
    expect(problems).toContain('随机数或信标不同');
  });
});

describe('a result changed after the commitment is found by its digest (DRAW.md §10, R54)', () => {
  it('R54: the county corrects a sampled inspection after the sample was committed: found, the others not', () => {
    const snapshot = snapshotOf({ '410422': 30, '410423': 12 });
    const { result } = runSample(snapshot, nonce('changed'), '福彩3D 2026335');
    const sample = sampledItems(snapshot.items, result.selections);
    expect(sample).toHaveLength(result.selections.length);
    const now = new Map(snapshot.items.map((i) => [i.id, i.resultDigest]));
    const [edited, deleted] = sample;
    now.set(edited!.id, inspectionResultDigest({ inspection: edited!.id, conclusion: 'PROBLEMS_FOUND' }));
    now.delete(deleted!.id);
    expect(changedResults(sample, now)).toEqual([
      { itemId: edited!.id, stratum: edited!.stratum, committed: edited!.resultDigest, current: now.get(edited!.id) },
      { itemId: deleted!.id, stratum: deleted!.stratum, committed: deleted!.resultDigest, current: null },
    ]);
    expect(changedResults(snapshot.items, new Map(snapshot.items.map((i) => [i.id, i.resultDigest])))).toEqual([]);
  });

  it('R54: an item digest is the SHA-256 of the canonical JSON of the result, key order aside', () => {
    const result = { conclusion: 'NO_PROBLEMS', findings: [{ kind: '消防', count: 1 }] };
    const reordered = { findings: [{ count: 1, kind: '消防' }], conclusion: 'NO_PROBLEMS' };
    expect(inspectionResultDigest(reordered)).toBe(inspectionResultDigest(result));
    expect(inspectionResultDigest({ ...result, conclusion: 'PROBLEMS_FOUND' })).not.toBe(
      inspectionResultDigest(result),
    );
  });
});

describe('digests and inputs (DRAW.md §1, §7, §10)', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 6 });
  it('sampleDigests writes exactly canonicalJson’s bytes, for any ids, strata and sizes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(text, { maxLength: 12 }),
        fc.array(text, { minLength: 1, maxLength: 3 }),
        text,
        (ids, strata, drawId) => {
          const items = ids
            .sort(compareCodePoints)
            .map((id, k) => ({ id, stratum: strata[k % strata.length]!, resultDigest: sha256Hex(id) }));
          const s = snapshotOf({}, { items, drawId: `d${drawId}`, sizeRule: 'RATIO', ratioBp: 2500 });
          expect(sampleDigests(s)).toEqual({
            poolDigest: sha256Hex(canonicalJson(s)),
            itemsDigest: sha256Hex(canonicalJson(items)),
          });
        },
      ),
      { numRuns: 80, seed: 4104 },
    );
  });

  it('R54: one changed byte in an item digest, the nonce, the beacon or the drawId gives another result digest', () => {
    const s = snapshotOf({ '410422': 20, '410423': 9 });
    const base = runSample(s, nonce('x'), 'b').resultDigest;
    const item = s.items[4]!;
    const flipped = {
      ...item,
      resultDigest: `${item.resultDigest.slice(0, -1)}${item.resultDigest.endsWith('0') ? '1' : '0'}`,
    };
    const changed = [
      runSample({ ...s, items: s.items.map((i) => (i === item ? flipped : i)) }, nonce('x'), 'b'),
      runSample(s, nonce('y'), 'b'),
      runSample(s, nonce('x'), 'c'),
      runSample({ ...s, drawId: 'recheck-tesu' }, nonce('x'), 'b'),
    ];
    for (const outcome of changed) expect(outcome.resultDigest).not.toBe(base);
  });

  it('ties by id: equal tickets order by code point (unreachable with unique ids, kept as the page says)', () => {
    const t = 'ab'.repeat(32);
    const rows = [
      { itemId: '\u{1F600}', stratum: 's', ticket: t },
      { itemId: '\uFF21', stratum: 's', ticket: t },
      { itemId: 'z', stratum: 's', ticket: '0'.repeat(64) },
    ];
    expect(rows.sort(byTicketThenId).map((r) => r.itemId)).toEqual(['z', '\uFF21', '\u{1F600}']);
  });

  it('a bad nonce, a lone surrogate (id, stratum, beacon) or an empty drawId is refused before anything is drawn', () => {
    const s = snapshotOf({ a: 3 });
    expect(errorOf(() => runSample(s, 'ABC', ''))?.code).toBe('DRAW_NONCE_INVALID');
    expect(errorOf(() => runSample(s, nonce('n'), 'x\uD800'))?.code).toBe('SAMPLE_BEACON_INVALID');
    const last = s.items[2]!;
    const lone = { ...s, items: [s.items[0]!, s.items[1]!, { ...last, id: `${last.id}\uD800` }] };
    expect(errorOf(() => runSample(lone, nonce('n'), ''))).toEqual({ code: 'SAMPLE_SNAPSHOT_INVALID', field: 'items' });
    const loneStratum = { ...s, items: [{ ...s.items[0]!, stratum: '\uDC00' }] };
    expect(errorOf(() => runSample(loneStratum, nonce('n'), ''))).toEqual({
      code: 'SAMPLE_SNAPSHOT_INVALID',
      field: 'items',
    });
    expect(errorOf(() => runSample({ ...s, drawId: '' }, nonce('n'), ''))).toEqual({
      code: 'SAMPLE_SNAPSHOT_INVALID',
      field: 'drawId',
    });
  });
});
