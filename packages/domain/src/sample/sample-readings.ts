/**
 * Where DRAW.md §10 leaves a choice open or reads two ways, the reading this code takes — all in
 * this one place, numbered as in the questions put to the lead (S1–S11), so that an amendment of
 * the page is a change here. A reading that would change a test vector is a new algorithm name.
 * Two readings have no switch, only this note:
 * - S10: "seed ‖ UTF-8(id)" hashes the 32 raw seed bytes (as §3's stream does), then the id; no separator.
 * - S11: a sample record's beacon source follows the draw's rule (§9): NONE exactly when the beacon is empty.
 */
export interface SampleReadings {
  refuseEmptyItems: boolean;
  ratioBpRange: { least: number; most: number };
  minPerStratumLeast: number;
  itemsStrictlySorted: boolean;
  snapshotKeys: readonly string[];
  itemKeys: readonly string[];
  digestPattern: RegExp;
  refuseLoneSurrogates: boolean;
  drawIdNonEmpty: boolean;
  extension: { everySizeAtLeast: boolean; someSizeLarger: boolean; baseRecordRequired: boolean };
}

export const SAMPLE_READINGS: Readonly<SampleReadings> = {
  /** S1: no items (no finished inspection in scope) — refused, as dsr-draw/1 refuses N = 0: a sample of nothing. */
  refuseEmptyItems: true,
  /** S2: with RATIO, ratioBp is an integer in this range (the draw's range); with GB2828-II it must be null. */
  ratioBpRange: { least: 1, most: 10000 },
  /** S3: minPerStratum ≥ 1 as the page says, no upper bound (n_h is capped at N_h anyway). */
  minPerStratumLeast: 1,
  /** S4: items must be strictly increasing by id in code-point order: unsorted or repeated ids are refused, never sorted. */
  itemsStrictlySorted: true,
  /**
   * S5: the snapshot and each item have exactly the fields the page lists; another field is refused (the
   * poolDigest would otherwise hash something no reader of the page knows about).
   */
  snapshotKeys: ['algorithm', 'drawId', 'extends', 'items', 'minPerStratum', 'ratioBp', 'sizeRule'],
  itemKeys: ['id', 'resultDigest', 'stratum'],
  /** S6: an item's resultDigest and `extends` are 64 lowercase hex digits (a SHA-256 as the page writes hex). */
  digestPattern: /^[0-9a-f]{64}$/,
  /**
   * S7: drawId, item ids, strata and the beacon must be well-formed Unicode (no lone surrogate): UTF-8 of a
   * lone surrogate is undefined (Node writes U+FFFD, so two ids would share a ticket; JSON.stringify escapes it
   * where Python's json.dumps cannot encode it). With unique well-formed ids two tickets are equal only
   * by a SHA-256 collision: "ties by id" is kept but cannot be reached.
   */
  refuseLoneSurrogates: true,
  /** S8: the drawId is a non-empty string (as dsr-draw/1 requires); a stratum may be any string, even empty. */
  drawIdNonEmpty: true,
  /**
   * S9: an enlarged sample (`extends` not null) keeps the drawId, items, nonce and beacon of the sample it
   * names; every stratum's size is at least that sample's and one is larger. Offline, the verifier needs the
   * enlarged sample's own record inside the record (`extended`); without it the `extends` check fails.
   */
  extension: { everySizeAtLeast: true, someSizeLarger: true, baseRecordRequired: true },
};

/** A string with a lone surrogate (a pair is one code point under the u flag and does not match). */
export const hasLoneSurrogate = (text: string): boolean => /\p{Cs}/u.test(text);
