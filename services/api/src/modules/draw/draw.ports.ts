import type { Inspection } from '@dsr/db';
import type { RequestContext } from '../../context';
import type { DrawableRound } from '../planning/planning.service';

/**
 * What the draw module uses of planning and inspection, handed to its constructor by the
 * composition root (services.ts). The draw depends on them, never the other way round.
 */
export interface DrawablePlanning {
  /** R24: the round, if its plan may be drawn from (acknowledged, or filed where allowed). */
  requireDrawableRound(ctx: RequestContext, roundId: string): Promise<DrawableRound>;
}

/** A swap as it reaches the inspection made from the draw (R30/R32). */
export interface DrawSwapChange {
  drawId: string;
  targetId: string;
  removed: string;
  added: string;
  addedDepartmentId: string;
  reason: string;
}

/** How the inspections made from a draw follow its later amendments (swaps, redraws). */
export interface DrawAmendmentsPort {
  drawnInspectionOf(ctx: RequestContext, drawId: string, targetId: string): Promise<Inspection | null>;
  assertTeamOpen(inspection: Pick<Inspection, 'status' | 'id'>): void;
  applySwap(ctx: RequestContext, change: DrawSwapChange): Promise<{ id: string } | null>;
  withdrawReplacedDraw(
    ctx: RequestContext,
    replacedId: string,
    by: { id: string; reason: string },
  ): Promise<{ cancelled: string[]; takenOut: string[] }>;
}

export interface DrawInspections {
  /** R32/R35: the drawn targets become inspections, joined with other draws' where they meet. */
  matchDraw(ctx: RequestContext, drawId: string): Promise<readonly unknown[]>;
  /** R23: targets under a direct check in the window, which are not drawn for it. */
  targetsUnderDirectCheck(
    ctx: RequestContext,
    bureauIds: readonly string[],
    windowStart: string,
    windowEnd: string,
  ): Promise<Set<string>>;
  readonly drawAmendments: DrawAmendmentsPort;
}

/**
 * The draw in public (issue 14): the commitment is published as the draw is committed, the result
 * and its record as it runs, a new version of the result as a swap amends it; each in the same
 * transaction as the act itself, so nothing is drawn unpublished (the publication module).
 */
export interface DrawPublicationsPort {
  committed(ctx: RequestContext, drawId: string): Promise<void>;
  drawn(ctx: RequestContext, drawId: string): Promise<void>;
  swapped(ctx: RequestContext, drawId: string): Promise<void>;
  /** A redraw was committed: the replaced draw's published result gains a version that names it (R31). */
  replaced(ctx: RequestContext, drawId: string): Promise<void>;
}
