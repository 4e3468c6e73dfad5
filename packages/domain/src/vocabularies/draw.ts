/**
 * The draw module's vocabularies, defined once: the entity types, the GraphQL enums
 * (services/api/src/modules/draw/draw.types.ts) and new migrations' checks come from these lists.
 * The beacon sources (BEACON_SOURCES) and the swap request's states and approvers live beside
 * their rules (draw/draw-types.ts, draw/swap-request.ts).
 */

/** DRAW.md §1: committed (snapshot and commitment published), then drawn once. */
export const DRAW_STATUSES = ['COMMITTED', 'DRAWN'] as const;
export type DrawStatus = (typeof DRAW_STATUSES)[number];

/** What an exclusion kept with a draw is about (R33). */
export const DRAW_EXCLUSION_KINDS = ['TARGET', 'INSPECTOR'] as const;
export type DrawExclusionKind = (typeof DRAW_EXCLUSION_KINDS)[number];

/** Whether a selection counts for the current coverage cycle or opens the next (R26). */
export const SELECTION_CYCLES = ['current', 'next'] as const;
export type SelectionCycle = (typeof SELECTION_CYCLES)[number];
