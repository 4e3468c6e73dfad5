import { describe, expect, it } from 'vitest';
import { canonicalJson, compareCodePoints } from './canonical-json';

describe('canonical JSON (DRAW.md §7)', () => {
  it('sorts keys, drops whitespace, keeps arrays in order', () => {
    expect(canonicalJson({ b: 1, a: [3, 1, { d: null, c: true }], 名称: '南乐' })).toBe(
      '{"a":[3,1,{"c":true,"d":null}],"b":1,"名称":"南乐"}',
    );
  });
  it('orders keys by code point, not UTF-16 unit (an astral character sorts after U+FFFF)', () => {
    expect(compareCodePoints('\u{1F600}', '\uFFFF')).toBeGreaterThan(0);
    expect('\u{1F600}' < '\uFFFF').toBe(true); // what a naive sort would do
    expect(canonicalJson({ '\u{1F600}': 1, '\uFFFF': 2 })).toBe('{"\uFFFF":2,"\u{1F600}":1}');
  });
  it('refuses floats and non-JSON values', () => {
    expect(() => canonicalJson({ ratio: 0.05 })).toThrow(/integers only/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow();
  });
});
