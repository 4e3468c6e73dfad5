import { allowedBy } from '../../common/rules';
import { DRAW_PERMISSIONS, type DrawAction } from './draw.access';

const may = (action: DrawAction) => allowedBy(DRAW_PERMISSIONS, action);

/** The shield rules of the draw module's root fields, from its permission table (draw.access.ts). */
export const drawPermissions = {
  Query: {
    draws: may('draws'),
    draw: may('draw'),
    verifyDraw: may('verifyDraw'),
    drawRecord: may('drawRecord'),
    pendingDrawDispatches: may('pendingDrawDispatches'),
    pendingDrawSwapRequests: may('pendingDrawSwapRequests'),
  },
  Mutation: {
    commitDraw: may('commitDraw'),
    enterDrawBeacon: may('enterDrawBeacon'),
    runDraw: may('runDraw'),
    redraw: may('redraw'),
    requestDrawSwap: may('requestDrawSwap'),
    approveDrawSwap: may('approveDrawSwap'),
    declineDrawSwap: may('declineDrawSwap'),
    nameCrossRegionPool: may('nameCrossRegionPool'),
    confirmDrawDispatch: may('confirmDrawDispatch'),
  },
};
