/**
 * The inspection module's vocabularies (issue 5), defined once: the entity unions, the GraphQL
 * enums (their values and order, services/api/src/modules/inspection/inspection-enums.ts) and the
 * checks of new migrations come from these lists.
 */

/** Where an inspection came from: a draw, or a direct check (R23). */
export const INSPECTION_KINDS = ['DRAWN', 'DIRECT'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** An inspection's states; they only move forward. */
export const INSPECTION_STATUSES = [
  'MATCHED',
  'SCHEDULED',
  'RECORDED',
  'REPORTED',
  'RECTIFYING',
  'CLOSED',
  'CANCELLED',
] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

/** Before the on-site record (R36): the visit's day and the team may still change. */
export const TEAM_OPEN_STATUSES = ['MATCHED', 'SCHEDULED'] as const satisfies readonly InspectionStatus[];

export function isTeamOpen(status: InspectionStatus): boolean {
  return (TEAM_OPEN_STATUSES as readonly InspectionStatus[]).includes(status);
}

/** Why a direct check is opened outside the draw (R23). */
export const DIRECT_CHECK_REASONS = ['COMPLAINT', 'REFERRAL', 'CASE', 'CRIME_ON_SPOT', 'CAMPAIGN'] as const;
export type DirectCheckReason = (typeof DIRECT_CHECK_REASONS)[number];

/** The answer to one line of the checklist. */
export const CHECK_ANSWERS = ['NORMAL', 'ABNORMAL'] as const;
export type CheckAnswer = (typeof CHECK_ANSWERS)[number];

/** How the check was made (R43, R44). */
export const RECORD_METHODS = ['ON_SITE', 'DOCUMENTARY', 'ONLINE_MONITORING', 'THIRD_PARTY_TEST'] as const;
export type RecordMethod = (typeof RECORD_METHODS)[number];

/** Ways a target refused to cooperate (R37). */
export const NON_COOPERATION_KINDS = [
  'BLOCKED_ENTRY',
  'BLOCKED_QUESTIONING',
  'REFUSED_DOCUMENTS',
  'FALSE_INFORMATION',
  'OTHER',
] as const;
export type NonCooperationKind = (typeof NON_COOPERATION_KINDS)[number];

/** The short names written into the target's risk factor (R37 → R10). */
export const NON_COOPERATION_LABELS: Record<NonCooperationKind, string> = {
  BLOCKED_ENTRY: '拒绝、阻碍进入',
  BLOCKED_QUESTIONING: '拒绝、阻碍询问',
  REFUSED_DOCUMENTS: '无正当理由拒绝提供资料',
  FALSE_INFORMATION: '提供虚假情况',
  OTHER: '其他不配合',
};

/** The report's states (R39). */
export const REPORT_STATUSES = ['SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The report's proposed handling (R38). */
export const INSPECTION_OPINIONS = [
  'NO_ANOMALY',
  'RECTIFICATION',
  'CASE_FILED',
  'REFERRED',
  'JUDICIAL',
  'OTHER',
] as const;
export type InspectionOpinion = (typeof INSPECTION_OPINIONS)[number];

/** A rectification notice's states (R40). */
export const NOTICE_STATUSES = ['ISSUED', 'CLOSED', 'ESCALATED'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** What the follow-up check found (R40). */
export const FOLLOW_UP_RESULTS = ['RECTIFIED', 'NOT_RECTIFIED'] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];

/** How an inspector came onto a team. */
export const MEMBER_JOINED_VIA = ['DRAW', 'DIRECT', 'COORDINATOR', 'SWAP'] as const;
export type MemberJoinedVia = (typeof MEMBER_JOINED_VIA)[number];

/** The kinds of evidence attached to an inspection (R36). */
export const EVIDENCE_KINDS = ['PHOTO', 'AUDIO', 'VIDEO', 'DOCUMENT', 'SIGNATURE'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
