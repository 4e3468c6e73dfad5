import { allowedBy } from '../../common/rules';
import { REPORT_PERMISSIONS as R } from './report.access';

/** Who may call each root field of the supervision reports (report.access.ts). */
export const reportPermissions = {
  Query: {
    supervisionReports: allowedBy(R, 'supervisionReports'),
    reportRounds: allowedBy(R, 'reportRounds'),
    situationReportDue: allowedBy(R, 'situationReportDue'),
  },
  Mutation: {
    requestSupervisionReport: allowedBy(R, 'requestSupervisionReport'),
  },
};
