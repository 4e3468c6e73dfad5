import { ROLE_SETS } from '@dsr/domain';
import type { PermissionTable } from '../../common/access';

/** Who may take each action of the inspection module. */
export const INSPECTION_PERMISSIONS = {
  // REST actions
  /** R42: the archive list is for the coordinating office, the administrator and oversight (督察). */
  exportRetentionList: ROLE_SETS.READS_ARCHIVE,
} satisfies PermissionTable<string>;
