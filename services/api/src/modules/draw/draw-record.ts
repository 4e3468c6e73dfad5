import { DRAW_RECORD_FORMAT, DomainError } from '@dsr/domain';
import { Bureau, Draw, Plan, PlanRound, PlanTask, type DrawSwap } from '@dsr/db';
import type { RequestContext } from '../../context';

export { DRAW_RECORD_FORMAT };

/**
 * The exported record of a drawn draw: everything DRAW.md §1 says is published at the reveal
 * (snapshot, pool digest, commitment, nonce, beacon, result, result digest) at the top level
 * where a verifier looks for it, the context a reader needs beside it, and the swaps (§9) that
 * amended it, each verifiable the same way. `replacedBy`/`replacedAt` name the re-draw that
 * replaced it and when that was committed: a verifier checks that no swap took effect later (§9).
 * Exported as canonical JSON (§7).
 */
export async function drawRecordOf(
  ctx: RequestContext,
  draw: Draw,
  swaps: readonly DrawSwap[],
): Promise<Record<string, unknown>> {
  // One after the other: the request's one connection runs them so anyway, and pg deprecates a
  // query handed to a client that is still executing one.
  const bureau = await ctx.em.findOneOrFail(Bureau, { id: draw.bureauId });
  const plan = await ctx.em.findOneOrFail(Plan, { id: draw.planId });
  const task = await ctx.em.findOneOrFail(PlanTask, { id: draw.taskId });
  const round = await ctx.em.findOneOrFail(PlanRound, { id: draw.roundId });
  const replacement = await ctx.em.findOne(Draw, { replacesDrawId: draw.id }, { fields: ['id', 'committedAt'] });
  const drawn = drawnParts(draw);
  return {
    format: DRAW_RECORD_FORMAT,
    algorithm: draw.algorithm,
    drawId: draw.id,
    bureau: { id: bureau.id, name: bureau.name, path: bureau.path },
    plan: { id: plan.id, year: plan.year, title: plan.title },
    task: { id: task.id, name: task.name, joint: task.joint },
    round: { id: round.id, roundNo: round.roundNo, windowStart: round.windowStart, windowEnd: round.windowEnd },
    snapshot: JSON.parse(draw.snapshot) as unknown,
    poolDigest: draw.poolDigest,
    commitment: draw.commitment,
    beaconSource: draw.beaconSource,
    beaconNote: draw.beaconNote,
    beacon: draw.beacon ?? '',
    nonce: draw.nonce,
    result: JSON.parse(drawn.result) as unknown,
    resultDigest: draw.resultDigest,
    committedAt: draw.committedAt.toISOString(),
    committedBy: draw.committedBy,
    drawnAt: drawn.drawnAt.toISOString(),
    drawnBy: draw.drawnBy,
    replaces: draw.replacesDrawId,
    redrawReason: draw.redrawReason,
    approvedBy: draw.approvedBy,
    replacedBy: replacement?.id ?? null,
    replacedAt: replacement?.committedAt.toISOString() ?? null,
    exclusions: draw.exclusions,
    swaps: swaps.map((s) => ({
      algorithm: 'dsr-swap/1',
      drawId: s.id,
      snapshot: JSON.parse(s.snapshot) as unknown,
      poolDigest: s.poolDigest,
      commitment: s.commitment,
      beacon: s.beacon,
      nonce: s.nonce,
      result: JSON.parse(s.result) as unknown,
      resultDigest: s.resultDigest,
      reason: s.reason,
      requestedBy: s.createdBy,
      approvedBy: s.approvedBy,
      // The swap row is written when the head approves it: its creation is the approval.
      createdAt: s.createdAt.toISOString(),
      approvedAt: s.createdAt.toISOString(),
    })),
  };
}

/** The result and time of a draw that has run; DRAW_NOT_RUN before (the record is published only then). */
function drawnParts(draw: Draw): { result: string; drawnAt: Date } {
  if (draw.status !== 'DRAWN' || draw.result === null || draw.drawnAt === null) {
    throw new DomainError('DRAW_NOT_RUN', '抽取尚未完成，结果与随机数尚未公开', 'id');
  }
  return { result: draw.result, drawnAt: draw.drawnAt };
}
