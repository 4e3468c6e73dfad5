import type { DrawPool, PoolDraw, PoolShortfall } from './draw-pool';
import { RandomStream } from './random-stream';
import { selectTargets } from './target-selection';
import { assignTeams } from './team-assignment';

/**
 * DRAW.md §3–§5 on the pool's numbers: the targets, then the teams, from one stream. This is
 * all a replay computes; it runs here or, for a big pool, in a worker thread (replay-worker).
 */
export function drawPool(pool: DrawPool, seed: Uint8Array): PoolDraw | PoolShortfall {
  const stream = new RandomStream(seed);
  const { n, cycleClosed, picks, current } = selectTargets(pool, stream);
  const teams = assignTeams(pool, picks, stream);
  if (!(teams instanceof Int32Array)) return teams;
  return { n, cycleClosed, picks, current, teams };
}
