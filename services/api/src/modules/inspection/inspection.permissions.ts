import { allowedBy, isAuthenticated } from '../../common/rules';
import { INSPECTION_PERMISSIONS, openToAllSignedIn, type InspectionAction } from './inspection.access';

/** Shield's rule for an action of the module's permission table (inspection.access.ts). */
const rule = (action: InspectionAction) =>
  openToAllSignedIn(action) ? isAuthenticated : allowedBy(INSPECTION_PERMISSIONS, action);

/**
 * Who may call each root field of the inspection module; the services then check membership, lead
 * department and bureau (inspection.access.ts). Fields of the types (Inspection.evidence and the
 * like) are open to whoever got the inspection: its rows are read through the same scope filter and
 * row-level security as the inspection's.
 */
export const inspectionPermissions = {
  Query: {
    inspections: rule('inspections'),
    inspection: rule('inspection'),
    myInspections: rule('myInspections'),
    inspectionReportsDue: rule('inspectionReportsDue'),
    rectificationsDue: rule('rectificationsDue'),
    overdueInspectionReportCounts: rule('overdueInspectionReportCounts'),
  },
  Mutation: {
    matchInspections: rule('matchInspections'),
    createDirectCheck: rule('createDirectCheck'),
    scheduleInspection: rule('scheduleInspection'),
    joinInspection: rule('joinInspection'),
    leaveInspection: rule('leaveInspection'),
    linkInspectorUser: rule('linkInspectorUser'),
    submitInspectionRecord: rule('submitInspectionRecord'),
    correctInspectionRecord: rule('correctInspectionRecord'),
    submitInspectionReport: rule('submitInspectionReport'),
    reviewInspectionReport: rule('reviewInspectionReport'),
    issueRectificationNotice: rule('issueRectificationNotice'),
    draftRectificationNotice: rule('draftRectificationNotice'),
    issueRectificationDraft: rule('issueRectificationDraft'),
    recordFollowUpCheck: rule('recordFollowUpCheck'),
    recordPenaltyDecision: rule('recordPenaltyDecision'),
    recordPenaltyRevocation: rule('recordPenaltyRevocation'),
  },
};
