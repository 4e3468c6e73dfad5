import { SAMPLE_READINGS } from './sample-readings';
import type { SampleResult, SampleSizeRule, SampleSnapshot } from './sample-types';

/**
 * The snapshot of an enlarged sample (DRAW.md §10, consistent sampling): the same drawId and items,
 * larger sizes, `extends` naming the first sample's resultDigest. Drawn with the first sample's nonce
 * and beacon it takes the next tickets of every stratum, so it holds every item of the first.
 */
export function enlargedSnapshot(
  first: SampleSnapshot,
  firstResultDigest: string,
  sizes: { sizeRule: SampleSizeRule; ratioBp: number | null; minPerStratum: number },
): SampleSnapshot {
  return {
    algorithm: first.algorithm,
    drawId: first.drawId,
    sizeRule: sizes.sizeRule,
    ratioBp: sizes.ratioBp,
    minPerStratum: sizes.minPerStratum,
    extends: firstResultDigest,
    items: first.items,
  };
}

/** Both samples as revealed: what an enlargement must keep. */
export interface RevealedSample {
  snapshot: SampleSnapshot;
  nonce: string;
  beacon: string;
  result: SampleResult;
  resultDigest: string;
}

/**
 * Why `next` is not an enlargement of `first` (empty when it is), in Chinese for the verifier's
 * report: the link, the same draw and tickets, sizes that grow, and every first item kept.
 */
export function extensionProblems(first: RevealedSample, next: RevealedSample): string[] {
  const problems: string[] = [];
  const rule = SAMPLE_READINGS.extension;
  if (next.snapshot.extends !== first.resultDigest) problems.push('extends 不是被扩大样本的结果摘要');
  if (next.snapshot.drawId !== first.snapshot.drawId) problems.push('抽样编号不同');
  if (next.result.itemsDigest !== first.result.itemsDigest) problems.push('总体（各项及其结果摘要）不同');
  if (next.nonce !== first.nonce || next.beacon !== first.beacon) problems.push('随机数或信标不同');
  const before = new Map(first.result.strata.map((s) => [s.stratum, s.sampleSize]));
  let larger = false;
  for (const s of next.result.strata) {
    const was = before.get(s.stratum) ?? 0;
    if (rule.everySizeAtLeast && s.sampleSize < was)
      problems.push(`分层 ${s.stratum} 的样本量由 ${was} 减为 ${s.sampleSize}`);
    if (s.sampleSize > was) larger = true;
  }
  if (rule.someSizeLarger && !larger) problems.push('没有任何分层的样本量增加');
  const kept = new Set(next.result.selections.map((s) => s.itemId));
  const lost = first.result.selections.filter((s) => !kept.has(s.itemId)).map((s) => s.itemId);
  if (lost.length) problems.push(`未包含原样本中的 ${lost.join('、')}`);
  return problems;
}
