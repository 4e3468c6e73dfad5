/**
 * Splits the output of `COPY (…) TO STDOUT (FORMAT binary)` into tuples without decoding them:
 * each tuple is handed over as the buffer it lies in and the start and length of each field
 * (length -1 for NULL), so a reader can hash or copy the bytes as they came off the socket. The
 * buffer is only valid during the call. A tuple cut by a chunk boundary is put together in a
 * scratch buffer that is reused (no allocation per chunk).
 */
export type TupleHandler = (buf: Buffer, starts: Int32Array, lengths: Int32Array) => void;

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER = SIGNATURE.length + 8; // signature, flags (int32), header extension length (int32)

const int32At = (b: Buffer, p: number) => (b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3];

export class CopyBinaryTuples {
  /** Bytes of an incomplete tuple (or header) carried over from the last chunk: scratch[0, restLength). */
  private scratch = Buffer.allocUnsafe(1 << 16);
  private restLength = 0;
  private headerRead = false;
  private ended = false;
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;

  constructor(
    private readonly fields: number,
    private readonly onTuple: TupleHandler,
  ) {
    this.starts = new Int32Array(fields);
    this.lengths = new Int32Array(fields);
  }

  /** Feeds chunk[start, end), the next bytes of the stream; calls onTuple for every tuple it completes. */
  push(chunk: Buffer, start = 0, end = chunk.length): void {
    if (this.restLength === 0) {
      const pos = this.tuples(chunk, start, end);
      if (pos < end) this.keep(chunk, pos, end);
      return;
    }
    this.keep(chunk, start, end);
    const scratch = this.scratch;
    const pos = this.tuples(scratch, 0, this.restLength);
    scratch.copyWithin(0, pos, this.restLength);
    this.restLength -= pos;
  }

  /** Whether the stream ended with its trailer, nothing left over (else it was cut short). */
  complete(): boolean {
    return this.ended && this.restLength === 0;
  }

  /** Reads the header and the tuples in buf[pos, end); returns where the first incomplete one starts. */
  private tuples(buf: Buffer, pos: number, end: number): number {
    if (!this.headerRead) {
      const after = this.header(buf, pos, end);
      if (after < 0) return pos;
      pos = after;
    }
    for (;;) {
      const next = this.tuple(buf, pos, end);
      if (next < 0) return pos;
      pos = next;
    }
  }

  /** Appends src[start, end) to the carried-over bytes. */
  private keep(src: Buffer, start: number, end: number): void {
    const need = this.restLength + end - start;
    if (need > this.scratch.length) {
      const bigger = Buffer.allocUnsafe(Math.max(need, this.scratch.length * 2));
      this.scratch.copy(bigger, 0, 0, this.restLength);
      this.scratch = bigger;
    }
    src.copy(this.scratch, this.restLength, start, end);
    this.restLength = need;
  }

  private header(buf: Buffer, pos: number, end: number): number {
    if (end - pos < HEADER) return -1;
    if (!buf.subarray(pos, pos + SIGNATURE.length).equals(SIGNATURE)) throw new Error('not a binary COPY stream');
    const after = pos + HEADER + int32At(buf, pos + HEADER - 4);
    if (end < after) return -1;
    this.headerRead = true;
    return after;
  }

  /** Reads the tuple at pos; returns the position after it, or -1 when it is not all there yet. */
  private tuple(buf: Buffer, pos: number, end: number): number {
    if (this.ended || pos + 2 > end) return -1;
    const count = (buf[pos] << 8) | buf[pos + 1];
    if (count === 0xffff) {
      this.ended = true;
      return pos + 2;
    }
    if (count !== this.fields) throw new Error(`binary COPY: ${count} fields, expected ${this.fields}`);
    let p = pos + 2;
    for (let f = 0; f < count; f++) {
      if (p + 4 > end) return -1;
      const len = int32At(buf, p);
      p += 4;
      this.starts[f] = p;
      this.lengths[f] = len;
      if (len > 0) p += len;
    }
    if (p > end) return -1;
    this.onTuple(buf, this.starts, this.lengths);
    return p;
  }
}
