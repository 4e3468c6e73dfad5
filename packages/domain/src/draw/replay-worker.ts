import { parentPort } from 'node:worker_threads';
import type { DrawPool } from './draw-pool';
import { drawPool } from './pool-draw';

/**
 * The worker thread of replay-thread.ts: one pool in, its draw out (typed arrays).
 * It imports only the draw's arithmetic, so it starts in a few tens of milliseconds.
 */
if (!parentPort) throw new Error('replay-worker runs as a worker thread');
const port = parentPort;
port.once('message', ({ pool, seed }: { pool: DrawPool; seed: Uint8Array }) => {
  try {
    const drawn = drawPool(pool, seed);
    // Copied, not transferred (under 1 MB): a transfer detaches, which turns a V8 protector off (replay-thread.ts).
    port.postMessage({ drawn });
  } catch (error) {
    port.postMessage({ error: (error as Error).message });
  }
});
