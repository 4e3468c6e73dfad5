import { canonicalJson, sortCodePoints } from './canonical-json';

/**
 * canonicalJson's exact text, written by the engine's own JSON.stringify when the value allows it:
 * one flat string, where canonicalJson's walk joins a string per key and value (an import of
 * 100,000 rows hashes 100,000 audit entries: that garbage was a tenth of what it allocated). A value
 * JSON.stringify could write differently (a float, undefined in an array, a function, a toJSON, a
 * class instance, an integer-like or `__proto__` key, deep nesting) goes to canonicalJson itself,
 * which writes or refuses it as ever. Objects whose keys are out of order are copied in order.
 */
export function canonicalJsonNative(value: unknown): string {
  const ready = inOrder(value, 0);
  return ready === NOT_NATIVE ? canonicalJson(value) : JSON.stringify(ready);
}

const NOT_NATIVE = Symbol('not native');
/** Deeper than this, canonicalJson decides (it throws on a cycle, as before). */
const MAX_DEPTH = 100;
/** Keys V8 keeps before the others whatever their order (array indices), and the one assignment cannot copy. */
const SPECIAL_KEY = /^(?:0|[1-9]\d*)$|^__proto__$/;
const HIGH_UNIT = /[\uD800-\uFFFF]/;

function inOrder(value: unknown, depth: number): unknown {
  if (value === null) return value;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isSafeInteger(value) ? value : NOT_NATIVE;
    case 'object':
      if (depth > MAX_DEPTH) return NOT_NATIVE;
      return Array.isArray(value) ? arrayInOrder(value, depth) : objectInOrder(value, depth);
    default:
      return NOT_NATIVE;
  }
}

function arrayInOrder(value: readonly unknown[], depth: number): unknown {
  if (Object.getPrototypeOf(value) !== Array.prototype) return NOT_NATIVE;
  let copy: unknown[] | null = null;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    const ready = inOrder(item, depth + 1);
    if (ready === NOT_NATIVE) return NOT_NATIVE;
    if (ready !== item && copy === null) copy = value.slice(0, i);
    copy?.push(ready);
  }
  return copy ?? value;
}

function objectInOrder(value: object, depth: number): unknown {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return NOT_NATIVE;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let ordered = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (SPECIAL_KEY.test(key)) return NOT_NATIVE;
    if (ordered && ((i > 0 && keys[i - 1] >= key) || HIGH_UNIT.test(key))) ordered = false;
  }
  if (!ordered) sortCodePoints(keys);
  let values: unknown[] | null = ordered ? null : [];
  for (let i = 0; i < keys.length; i++) {
    const v = record[keys[i]];
    // Skipped by both (read once, as canonicalJson reads it).
    const ready = v === undefined ? undefined : inOrder(v, depth + 1);
    if (ready === NOT_NATIVE) return NOT_NATIVE;
    if (ready !== v && values === null) values = keys.slice(0, i).map((k) => record[k]);
    values?.push(ready);
  }
  if (values === null) return value;
  const copy: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) if (values[i] !== undefined) copy[keys[i]] = values[i];
  return copy;
}
