import { randomBytes } from 'node:crypto';
import { LockMode, type FilterQuery } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import {
  DRAW_ALGORITHM,
  DomainError,
  canonicalJson,
  canonicalSnapshotText,
  chinaDay,
  commitmentOf,
  roundEndedRefusal,
  runDraw,
  sha256Hex,
  verifyDrawRecord,
  type DrawResult,
  type DrawSnapshot,
  type DrawVerification,
} from '@dsr/domain';
import {
  Bureau,
  CrossRegionPool,
  Draw,
  DrawDispatch,
  DrawSelection,
  DrawSwap,
  DrawSwapRequest,
  PlanTask,
  type BeaconSource,
} from '@dsr/db';
import type { RequestContext } from '../../context';
import { conflict, forbidden } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/connection';
import { signedIn } from '../../common/principal';
import { ownedBy, ownerColumns } from '../../common/ownership';
import { findInScope } from '../../common/find-in-scope';
import { isUuid } from '../../loaders';
import { allowLateEntry } from '../../common/late-entry';
import { flushAndAudit, recordAudit } from '../audit/audit.service';
import { calendarFor } from '../calendar/calendar.service';
import { DrawSnapshotBuilder } from './draw-snapshot.builder';
import { drawRecordOf } from './draw-record';
import { DrawSwaps } from './draw-swap';
import { closeReplacedDraw } from './draw-replaced';
import { findOwnBureauRow, requireDispatchConfirmer } from './draw.access';
import { insertDrawRow, storeDrawNonce, takeDrawNonce } from './draw.queries';
import type { DrawInspections, DrawablePlanning } from './draw.ports';
import type {
  CommitDrawInput,
  CrossRegionPoolInput,
  DeclineDrawSwapInput,
  DrawFilter,
  EnterBeaconInput,
  RedrawInput,
  RequestDrawSwapInput,
} from './draw.types';

const BEACON_MAX = 200;

type BeaconChoice = { beaconSource: BeaconSource; beaconNote?: string | null };
type Redraw = { replaces: Draw; reason: string };

/**
 * The draw of a plan round (R24–R34), as DRAW.md §1 lays it out: commit (snapshot, pool digest,
 * commitment, beacon source) → beacon → draw (nonce revealed, result) → dispatch (R32).
 * A draw is never changed once drawn; a re-draw or a swap is a new record (R31).
 */
export class DrawService {
  private readonly snapshots: DrawSnapshotBuilder;
  private readonly swapping: DrawSwaps;

  constructor(
    private readonly planning: DrawablePlanning,
    private readonly inspections: DrawInspections,
  ) {
    this.snapshots = new DrawSnapshotBuilder(inspections);
    this.swapping = new DrawSwaps(inspections.drawAmendments);
  }

  // ─── commit ───

  async commit(ctx: RequestContext, input: CommitDrawInput): Promise<Draw> {
    const existing = isUuid(input.roundId)
      ? await ctx.em.findOne(Draw, { roundId: input.roundId, replacesDrawId: null, bureauId: signedIn(ctx).bureauId })
      : null;
    if (existing)
      throw conflict('本轮次已有抽取记录；如需重抽，请由部门负责人批准重抽（R31）', { drawId: existing.id });
    return this.commitFor(ctx, input.roundId, input, null, input.lateEntryReason);
  }

  /** R31: a re-draw is a new draw of the same round that names the draw it replaces, who approved it and why. */
  async redraw(ctx: RequestContext, input: RedrawInput): Promise<Draw> {
    const old = await findOwnBureauRow(ctx, Draw, input.drawId, '抽取记录');
    if (await ctx.em.findOne(Draw, { replacesDrawId: old.id })) {
      throw conflict('该抽取已被重抽取代，请对最新的抽取申请重抽', { drawId: old.id });
    }
    const reason = input.reason.trim();
    if (reason.length < 4) throw new DomainError('REASON_REQUIRED', '请写明重抽理由（至少 4 个字）', 'reason');
    return this.commitFor(ctx, old.roundId, input, { replaces: old, reason });
  }

