import { isAuthenticated } from '../../common/rules';

/** Signed links are for signed-in callers; what each path needs is decided in download-links.ts. */
export const downloadsPermissions = {
  Query: { downloadUrl: isAuthenticated, exportUrl: isAuthenticated },
};
