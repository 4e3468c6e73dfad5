import { BACKSLASH, QUOTE, type ByteWriter } from './byte-writer';

/**
 * canonicalJson(JSON.parse(text)) for a jsonb value's text as PostgreSQL sends it, bytes in and
 * bytes out. PostgreSQL writes strings with exactly the escapes JSON.stringify uses, so strings
 * are copied as they are; objects get their members in code-point order (UTF-8 byte order);
 * whitespace goes. Anything it cannot be sure of (an escaped key, whose escaped bytes may sort
 * differently, a number that is not a plain integer of at most 15 digits, deep nesting) returns
 * false, and the caller takes the exact path of parse and canonicalJson.
 */
export class JsonbCanonicalizer {
  private src: Uint8Array = new Uint8Array(0);
  private p = 0;
  private end = 0;
  private depth = 0;
  /** The members of the objects being read, innermost last (MEMBER ints each). */
  private members = new Int32Array(MEMBER_STACK);
  private top = 0;

  constructor(private readonly w: ByteWriter) {}

  /** Writes the canonical text of src[start, end) to the writer; false when the exact path must decide. */
  write(src: Uint8Array, start: number, end: number): boolean {
    this.src = src;
    this.p = start;
    this.end = end;
    this.depth = 0;
    this.top = 0;
    if (!this.value()) return false;
    this.space();
    return this.p === end;
  }

  private space(): void {
    const src = this.src;
    while (this.p < this.end) {
      const c = src[this.p];
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      this.p++;
    }
  }

  /** Writes the value at p: a scalar is its own canonical text (copied), objects and arrays are rebuilt. */
  private value(): boolean {
    this.space();
    const c = this.p < this.end ? this.src[this.p] : 0;
    if (c === 0x7b || c === 0x5b) return this.nested(c === 0x7b);
    const start = this.p;
    if (!this.scalar()) return false;
    this.w.copy(this.src, start, this.p);
    return true;
  }

  /** Moves p past a string, a plain integer or a literal; false for anything else. */
  private scalar(): boolean {
    const c = this.p < this.end ? this.src[this.p] : 0;
    if (c === QUOTE) return this.string() >= 0;
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.integer();
    return this.word(TRUE) || this.word(FALSE) || this.word(NULL);
  }

  /** Moves p past a string; 1 when it holds an escape, 0 when not, -1 when it does not end. */
  private string(): number {
    const src = this.src;
    let escaped = 0;
    for (let p = this.p + 1; p < this.end; p++) {
      const c = src[p];
      if (c === QUOTE) {
        this.p = p + 1;
        return escaped;
      }
      if (c === BACKSLASH) {
        p++;
        escaped = 1;
      }
    }
    return -1;
  }

  /** 0, or -?[1-9] and at most 14 more digits: its own canonical text (a safe integer). */
  private integer(): boolean {
    const src = this.src;
    const start = this.p;
    let p = start;
    if (src[p] === 0x2d) p++;
    const digits = p;
    while (p < this.end && src[p] >= 0x30 && src[p] <= 0x39) p++;
    const n = p - digits;
    if (n === 0 || n > 15 || (src[digits] === 0x30 && (n > 1 || digits > start))) return false;
    const next = p < this.end ? src[p] : 0;
    if (next === 0x2e || next === 0x65 || next === 0x45) return false;
    this.p = p;
    return true;
  }

  private word(word: Uint8Array): boolean {
    if (this.p + word.length > this.end) return false;
    for (let i = 0; i < word.length; i++) if (this.src[this.p + i] !== word[i]) return false;
    this.p += word.length;
    return true;
  }

  private nested(object: boolean): boolean {
    if (++this.depth > MAX_DEPTH) return false;
    const ok = object ? this.object() : this.array();
    this.depth--;
    return ok;
  }

  private array(): boolean {
    const out = this.w.out;
    out[this.w.o++] = 0x5b;
    this.p++;
    this.space();
    if (this.src[this.p] === 0x5d) return (this.p++, (out[this.w.o++] = 0x5d), true);
    for (;;) {
      if (!this.value()) return false;
      this.space();
      const c = this.src[this.p++];
      if (c === 0x5d) return ((out[this.w.o++] = 0x5d), true);
      if (c !== 0x2c) return false;
      out[this.w.o++] = 0x2c;
    }
  }

