import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@dsr/domain';
import { INSPECTION_PERMISSIONS, openToAllSignedIn, type InspectionAction } from './inspection.access';
import { inspectionPermissions } from './inspection.permissions';

/** The role lists the shield had before the permission table (issue 11: behaviour stays). */
const BEFORE: Partial<Record<InspectionAction, readonly Role[]>> = {
  overdueInspectionReportCounts: ['ADMIN', 'COORDINATOR', 'LEADER', 'OVERSIGHT'],
  matchInspections: ['ADMIN', 'COORDINATOR'],
  createDirectCheck: ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'INSPECTOR'],
  scheduleInspection: ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'INSPECTOR'],
  joinInspection: ['COORDINATOR'],
  leaveInspection: ['COORDINATOR'],
  linkInspectorUser: ['ADMIN'],
  submitInspectionRecord: ['INSPECTOR', 'DEPARTMENT_HEAD'],
  correctInspectionRecord: ['INSPECTOR', 'DEPARTMENT_HEAD'],
  submitInspectionReport: ['INSPECTOR', 'DEPARTMENT_HEAD'],
  reviewInspectionReport: ['DEPARTMENT_HEAD'],
  issueRectificationNotice: ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'INSPECTOR', 'LEADER', 'LEGAL_REVIEWER'],
  draftRectificationNotice: ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'INSPECTOR'],
  issueRectificationDraft: ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'INSPECTOR', 'LEADER', 'LEGAL_REVIEWER'],
  recordFollowUpCheck: ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'INSPECTOR'],
  recordPenaltyDecision: ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'INSPECTOR'],
  recordPenaltyRevocation: ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'INSPECTOR'],
  exportRetention: ['ADMIN', 'COORDINATOR', 'OVERSIGHT'],
};
const SIGNED_IN_ONLY = ['inspections', 'inspection', 'myInspections', 'inspectionReportsDue'];

describe('inspection permission table', () => {
  it('names every root field of the module, with the roles the shield allowed before', () => {
    const fields = [...Object.keys(inspectionPermissions.Query), ...Object.keys(inspectionPermissions.Mutation)];
    for (const field of fields) expect(Object.keys(INSPECTION_PERMISSIONS)).toContain(field);
    for (const [action, roles] of Object.entries(BEFORE)) {
      expect([...INSPECTION_PERMISSIONS[action as InspectionAction]].sort(), action).toEqual([...roles].sort());
    }
  });

  it('asks only for a sign-in where any role may read (the service decides on the inspection)', () => {
    for (const action of SIGNED_IN_ONLY) {
      expect(openToAllSignedIn(action as InspectionAction)).toBe(true);
      expect(INSPECTION_PERMISSIONS[action as InspectionAction]).toEqual(ROLES);
    }
    expect(openToAllSignedIn('matchInspections')).toBe(false);
  });
});
