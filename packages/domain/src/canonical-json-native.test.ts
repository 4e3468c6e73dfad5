import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { canonicalJsonNative } from './canonical-json-native';

/** The same text as canonicalJson, or the same kind of error. */
function same(value: unknown): void {
  let expected: string | Error;
  try {
    expected = canonicalJson(value);
  } catch (err) {
    expected = err as Error;
  }
  if (expected instanceof Error) expect(() => canonicalJsonNative(value)).toThrow(expected.constructor as never);
  else expect(canonicalJsonNative(value)).toBe(expected);
}

describe('canonical JSON written by JSON.stringify (audit entry hashes)', () => {
  it('writes what canonicalJson writes: keys by code point, integers, nested objects and arrays', () => {
    const v = { b: 1, a: [3, 1, { d: null, c: true }], 名称: '南乐', '\u{1F600}': 1, '\uFFFF': 2, e: undefined };
    expect(canonicalJsonNative(v)).toBe(canonicalJson(v));
    expect(canonicalJsonNative(v)).toBe('{"a":[3,1,{"c":true,"d":null}],"b":1,"名称":"南乐","\uFFFF":2,"\u{1F600}":1}');
  });

  it('leaves what JSON.stringify would write differently to canonicalJson', () => {
    for (const v of [
      { ratio: 0.05 },
      { f: () => 1 },
      [1, undefined],
      [1, , 2], // eslint-disable-line no-sparse-arrays
      { at: new Date(0) },
      { toJSON: () => 'x' },
      { '10': 1, '9': 2, a: 3 },
      JSON.parse('{"__proto__": 1, "a": 2}'),
      { n: 10n },
      Object.assign(Object.create(null), { b: 1, a: 2 }),
    ])
      same(v);
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    expect(() => canonicalJsonNative(cycle)).toThrow(RangeError);
  });

  it('agrees with canonicalJson on any value', () => {
    const keys = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('0', '1', '10', '__proto__'));
    fc.assert(fc.property(fc.jsonValue(), same), { numRuns: 500 });
    fc.assert(fc.property(fc.anything({ key: keys, withNullPrototype: true, withBigInt: true }), same), {
      numRuns: 500,
    });
    fc.assert(fc.property(fc.dictionary(keys, fc.oneof(fc.integer(), fc.string(), fc.constant(undefined))), same), {
      numRuns: 500,
    });
  });
});
