import { ROLE_SETS } from '@dsr/domain';
import type { PermissionTable } from '../../common/access';

/**
 * Who may call each action of the supervision reports (R22, R56). The office (or the administrator)
 * requests a report of its bureau's work; leaders and oversight read them. Which bureaus a report
 * counts is the requester's subtree, by row-level security.
 */
export const REPORT_PERMISSIONS = {
  supervisionReports: ROLE_SETS.OVERSEES,
  requestSupervisionReport: ROLE_SETS.ACTS_FOR_BUREAU,
  /** The round picker of the request dialog: whoever may request. */
  reportRounds: ROLE_SETS.ACTS_FOR_BUREAU,
  /** The to-do page's reminder of the half-year situation report (R22): the office. */
  situationReportDue: ROLE_SETS.ACTS_FOR_BUREAU,
  /** Reading a report's files (the download route, signed links). */
  supervisionReportFile: ROLE_SETS.OVERSEES,
} as const satisfies PermissionTable<string>;
