#!/usr/bin/env node
// The test vectors of dsr-sample/1 (DRAW.md §10), generated ONCE by this script and then frozen:
//   pnpm run build && node test/tools/sample-vectors.mjs
// writes packages/domain/src/sample/dsr-sample-1.vectors.json unless it exists (it never overwrites: a change
// that alters the vectors is a new algorithm name, never an edit of dsr-sample/1). test/sample-vectors.test.ts
// rebuilds the file's text from the engine with `vectorsText` below and compares it byte for byte.
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const VECTORS_FILE = path.join(root, 'packages/domain/src/sample/dsr-sample-1.vectors.json');

const nonceOf = (label) => createHash('sha256').update(`nonce:${label}`).digest('hex');

/** `count` finished inspections of a bureau, each with the digest of a small made-up result. */
function inspections(domain, stratum, count, prefix = `insp-${stratum}-`) {
  return Array.from({ length: count }, (_, i) => {
    const id = `${prefix}${String(i + 1).padStart(3, '0')}`;
    const result = { conclusion: i % 4 === 0 ? 'PROBLEMS_FOUND' : 'NO_PROBLEMS', findings: i % 4, inspectionId: id };
    return { id, stratum, resultDigest: domain.inspectionResultDigest(result) };
  });
}

function snapshotOf(domain, drawId, sizes, groups) {
  const items = groups.flatMap(([stratum, count, prefix]) => inspections(domain, stratum, count, prefix));
  items.sort((a, b) => domain.compareCodePoints(a.id, b.id));
  return { algorithm: 'dsr-sample/1', drawId, extends: null, ...sizes, items };
}

const GB = (minPerStratum) => ({ sizeRule: 'GB2828-II', ratioBp: null, minPerStratum });
const RATIO = (ratioBp, minPerStratum) => ({ sizeRule: 'RATIO', ratioBp, minPerStratum });

/** The valid cases: [name, description, snapshot, nonce label, beacon, enlarges (a case's name) or null]. */
function validCases(domain) {
  const three = snapshotOf(domain, 'recheck-4104-2026-1', GB(2), [
    ['410422', 30],
    ['410423', 12],
    ['410481', 1],
  ]);
  return [
    [
      'gb2828-three-bureaus',
      'GB/T 2828.1 一般检验水平 II，最少每局 2 件：30→8、12→3、1→1（样本量不超过总体）',
      three,
      'three',
      '福彩3D 2026331',
      null,
    ],
    [
      'ratio-minimum',
      '按比例 10%，最少每局 3 件：45→5；7→1 提高到 3（低于最少数的一局）；2→2（最少数超过总体）',
      snapshotOf(domain, 'recheck-4109-2026-1', RATIO(1000, 3), [
        ['410922', 45],
        ['410923', 7],
        ['410926', 2],
      ]),
      'ratio',
      '',
      null,
    ],
    [
      'whole-population',
      '比例 100%：全部入样，按号签升序',
      snapshotOf(domain, 'recheck-whole', RATIO(10000, 1), [
        ['410422', 5],
        ['410423', 3],
      ]),
      'whole',
      'witness 42',
      null,
    ],
    [
      'gb2828-boundaries',
      'GB/T 2828.1 字码边界：8→2、9→3、15→3、16→5、25→5、26→8',
      snapshotOf(domain, 'recheck-boundaries', GB(1), [
        ['a8', 8],
        ['b9', 9],
        ['c15', 15],
        ['d16', 16],
        ['e25', 25],
        ['f26', 26],
      ]),
      'boundaries',
      '',
      null,
    ],
    [
      'single-item',
      '只有一件已办结检查：1→1',
      snapshotOf(domain, 'recheck-single', GB(1), [['410422', 1]]),
      'single',
      '',
      null,
    ],
    [
      'empty-stratum-name',
      '分层名为空字符串（如缺少区划代码）：仍是一个分层，码点序排在最前；2→2、3→2',
      snapshotOf(domain, 'recheck-empty-stratum', GB(1), [
        ['', 2, 'none-'],
        ['410422', 3],
      ]),
      'empty-stratum',
      '',
      null,
    ],
    [
      'unicode',
      '分层与编号含汉字、引号、反斜杠与 BMP 以外的字符（码点序：U+FF21 在 U+1F600 之前）',
      snapshotOf(domain, 'recheck-统一码', RATIO(3000, 2), [
        ['叶县公安局', 6, '检查-'],
        ['\u{1F600}', 4, 'x\u{1F600}-'],
        ['\uFF21', 5, 'x\uFF21-'],
        ['q"\\', 3, 'q"\\-'],
      ]),
      'unicode',
      '福彩3D 2026332',
      null,
    ],
    [
      'enlarged-once',
      '扩大 gb2828-three-bureaus：同一编号、总体、nonce 与信标，比例 50%，最少 3 件：15、6、1，包含原样本',
      domain.enlargedSnapshot(three, '', RATIO(5000, 3)),
      'three',
      '福彩3D 2026331',
      'gb2828-three-bureaus',
    ],
    [
      'enlarged-twice',
      '再扩大 enlarged-once：比例 80%，最少 3 件：24、10、1',
      domain.enlargedSnapshot(three, '', RATIO(8000, 3)),
      'three',
      '福彩3D 2026331',
      'enlarged-once',
    ],
  ];
}

