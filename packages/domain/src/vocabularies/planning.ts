/**
 * The words of plans and filing (R19–R24), defined once: the entity types, the GraphQL enums and
 * new migrations' check constraints come from these lists (order included).
 */

/** A bureau's annual plan, a department's work plan, or a joint plan of the coordinating office. */
export const PLAN_KINDS = ['BUREAU', 'DEPARTMENT', 'JOINT'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** Draft → filed → acknowledged, or returned with comments (and filed again). */
export const PLAN_STATUSES = ['DRAFT', 'FILED', 'ACKNOWLEDGED', 'RETURNED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_ACTIONS = ['EDIT', 'FILE', 'ACKNOWLEDGE', 'RETURN'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** What the receiving bureau decides on a filing. */
export const FILING_DECISIONS = ['ACKNOWLEDGED', 'RETURNED'] as const;
export type FilingDecision = (typeof FILING_DECISIONS)[number];
