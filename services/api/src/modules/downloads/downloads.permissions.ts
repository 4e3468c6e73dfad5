import { allowedBy } from '../../common/rules';
import { DOWNLOADS_PERMISSIONS } from './downloads.access';

/** Signed links are for signed-in callers; what each path needs is decided in download-links.ts. */
export const downloadsPermissions = {
  Query: {
    downloadUrl: allowedBy(DOWNLOADS_PERMISSIONS, 'downloadUrl'),
    exportUrl: allowedBy(DOWNLOADS_PERMISSIONS, 'exportUrl'),
  },
  Mutation: {
    startExport: allowedBy(DOWNLOADS_PERMISSIONS, 'startExport'),
  },
};