/**
 * Snapshots the engine must refuse: [name, description, snapshot, expected code, expected field]. (A lone
 * surrogate in an id is refused too, but not written here: several JSON parsers reject "\\ud800" in a file.)
 */
function invalidCases(domain) {
  const base = snapshotOf(domain, 'recheck-invalid', GB(1), [['410422', 3]]);
  const [a, b, c] = base.items;
  const upper = { ...a, resultDigest: a.resultDigest.toUpperCase() };
  return [
    ['no-items', '范围内没有已办结的检查', { ...base, items: [] }, 'SAMPLE_EMPTY', 'items'],
    ['unsorted-items', '各项未按编号排序', { ...base, items: [b, a, c] }, 'SAMPLE_SNAPSHOT_INVALID', 'items'],
    ['duplicate-id', '编号重复', { ...base, items: [a, a, c] }, 'SAMPLE_SNAPSHOT_INVALID', 'items'],
    ['ratio-with-gb', 'GB2828-II 却给了比例', { ...base, ratioBp: 1000 }, 'SAMPLE_SNAPSHOT_INVALID', 'ratioBp'],
    ['ratio-missing', 'RATIO 却没有比例', { ...base, sizeRule: 'RATIO' }, 'SAMPLE_SNAPSHOT_INVALID', 'ratioBp'],
    ['ratio-above-100', '比例超过 10000 个基点', { ...base, ...RATIO(10001, 1) }, 'SAMPLE_SNAPSHOT_INVALID', 'ratioBp'],
    ['min-zero', '每层最少 0 件', { ...base, minPerStratum: 0 }, 'SAMPLE_SNAPSHOT_INVALID', 'minPerStratum'],
    [
      'upper-case-digest',
      '结果摘要为大写十六进制',
      { ...base, items: [upper, b, c] },
      'SAMPLE_SNAPSHOT_INVALID',
      'items',
    ],
    [
      'extra-field',
      '某项多出一个字段',
      { ...base, items: [{ ...a, note: 'x' }, b, c] },
      'SAMPLE_SNAPSHOT_INVALID',
      'items',
    ],
  ];
}

function sampleVector(domain, [name, description, snapshot, label, beacon, enlarges], byName) {
  const nonce = nonceOf(label);
  const extendsDigest = enlarges ? byName.get(enlarges).resultDigest : null;
  const s = { ...snapshot, extends: extendsDigest };
  const outcome = domain.runSample(s, nonce, beacon);
  const vector = { name, description, enlarges, snapshot: s, nonce, beacon, commitment: domain.commitmentOf(nonce) };
  Object.assign(vector, { seed: outcome.seed, itemsDigest: outcome.itemsDigest, poolDigest: outcome.poolDigest });
  if (name === 'gb2828-three-bureaus') {
    const seed = Buffer.from(outcome.seed, 'hex');
    vector.tickets = s.items.map((item) => ({ itemId: item.id, ticket: domain.sampleTicket(seed, item.id) }));
  }
  byName.set(name, outcome);
  return { ...vector, result: outcome.result, resultDigest: outcome.resultDigest };
}

function invalidVector(domain, [name, description, snapshot, code, field]) {
  const nonce = nonceOf(name);
  try {
    domain.runSample(snapshot, nonce, '');
  } catch (error) {
    if (error.code !== code || error.field !== field)
      throw new Error(`${name}: refused with ${error.code} ${error.field}`);
    return { name, description, snapshot, nonce, beacon: '', code, field };
  }
  throw new Error(`${name}: the engine did not refuse it`);
}

/** The whole file's text, from the engine in `domain` (the built package here, the sources in the test). */
export function vectorsText(domain) {
  const byName = new Map();
  const file = {
    algorithm: 'dsr-sample/1',
    note:
      'DRAW.md §10 test vectors, generated once by test/tools/sample-vectors.mjs and frozen. ' +
      'Any change that alters them is a new algorithm name, never an edit of dsr-sample/1.',
    samples: validCases(domain).map((c) => sampleVector(domain, c, byName)),
    invalid: invalidCases(domain).map((c) => invalidVector(domain, c)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (existsSync(VECTORS_FILE)) {
    console.error(`${path.relative(root, VECTORS_FILE)} exists and is frozen: a new algorithm gets a new file.`);
    process.exit(1);
  }
  const domain = await import(pathToFileURL(path.join(root, 'packages/domain/dist/index.js')).href);
  writeFileSync(VECTORS_FILE, vectorsText(domain.default ?? domain));
  console.log(`wrote ${path.relative(root, VECTORS_FILE)}`);
}
