import { ROLES, ROLE_SETS } from '@dsr/domain';
import type { PermissionTable } from '../../common/access';

/**
 * Who may call each root field of the downloads module, and who may have a link to the archive
 * list (R42: the office, the administrator and oversight). What each other path needs is decided by
 * the route it names (download-links.ts).
 */
export const DOWNLOADS_PERMISSIONS = {
  // Every user holds a role: signed links are for any signed-in caller.
  downloadUrl: ROLES,
  exportUrl: ROLES,
  startExport: ROLES,
  retentionExport: ROLE_SETS.READS_ARCHIVE,
} as const satisfies PermissionTable<string>;

export type DownloadsAction = keyof typeof DOWNLOADS_PERMISSIONS;
