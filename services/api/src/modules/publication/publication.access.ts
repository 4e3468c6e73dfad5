import { ROLES, ROLE_SETS, holdsAnyRole, type PublicationApproverRole } from '@dsr/domain';
import type { Publication } from '@dsr/db';
import type { RequestContext } from '../../context';
import type { PermissionTable } from '../../common/access';
import { forbidden } from '../../common/errors';
import { signedIn } from '../../common/principal';
import { DomainError } from '@dsr/domain';

/**
 * Who may call each action of the publication module (R48). Departments prepare (the office for
 * any department, a head for their own); the role the bureau names approves (checked after the
 * shield, from the settings); the bureau's watchers read the queue and the superior's counts.
 */
export const PUBLICATION_PERMISSIONS = {
  publications: ROLES,
  publication: ROLES,
  publicationQueue: ROLES,
  subordinatePublicationStats: ROLE_SETS.OVERSEES,
  preparePublication: ROLE_SETS.MAINTAINS_DIRECTORIES,
  correctPublication: ROLE_SETS.MAINTAINS_DIRECTORIES,
  withdrawPublication: ROLE_SETS.MAINTAINS_DIRECTORIES,
  approvePublication: ['LEADER', 'LEGAL_REVIEWER', 'COORDINATOR', 'DEPARTMENT_HEAD'],
  returnPublication: ['LEADER', 'LEGAL_REVIEWER', 'COORDINATOR', 'DEPARTMENT_HEAD'],
} as const satisfies PermissionTable<string>;

/** A department head prepares for their own department only; the office for any. */
export function requirePreparerOf(ctx: RequestContext, departmentId: string | null): void {
  const p = signedIn(ctx);
  if (holdsAnyRole(p.roles, ROLE_SETS.ACTS_FOR_BUREAU) || departmentId === p.departmentId) return;
  throw forbidden('部门负责人只能编制本部门的公示');
}

/** R48: the role the bureau names, and never the document's preparer. */
export function requireApproverOf(ctx: RequestContext, pub: Publication, role: PublicationApproverRole): void {
  const p = signedIn(ctx);
  if (pub.preparedBy === p.userId) {
    throw new DomainError('PUBLICATION_SELF_APPROVAL', '编制人不能审核自己编制的公示（R48）', 'id');
  }
  if (!p.roles.includes(role)) throw forbidden('只有本单位指定的审核人可以审核公示（R48）');
  if (role === 'DEPARTMENT_HEAD' && pub.departmentId !== p.departmentId) {
    throw forbidden('部门负责人只能审核本部门的公示');
  }
}
