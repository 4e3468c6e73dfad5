import { DrawDispatch, DrawSwapRequest, type Draw } from '@dsr/db';
import type { RequestContext } from '../../context';
import type { DrawAmendmentsPort } from './draw.ports';

export type ReplacedDrawSummary = {
  drawId: string;
  closedDispatches: string[];
  cancelledSwapRequests: string[];
  cancelledInspections: string[];
  jointInspectionsTakenOut: string[];
};

/**
 * R31: when a redraw runs, what the draw it replaces started stops: unconfirmed dispatches close,
 * open swap requests are cancelled, and its inspections without a record are cancelled or, where
 * joint, lose its part. All state changes, kept with the reason.
 */
export async function closeReplacedDraw(
  ctx: RequestContext,
  amendments: DrawAmendmentsPort,
  replacedId: string,
  by: Draw,
): Promise<ReplacedDrawSummary> {
  const reason = `被重抽取代（R31）：${by.redrawReason ?? ''}`;
  const now = new Date();
  const dispatches = await ctx.em.find(DrawDispatch, { drawId: replacedId, confirmedAt: null, closedAt: null });
  for (const d of dispatches) Object.assign(d, { closedAt: now, closedReason: reason, closedByDrawId: by.id });
  const requests = await ctx.em.find(DrawSwapRequest, { drawId: replacedId, status: 'REQUESTED' });
  for (const r of requests) Object.assign(r, { status: 'CANCELLED', decidedAt: now, decisionReason: reason });
  await ctx.em.flush();
  const work = await amendments.withdrawReplacedDraw(ctx, replacedId, { id: by.id, reason: by.redrawReason ?? '' });
  return {
    drawId: replacedId,
    closedDispatches: dispatches.map((d) => d.id),
    cancelledSwapRequests: requests.map((r) => r.id),
    cancelledInspections: work.cancelled,
    jointInspectionsTakenOut: work.takenOut,
  };
}
