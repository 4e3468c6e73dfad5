import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { canonicalJsonText } from './canonical-json-text';

/** What the audit verifier did before: parse, then write canonically (or throw the same way). */
function exact(text: string): string {
  return canonicalJson(JSON.parse(text));
}

function same(text: string): void {
  let expected: string | Error;
  try {
    expected = exact(text);
  } catch (err) {
    expected = err as Error;
  }
  if (expected instanceof Error)
    expect(() => canonicalJsonText(text)).toThrow(expected.constructor as ErrorConstructor);
  else expect(canonicalJsonText(text)).toBe(expected);
}

/** PostgreSQL's jsonb output: members ordered by key length then bytes, ", " and ": " between. */
function jsonbText(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(jsonbText).join(', ')}]`;
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).sort(
      (a, b) => Buffer.byteLength(a) - Buffer.byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b)),
    );
    return `{${keys.map((k) => `${JSON.stringify(k)}: ${jsonbText((v as Record<string, unknown>)[k])}`).join(', ')}}`;
  }
  return JSON.stringify(v);
}

describe('canonical JSON from JSON text (the audit verifier reads jsonb as text, R33)', () => {
  it('sorts the members of jsonb text by code point, drops the spaces, keeps escapes and numbers exact', () => {
    expect(
      canonicalJsonText('{"uscc": "91410400MA1", "name": "某某旅馆", "riskLevel": 2, "businessCategories": ["HOTEL"]}'),
    ).toBe('{"businessCategories":["HOTEL"],"name":"某某旅馆","riskLevel":2,"uscc":"91410400MA1"}');
    expect(canonicalJsonText('{"a!": 1, "a": 2}')).toBe('{"a":2,"a!":1}'); // a prefix sorts first
    expect(canonicalJsonText('{"\u{1F600}": 1, "\uFFFF": 2}')).toBe('{"\uFFFF":2,"\u{1F600}":1}');
    expect(canonicalJsonText('{"q": "say \\"hi\\"\\n", "u": "\\u00e9"}')).toBe('{"q":"say \\"hi\\"\\n","u":"é"}');
    expect(canonicalJsonText('[1.0, -0, 1e2, 0, -12]')).toBe('[1,0,100,0,-12]');
    expect(() => canonicalJsonText('{"ratio": 0.05}')).toThrow(/integers only/);
    expect(() => canonicalJsonText('{"n": 12345678901234567890}')).toThrow(/integers only/);
    expect(() => canonicalJsonText('{"a": 1,}')).toThrow(SyntaxError);
    expect(canonicalJsonText('{"a": 1, "a": 2}')).toBe('{"a":2}'); // as JSON.parse: the last one wins
  });

  it('gives what parse-then-canonicalJson gives, for any JSON value in jsonb or compact form', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('a', 'a!', 'ab', '名称', '\u{1F600}', '\uFFFF', 'x"y'));
    const leaf = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.maxSafeInteger(),
      fc.double(),
      fc.string(),
      fc.string({ unit: 'grapheme' }),
    );
    const value = fc.letrec((tie) => ({
      json: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('json')), fc.dictionary(key, tie('json'))),
    })).json;
    fc.assert(
      fc.property(value, (v) => {
        same(jsonbText(v));
        same(JSON.stringify(v));
      }),
      { numRuns: 500 },
    );
  });
});
