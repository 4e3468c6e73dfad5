import type { SampleItem } from './sample-types';

export interface ChangedResult {
  itemId: string;
  stratum: string;
  /** The digest committed in the snapshot. */
  committed: string;
  /** The digest of the result as it stands now, or null when the inspection's result is gone. */
  current: string | null;
}

/**
 * The items whose result no longer has the digest committed before the sample was known (DRAW.md §10:
 * commit to the whole set, then sample). `current` maps an inspection id to the digest of its result
 * as recorded now (inspectionResultDigest); pass the sampled items to check the sample, or all of them.
 */
export function changedResults(items: readonly SampleItem[], current: ReadonlyMap<string, string>): ChangedResult[] {
  const changed: ChangedResult[] = [];
  for (const item of items) {
    const now = current.get(item.id) ?? null;
    if (now !== item.resultDigest) {
      changed.push({ itemId: item.id, stratum: item.stratum, committed: item.resultDigest, current: now });
    }
  }
  return changed;
}

/** The items of a snapshot that a result selected, in the result's order. */
export function sampledItems(items: readonly SampleItem[], selections: readonly { itemId: string }[]): SampleItem[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return selections.flatMap((s) => byId.get(s.itemId) ?? []);
}