  private async commitFor(
    ctx: RequestContext,
    roundId: string,
    beacon: BeaconChoice,
    redraw: Redraw | null,
    lateEntryReason?: string | null,
  ): Promise<Draw> {
    const p = signedIn(ctx);
    const drawable = await this.planning.requireDrawableRound(ctx, roundId);
    const today = chinaDay(new Date());
    // R26/R32: a round that has ended is not drawn, unless an administrator enters past work with a reason.
    const lateEntry = redraw
      ? null
      : allowLateEntry(ctx, roundEndedRefusal(drawable.round.windowEnd, today, 'roundId'), lateEntryReason);
    const id = uuidv7();
    const { snapshot, exclusions, coverageKey, cycleNo } = await this.snapshots.build(
      ctx,
      id,
      drawable,
      today,
      redraw?.replaces.id ?? null,
    );
    const snapshotText = canonicalSnapshotText(snapshot);
    const nonce = randomBytes(32).toString('hex');
    await insertOrConflict(ctx, roundId, redraw, {
      id,
      ...ownerColumns(p),
      plan_id: drawable.plan.id,
      task_id: drawable.task.id,
      round_id: roundId,
      algorithm: DRAW_ALGORITHM,
      replaces_draw_id: redraw?.replaces.id ?? null,
      redraw_reason: redraw?.reason ?? null,
      approved_by: redraw ? p.userId : null,
      coverage_key: coverageKey,
      cycle_no: cycleNo,
      joint: drawable.task.joint,
      year: drawable.plan.year,
      snapshot: snapshotText,
      pool_digest: sha256Hex(snapshotText),
      commitment: commitmentOf(nonce),
      exclusions: JSON.stringify(exclusions),
      target_count: snapshot.targets.length,
      eligible_inspector_count: snapshot.inspectors.length,
      beacon_source: beacon.beaconSource,
      beacon_note: beacon.beaconNote?.trim() || null,
      committed_by: p.userId,
    });
    const draw = await ctx.em.findOneOrFail(Draw, { id });
    await storeDrawNonce(ctx, id, nonce);
    await recordAudit(ctx, {
      operation: redraw ? 'COMMIT_REDRAW' : 'COMMIT_DRAW',
      objectType: 'Draw',
      objectId: id,
      before: redraw ? { replaces: redraw.replaces.id, resultDigest: redraw.replaces.resultDigest } : null,
      after: {
        roundId,
        poolDigest: draw.poolDigest,
        commitment: draw.commitment,
        beaconSource: draw.beaconSource,
        targets: draw.targetCount,
        inspectors: draw.eligibleInspectorCount,
        exclusions: exclusions.length,
        ...(redraw ? { reason: redraw.reason } : {}),
        ...(lateEntry ? { lateEntry } : {}),
      },
    });
    return draw;
  }

  // ─── beacon ───

  /**
   * DRAW.md §1: the beacon comes from the source fixed at commit, once; a lottery number or a
   * witness's value from a second person.
   */
  async enterBeacon(ctx: RequestContext, input: EnterBeaconInput): Promise<Draw> {
    const p = signedIn(ctx);
    const draw = await findOwnBureauRow(ctx, Draw, input.drawId, '抽取记录');
    const value = input.beacon.trim();
    assertBeaconAccepted(draw, value, p.userId);
    // Conditional on "still empty": a second, concurrent entry finds nothing to update.
    const updated = await ctx.em.nativeUpdate(
      Draw,
      { id: draw.id, beacon: null, status: 'COMMITTED' },
      { beacon: value, beaconEnteredBy: p.userId, beaconEnteredAt: new Date(), version: draw.version + 1 },
    );
    if (updated !== 1) throw new DomainError('BEACON_ALREADY_ENTERED', '信标已录入，不能重复录入或更改', 'beacon');
    await recordAudit(ctx, {
      operation: 'ENTER_DRAW_BEACON',
      objectType: 'Draw',
      objectId: draw.id,
      after: { beacon: value, source: draw.beaconSource },
    });
    await ctx.em.refresh(draw);
    return draw;
  }

  // ─── the draw itself ───

