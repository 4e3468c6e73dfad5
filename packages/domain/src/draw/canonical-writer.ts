/**
 * Writes canonical JSON (DRAW.md §7) as UTF-8 bytes into one reused buffer and hands each full
 * buffer to `sink` (a hash's update, or a collector). A million targets are about 100 MB of
 * JSON: building strings for them and encoding those cost more than three times the hashing,
 * most of it in the garbage collector. Plain ASCII strings are copied byte by byte here; any
 * string with a character JSON.stringify would escape, or beyond ASCII, goes through
 * JSON.stringify itself, so the output is exactly what the page specifies.
 */
export class CanonicalWriter {
  private readonly buffer: Buffer;
  private used = 0;
  /** Quoted UTF-8 of strings that repeat (strata, exclusion reasons, inspector ids). */
  private readonly quoted = new Map<string, Uint8Array>();

  /** `sink` must be done with the bytes when it returns: the buffer is reused. */
  constructor(
    private readonly sink: (bytes: Buffer) => void,
    size = 1 << 20,
  ) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Text that is already JSON (punctuation, keys, small canonical values). */
  raw(text: string): void {
    const most = text.length * 3;
    if (this.used + most > this.buffer.length) {
      this.flush();
      if (most > this.buffer.length) {
        this.sink(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /** Bytes prepared once (constant punctuation and keys, quoted strings). */
  bytes(bytes: Uint8Array): void {
    const n = bytes.length;
    if (this.used + n > this.buffer.length) this.flush();
    if (n > 8) {
      this.buffer.set(bytes, this.used);
      this.used += n;
      return;
    }
    const buffer = this.buffer;
    let at = this.used;
    for (let i = 0; i < n; i++) buffer[at++] = bytes[i];
    this.used = at;
  }

  /** A string as JSON.stringify writes it. */
  string(text: string): void {
    const n = text.length;
    if (this.used + n + 2 > this.buffer.length) this.flush();
    const buffer = this.buffer;
    const start = this.used;
    if (n + 2 <= buffer.length) {
      let at = start;
      buffer[at++] = 0x22;
      let i = 0;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        // Printable ASCII but for the quote and the backslash: copied as it is.
        if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) break;
        buffer[at++] = c;
      }
      if (i === n) {
        buffer[at++] = 0x22;
        this.used = at;
        return;
      }
    }
    this.used = start;
    this.raw(JSON.stringify(text));
  }

  /** A string that repeats, quoted and encoded once. */
  repeated(text: string): void {
    let bytes = this.quoted.get(text);
    if (bytes === undefined) this.quoted.set(text, (bytes = Buffer.from(JSON.stringify(text), 'utf8')));
    this.bytes(bytes);
  }

  /** An integer (canonical JSON has no other numbers). */
  integer(value: number): void {
    if (!Number.isSafeInteger(value)) throw new TypeError(`canonical JSON allows integers only, got ${value}`);
    if (value < 0 || value > 0x7fffffff) {
      this.raw(String(value));
      return;
    }
    if (this.used + 10 > this.buffer.length) this.flush();
    let digits = 1;
    for (let v = value; v >= 10; v = (v / 10) | 0) digits++;
    let at = this.used + digits;
    this.used = at;
    let v = value;
    do {
      this.buffer[--at] = 0x30 + (v % 10);
      v = (v / 10) | 0;
    } while (v > 0);
  }

  flush(): void {
    if (this.used > 0) this.sink(this.buffer.subarray(0, this.used));
    this.used = 0;
  }
}

/** ASCII text (keys and punctuation) as bytes, for CanonicalWriter.bytes. */
export const ascii = (text: string): Uint8Array => Buffer.from(text, 'latin1');
