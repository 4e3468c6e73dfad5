import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ChainStreamCheck, type ChainCheckState } from './chain-stream';
import type { CopyDataHandler } from './copy-out';

/**
 * The byte loops of the chain walk (splitting the COPY into tuples, rebuilding and hashing each
 * preimage) in a worker thread: V8's protectors are per isolate, so a process whose main thread
 * loaded a library that switched them off (exceljs) does not slow these loops, and the request
 * thread stays free. This thread only copies the COPY's bytes into 1 MiB buffers and hands them
 * over, handed back when read. The buffers are shared memory, never transferred: detaching an
 * ArrayBuffer (a transfer) switches V8's ArrayBufferDetaching protector off in both isolates, and
 * every typed-array access pays a check from then on (30 % more CPU for this walk, measured).
 * Compiled next to this file; when the sources run
 * directly (vitest) there is no compiled worker and the check runs here: the same code.
 */
const WORKER_FILE = __filename.endsWith('.js') ? path.join(__dirname, 'chain-check-worker.js') : '';
const PIECE = 1 << 20;

/** Chains at least this long (entries to walk) are checked in a worker thread. */
export const CHAIN_THREAD_FROM = threadFrom();

function threadFrom(): number {
  const value = Number(process.env.DSR_AUDIT_THREAD_FROM);
  return process.env.DSR_AUDIT_THREAD_FROM && Number.isSafeInteger(value) && value >= 0 ? value : 20_000;
}

export interface ChainCheckStart {
  tenantId: string;
  start: { seq: number; hash: string };
  watch: number[];
}

export type ChainCheckRequest =
  { begin: ChainCheckStart } | { copy: true } | { bytes: Uint8Array } | { copyEnd: true } | { finish: true };
export type ChainCheckAnswer =
  | { copyEnd: { complete: boolean; stop: boolean; error?: string } }
  | { state: ChainCheckState }
  | { recycled: SharedArrayBuffer };

/** One walk's check, here or in a worker thread. */
export interface ChainChecker {
  /** The handler for the next COPY's bytes. */
  nextCopy(): CopyDataHandler;
  /** After the COPY: whether it ended with its trailer, and whether the walk stops (a break). */
  copyEnd(): Promise<{ complete: boolean; stop: boolean }>;
  /** The check as it stands after the last COPY, for the exact path. */
  finish(): Promise<ChainStreamCheck>;
  close(): void;
}

export function startChainCheck(begin: ChainCheckStart, threaded: boolean): ChainChecker {
  const local = new ChainStreamCheck(begin.tenantId, begin.start, new Set(begin.watch));
  if (!threaded || !WORKER_FILE) return sameThread(local);
  return new ThreadCheck(begin, local);
}

function sameThread(check: ChainStreamCheck): ChainChecker {
  return {
    nextCopy: () => check.nextCopy(),
    copyEnd: () => Promise.resolve({ complete: check.copyComplete(), stop: !!check.firstBreak || check.halted }),
    finish: () => Promise.resolve(check),
    close: () => undefined,
  };
}

class ThreadCheck implements ChainChecker {
  private readonly worker = new Worker(WORKER_FILE);
  private readonly free: Buffer[] = [];
  private piece: Buffer | null = null;
  private used = 0;
  /** Answers awaited, in order (copyEnd and state come back in the order asked). */
  private readonly waiting: { resolve: (a: ChainCheckAnswer) => void; reject: (e: unknown) => void }[] = [];

  constructor(
    begin: ChainCheckStart,
    private readonly local: ChainStreamCheck,
  ) {
    this.worker.on('message', (answer: ChainCheckAnswer) => {
      if ('recycled' in answer) this.free.push(Buffer.from(answer.recycled));
      else this.waiting.shift()?.resolve(answer);
    });
    const fail = (error: unknown) => this.waiting.splice(0).forEach((w) => w.reject(error));
    this.worker.once('error', fail);
    this.worker.once('exit', (code) => fail(new Error(`审计链校验线程意外退出（${code}）`)));
    this.send({ begin });
  }

  nextCopy(): CopyDataHandler {
    this.send({ copy: true });
    return (buf, start, end) => {
      for (let p = start; p < end;) {
        const piece = (this.piece ??= this.free.pop() ?? Buffer.from(new SharedArrayBuffer(PIECE)));
        const n = Math.min(end - p, PIECE - this.used);
        buf.copy(piece, this.used, p, p + n);
        this.used += n;
        p += n;
        if (this.used === PIECE) this.hand();
      }
    };
  }

  async copyEnd(): Promise<{ complete: boolean; stop: boolean }> {
    this.hand();
    const answer = await this.ask({ copyEnd: true });
    if (!('copyEnd' in answer)) throw new Error('chain check thread: unexpected answer');
    if (answer.copyEnd.error !== undefined) throw new Error(answer.copyEnd.error);
    return answer.copyEnd;
  }

  async finish(): Promise<ChainStreamCheck> {
    const answer = await this.ask({ finish: true });
    if (!('state' in answer)) throw new Error('chain check thread: unexpected answer');
    this.local.adopt(answer.state);
    return this.local;
  }

  close(): void {
    void this.worker.terminate();
  }

  /** Hands the filled part of the current piece over. */
  private hand(): void {
    const piece = this.piece;
    if (!piece || this.used === 0) return;
    this.send({ bytes: piece.subarray(0, this.used) });
    this.piece = null;
    this.used = 0;
  }

  private ask(request: ChainCheckRequest): Promise<ChainCheckAnswer> {
    const answer = new Promise<ChainCheckAnswer>((resolve, reject) => this.waiting.push({ resolve, reject }));
    this.send(request);
    return answer;
  }

  private send(request: ChainCheckRequest): void {
    this.worker.postMessage(request);
  }
}
