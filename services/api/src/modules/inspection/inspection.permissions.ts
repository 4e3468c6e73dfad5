import { hasAnyRole, isAuthenticated } from '../../common/rules';

const office = hasAnyRole('ADMIN', 'COORDINATOR');
const onSite = hasAnyRole('INSPECTOR', 'DEPARTMENT_HEAD');
const handlers = hasAnyRole('ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'INSPECTOR');
/** Notices: whoever the bureau names as issuer (bureau setting, checked in the service) or drafts. */
const noticeIssuers = hasAnyRole('ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'INSPECTOR', 'LEADER', 'LEGAL_REVIEWER');

/**
 * Who may call each root field of the inspection module (the service checks membership, lead department and bureau).
 * Fields of the types (Inspection.evidence and the like) are open to whoever got the inspection: its rows
 * are read through the same scope filter and row-level security as the inspection's.
 */
export const inspectionPermissions = {
  Query: {
    inspections: isAuthenticated,
    inspection: isAuthenticated,
    myInspections: isAuthenticated,
    inspectionReportsDue: isAuthenticated,
    overdueInspectionReportCounts: hasAnyRole('ADMIN', 'COORDINATOR', 'LEADER', 'OVERSIGHT'),
  },
  Mutation: {
    matchInspections: office,
    createDirectCheck: handlers,
    scheduleInspection: handlers,
    joinInspection: hasAnyRole('COORDINATOR'),
    leaveInspection: hasAnyRole('COORDINATOR'),
    linkInspectorUser: hasAnyRole('ADMIN'),
    submitInspectionRecord: onSite,
    correctInspectionRecord: onSite,
    submitInspectionReport: onSite,
    reviewInspectionReport: hasAnyRole('DEPARTMENT_HEAD'),
    issueRectificationNotice: noticeIssuers,
    draftRectificationNotice: handlers,
    issueRectificationDraft: noticeIssuers,
    recordFollowUpCheck: handlers,
    recordPenaltyDecision: handlers,
  },
};
