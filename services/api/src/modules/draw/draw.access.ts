import { DomainError, ROLES, ROLE_SETS, holdsAnyRole, type SwapApproverRole } from '@dsr/domain';
import type { DrawDispatch, DrawSwapRequest } from '@dsr/db';
import type { Principal } from '../../context';
import { forbidden } from '../../common/errors';
import type { PermissionTable } from '../../common/access';

/** Every user holds a role: a read open to all signed-in callers (the scope filter and RLS narrow it). */
const SIGNED_IN = ROLES;
/** Witnesses of a draw, who may enter its beacon: the office, heads, oversight and leaders. */
const WITNESSES = ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'OVERSIGHT', 'LEADER'] as const;
/** R31, DRAW.md §9: swaps are decided by the removed inspector's head, or by a leader for a head's own request. */
const SWAP_DECIDERS = ['DEPARTMENT_HEAD', 'LEADER'] as const;

/** Who may call each root field of the draw module (the functions below check bureau and department). */
export const DRAW_PERMISSIONS = {
  draws: SIGNED_IN,
  draw: SIGNED_IN,
  verifyDraw: SIGNED_IN,
  drawRecord: SIGNED_IN,
  pendingDrawDispatches: SIGNED_IN,
  pendingDrawSwapRequests: SIGNED_IN,
  commitDraw: ROLE_SETS.ACTS_FOR_BUREAU,
  enterDrawBeacon: WITNESSES,
  runDraw: ROLE_SETS.ACTS_FOR_BUREAU,
  redraw: ['DEPARTMENT_HEAD'],
  // Requested by the office or the removed inspector's department (requireSwapRequester).
  requestDrawSwap: ROLE_SETS.HANDLES_INSPECTIONS,
  approveDrawSwap: SWAP_DECIDERS,
  declineDrawSwap: SWAP_DECIDERS,
  nameCrossRegionPool: ROLE_SETS.ACTS_FOR_BUREAU,
  confirmDrawDispatch: ['DEPARTMENT_HEAD', 'COORDINATOR', 'ADMIN'],
} as const satisfies PermissionTable<string>;

export type DrawAction = keyof typeof DRAW_PERMISSIONS;

/** R32: the office confirms any department's dispatch; a head only their own department's. */
export function requireDispatchConfirmer(p: Principal, dispatch: Pick<DrawDispatch, 'departmentId'>): void {
  if (!holdsAnyRole(p.roles, ROLE_SETS.ACTS_FOR_BUREAU) && dispatch.departmentId !== p.departmentId) {
    throw forbidden('只能确认本部门的派发任务');
  }
}

/** R31: the coordinating office asks for a swap in any department, others only in their own. */
export function requireSwapRequester(p: Principal, departmentId: string): void {
  if (!holdsAnyRole(p.roles, ROLE_SETS.ACTS_FOR_BUREAU) && p.departmentId !== departmentId) {
    throw forbidden('换人申请由双随机办或被换人员所在部门提出（R31）');
  }
}

/** The approver a swap request needs, fixed when it is made: a head's own request goes to the leader. */
export function swapApproverRoleFor(p: Principal, departmentId: string): SwapApproverRole {
  return p.roles.includes('DEPARTMENT_HEAD') && p.departmentId === departmentId ? 'LEADER' : 'DEPARTMENT_HEAD';
}

/**
 * R31, DRAW.md §9 "Two people, two steps": the removed inspector's department head decides, never
 * the requester; a head's own request is decided by the bureau leader.
 */
export function requireSwapDecider(
  p: Principal,
  request: Pick<DrawSwapRequest, 'requestedBy' | 'approverRole' | 'departmentId'>,
): void {
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
}