  async run(ctx: RequestContext, drawId: string): Promise<Draw> {
    const p = signedIn(ctx);
    // The row lock makes a second, concurrent request wait, then find the draw done.
    const draw = await findOwnBureauRow(ctx, Draw, drawId, '抽取记录', {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      populate: ['snapshot'] as never,
    });
    const nonce = await this.runnableNonce(ctx, draw);
    const outcome = runDraw(JSON.parse(draw.snapshot) as DrawSnapshot, nonce, draw.beacon ?? '');
    if (outcome.poolDigest !== draw.poolDigest) {
      throw new DomainError('DRAW_SNAPSHOT_TAMPERED', '存储的快照与承诺的摘要不一致，抽取已中止', 'drawId');
    }
    const now = new Date();
    Object.assign(draw, {
      status: 'DRAWN',
      nonce,
      result: canonicalJson(outcome.result),
      resultDigest: outcome.resultDigest,
      n: outcome.result.n,
      cycleClosed: outcome.result.cycleClosed,
      drawnBy: p.userId,
      drawnAt: now,
    });
    await this.dispatch(ctx, draw, outcome.result, now);
    await ctx.em.flush();
    const selections = await insertSelections(ctx, draw, outcome.result);
    // R31: a redraw that runs stops what the draw it replaces started, before its own targets are matched.
    const replaced = draw.replacesDrawId
      ? await closeReplacedDraw(ctx, this.inspections.drawAmendments, draw.replacesDrawId, draw)
      : null;
    // R32/R35: the drawn targets become inspections at once, joined with other draws' where they meet.
    const matched = await this.inspections.matchDraw(ctx, draw.id);
    await recordAudit(ctx, {
      operation: 'RUN_DRAW',
      objectType: 'Draw',
      objectId: draw.id,
      after: {
        resultDigest: draw.resultDigest,
        n: draw.n,
        cycleClosed: draw.cycleClosed,
        beacon: draw.beacon,
        selections,
        inspections: matched.length,
        replaced,
      },
    });
    return draw;
  }

  /** The committed nonce of a draw that may run now (beacon entered where one was promised, not replaced). */
  private async runnableNonce(ctx: RequestContext, draw: Draw): Promise<string> {
    if (draw.status !== 'COMMITTED') throw conflict('本次抽取已完成，结果不可更改（R31）', { drawId: draw.id });
    if (draw.beaconSource !== 'NONE' && draw.beacon === null) {
      throw new DomainError('BEACON_MISSING', '承诺时约定了信标，请先录入信标再抽取', 'drawId');
    }
    if (await ctx.em.findOne(Draw, { replacesDrawId: draw.id }))
      throw conflict('该抽取已被重抽取代', { drawId: draw.id });
    const nonce = await takeDrawNonce(ctx, draw.id);
    if (!nonce) throw new DomainError('DRAW_SECRET_MISSING', '找不到本次抽取的承诺随机数，无法抽取', 'drawId');
    return nonce;
  }

  /** R32: each participating department receives its part, to confirm within one working day. */
  private async dispatch(ctx: RequestContext, draw: Draw, result: DrawResult, now: Date): Promise<void> {
    const owner = ownedBy(signedIn(ctx));
    const task = await ctx.em.findOneOrFail(PlanTask, { id: draw.taskId });
    const snapshot = JSON.parse(draw.snapshot) as DrawSnapshot;
    const inspectorDepartment = new Map(snapshot.inspectors.map((i) => [i.id, i.department]));
    const due = (await calendarFor(ctx.em)).addWorkingDays(chinaDay(now), 1);
    for (const departmentId of task.departmentIds) {
      const targetCount = result.selections.filter((s) =>
        s.inspectorIds.some((i) => inspectorDepartment.get(i) === departmentId),
      ).length;
      ctx.em.create(DrawDispatch, {
        id: uuidv7(),
        ...owner,
        drawId: draw.id,
        departmentId,
        targetCount,
        dispatchedAt: now,
        dueDate: due.date,
        dueEstimated: due.estimated,
        confirmedBy: null,
        confirmedAt: null,
        version: 1,
      });
    }
  }

