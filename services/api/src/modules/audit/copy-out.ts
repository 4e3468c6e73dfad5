import type pg from 'pg';
import type { Duplex } from 'node:stream';

/**
 * `COPY … TO STDOUT` on a node-postgres client, the bytes handed over where they lie in the socket's
 * chunks: onData(buf, start, end) gets each piece of CopyData payload, with no slice, copy or
 * stream object per message (pg-copy-streams makes several per row, a million rows being a
 * million messages). Processing runs as the socket is read, so PostgreSQL fills the socket while
 * the caller works and waits when the caller falls behind (TCP backpressure). Like
 * pg-copy-streams, it takes the connection's socket from node-postgres's parser for the COPY and
 * gives it back, with the bytes after CopyDone, for CommandComplete and ReadyForQuery.
 */
export type CopyDataHandler = (buf: Buffer, start: number, end: number) => void;

const COPY_DATA = 0x64; // d
const COPY_DONE = 0x63; // c
const ERROR_RESPONSE = 0x45; // E
const HEADER = 5; // type byte, int32 length (itself included)

export class CopyOut implements pg.Submittable {
  /** Settles with the number of rows COPY reported. */
  readonly done: Promise<number>;
  private resolve!: (rows: number) => void;
  private reject!: (err: unknown) => void;
  private rows = 0;
  private failure: unknown = null;
  private stream: Duplex | null = null;
  private pgHandler: ((chunk: Buffer) => void) | null = null;
  private readonly onChunk = (chunk: Buffer) => this.parse(chunk);
  /** The message header being read (it may be cut by a chunk boundary). */
  private readonly header = Buffer.alloc(HEADER);
  private headerRead = 0;
  /** Payload bytes left of the current message. */
  private left = 0;

  constructor(
    private readonly text: string,
    private readonly onData: CopyDataHandler,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: pg.Connection): void {
    const stream = connection.stream;
    const listeners = stream.listeners('data');
    if (listeners.length !== 1) throw new Error('COPY: the connection has no single data listener');
    this.pgHandler = listeners[0] as (chunk: Buffer) => void;
    // each chunk as libuv reads it (Readable#read() would join what waits into a new buffer)
    stream.removeListener('data', this.pgHandler);
    this.stream = stream;
    stream.on('data', this.onChunk);
    connection.query(this.text);
  }

  handleError(err: unknown): void {
    this.detach(null);
    this.reject(err);
  }

  handleCommandComplete(msg: { text?: string }): void {
    const m = /^COPY (\d+)/.exec(msg.text ?? '');
    if (m) this.rows = Number(m[1]);
  }

  handleReadyForQuery(): void {
    if (this.failure) this.reject(this.failure);
    else this.resolve(this.rows);
  }

  /** Walks the messages of a chunk; stops at CopyDone or ErrorResponse and hands the rest to node-postgres. */
  private parse(chunk: Buffer): void {
    let p = 0;
    while (p < chunk.length) {
      if (this.left > 0) {
        const end = Math.min(chunk.length, p + this.left);
        if (this.header[0] === COPY_DATA) this.deliver(chunk, p, end);
        this.left -= end - p;
        p = end;
        continue;
      }
      if (this.headerRead === 0 && chunk[p] === ERROR_RESPONSE) {
        this.detach(chunk.subarray(p));
        return;
      }
      while (this.headerRead < HEADER && p < chunk.length) this.header[this.headerRead++] = chunk[p++];
      if (this.headerRead < HEADER) return;
      this.headerRead = 0;
      this.left = this.header.readUInt32BE(1) - 4;
      if (this.header[0] === COPY_DONE && this.left === 0) {
        this.detach(chunk.subarray(p));
        return;
      }
    }
  }

  /** Hands a payload piece over; after a throw, the rest of the COPY is read and dropped, and `done` rejects. */
  private deliver(buf: Buffer, start: number, end: number): void {
    if (this.failure) return;
    try {
      this.onData(buf, start, end);
    } catch (e) {
      this.failure = e;
    }
  }

  private detach(rest: Buffer | null): void {
    const stream = this.stream;
    const pgHandler = this.pgHandler;
    if (!stream || !pgHandler) return;
    this.stream = null;
    stream.removeListener('data', this.onChunk);
    stream.on('data', pgHandler);
    if (rest && rest.length > 0) pgHandler(rest);
  }
}
