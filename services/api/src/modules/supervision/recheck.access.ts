import { ROLES } from '@dsr/domain';
import type { PermissionTable } from '../../common/access';

/** 法制 and 督察 (R54: 000 §43, 001 六(一)): who opens, runs and records a re-check and closes its findings. */
export const RECHECKERS = ['LEGAL_REVIEWER', 'OVERSIGHT'] as const;
/** Witnesses who may enter a re-check's beacon (a second person, as for a draw). */
const WITNESSES = ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'OVERSIGHT', 'LEADER', 'LEGAL_REVIEWER'] as const;

/**
 * Who may call each root field of the re-check part of the supervision module. Reads are open to every
 * signed-in user: the scope filter and row-level security show a re-check to its bureau and those above,
 * a finding also to the county that answers it. The functions below narrow writes to the own bureau.
 */
export const RECHECK_PERMISSIONS = {
  rechecks: ROLES,
  recheck: ROLES,
  recheckSamples: ROLES,
  recheckItems: ROLES,
  recheckRecord: ROLES,
  verifyRecheck: ROLES,
  recheckFindings: ROLES,
  openRecheck: RECHECKERS,
  enterRecheckBeacon: WITNESSES,
  runRecheck: RECHECKERS,
  enlargeRecheck: RECHECKERS,
  // The drawn re-check inspectors, or 法制/督察 on the documents (checked in recheck-exam.ts).
  recordRecheckExamination: ['LEGAL_REVIEWER', 'OVERSIGHT', 'INSPECTOR', 'DEPARTMENT_HEAD'],
  // The county's office or the department head answers (and prepares the publication's correction, R48).
  answerRecheckFinding: ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD'],
  closeRecheckFinding: RECHECKERS,
} as const satisfies PermissionTable<string>;

export type RecheckAction = keyof typeof RECHECK_PERMISSIONS;
