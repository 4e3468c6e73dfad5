/**
 * The words of the item list (一单, R1–R8), defined once: the entity types, the GraphQL enums and
 * new migrations' check constraints come from these lists (order included).
 */

/** An item as a whole: never published, published, or retired. */
export const ITEM_STATUSES = ['DRAFT', 'PUBLISHED', 'RETIRED'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** The life cycle of an item version (item-lifecycle.ts has its transitions). */
export const ITEM_VERSION_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'RETURNED',
  'APPROVED',
  'PUBLISHED',
  'SUPERSEDED',
  'RETIRED',
  'WITHDRAWN',
] as const;
export type ItemVersionStatus = (typeof ITEM_VERSION_STATUSES)[number];

export const ITEM_ACTIONS = [
  'EDIT',
  'SUBMIT',
  'APPROVE',
  'RETURN',
  'PUBLISH',
  'RETIRE',
  'SUPERSEDE',
  'WITHDRAW',
] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];

/**
 * Versions whose content can no longer change (a database trigger refuses edits, R6, R45) and
 * which bureaus below see: published, superseded by a newer one, or retired.
 */
export const FROZEN_ITEM_STATUSES = [
  'PUBLISHED',
  'SUPERSEDED',
  'RETIRED',
] as const satisfies readonly ItemVersionStatus[];

/** Versions unpublished work is still going on with: at most one per item. */
export const OPEN_ITEM_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'RETURNED',
  'APPROVED',
] as const satisfies readonly ItemVersionStatus[];

/** Frozen versions a draw may still use (R7, R45): a plan pins them; a retired one is refused. */
export const DRAWABLE_ITEM_STATUSES = ['PUBLISHED', 'SUPERSEDED'] as const satisfies readonly ItemVersionStatus[];

/** Whether a version's status is one of `statuses` (the lists above are narrower than the status type). */
export function itemStatusIn(status: ItemVersionStatus, statuses: readonly ItemVersionStatus[]): boolean {
  return statuses.includes(status);
}

export const ITEM_CATEGORIES = ['GENERAL', 'KEY', 'GENERAL_AND_KEY'] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

export const INSPECTION_METHODS = ['ON_SITE', 'DOCUMENTARY', 'ONLINE'] as const;
export type InspectionMethod = (typeof INSPECTION_METHODS)[number];

/** The legal reviewer's decision on a version in review (R5). */
export const REVIEW_DECISIONS = ['APPROVE', 'RETURN'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** The period of a frequency rule (R4). */
export const FREQUENCY_PERIODS = ['YEAR', 'HALF_YEAR', 'QUARTER', 'MONTH'] as const;
export type FrequencyPeriod = (typeof FREQUENCY_PERIODS)[number];

/** The level of the police organisation a frequency rule is for (R4). */
export const FREQUENCY_LEVELS = ['COUNTY', 'CITY', 'POLICE_STATION'] as const;
export type BureauLevelForFrequency = (typeof FREQUENCY_LEVELS)[number];
