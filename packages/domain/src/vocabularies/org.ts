/**
 * The org module's vocabularies, defined once: the entity types and the GraphQL enums
 * (services/api/src/modules/org/org.types.ts) come from these lists. Roles: roles.ts.
 */

/** The levels of the bureau tree: 公安厅, 市局, 县局/区局. */
export const BUREAU_LEVELS = ['PROVINCE', 'CITY', 'COUNTY'] as const;
export type BureauLevel = (typeof BUREAU_LEVELS)[number];

/** Kinds of department: police units, legal, oversight, the coordinating office, external agencies. */
export const DEPARTMENT_KINDS = ['POLICE', 'LEGAL', 'OVERSIGHT', 'COORDINATING', 'EXTERNAL'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];
