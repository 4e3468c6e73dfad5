import { gb2828LevelII } from './gb2828';
import type { SampleSizeRule } from './sample-types';

/**
 * n_h of DRAW.md §10: GB/T 2828.1 level II by the stratum's population, or ⌈ratioBp × N_h / 10000⌉
 * in integer arithmetic; then raised to minPerStratum and capped at the population.
 */
export function sampleSize(
  rule: { sizeRule: SampleSizeRule; ratioBp: number | null; minPerStratum: number },
  population: number,
): number {
  let n: number;
  if (rule.sizeRule === 'GB2828-II') n = gb2828LevelII(population).size;
  else {
    const scaled = (rule.ratioBp ?? 0) * population; // ≤ 10000 × 2^40: exact in a double
    n = Math.floor(scaled / 10000) + (scaled % 10000 === 0 ? 0 : 1);
  }
  return Math.min(population, Math.max(n, rule.minPerStratum));
}
