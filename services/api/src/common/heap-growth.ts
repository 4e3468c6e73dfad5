import v8 from 'node:v8';

/**
 * How far V8 lets the heap grow past what a full collection left live before it collects again.
 * On a machine with a few GB, V8 allows up to 4×: the API's ≈ 60 MB live set sat in a 300 MB heap
 * during a 100,000-row import (the rows of a chunk outlive the young generation across their
 * database round trips, so most are collected only by a full collection). 1.5× keeps the peak near
 * the live set at the cost of more frequent (incremental, concurrent) full collections; there is no
 * hard limit, so a big piece of work (a draw over a million targets) still gets the heap it needs.
 * DSR_HEAP_GROWING_PERCENT: 0 leaves V8's own choice; a `--heap-growing-percent` flag given to node
 * (or in NODE_OPTIONS) wins.
 */
export const DEFAULT_HEAP_GROWING_PERCENT = 50;

export function limitHeapGrowth(env: NodeJS.ProcessEnv = process.env): number {
  const given = [...process.execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (given.some((a) => /^--heap[-_]growing[-_]percent/.test(a))) return 0;
  const value = Number(env.DSR_HEAP_GROWING_PERCENT);
  const percent =
    env.DSR_HEAP_GROWING_PERCENT && Number.isSafeInteger(value) && value >= 0 ? value : DEFAULT_HEAP_GROWING_PERCENT;
  // Read by V8 each time it sets the next collection's limit, so it takes effect when set at start-up.
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}
