import type { TextKind } from './text-rules';

/**
 * Every text a caller can send, in one table: what kind of text it is and how long it may be.
 * Keys are `InputType.field` or `Type.field(argument)`; the third column names the database
 * column the value is stored in, and test/edge-input-limits.test.ts checks that its length
 * limit in PostgreSQL is this one, and that every String input of the schema has a line here.
 *
 * NAME: one line, no bidirectional overrides or zero-width characters (names, codes, numbers).
 * LINE: one line (reasons, addresses). TEXT: several lines and tabs (findings, comments).
 */
export type InputLimit = readonly [kind: TextKind, max: number, column?: string];

/** An ID or cursor nobody listed (UUIDs, opaque cursors). */
export const ID_LIMIT: InputLimit = ['NAME', 100];
/** A String input nobody listed yet (the drift test names it). */
export const DEFAULT_LIMIT: InputLimit = ['LINE', 2000];

const DATE: InputLimit = ['NAME', 32];
const CURSOR: InputLimit = ['NAME', 200];
const SEARCH: InputLimit = ['NAME', 50];
const VOCABULARY: InputLimit = ['NAME', 60];
const PASSWORD: InputLimit = ['LINE', 128];

export const INPUT_LIMITS: Record<string, InputLimit> = {
  // Signed download links and export filters (issue 10 §4).
  'Query.downloadUrl(path)': ['LINE', 2000],
  'ExportFilterInput.nameContains': ['NAME', 200],
  'ExportFilterInput.status': ['NAME', 40],
  'ExportFilterInput.businessCategory': ['NAME', 40],
  'ExportFilterInput.regionCode': ['NAME', 12],
  'ExportFilterInput.grade': ['NAME', 20],
  'ExportFilterInput.code': ['NAME', 40],
  'UpdateBureauSettingsInput.documentMark': ['NAME', 20],
  'IssueRectificationInput.contactPhone': ['NAME', 40],
  // An administrator's reason for entering past work (kept in the audit entry).
  'AddPlanRoundInput.lateEntryReason': ['TEXT', 500],
  'CommitDrawInput.lateEntryReason': ['TEXT', 500],
  'ScheduleInspectionInput.lateEntryReason': ['TEXT', 500],
  'InspectionRecordInput.lateEntryReason': ['TEXT', 500],
  // Two-step swaps (DRAW.md §9); the table checks 2–500 characters with a range, not `length(x) <= n`.
  'RequestDrawSwapInput.reason': ['TEXT', 500],
  'DeclineDrawSwapInput.reason': ['TEXT', 500],
  'AcknowledgePlanFilingInput.comment': ['TEXT', 2000, 'plan_filing.comment'],
  'ReturnPlanFilingInput.comment': ['TEXT', 2000, 'plan_filing.comment'],
  'AddPermitInput.permitNo': ['NAME', 100, 'target_permit.permit_no'],
  'AddPermitInput.permitType': ['NAME', 100, 'target_permit.permit_type'],
  'AddPermitInput.validFrom': DATE,
  'AddPermitInput.validUntil': DATE,
  'AddPlanRoundInput.windowEnd': ['NAME', 10],
  'AddPlanRoundInput.windowStart': ['NAME', 10],
  'AuditEntryFilter.objectId': ['NAME', 100],
  'AuditEntryFilter.objectType': VOCABULARY,
  'AuditEntryFilter.operation': VOCABULARY,
  'AuditEntryFilter.from': DATE,
  'AuditEntryFilter.to': DATE,
  'BureauFilter.nameContains': SEARCH,
  'ChangeInspectionMemberInput.reason': ['TEXT', 500, 'inspection_member.left_reason'],
  'ChangePasswordInput.currentPassword': PASSWORD,
  'ChangePasswordInput.newPassword': PASSWORD,
  'ChecklistAnswerInput.remark': ['TEXT', 1000],
  'CommitDrawInput.beaconNote': ['TEXT', 200, 'draw.beacon_note'],
  'RedrawInput.beaconNote': ['TEXT', 200, 'draw.beacon_note'],
  'RedrawInput.reason': ['TEXT', 500, 'draw.redraw_reason'],
  'CreateDepartmentInput.code': ['NAME', 32],
  'CreateDepartmentInput.name': ['NAME', 60, 'department.name'],
  'UpdateDepartmentInput.name': ['NAME', 60, 'department.name'],
  'CreateDirectCheckInput.reference': ['LINE', 200, 'inspection.direct_reference'],
  'CreateDirectCheckInput.windowEnd': DATE,
  'CreateDirectCheckInput.windowStart': DATE,
  'CreateItemInput.code': ['NAME', 40],
  'CreatePlanInput.title': ['NAME', 200, 'plan.title'],
  'UpdatePlanInput.title': ['NAME', 200, 'plan.title'],
  'CreateUserInput.displayName': ['NAME', 60, 'app_user.display_name'],
  'UpdateUserInput.displayName': ['NAME', 60, 'app_user.display_name'],
  'CreateUserInput.initialPassword': PASSWORD,
  'ResetUserPasswordInput.newPassword': PASSWORD,
  'CreateUserInput.username': ['NAME', 64],
  'LoginInput.username': ['NAME', 64],
  'LoginInput.password': PASSWORD,
  'DeclareConflictInput.detail': ['TEXT', 500, 'conflict_of_interest.detail'],
  'EndConflictInput.reason': ['TEXT', 500, 'conflict_of_interest.end_reason'],
  'EndConflictInput.until': DATE,
  'DeclareConflictInput.since': DATE,
  'DeclareConflictInput.until': DATE,
  'EnterBeaconInput.beacon': ['LINE', 200],
  'FollowUpInput.caseNo': ['NAME', 100, 'rectification_notice.case_no'],
  'FollowUpInput.checkedOn': DATE,
  'FollowUpInput.remarks': ['TEXT', 5000, 'rectification_notice.follow_up_remarks'],
  'FrequencyRuleInput.grade': ['NAME', 20],
  'HolidayScheduleDayInput.date': DATE,
  'HolidayScheduleDayInput.name': ['NAME', 20, 'holiday_schedule.name'],
  'InspectionRecordInput.correctionReason': ['TEXT', 1000, 'inspection_record.correction_reason'],
  'InspectionRecordInput.findings': ['TEXT', 10000, 'inspection_record.findings'],
  'InspectionRecordInput.place': ['LINE', 500, 'inspection_record.place'],
  'InspectionRecordInput.refusalReason': ['TEXT', 1000, 'inspection_record.refusal_reason'],
  'InspectionRecordInput.representative': ['NAME', 100, 'inspection_record.representative'],
  'InspectionRecordInput.signatureRef': ['NAME', 500, 'inspection_record.signature_ref'],
  'InspectionRecordInput.witness': ['NAME', 100, 'inspection_record.witness'],
  'InspectionReportInput.assessment': ['TEXT', 10000, 'inspection_report.assessment'],
  'InspectionReportInput.content': ['TEXT', 10000, 'inspection_report.content'],
  'InspectionReportInput.findings': ['TEXT', 10000, 'inspection_report.findings'],
  'InspectionReportInput.opinionDetail': ['TEXT', 2000, 'inspection_report.opinion_detail'],
  'InspectionReportInput.steps': ['TEXT', 10000, 'inspection_report.steps'],
  'InspectionReportInput.suggestions': ['TEXT', 5000, 'inspection_report.suggestions'],
  'ReviewInspectionReportInput.comment': ['TEXT', 2000, 'inspection_report.review_comment'],
  'InspectorFilter.nameContains': ['NAME', 30],
  'InspectorFilter.skill': VOCABULARY,
  'InspectorInput.agencyCertificateNo': ['NAME', 40, 'inspector.agency_certificate_no'],
  'InspectorInput.badgeNo': ['NAME', 20, 'inspector.badge_no'],
  'InspectorInput.duty': ['LINE', 60, 'inspector.duty'],
  'InspectorInput.name': ['NAME', 60, 'inspector.name'],
  'InspectorInput.phone': ['NAME', 40, 'inspector.phone'],
  'InspectorInput.post': ['NAME', 60, 'inspector.post'],
  'InspectorInput.qualifications': VOCABULARY,
  'InspectorInput.skills': VOCABULARY,
  'InspectorInput.warrantNo': ['NAME', 30, 'inspector.warrant_no'],
  'InspectorInput.warrantValidUntil': DATE,
  'IssueRectificationInput.deadline': DATE,
  'IssueRectificationInput.documentNo': ['NAME', 100, 'rectification_notice.document_no'],
  'IssueRectificationInput.findings': ['TEXT', 5000, 'rectification_notice.findings'],
  'IssueRectificationInput.legalBasis': ['TEXT', 2000, 'rectification_notice.legal_basis'],
  'ItemContentInput.businessCategories': VOCABULARY,
  'ItemContentInput.checkContents': ['LINE', 500],
  'ItemContentInput.name': ['NAME', 200, 'inspection_item_version.name'],
  'ItemContentInput.notes': ['TEXT', 2000, 'inspection_item_version.notes'],
  'ItemContentInput.requiredSkills': VOCABULARY,
  'ItemContentInput.targetType': ['LINE', 200, 'inspection_item_version.target_type'],
  'LegalBasisInput.articles': ['TEXT', 200],
  'LegalBasisInput.law': ['LINE', 200],
  'NonCooperationInput.detail': ['TEXT', 1000],
  'PenaltyDecisionInput.decidedOn': DATE,
  'PenaltyDecisionInput.decisionNo': ['NAME', 100, 'rectification_notice.penalty_decision_no'],
  'PlanTaskInput.businessCategories': VOCABULARY,
  'PlanTaskInput.externalAgencies': ['NAME', 100],
  'PlanTaskInput.grades': VOCABULARY,
  'PlanTaskInput.name': ['NAME', 200, 'plan_task.name'],
  'PlanTaskInput.regionCodes': ['NAME', 12],
  'PlanTaskInput.requiredSkills': VOCABULARY,
  'Query.inspectorsForItem(onDate)': DATE,
  'RecordRiskInput.note': ['TEXT', 1000, 'target_risk_entry.note'],
  'RecordRiskInput.since': DATE,
  'RecordRiskInput.source': ['LINE', 500, 'target_risk_entry.source'],
  'RecordRiskInput.until': DATE,
  'RetireItemInput.reason': ['TEXT', 500],
  'ReviewDirectoryInput.comment': ['TEXT', 2000, 'directory_review.comment'],
  'ReviewItemInput.comment': ['TEXT', 2000, 'inspection_item_version.review_comment'],
  'ScheduleInspectionInput.date': DATE,
  'TargetFilter.businessCategory': VOCABULARY,
  'TargetFilter.code': ['NAME', 18],
  'TargetFilter.grade': VOCABULARY,
  'TargetFilter.nameContains': SEARCH,
  'TargetFilter.permitExpiringBefore': DATE,
  'TargetFilter.regionCode': ['NAME', 12],
  'TargetInput.businessCategory': ['NAME', 40, 'target.business_category'],
  'TargetInput.contactPhone': ['NAME', 40, 'target.contact_phone'],
  'TargetInput.grade': ['NAME', 20, 'target.grade'],
  'TargetInput.legalRepresentative': ['NAME', 60, 'target.legal_representative'],
  'TargetInput.name': ['NAME', 200, 'target.name'],
  'TargetInput.regionCode': ['NAME', 12],
  'TargetInput.registeredAddress': ['LINE', 300, 'target.registered_address'],
  'TargetInput.registrationAuthority': ['LINE', 100, 'target.registration_authority'],
  'TargetInput.residentId': ['NAME', 18],
  'TargetInput.uscc': ['NAME', 18],
  'TerminateTargetInput.reason': ['TEXT', 500, 'target.termination_reason'],
};

/** Connection cursors (`after`) of every list. */
export function limitOf(key: string, isId: boolean): InputLimit {
  return INPUT_LIMITS[key] ?? (/\(after\)$/.test(key) ? CURSOR : isId ? ID_LIMIT : DEFAULT_LIMIT);
}
