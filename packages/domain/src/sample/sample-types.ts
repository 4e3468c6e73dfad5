/** The records of DRAW.md §10 (`dsr-sample/1`), field for field. */
export const SAMPLE_ALGORITHM = 'dsr-sample/1';
/** The product's export of a revealed sample (with the sample it enlarges, if any), for `pnpm verify-draw`. */
export const SAMPLE_RECORD_FORMAT = 'dsr-sample-record/1';
/** How the size of each stratum's sample is set: GB/T 2828.1 general inspection level II, or a ratio. */
export const SAMPLE_SIZE_RULES = ['GB2828-II', 'RATIO'] as const;
export type SampleSizeRule = (typeof SAMPLE_SIZE_RULES)[number];

export interface SampleItem {
  /** A finished inspection. */
  id: string;
  /** The bureau that did it (division code). */
  stratum: string;
  /** hex SHA-256 of the canonical JSON of its result as recorded when the sample was committed. */
  resultDigest: string;
}

export interface SampleSnapshot {
  algorithm: typeof SAMPLE_ALGORITHM;
  drawId: string;
  sizeRule: SampleSizeRule;
  /** With RATIO: basis points of each stratum's population; null with GB2828-II. */
  ratioBp: number | null;
  minPerStratum: number;
  /** resultDigest of the sample this one enlarges, else null. */
  extends: string | null;
  /** Sorted by id. */
  items: SampleItem[];
}

export interface SampleStratum {
  stratum: string;
  population: number;
  sampleSize: number;
}

export interface SampleSelection {
  itemId: string;
  stratum: string;
  /** Lowercase hex of the 32 bytes of SHA-256(seed ‖ UTF-8(itemId)). */
  ticket: string;
}

export interface SampleResult {
  algorithm: typeof SAMPLE_ALGORITHM;
  drawId: string;
  poolDigest: string;
  itemsDigest: string;
  /** In stratum (code-point) order. */
  strata: SampleStratum[];
  /** By stratum, then ticket ascending. */
  selections: SampleSelection[];
}
