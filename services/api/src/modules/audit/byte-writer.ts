/**
 * Writes canonical JSON text as UTF-8 bytes straight from PostgreSQL's binary COPY fields: the
 * audit verifier builds each entry's hash preimage here without making a JS string of it. Each
 * method writes exactly what JSON.stringify (or Date#toISOString) would give for the decoded
 * value, or returns false where that is not certain, and the caller takes the exact path.
 */
export class ByteWriter {
  out = Buffer.allocUnsafe(1 << 16);
  /** Bytes written so far. */
  o = 0;
  /** YYYY-MM-DD of the last day isoTime wrote (days since 1970). */
  private day = Number.NaN;
  private readonly date = Buffer.alloc(10);

  /** Starts over, with room for at least `n` bytes. */
  reset(n: number): void {
    if (this.out.length < n) this.out = Buffer.allocUnsafe(Math.max(n, this.out.length * 2));
    this.o = 0;
  }

  bytes(piece: Uint8Array): void {
    const out = this.out;
    let o = this.o;
    for (let i = 0; i < piece.length; i++) out[o++] = piece[i];
    this.o = o;
  }

  copy(src: Uint8Array, start: number, end: number): void {
    const out = this.out;
    let o = this.o;
    if (end - start > NATIVE_COPY) {
      out.set(src.subarray(start, end), o);
      this.o = o + end - start;
      return;
    }
    for (let i = start; i < end; i++) out[o++] = src[i];
    this.o = o;
  }

  /** JSON.stringify of a text column's UTF-8 bytes (PostgreSQL text is valid UTF-8: no lone surrogates). */
  jsonString(src: Uint8Array, start: number, len: number): void {
    const out = this.out;
    let o = this.o;
    out[o++] = QUOTE;
    for (let i = start, end = start + len; i < end; i++) {
      const c = src[i];
      if (c >= 0x20 && c !== QUOTE && c !== BACKSLASH) {
        out[o++] = c;
        continue;
      }
      const esc = ESCAPES[c];
      for (let k = 0; k < esc.length; k++) out[o++] = esc[k];
    }
    out[o++] = QUOTE;
    this.o = o;
  }

  /** A uuid's 16 bytes as its quoted text form (lowercase, with hyphens). */
  uuid(src: Uint8Array, start: number): void {
    const out = this.out;
    let o = this.o;
    out[o++] = QUOTE;
    for (let i = 0; i < 16; i++) {
      if (i === 4 || i === 6 || i === 8 || i === 10) out[o++] = 0x2d;
      const b = src[start + i];
      out[o++] = HEX[b >> 4];
      out[o++] = HEX[b & 15];
    }
    out[o++] = QUOTE;
    this.o = o;
  }

  /** A non-negative safe integer in decimal. */
  decimal(n: number): void {
    let width = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) width++;
    this.digits(n, width);
  }

  /**
   * Date#toISOString of a binary timestamptz (microseconds since 2000-01-01 UTC), for whole
   * milliseconds in 2000–2285; false otherwise (the exact path reads PostgreSQL's text instead).
   */
  isoTime(src: Uint8Array, start: number): boolean {
    const hi = int32At(src, start);
    const lo = int32At(src, start + 4) >>> 0;
    if (hi < 0 || hi >= 0x200000) return false; // before 2000 or beyond 2^53 µs: not exact as a double
    const us = hi * 0x100000000 + lo;
    if (us % 1000 !== 0) return false;
    const ms = us / 1000 + MS_1970_TO_2000;
    const days = Math.floor(ms / DAY_MS);
    let rest = ms - days * DAY_MS;
    if (days !== this.day) {
      // entries come in time order: the date part is worked out once a day
      const o = this.o;
      this.civilDate(days);
      this.day = days;
      this.out.copy(this.date, 0, o, this.o);
    } else {
      this.bytes(this.date);
    }
    this.out[this.o++] = 0x54; // T
    this.digits(Math.floor(rest / 3_600_000), 2);
    rest %= 3_600_000;
    this.out[this.o++] = 0x3a;
    this.digits(Math.floor(rest / 60_000), 2);
    rest %= 60_000;
    this.out[this.o++] = 0x3a;
    this.digits(Math.floor(rest / 1000), 2);
    this.out[this.o++] = 0x2e;
    this.digits(rest % 1000, 3);
    this.out[this.o++] = 0x5a; // Z
    return true;
  }

  /** YYYY-MM-DD of days since 1970-01-01 (proleptic Gregorian; H. Hinnant's civil_from_days). */
  private civilDate(days: number): void {
    const z = days + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const month = mp < 10 ? mp + 3 : mp - 9;
    this.digits(yoe + era * 400 + (month <= 2 ? 1 : 0), 4);
    this.out[this.o++] = 0x2d;
    this.digits(month, 2);
    this.out[this.o++] = 0x2d;
    this.digits(doy - Math.floor((153 * mp + 2) / 5) + 1, 2);
  }

  private digits(n: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) {
      this.out[this.o + i] = 0x30 + (n % 10);
      n = Math.floor(n / 10);
    }
    this.o += width;
  }
}

/** Runs longer than this are copied natively (a call and a view cost about as much as 64 bytes in a loop). */
const NATIVE_COPY = 64;
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
const HEX = Buffer.from('0123456789abcdef', 'latin1');
const MS_1970_TO_2000 = 946_684_800_000;
const DAY_MS = 86_400_000;

/** JSON.stringify's escape of each byte below 0x20, the quote and the backslash. */
const ESCAPES: Buffer[] = [];
for (let c = 0; c < 0x20; c++) ESCAPES[c] = Buffer.from(JSON.stringify(String.fromCharCode(c)).slice(1, -1), 'latin1');
ESCAPES[QUOTE] = Buffer.from('\\"', 'latin1');
ESCAPES[BACKSLASH] = Buffer.from('\\\\', 'latin1');

export const int32At = (b: Uint8Array, p: number) => (b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3];
