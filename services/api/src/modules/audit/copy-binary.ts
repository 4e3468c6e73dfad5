/**
 * Splits the output of `COPY (…) TO STDOUT (FORMAT binary)` into tuples without decoding them:
 * each tuple is handed over as the buffer it lies in and the start and length of each field
 * (length -1 for NULL), so a reader can hash or copy the bytes as they came off the socket.
 * A tuple cut by a chunk boundary is joined with the next chunk.
 */
export type TupleHandler = (buf: Buffer, starts: Int32Array, lengths: Int32Array) => void;

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER = SIGNATURE.length + 8; // signature, flags (int32), header extension length (int32)

const int32At = (b: Buffer, p: number) => (b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3];

export class CopyBinaryTuples {
  private rest: Buffer | null = null;
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

  /** Feeds the next chunk of the stream; calls onTuple for every tuple it completes. */
  push(chunk: Buffer): void {
    const buf = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
    let pos = this.headerRead ? 0 : this.header(buf);
    if (pos < 0) {
      this.rest = buf;
      return;
    }
    for (;;) {
      const next = this.tuple(buf, pos);
      if (next < 0) break;
      pos = next;
    }
    this.rest = pos < buf.length ? buf.subarray(pos) : null;
  }

  /** Whether the stream ended with its trailer, nothing left over (else it was cut short). */
  complete(): boolean {
    return this.ended && this.rest === null;
  }

  private header(buf: Buffer): number {
    if (buf.length < HEADER) return -1;
    if (!buf.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('not a binary COPY stream');
    const end = HEADER + int32At(buf, HEADER - 4);
    if (buf.length < end) return -1;
    this.headerRead = true;
    return end;
  }

  /** Reads the tuple at pos; returns the position after it, or -1 when it is not all there yet. */
  private tuple(buf: Buffer, pos: number): number {
    if (this.ended || pos + 2 > buf.length) return -1;
    const count = (buf[pos] << 8) | buf[pos + 1];
    if (count === 0xffff) {
      this.ended = true;
      return pos + 2;
    }
    if (count !== this.fields) throw new Error(`binary COPY: ${count} fields, expected ${this.fields}`);
    let p = pos + 2;
    for (let f = 0; f < count; f++) {
      if (p + 4 > buf.length) return -1;
      const len = int32At(buf, p);
      p += 4;
      this.starts[f] = p;
      this.lengths[f] = len;
      if (len > 0) p += len;
    }
    if (p > buf.length) return -1;
    this.onTuple(buf, this.starts, this.lengths);
    return p;
  }
}