  async confirmDispatch(ctx: RequestContext, dispatchId: string): Promise<DrawDispatch> {
    const p = signedIn(ctx);
    const dispatch = await findOwnBureauRow(ctx, DrawDispatch, dispatchId, '派发记录');
    requireDispatchConfirmer(p, dispatch);
    if (dispatch.confirmedAt) throw conflict('该派发已确认', { dispatchId });
    if (dispatch.closedAt)
      throw new DomainError('DISPATCH_CLOSED', '该派发所属抽取已被重抽取代，派发已关闭', 'dispatchId');
    dispatch.confirmedBy = p.userId;
    dispatch.confirmedAt = new Date();
    await flushAndAudit(ctx, {
      operation: 'CONFIRM_DRAW_DISPATCH',
      objectType: 'DrawDispatch',
      objectId: dispatch.id,
      after: { drawId: dispatch.drawId, departmentId: dispatch.departmentId, dueDate: dispatch.dueDate },
    });
    return dispatch;
  }

  // ─── swaps in two steps (R31, DRAW.md §9): draw-swap.ts ───

  requestSwap(ctx: RequestContext, input: RequestDrawSwapInput): Promise<DrawSwapRequest> {
    return this.swapping.request(ctx, input);
  }

  approveSwap(ctx: RequestContext, requestId: string): Promise<DrawSwap> {
    return this.swapping.approve(ctx, requestId);
  }

  declineSwap(ctx: RequestContext, input: DeclineDrawSwapInput): Promise<DrawSwapRequest> {
    return this.swapping.decline(ctx, input);
  }

  /** Requests awaiting a decision in the caller's bureau (and below), oldest first. */
  pendingSwapRequests(ctx: RequestContext): Promise<DrawSwapRequest[]> {
    return ctx.em.find(
      DrawSwapRequest,
      { status: 'REQUESTED' },
      { orderBy: { requestedAt: 'asc', id: 'asc' }, limit: 500 },
    );
  }

  // ─── cross-region drawing (R34) ───

  /** The superior names which of its subordinates lend inspectors to one of them (replacing an earlier naming). */
  async nameCrossRegionPool(ctx: RequestContext, input: CrossRegionPoolInput): Promise<CrossRegionPool> {
    const p = signedIn(ctx);
    const children = new Set((await ctx.em.find(Bureau, { parentId: p.bureauId })).map((b) => b.id));
    if (!children.has(input.subordinateBureauId)) throw forbidden('只能为本机关的直属下级指定跨区域抽取（R34）');
    const lenders = [...new Set(input.lenderBureauIds)];
    const stranger = lenders.find((id) => !children.has(id) || id === input.subordinateBureauId);
    if (stranger) {
      throw new DomainError(
        'LENDER_NOT_SIBLING',
        '协作机关须是该下级的同级机关（本机关的其他直属下级）',
        'lenderBureauIds',
        { bureauId: stranger },
      );
    }
    const subordinateBureauId = input.subordinateBureauId;
    let pool = await ctx.em.findOne(CrossRegionPool, { bureauId: p.bureauId, subordinateBureauId });
    const before = pool ? { lenderBureauIds: [...pool.lenderBureauIds] } : null;
    const naming = { lenderBureauIds: lenders, namedBy: p.userId, namedAt: new Date() };
    if (pool) Object.assign(pool, naming);
    else {
      pool = ctx.em.create(CrossRegionPool, {
        id: uuidv7(),
        ...ownedBy(p),
        subordinateBureauId,
        ...naming,
        version: 1,
      });
    }
    await flushAndAudit(ctx, {
      operation: 'NAME_CROSS_REGION_POOL',
      objectType: 'CrossRegionPool',
      objectId: pool.id,
      before,
      after: { subordinateBureauId, lenderBureauIds: lenders },
    });
    return pool;
  }

  // ─── reads ───

  async draws(ctx: RequestContext, filter: DrawFilter | undefined, page: PageArgs) {
    const where: FilterQuery<Draw>[] = [];
    if (filter?.roundId) where.push({ roundId: filter.roundId });
    if (filter?.planId) where.push({ planId: filter.planId });
    if (filter?.status) where.push({ status: filter.status });
    if (filter?.bureauId) where.push({ bureauId: filter.bureauId });
    return paginate(ctx.em, Draw, where.length ? { $and: where } : {}, page);
  }

