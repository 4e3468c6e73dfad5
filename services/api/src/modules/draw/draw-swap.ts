import { randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/postgresql';
import {
  DomainError,
  buildSwapSnapshot,
  canonicalJson,
  chinaDay,
  commitmentOf,
  currentTeams,
  departmentTargetCounts,
  runSwap,
  sha256Hex,
  type DrawResult,
  type DrawSnapshot,
  type SwapSnapshot,
} from '@dsr/domain';
import { uuidv7 } from 'uuidv7';
import { Draw, DrawDispatch, DrawSwap, DrawSwapRequest, PlanRound } from '@dsr/db';
import type { RequestContext } from '../../context';
import { signedIn } from '../../common/principal';
import { ownedBy } from '../../common/ownership';
import { flushAndAudit, recordAudit } from '../audit/audit.service';
import { findOwnBureauRow } from '../../common/find-in-scope';
import { requireSwapDecider, requireSwapRequester, swapApproverRoleFor } from './draw.access';
import { recusedFromTarget, storeSwapNonce, takeSwapNonce, unavailableInspectors } from './draw.queries';
import type { DrawAmendmentsPort, DrawPublicationsPort } from './draw.ports';
import type { DeclineDrawSwapInput, RequestDrawSwapInput } from './draw.types';

/**
 * Swaps in two steps by two people (R31, DRAW.md §9): the request freezes the swap snapshot and
 * publishes its pool digest and commitment, the nonce going where the service role cannot read it;
 * another person approves (the nonce is revealed, the replacement drawn and put on the team, R30)
 * or declines. One open request per draw at a time (SWAP_PENDING), so each swap replaces the one
 * approved before it; the approval re-checks the chain all the same.
 */

interface DrawState {
  draw: Draw;
  snapshot: DrawSnapshot;
  result: DrawResult;
  swaps: DrawSwap[];
  teams: Map<string, string[]>;
}

export class DrawSwaps {
  constructor(
    private readonly amendments: DrawAmendmentsPort,
    private readonly publications: DrawPublicationsPort,
  ) {}

  async request(ctx: RequestContext, input: RequestDrawSwapInput): Promise<DrawSwapRequest> {
    const p = signedIn(ctx);
    const state = await swappableDraw(ctx, input.drawId);
    const reason = input.reason.trim();
    if (reason.length < 4)
      throw new DomainError('REASON_REQUIRED', '请写明换人理由（至少 4 个字，如回避关系）', 'reason');
    const departmentId = removableInspectorDepartment(state, input.targetId, input.inspectorId);
    requireSwapRequester(p, departmentId);
    const open = await ctx.em.findOne(DrawSwapRequest, { drawId: state.draw.id, status: 'REQUESTED' });
    if (open) throw pending(state.draw.id);
    await this.assertTeamOpen(ctx, state.draw.id, input.targetId);
    const id = uuidv7();
    const snapshot = await swapSnapshotFor(ctx, state, id, input);
    const nonce = randomBytes(32).toString('hex');
    const text = canonicalJson(snapshot);
    const request = ctx.em.create(DrawSwapRequest, {
      id,
      ...ownedBy(p),
      drawId: state.draw.id,
      replacesId: snapshot.replaces,
      targetId: input.targetId,
      removedInspectorId: input.inspectorId,
      departmentId,
      reason,
      approverRole: swapApproverRoleFor(p, departmentId),
      snapshot: text,
      poolDigest: sha256Hex(text),
      commitment: commitmentOf(nonce),
      status: 'REQUESTED',
      requestedBy: p.userId,
      requestedAt: new Date(),
      decidedBy: null,
      decidedAt: null,
      decisionReason: null,
      version: 1,
    });
    await flushOrPending(ctx, state.draw.id);
    await storeSwapNonce(ctx, id, nonce);
    await recordAudit(ctx, {
      operation: 'REQUEST_DRAW_SWAP',
      objectType: 'Draw',
      objectId: state.draw.id,
      after: {
        requestId: id,
        targetId: input.targetId,
        removed: input.inspectorId,
        reason,
        poolDigest: request.poolDigest,
        commitment: request.commitment,
        approverRole: request.approverRole,
        candidates: snapshot.candidates.length,
      },
    });
    return request;
  }

  async approve(ctx: RequestContext, requestId: string): Promise<DrawSwap> {
    const p = signedIn(ctx);
    const request = await openRequest(ctx, requestId);
    requireSwapDecider(p, request);
    const state = await swappableDraw(ctx, request.drawId);
    if ((state.swaps.at(-1)?.id ?? state.draw.id) !== request.replacesId) {
      throw new DomainError('SWAP_CHAIN_BROKEN', '抽取在申请后已有其他换人，本申请已失效，请重新申请', 'requestId');
    }
    await this.assertTeamOpen(ctx, request.drawId, request.targetId);
    const nonce = await takeSwapNonce(ctx, request.id, p.userId);
    if (!nonce) throw new DomainError('DRAW_SECRET_MISSING', '找不到本次换人的承诺随机数，无法批准', 'requestId');
    const outcome = runSwap(JSON.parse(request.snapshot) as SwapSnapshot, nonce, '');
    if (outcome.poolDigest !== request.poolDigest) {
      throw new DomainError('DRAW_SNAPSHOT_TAMPERED', '换人快照与公开的摘要不一致，已中止', 'requestId');
    }
    const now = new Date();
    Object.assign(request, { status: 'APPROVED', decidedBy: p.userId, decidedAt: now });
    await ctx.em.flush();
    const swap = ctx.em.create(DrawSwap, {
      id: request.id,
      ...ownedBy(p),
      drawId: request.drawId,
      replacesId: request.replacesId,
      targetId: request.targetId,
      removedInspectorId: request.removedInspectorId,
      addedInspectorId: outcome.result.added,
      reason: request.reason,
      approvedBy: p.userId,
      snapshot: request.snapshot,
      poolDigest: request.poolDigest,
      commitment: request.commitment,
      nonce,
      beacon: '',
      result: canonicalJson(outcome.result),
      resultDigest: outcome.resultDigest,
      createdBy: request.requestedBy,
      createdAt: now,
    });
    await ctx.em.flush();
    const inspectionId = await this.reachWork(ctx, state, request, swap);
    await recordAudit(ctx, {
      operation: 'APPROVE_DRAW_SWAP',
      objectType: 'Draw',
      objectId: request.drawId,
      after: {
        swapId: swap.id,
        targetId: swap.targetId,
        removed: swap.removedInspectorId,
        added: swap.addedInspectorId,
        reason: swap.reason,
        requestedBy: request.requestedBy,
        resultDigest: swap.resultDigest,
        inspectionId,
      },
    });
    await this.publications.swapped(ctx, request.drawId);
    return swap;
  }

  async decline(ctx: RequestContext, input: DeclineDrawSwapInput): Promise<DrawSwapRequest> {
    const p = signedIn(ctx);
    const request = await openRequest(ctx, input.requestId);
    requireSwapDecider(p, request);
    const reason = input.reason.trim();
    if (reason.length < 4) throw new DomainError('REASON_REQUIRED', '请写明不予批准的理由（至少 4 个字）', 'reason');
    Object.assign(request, { status: 'DECLINED', decidedBy: p.userId, decidedAt: new Date(), decisionReason: reason });
    await flushAndAudit(ctx, {
      operation: 'DECLINE_DRAW_SWAP',
      objectType: 'Draw',
      objectId: request.drawId,
      after: { requestId: request.id, targetId: request.targetId, removed: request.removedInspectorId, reason },
    });
    return request;
  }

  /** R36: the inspection made from the draw's selection of the target, if any, has not been recorded yet. */
  private async assertTeamOpen(ctx: RequestContext, drawId: string, targetId: string): Promise<void> {
    const inspection = await this.amendments.drawnInspectionOf(ctx, drawId, targetId);
    if (inspection) this.amendments.assertTeamOpen(inspection);
  }

  /** R30/R32: the swap reaches the work in the same transaction: the inspection's team and the dispatch counts. */
  private async reachWork(
    ctx: RequestContext,
    state: DrawState,
    request: DrawSwapRequest,
    swap: DrawSwap,
  ): Promise<string | null> {
    const departmentOf = new Map(state.snapshot.inspectors.map((i) => [i.id, i.department]));
    const changed = await this.amendments.applySwap(ctx, {
      drawId: request.drawId,
      targetId: request.targetId,
      removed: request.removedInspectorId,
      added: swap.addedInspectorId,
      addedDepartmentId: snapshotDepartment(departmentOf, swap.addedInspectorId),
      reason: request.reason,
    });
    await recountDispatches(ctx, request.drawId, currentTeams(state.result, [...state.swaps, swap]), departmentOf);
    return changed?.id ?? null;
  }
}

/** R30: the frozen pool of the swap: who may replace the inspector on the target's team as it stands. */
async function swapSnapshotFor(
  ctx: RequestContext,
  state: DrawState,
  swapId: string,
  input: RequestDrawSwapInput,
): Promise<SwapSnapshot> {
  return buildSwapSnapshot({
    swapId,
    replaces: state.swaps.at(-1)?.id ?? state.draw.id,
    draw: state.snapshot,
    teams: state.teams,
    targetId: input.targetId,
    removed: input.inspectorId,
    recusedNow: await recusedFromTarget(ctx, signedIn(ctx).bureauId, input.targetId, chinaDay(new Date())),
    unavailableNow: await unavailableInspectors(
      ctx,
      state.snapshot.inspectors.map((i) => i.id),
      await roundEnd(ctx, state.draw),
    ),
    removedEarlier: state.swaps.filter((s) => s.targetId === input.targetId).map((s) => s.removedInspectorId),
  });
}

/** The last day of the draw's round: a replacement's warrant card must cover it, as the draw's picks' did. */
async function roundEnd(ctx: RequestContext, draw: Draw): Promise<string> {
  return (await ctx.em.findOneOrFail(PlanRound, { id: draw.roundId })).windowEnd;
}

/** The department of the inspector to be swapped out, who must be on the target's team as it stands. */
function removableInspectorDepartment(state: DrawState, targetId: string, inspectorId: string): string {
  const team = state.teams.get(targetId);
  if (!team) throw new DomainError('NOT_IN_DRAW', '该检查对象不在本次抽取结果中', 'targetId');
  const inspector = team.includes(inspectorId)
    ? state.snapshot.inspectors.find((i) => i.id === inspectorId)
    : undefined;
  if (!inspector) throw new DomainError('NOT_ON_TEAM', '该人员不在此检查对象的检查组中', 'inspectorId');
  return inspector.department;
}

/** Every inspector a draw or swap names was in its snapshot; one that is not means the record is broken. */
function snapshotDepartment(departmentOf: Map<string, string>, inspectorId: string): string {
  const department = departmentOf.get(inspectorId);
  if (department === undefined) throw new Error(`inspector ${inspectorId} is not in the draw snapshot`);
  return department;
}

/** One open request per draw: the unique index turns a concurrent second request into SWAP_PENDING. */
async function flushOrPending(ctx: RequestContext, drawId: string): Promise<void> {
  try {
    await ctx.em.flush();
  } catch (error) {
    if ((error as { name?: string }).name === 'UniqueConstraintViolationException') throw pending(drawId);
    throw error;
  }
}

/** R32: each department's count follows the teams as they stand. */
async function recountDispatches(
  ctx: RequestContext,
  drawId: string,
  teams: Map<string, string[]>,
  departmentOf: Map<string, string>,
): Promise<void> {
  const dispatches = await ctx.em.find(DrawDispatch, { drawId });
  const counts = departmentTargetCounts(
    teams,
    departmentOf,
    dispatches.map((d) => d.departmentId),
  );
  for (const d of dispatches) if (!d.closedAt) d.targetCount = counts.get(d.departmentId) ?? 0;
  await ctx.em.flush();
}

/** A drawn draw of the caller's bureau, not replaced (DRAW_REPLACED), with its teams as they stand. */
async function swappableDraw(ctx: RequestContext, drawId: string): Promise<DrawState> {
  const draw = await findOwnBureauRow(ctx, Draw, drawId, '抽取记录', { populate: ['snapshot', 'result'] as never });
  // A drawn draw always has its result; the null check only tells the type so.
  if (draw.status !== 'DRAWN' || draw.result === null) {
    throw new DomainError('DRAW_NOT_RUN', '抽取尚未完成，不能换人', 'drawId');
  }
  if (await ctx.em.findOne(Draw, { replacesDrawId: draw.id })) {
    throw new DomainError('DRAW_REPLACED', '该抽取已被重抽取代，不能再换人（DRAW.md §9）', 'drawId', {
      drawId: draw.id,
    });
  }
  const result = JSON.parse(draw.result) as DrawResult;
  const swaps = await ctx.em.find(DrawSwap, { drawId: draw.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const snapshot = JSON.parse(draw.snapshot) as DrawSnapshot;
  return { draw, snapshot, result, swaps, teams: currentTeams(result, swaps) };
}

/** An open request of the caller's bureau, locked: a second decision waits, then finds it decided. */
async function openRequest(ctx: RequestContext, requestId: string): Promise<DrawSwapRequest> {
  const request = await findOwnBureauRow(ctx, DrawSwapRequest, requestId, '换人申请', {
    lockMode: LockMode.PESSIMISTIC_WRITE,
  });
  if (request.status !== 'REQUESTED') {
    throw new DomainError('SWAP_NOT_PENDING', '该换人申请已处理', 'requestId', { status: request.status });
  }
  return request;
}

function pending(drawId: string): DomainError {
  return new DomainError('SWAP_PENDING', '本次抽取已有待批准的换人申请，请先批准或驳回（DRAW.md §9）', 'drawId', {
    drawId,
  });
}
