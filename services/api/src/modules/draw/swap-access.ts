import { DomainError, type SwapApproverRole } from '@dsr/domain';
import type { DrawSwapRequest } from '@dsr/db';
import type { Principal } from '../../context';
import { forbidden } from '../../common/errors';

/** The coordinating office: asks for a swap in any department (R31: the swap is filed with it). */
const OFFICE = ['ADMIN', 'COORDINATOR'];

/**
 * Who may do what with a swap (R31, DRAW.md §9 "Two people, two steps"), in one place:
 * the office or the removed inspector's department requests; that department's head approves or
 * declines, never the requester; a head's own request goes to the bureau leader.
 */
export const swapAccess = {
  requireRequester(p: Principal, departmentId: string): void {
    if (!p.roles.some((r) => OFFICE.includes(r)) && p.departmentId !== departmentId) {
      throw forbidden('换人申请由双随机办或被换人员所在部门提出（R31）');
    }
  },

  /** The approver a request needs, fixed when it is made. */
  approverRoleFor(p: Principal, departmentId: string): SwapApproverRole {
    return p.roles.includes('DEPARTMENT_HEAD') && p.departmentId === departmentId ? 'LEADER' : 'DEPARTMENT_HEAD';
  },

  requireDecider(p: Principal, request: Pick<DrawSwapRequest, 'requestedBy' | 'approverRole' | 'departmentId'>): void {
    if (p.userId === request.requestedBy) {
      throw new DomainError('SECOND_PERSON_REQUIRED', '换人须由申请人以外的另一人批准（R31）', 'requestId');
    }
    if (request.approverRole === 'LEADER') {
      if (!p.roles.includes('LEADER')) throw forbidden('部门负责人本人提出的换人申请，由局领导批准（R31）');
      return;
    }
    if (!p.roles.includes('DEPARTMENT_HEAD') || p.departmentId !== request.departmentId) {
      throw forbidden('换人申请由被换人员所在部门的负责人批准（R31）');
    }
  },
};
