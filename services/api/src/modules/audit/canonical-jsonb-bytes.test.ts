import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@dsr/domain';
import { ByteWriter } from './byte-writer';
import { JsonbCanonicalizer } from './canonical-jsonb-bytes';

/** jsonb's text order: shorter keys first, then by bytes (what PostgreSQL sends). */
const jsonbText = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(jsonbText).join(', ')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const keys = Object.keys(value).sort(
    (a, b) => Buffer.byteLength(a) - Buffer.byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b)),
  );
  return `{${keys.map((k) => `${JSON.stringify(k)}: ${jsonbText((value as Record<string, unknown>)[k])}`).join(', ')}}`;
};

describe('canonical JSON of jsonb text, bytes in and out', () => {
  it('gives canonicalJson of the parsed text for repeated and look-alike key sets, nested, in jsonb order', () => {
    const w = new ByteWriter();
    const canonicalizer = new JsonbCanonicalizer(w);
    const values = [
      { name: '甲', code: 'A1', weight: 10, b: { y: 1, x: [2, { q: 1, p: 2 }] } },
      { name: '乙', code: 'A2', weight: 12, b: { y: 3, x: [] } },
      // same signature material (lengths, first bytes), different keys
      { nbme: '丙', code: 'A3', weight: 1, b: { y: 1, x: 2 } },
      { name: '丁', cade: 'A4', weigh: 1, c: { yy: 1, x: 2 } },
      { é: 1, e: 2, z: 3, ä: 4 },
      { é: 5, e: 6, z: 7, ä: 8 },
      { a: 1, a2: { a: 1, b: 2 }, b: { b: 1, a: 2 } },
      // equal lengths and first bytes, another order (bcd before bz, ba before bcd)
      { ba: 1, bcd: 2 },
      { bz: 1, bcd: 2 },
      { name: '甲', code: 'A1', weight: 10, b: { y: 1, x: [2, { q: 1, p: 2 }] } },
    ];
    for (let round = 0; round < 3; round++) {
      for (const value of values) {
        const text = Buffer.from(jsonbText(value));
        w.reset(6 * text.length + 64);
        expect(canonicalizer.write(text, 0, text.length)).toBe(true);
        expect(w.out.subarray(0, w.o).toString('utf8')).toBe(canonicalJson(JSON.parse(text.toString('utf8'))));
      }
    }
    const duplicate = Buffer.from('{"a": 1, "a": 2}');
    expect(canonicalizer.write(duplicate, 0, duplicate.length)).toBe(false);
  });
});
