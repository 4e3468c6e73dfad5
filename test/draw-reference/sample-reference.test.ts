import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SAMPLE_RECORD_FORMAT,
  commitmentOf,
  compareCodePoints,
  inspectionResultDigest,
  runSample,
  verifySampleRecord,
  type SampleSnapshot,
  type VerifiableSample,
} from '@dsr/domain';

/**
 * dsr_sample.py was written from DRAW.md §10 alone and shares no code with packages/domain: the way an
 * outside auditor replays a re-check sample. Our records must replay in it byte for byte, and the two
 * must refuse the same snapshots and name the same failing checks.
 */
const REFERENCE = path.join(__dirname, 'dsr_sample.py');
const probe = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
const python = probe.status === 0 ? probe.stdout.trim() : null;
const dir = mkdtempSync(path.join(tmpdir(), 'dsr-sample-ref-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Vector extends VerifiableSample {
  name: string;
  enlarges: string | null;
  seed: string;
  snapshot: SampleSnapshot;
}
const vectors = JSON.parse(
  readFileSync(path.join(__dirname, '../../packages/domain/src/sample/dsr-sample-1.vectors.json'), 'utf8'),
) as { samples: Vector[]; invalid: { name: string; snapshot: unknown; nonce: string; beacon: string }[] };

interface Outcome {
  status: number;
  error?: string;
  seed?: string;
  result?: unknown;
  resultDigest?: string;
  checks?: Record<string, boolean>;
}
const nonceOf = (label: string) => createHash('sha256').update(`nonce:${label}`).digest('hex');
const bare = (v: Vector): VerifiableSample => ({
  snapshot: v.snapshot,
  nonce: v.nonce,
  beacon: v.beacon,
  commitment: v.commitment,
  poolDigest: v.poolDigest,
  itemsDigest: v.itemsDigest,
  result: v.result,
  resultDigest: v.resultDigest,
});
const exported = (name: string): VerifiableSample => {
  const v = structuredClone(vectors.samples.find((s) => s.name === name)!);
  return {
    ...bare(v),
    format: SAMPLE_RECORD_FORMAT,
    drawId: v.snapshot.drawId,
    beaconSource: v.beacon ? 'LOTTERY' : 'NONE',
    extended: v.enlarges ? exported(v.enlarges) : null,
  };
};

/** Snapshots drawn from a fixed generator: strata and ids with CJK, quotes, backslashes and characters beyond the BMP. */
function randomSnapshot(k: number): SampleSnapshot {
  const strata = ['410422', '叶县', '\u{1F600}', '\uFF21', 'q"\\', ''].slice(0, 2 + (k % 4));
  const count = 5 + ((k * 37) % 140);
  const items = Array.from({ length: count }, (_, i) => ({
    id: `${['i', '检', '\u{20000}', '\uFFFD', 'a"'][i % 5]}-${(i * 7919 + k) % 100_003}`,
    stratum: strata[(i * 13 + k) % strata.length]!,
    resultDigest: inspectionResultDigest({ k, i }),
  })).sort((a, b) => compareCodePoints(a.id, b.id));
  const ratio = k % 2 === 0;
  return {
    algorithm: 'dsr-sample/1',
    drawId: `随机-${k}`,
    sizeRule: ratio ? 'RATIO' : 'GB2828-II',
    ratioBp: ratio ? 100 + ((k * 997) % 9900) : null,
    minPerStratum: 1 + (k % 4),
    extends: null,
    items,
  };
}

/** Forgeries of an exported record and the checks that name them (ours and the reference's alike). */
const FORGERIES: [string, () => VerifiableSample][] = [
  ['a genuine record enlarged twice', () => exported('enlarged-twice')],
  [
    'a committed result rewritten in the snapshot',
    () => {
      const r = exported('gb2828-three-bureaus');
      (r.snapshot as SampleSnapshot).items[5]!.resultDigest = inspectionResultDigest('rewritten');
      return r;
    },
  ],
  [
    'an enlargement drawn with a fresh nonce',
    () => {
      const r = exported('enlarged-once');
      const nonce = nonceOf('fresh');
      const again = runSample(r.snapshot as SampleSnapshot, nonce, r.beacon);
      return { ...r, nonce, commitment: commitmentOf(nonce), result: again.result, resultDigest: again.resultDigest };
    },
  ],
  ['an enlargement without its base record', () => ({ ...exported('enlarged-once'), extended: null })],
  ['a beacon relabelled NONE', () => ({ ...exported('unicode'), beaconSource: 'NONE' })],
  [
    'a reordered result',
    () => {
      const r = exported('ratio-minimum');
      (r.result as { selections: unknown[] }).selections.reverse();
      return r;
    },
  ],
];

let valid: Outcome[] = [];
let invalid: Outcome[] = [];
let random: Outcome[] = [];
let forged: Outcome[] = [];
const randoms = Array.from({ length: 12 }, (_, k) => {
  const snapshot = randomSnapshot(k);
  const nonce = nonceOf(`random-${k}`);
  const beacon = k % 3 ? `福彩3D ${k}` : '';
  return { snapshot, nonce, beacon, commitment: commitmentOf(nonce), ...runSample(snapshot, nonce, beacon) };
});
const lone = {
  ...vectors.invalid[0]!,
  snapshot: { ...randomSnapshot(1), items: [{ ...randomSnapshot(1).items[0]!, id: 'x\uD800' }] },
};

function replayAll(name: string, records: unknown[]): Outcome[] {
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(records));
  const run = spawnSync(python!, [REFERENCE, 'replay-many', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Outcome[];
}

describe.skipIf(!python)('dsr-sample/1 replayed by the independent reference (DRAW.md §10, python3)', () => {
  beforeAll(() => {
    [valid, invalid, random, forged] = [
      replayAll('valid', vectors.samples.map(bare)),
      replayAll('invalid', [...vectors.invalid, lone]),
      replayAll('random', randoms),
      replayAll(
        'forged',
        FORGERIES.map(([, make]) => make()),
      ),
    ];
  });

  it('R54: every vector replays to the same seed, sample and result digest', () => {
    vectors.samples.forEach((v, k) => {
      const out = valid[k]!;
      expect(out.seed, v.name).toBe(v.seed);
      expect(out.result, v.name).toEqual(v.result);
      expect(out.resultDigest, v.name).toBe(v.resultDigest);
      // An enlarged vector alone lacks the sample it extends: only its `extends` check fails.
      const failing = Object.entries(out.checks!)
        .filter(([, ok]) => !ok)
        .map(([n]) => n);
      expect(failing, v.name).toEqual(v.enlarges ? ['extends'] : []);
    });
  });

  it('R54: every snapshot our engine refuses, the reference refuses (a lone surrogate in an id too)', () => {
    expect(invalid.map((o) => o.status)).toEqual([...vectors.invalid, lone].map(() => 2));
    expect(() => runSample(lone.snapshot, lone.nonce, '')).toThrow(/代理字符/);
  });

  it('R54: random snapshots (both size rules, Unicode beyond the BMP) replay byte for byte', () => {
    randoms.forEach((r, k) => {
      expect(random[k]!.resultDigest, r.snapshot.drawId).toBe(r.resultDigest);
      expect(random[k]!.status).toBe(0);
    });
  });

  FORGERIES.forEach(([name, make], k) => {
    it(`R54: ${name}: both verifiers name the same failing checks`, () => {
      const ours = verifySampleRecord(make())
        .checks.filter((c) => !c.ok)
        .map((c) => c.name)
        .sort();
      const theirs = Object.entries(forged[k]!.checks!)
        .filter(([, ok]) => !ok)
        .map(([n]) => n)
        .sort();
      expect(theirs).toEqual(ours);
      expect(forged[k]!.status).toBe(ours.length ? 1 : 0);
    });
  });
});
