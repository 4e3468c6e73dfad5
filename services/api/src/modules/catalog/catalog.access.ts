import { ROLE_SETS } from '@dsr/domain';
import type { PermissionTable } from '../../common/access';

/** Who may take each action of the catalog module (the import checks each row's department). */
export const CATALOG_PERMISSIONS = {
  // REST actions
  importItems: ROLE_SETS.MAINTAINS_DIRECTORIES,
} satisfies PermissionTable<string>;
