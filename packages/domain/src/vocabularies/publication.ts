/**
 * The words of publication (一公开, issue 14, R46–R48), defined once: the entity type, the GraphQL
 * enums and the migration's check constraints come from these lists (order included).
 */

/** What can be published (R46). Each kind's document has its own shape (packages/domain/src/publication). */
export const PUBLICATION_KINDS = [
  'ITEM_LIST',
  'INSPECTOR_LIST',
  'TARGET_DIRECTORY',
  'PLAN',
  'DRAW_COMMITMENT',
  'DRAW_RESULT',
  'INSPECTION_RESULT',
  'PENALTY_RESULT',
  'CREDIT_ENTRY',
  'AUDIT_CHECKPOINT',
] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

/** A first publication, or a new document of the series that supersedes the published one (R48). */
export const PUBLICATION_ACTIONS = ['PUBLISH', 'CORRECT', 'WITHDRAW'] as const;
export type PublicationAction = (typeof PUBLICATION_ACTIONS)[number];

/** Prepared → approved (published) or returned (then prepared again); a published one is superseded by the next. */
export const PUBLICATION_STATUSES = ['PENDING_APPROVAL', 'RETURNED', 'PUBLISHED', 'SUPERSEDED'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

/** Who may approve publications, as a bureau names it (R48): a leader by default, or 法制, the office, a head. */
export const PUBLICATION_APPROVER_ROLES = ['LEADER', 'LEGAL_REVIEWER', 'COORDINATOR', 'DEPARTMENT_HEAD'] as const;
export type PublicationApproverRole = (typeof PUBLICATION_APPROVER_ROLES)[number];