  draw(ctx: RequestContext, id: string): Promise<Draw> {
    return findInScope(ctx, Draw, id, '抽取记录');
  }

  async verify(ctx: RequestContext, id: string): Promise<DrawVerification> {
    const record = await this.record(ctx, id);
    return verifyDrawRecord(record as never);
  }

  /** The whole record (DRAW.md §1 reveal), as an object ready for canonical JSON. */
  async record(ctx: RequestContext, id: string): Promise<Record<string, unknown>> {
    const draw = await this.draw(ctx, id);
    if (draw.status !== 'DRAWN') throw new DomainError('DRAW_NOT_RUN', '抽取尚未完成，结果与随机数尚未公开', 'id');
    await ctx.em.populate(draw, ['snapshot', 'result', 'exclusions'] as never);
    const swaps = await ctx.em.find(DrawSwap, { drawId: draw.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return drawRecordOf(ctx, draw, swaps);
  }

  /** R32: what the coordinating office watches: unconfirmed dispatches, overdue ones first. */
  async pendingDispatches(ctx: RequestContext, overdueOnly: boolean): Promise<DrawDispatch[]> {
    const open: FilterQuery<DrawDispatch> = { confirmedAt: null, closedAt: null };
    const where = overdueOnly ? { ...open, dueDate: { $lt: chinaDay(new Date()) } } : open;
    return ctx.em.find(DrawDispatch, where, { orderBy: { dueDate: 'asc', id: 'asc' }, limit: 500 });
  }

  async swaps(ctx: RequestContext, drawId: string): Promise<DrawSwap[]> {
    return ctx.em.find(DrawSwap, { drawId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }
}

/** DRAW.md §1: a beacon once, of the source promised at commit, entered by someone other than the committer. */
function assertBeaconAccepted(draw: Draw, value: string, userId: string): void {
  if (draw.status !== 'COMMITTED') throw new DomainError('DRAW_ALREADY_RUN', '抽取已完成，不能再录入信标', 'drawId');
  if (draw.beaconSource === 'NONE') {
    throw new DomainError('BEACON_NOT_EXPECTED', '该抽取承诺时选择了“无信标”，不能录入信标', 'beacon');
  }
  if (draw.beacon !== null) throw new DomainError('BEACON_ALREADY_ENTERED', '信标已录入，不能重复录入或更改', 'beacon');
  if (!value || value.length > BEACON_MAX) {
    throw new DomainError('BEACON_INVALID', `信标应为 1 到 ${BEACON_MAX} 个字符`, 'beacon');
  }
  if (draw.committedBy === userId) {
    throw new DomainError(
      'SECOND_PERSON_REQUIRED',
      draw.beaconSource === 'LOTTERY' ? '开奖号码须由承诺人以外的另一人录入' : '见证人数值须由承诺人以外的另一人录入',
      'beacon',
    );
  }
}

/** The draw row, or CONFLICT when another commit of the round (or redraw of the draw) got there first. */
async function insertOrConflict(
  ctx: RequestContext,
  roundId: string,
  redraw: Redraw | null,
  row: Record<string, unknown>,
): Promise<void> {
  try {
    await insertDrawRow(ctx, row);
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw conflict(redraw ? '该抽取已被另一次重抽取代' : '本轮次已由他人同时发起抽取；请刷新查看', { roundId });
    }
    throw error;
  }
}

/** One multi-row insert, outside the unit of work: 5,000 selections of a 100,000-target round. */
async function insertSelections(ctx: RequestContext, draw: Draw, result: DrawResult): Promise<number> {
  const owner = ownedBy(signedIn(ctx));
  const selections = result.selections.map((s, position) => ({
    id: uuidv7(),
    ...owner,
    drawId: draw.id,
    position,
    targetId: s.targetId,
    stratum: s.stratum,
    cycle: s.cycle,
    coverageKey: draw.coverageKey,
    cycleNo: s.cycle === 'current' ? draw.cycleNo : draw.cycleNo + 1,
    joint: draw.joint,
    year: draw.year,
    inspectorIds: s.inspectorIds,
  }));
  if (selections.length) await ctx.em.insertMany(DrawSelection, selections);
  return selections.length;
}
