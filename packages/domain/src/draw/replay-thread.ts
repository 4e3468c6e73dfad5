import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DrawPool, PoolDraw, PoolShortfall } from './draw-pool';
import { drawPool } from './pool-draw';

/**
 * Compiled next to this file. When the sources run directly (vitest: this file is .ts) there is
 * no compiled worker, and the draw stays on this thread: the same code, without the thread.
 */
const WORKER_FILE = __filename.endsWith('.js') ? path.join(__dirname, 'replay-worker.js') : '';

export interface ReplayThread {
  /** Hands the pool over (a copy: see below). */
  draw(pool: DrawPool, seed: Uint8Array): Promise<PoolDraw | PoolShortfall>;
  /** Ends the thread if its answer is no longer wanted. */
  cancel(): void;
}

/**
 * A worker thread for one draw of a pool, started before the pool is read so that its start-up
 * overlaps the reading. Its draw is the same code as on this thread (pool-draw.ts).
 */
export function startReplayThread(): ReplayThread {
  if (!WORKER_FILE) {
    return { draw: (pool, seed) => Promise.resolve().then(() => drawPool(pool, seed)), cancel: () => undefined };
  }
  const worker = new Worker(WORKER_FILE);
  const answer = new Promise<PoolDraw | PoolShortfall>((resolve, reject) => {
    worker.once('message', (message: { drawn?: PoolDraw | PoolShortfall; error?: string }) => {
      if (message.drawn) resolve(message.drawn);
      else reject(new Error(message.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`重放线程意外退出（${code}）`)));
  });
  // Nobody may be waiting yet (or ever, when cancelled): a failure is handled where it is awaited.
  answer.catch(() => undefined);
  return {
    draw(pool, seed) {
      // Copied (a few ms for a million targets), not transferred: detaching an ArrayBuffer switches
      // V8's ArrayBufferDetaching protector off for this whole isolate, and every typed-array
      // access of the process (the audit verifier's byte loops, the canonical writer) pays a check after.
      worker.postMessage({ pool, seed });
      return answer;
    },
    cancel: () => void worker.terminate(),
  };
}