  /**
   * Reads the members (keys and scalar values stay where they are in the source; nested values are
   * written out first), sorts them by key, then writes the object after the nested values and
   * moves it back over them.
   */
  private object(): boolean {
    const w = this.w;
    const src = this.src;
    const base = this.top;
    const mark = w.o;
    this.p++;
    this.space();
    if (src[this.p] === 0x7d) return (this.p++, w.copy(EMPTY_OBJECT, 0, 2), true);
    for (;;) {
      this.space();
      const key = this.p;
      if (src[key] !== QUOTE || this.string() !== 0) return false;
      const keyEnd = this.p;
      this.space();
      if (src[this.p++] !== 0x3a) return false;
      this.space();
      const c = src[this.p];
      const written = c === 0x7b || c === 0x5b;
      const from = written ? w.o : this.p;
      if (!(written ? this.nested(c === 0x7b) : this.scalar())) return false;
      this.push(key, keyEnd, from, written ? w.o : this.p, written ? 1 : 0);
      this.space();
      const next = src[this.p++];
      if (next === 0x7d) break;
      if (next !== 0x2c) return false;
    }
    if (!this.sortMembers(base)) return false;
    this.writeMembers(base, mark);
    this.top = base;
    return true;
  }

  private push(key: number, keyEnd: number, from: number, to: number, written: number): void {
    if (this.top + MEMBER > this.members.length) {
      const bigger = new Int32Array(this.members.length * 2);
      bigger.set(this.members);
      this.members = bigger;
    }
    const m = this.members;
    m[this.top++] = key;
    m[this.top++] = keyEnd;
    m[this.top++] = from;
    m[this.top++] = to;
    m[this.top++] = written;
  }

  /** Compares the keys of two member records by their bytes (no escapes in either: UTF-8 order is code-point order). */
  private compareKeys(a: number, b: number): number {
    const src = this.src;
    const m = this.members;
    const pa = m[a] + 1;
    const pb = m[b] + 1;
    const la = m[a + 1] - pa - 1;
    const lb = m[b + 1] - pb - 1;
    const n = Math.min(la, lb);
    for (let i = 0; i < n; i++) {
      const d = src[pa + i] - src[pb + i];
      if (d !== 0) return d;
    }
    return la - lb;
  }

  /** Insertion sort of the records from base (objects are small); false on a duplicate key. */
  private sortMembers(base: number): boolean {
    const m = this.members;
    for (let i = base + MEMBER; i < this.top; i += MEMBER) {
      for (let j = i; j > base; j -= MEMBER) {
        const order = this.compareKeys(j - MEMBER, j);
        if (order === 0) return false;
        if (order < 0) break;
        for (let k = j - MEMBER; k < j; k++) {
          const t = m[k];
          m[k] = m[k + MEMBER];
          m[k + MEMBER] = t;
        }
      }
    }
    return true;
  }

  /** Writes {"key":value,…} in record order after the nested values written from `mark`, then moves it to `mark`. */
  private writeMembers(base: number, mark: number): void {
    const w = this.w;
    const m = this.members;
    const at = w.o;
    w.out[w.o++] = 0x7b;
    for (let i = base; i < this.top; i += MEMBER) {
      if (i > base) w.out[w.o++] = 0x2c;
      w.copy(this.src, m[i], m[i + 1]);
      w.out[w.o++] = 0x3a;
      w.copy(m[i + 4] ? w.out : this.src, m[i + 2], m[i + 3]);
    }
    w.out[w.o++] = 0x7d;
    if (at > mark) {
      w.out.copyWithin(mark, at, w.o);
      w.o = mark + (w.o - at);
    }
  }
}

/** A member record: key start and end (quotes included), value start and end, whether the value is in the writer. */
const MEMBER = 5;
const EMPTY_OBJECT = Buffer.from('{}', 'latin1');
const MAX_DEPTH = 64;
const MEMBER_STACK = 5 * 256;
const TRUE = Buffer.from('true', 'latin1');
const FALSE = Buffer.from('false', 'latin1');
const NULL = Buffer.from('null', 'latin1');
