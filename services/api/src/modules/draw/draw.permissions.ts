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
  },
  Mutation: {
    commitDraw: drawers,
    enterDrawBeacon: witnesses,
    runDraw: drawers,
    redraw: hasAnyRole('DEPARTMENT_HEAD'),
    swapDrawInspector: hasAnyRole('DEPARTMENT_HEAD'),
    nameCrossRegionPool: drawers,
    confirmDrawDispatch: hasAnyRole('DEPARTMENT_HEAD', 'COORDINATOR', 'ADMIN'),
  },
};
