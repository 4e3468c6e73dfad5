import { canonicalJson, compareCodePoints } from './canonical-json';

/**
 * canonicalJson(JSON.parse(text)) without building the value: the audit verifier reads a million
 * jsonb columns as PostgreSQL's text, where parsing into objects (and collecting them) cost more
 * than the hashing. The fast path copies escape-free strings and plain integers as they are and
 * sorts each object's members; anything else (an escape, a fraction or exponent, a long number,
 * a duplicate key, invalid text) takes the exact path of parse then canonicalJson.
 */
export function canonicalJsonText(text: string): string {
  src = text;
  pos = 0;
  high = HIGH_UNIT.test(text);
  const out = value();
  if (out !== null && (skipSpace(), pos === src.length)) return out;
  return canonicalJson(JSON.parse(text));
}

let src = '';
let pos = 0;
/** Whether the text holds a unit ≥ U+D800, where UTF-16 order and code-point order may differ. */
let high = false;
const HIGH_UNIT = /[\uD800-\uFFFF]/;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function skipSpace(): void {
  for (let c = src.charCodeAt(pos); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = src.charCodeAt(++pos));
}

/** The canonical text of the value at pos, or null to take the exact path. */
function value(): string | null {
  skipSpace();
  const c = src.charCodeAt(pos);
  if (c === QUOTE) return string();
  if (c === 0x7b) return object();
  if (c === 0x5b) return array();
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return integer();
  for (const word of WORDS) if (src.startsWith(word, pos)) return ((pos += word.length), word);
  return null;
}

const WORDS = ['null', 'true', 'false'] as const;

/** A string without escapes or control characters is its own canonical text. */
function string(): string | null {
  const start = pos++;
  for (let c = src.charCodeAt(pos); pos < src.length; c = src.charCodeAt(++pos)) {
    if (c === QUOTE) return src.slice(start, ++pos);
    if (c === BACKSLASH || c < 0x20) return null;
  }
  return null;
}

/** At most 15 digits is always a safe integer; no leading zero, no -0. */
function integer(): string | null {
  const start = pos;
  if (src.charCodeAt(pos) === 0x2d) pos++;
  const digits = pos;
  for (let c = src.charCodeAt(pos); c >= 0x30 && c <= 0x39; c = src.charCodeAt(++pos));
  const n = pos - digits;
  if (n === 0 || n > 15 || (src.charCodeAt(digits) === 0x30 && (n > 1 || digits > start))) return null;
  const next = src.charCodeAt(pos);
  if (next === 0x2e || next === 0x65 || next === 0x45) return null;
  return src.slice(start, pos);
}

function array(): string | null {
  pos++;
  skipSpace();
  if (src.charCodeAt(pos) === 0x5d) return (pos++, '[]');
  let out = '[';
  for (;;) {
    const v = value();
    if (v === null) return null;
    out += v;
    skipSpace();
    const c = src.charCodeAt(pos++);
    if (c === 0x5d) return `${out}]`;
    if (c !== 0x2c) return null;
    out += ',';
  }
}

function object(): string | null {
  pos++;
  skipSpace();
  if (src.charCodeAt(pos) === 0x7d) return (pos++, '{}');
  // Members go into place as they come (objects are small): keys in code-point order, no Map.
  const keys: string[] = [];
  const texts: string[] = [];
  for (;;) {
    skipSpace();
    if (src.charCodeAt(pos) !== QUOTE) return null;
    const quoted = string();
    if (quoted === null) return null;
    const key = quoted.slice(1, -1);
    skipSpace();
    if (src.charCodeAt(pos++) !== 0x3a) return null;
    const v = value();
    if (v === null) return null;
    let i = keys.length;
    while (i > 0 && (high ? compareCodePoints(key, keys[i - 1]) < 0 : key < keys[i - 1])) {
      keys[i] = keys[i - 1];
      texts[i] = texts[i - 1];
      i--;
    }
    if (i > 0 && keys[i - 1] === key) return null;
    keys[i] = key;
    texts[i] = v;
    skipSpace();
    const c = src.charCodeAt(pos++);
    if (c === 0x7d) break;
    if (c !== 0x2c) return null;
  }
  let out = `{"${keys[0]}":${texts[0]}`;
  for (let i = 1; i < keys.length; i++) out += `,"${keys[i]}":${texts[i]}`;
  return `${out}}`;
}
