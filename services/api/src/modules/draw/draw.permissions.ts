import { hasAnyRole, isAuthenticated } from '../../common/rules';

const drawers = hasAnyRole('ADMIN', 'COORDINATOR');
const witnesses = hasAnyRole('ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'OVERSIGHT', 'LEADER');

/** Who may call each root field of the draw module (the service checks bureau and department). */
export const drawPermissions = {
  Query: {
    draws: isAuthenticated,
    draw: isAuthenticated,
    verifyDraw: isAuthenticated,
    drawRecord: isAuthenticated,
    pendingDrawDispatches: isAuthenticated,
    pendingDrawSwapRequests: isAuthenticated,
  },
  Mutation: {
    commitDraw: drawers,
    enterDrawBeacon: witnesses,
    runDraw: drawers,
    redraw: hasAnyRole('DEPARTMENT_HEAD'),
    // R31, DRAW.md §9: requested by the office or the removed inspector's department, decided by another person (draw-swap.ts).
    requestDrawSwap: hasAnyRole('ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'INSPECTOR'),
    approveDrawSwap: hasAnyRole('DEPARTMENT_HEAD', 'LEADER'),
    declineDrawSwap: hasAnyRole('DEPARTMENT_HEAD', 'LEADER'),
    nameCrossRegionPool: drawers,
    confirmDrawDispatch: hasAnyRole('DEPARTMENT_HEAD', 'COORDINATOR', 'ADMIN'),
  },
};
