import { ROLE_SETS } from '@dsr/domain';
import type { PermissionTable } from '../../common/access';

/** Who may take each action of the registry module (the import checks each row's department). */
export const REGISTRY_PERMISSIONS = {
  // REST actions
  importTargets: ROLE_SETS.MAINTAINS_DIRECTORIES,
  importInspectors: ROLE_SETS.MAINTAINS_DIRECTORIES,
} satisfies PermissionTable<string>;
