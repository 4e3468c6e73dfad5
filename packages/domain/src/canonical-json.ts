/**
 * Canonical JSON (DRAW.md §7): keys sorted by code point, no whitespace, integers only.
 * Used wherever a hash must be reproducible by someone else: the audit chain and the draw.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Compare by Unicode code point, not UTF-16 unit (they differ for characters beyond U+FFFF).
 * Surrogates (D800–DFFF) encode code points above FFFF, so they must sort after E000–FFFF:
 * shifting the units keeps the comparison on code units, which sorts a million ids quickly.
 */
export function compareCodePoints(a: string, b: string): number {
  // UTF-16 order and code-point order can only disagree where both strings hold a unit ≥ U+D800;
  // otherwise the engine's own comparison (native, far faster for a million ids) is exact.
  if (!HIGH_UNIT.test(a) || !HIGH_UNIT.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

const HIGH_UNIT = /[\uD800-\uFFFF]/;

/** Whether compareCodePoints must look at this string unit by unit (it holds a unit ≥ U+D800). */
export const hasHighUnit = (text: string): boolean => HIGH_UNIT.test(text);

function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isSafeInteger(value)) throw new TypeError(`canonical JSON allows integers only, got ${value}`);
      return String(value);
    case 'object':
      return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value as Record<string, unknown>);
    default:
      throw new TypeError(`canonical JSON cannot encode ${typeof value}`);
  }
}

// Loops and string appends rather than entries/map/join: the audit verifier runs this on a
// million rows, where the intermediate arrays cost more than the text.
function canonicalArray(value: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
  return `${out}]`;
}

function canonicalObject(value: Record<string, unknown>): string {
  const keys = Object.keys(value);
  if (keys.length > 1) sortCodePoints(keys);
  let out = '{';
  let first = true;
  for (const key of keys) {
    const v = value[key];
    if (v === undefined) continue;
    out += (first ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(v);
    first = false;
  }
  return `${out}}`;
}

/**
 * Sorts strings by code point in place. Without a unit ≥ U+D800 in any key, UTF-16 order is
 * code-point order and the engine's own sort (no comparator call per pair) is exact; objects
 * read back from PostgreSQL or built in order are often sorted already.
 */
export function sortCodePoints(keys: string[]): void {
  let sorted = true;
  let high = false;
  for (let i = 0; i < keys.length; i++) {
    if (!high && HIGH_UNIT.test(keys[i])) high = true;
    if (i > 0 && keys[i - 1] > keys[i]) sorted = false;
  }
  if (high) keys.sort(compareCodePoints);
  else if (!sorted) keys.sort();
}
