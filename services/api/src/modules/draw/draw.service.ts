import { randomBytes } from 'node:crypto';
import { LockMode, type FilterQuery } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import {
  DomainError, canonicalJson, canonicalSnapshotText, chinaDay, commitmentOf, roundEndedRefusal, runDraw, sha256Hex,
  verifyDrawRecord, type DrawResult, type DrawSnapshot, type DrawVerification,
} from '@dsr/domain';
import { Bureau, CrossRegionPool, Draw, DrawDispatch, DrawSelection, DrawSwap, DrawSwapRequest, PlanTask, type BeaconSource } from '@dsr/db';
import type { RequestContext } from '../../context';
import { conflict, forbidden, notFound } from '../../common/errors';
import { executeBound } from '../../common/bound-sql';
import { paginate, type PageArgs } from '../../common/connection';
import { isUuid } from '../../loaders';
import { recordAudit } from '../audit/audit.service';
import { calendarFor } from '../calendar/calendar.service';
import { buildDrawSnapshot } from './draw-snapshot.builder';
import { drawRecordOf } from './draw-record';
import { approveDrawSwap, declineDrawSwap, requestDrawSwap } from './draw-swap';
import { closeReplacedDraw } from './draw-replaced';
import { allowLateEntry } from '../../common/late-entry';
import type { CommitDrawInput, CrossRegionPoolInput, DeclineDrawSwapInput, DrawFilter, EnterBeaconInput, RedrawInput, RequestDrawSwapInput } from './draw.types';


const BEACON_MAX = 200;

/**
 * The draw of a plan round (R24–R34), as DRAW.md §1 lays it out: commit (snapshot, pool digest,
 * commitment, beacon source) → beacon → draw (nonce revealed, result) → dispatch (R32).
 * A draw is never changed once drawn; a re-draw or a swap is a new record (R31).
 */
export class DrawService {
  // ─── commit ───

  async commit(ctx: RequestContext, input: CommitDrawInput): Promise<Draw> {
    const existing = isUuid(input.roundId)
      ? await ctx.em.findOne(Draw, { roundId: input.roundId, replacesDrawId: null, bureauId: ctx.principal!.bureauId })
      : null;
    if (existing) throw conflict('本轮次已有抽取记录；如需重抽，请由部门负责人批准重抽（R31）', { drawId: existing.id });
    return this.commitFor(ctx, input.roundId, input, null, input.lateEntryReason);
  }

  /** R31: a re-draw is a new draw of the same round that names the draw it replaces, who approved it and why. */
  async redraw(ctx: RequestContext, input: RedrawInput): Promise<Draw> {
    const old = await this.ownDraw(ctx, input.drawId);
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
    beacon: { beaconSource: BeaconSource; beaconNote?: string | null },
    redraw: { replaces: Draw; reason: string } | null,
    lateEntryReason?: string | null,
  ): Promise<Draw> {
    const p = ctx.principal!;
    const drawable = await ctx.services.planning.requireDrawableRound(ctx, roundId);
    // R26/R32: a round that has ended is not drawn, unless an administrator enters past work with a reason.
    const lateEntry = redraw ? null : allowLateEntry(ctx, roundEndedRefusal(drawable.round.windowEnd, chinaDay(new Date()), 'roundId'), lateEntryReason);
    const id = uuidv7();
    const today = chinaDay(new Date());
    const { snapshot, exclusions, coverageKey, cycleNo } = await buildDrawSnapshot(ctx, id, drawable, today, redraw?.replaces.id ?? null);
    const snapshotText = canonicalSnapshotText(snapshot);
    const nonce = randomBytes(32).toString('hex');
    const row = {
      id, tenant_id: p.tenantId, bureau_id: p.bureauId, scope_path: p.scopePath,
      plan_id: drawable.plan.id, task_id: drawable.task.id, round_id: roundId, algorithm: 'dsr-draw/1',
      replaces_draw_id: redraw?.replaces.id ?? null, redraw_reason: redraw?.reason ?? null, approved_by: redraw ? p.userId : null,
      coverage_key: coverageKey, cycle_no: cycleNo, joint: drawable.task.joint, year: drawable.plan.year,
      snapshot: snapshotText, pool_digest: sha256Hex(snapshotText), commitment: commitmentOf(nonce), exclusions: JSON.stringify(exclusions),
      target_count: snapshot.targets.length, eligible_inspector_count: snapshot.inspectors.length,
      beacon_source: beacon.beaconSource, beacon_note: beacon.beaconNote?.trim() || null, committed_by: p.userId,
    };
    try {
      await insertWithBindings(ctx, 'draw', row);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw conflict(redraw ? '该抽取已被另一次重抽取代' : '本轮次已由他人同时发起抽取；请刷新查看', { roundId });
      }
      throw error;
    }
    const draw = await ctx.em.findOneOrFail(Draw, { id });
    // The nonce leaves this process only into draw_secret, which the service role cannot read.
    await ctx.em.execute('select app_private.draw_store_nonce(?, ?)', [id, nonce]);
    await recordAudit(ctx, {
      operation: redraw ? 'COMMIT_REDRAW' : 'COMMIT_DRAW', objectType: 'Draw', objectId: id,
      before: redraw ? { replaces: redraw.replaces.id, resultDigest: redraw.replaces.resultDigest } : null,
      after: { roundId, poolDigest: draw.poolDigest, commitment: draw.commitment, beaconSource: draw.beaconSource, targets: draw.targetCount,
        inspectors: draw.eligibleInspectorCount, exclusions: exclusions.length, ...(redraw ? { reason: redraw.reason } : {}), ...(lateEntry ? { lateEntry } : {}) },
    });
    return draw;
  }

  // ─── beacon ───

  /** DRAW.md §1: the beacon comes from the source fixed at commit, once; a lottery number or a witness's value from a second person. */
  async enterBeacon(ctx: RequestContext, input: EnterBeaconInput): Promise<Draw> {
    const p = ctx.principal!;
    const draw = await this.ownDraw(ctx, input.drawId);
    if (draw.status !== 'COMMITTED') throw new DomainError('DRAW_ALREADY_RUN', '抽取已完成，不能再录入信标', 'drawId');
    if (draw.beaconSource === 'NONE') throw new DomainError('BEACON_NOT_EXPECTED', '该抽取承诺时选择了“无信标”，不能录入信标', 'beacon');
    if (draw.beacon !== null) throw new DomainError('BEACON_ALREADY_ENTERED', '信标已录入，不能重复录入或更改', 'beacon');
    const value = input.beacon.trim();
    if (!value || value.length > BEACON_MAX) throw new DomainError('BEACON_INVALID', `信标应为 1 到 ${BEACON_MAX} 个字符`, 'beacon');
    if (draw.committedBy === p.userId) {
      throw new DomainError('SECOND_PERSON_REQUIRED', draw.beaconSource === 'LOTTERY' ? '开奖号码须由承诺人以外的另一人录入' : '见证人数值须由承诺人以外的另一人录入', 'beacon');
    }
    // Conditional on "still empty": a second, concurrent entry finds nothing to update.
    const updated = await ctx.em.nativeUpdate(Draw, { id: draw.id, beacon: null, status: 'COMMITTED' },
      { beacon: value, beaconEnteredBy: p.userId, beaconEnteredAt: new Date(), version: draw.version + 1 });
    if (updated !== 1) throw new DomainError('BEACON_ALREADY_ENTERED', '信标已录入，不能重复录入或更改', 'beacon');
    await recordAudit(ctx, { operation: 'ENTER_DRAW_BEACON', objectType: 'Draw', objectId: draw.id, after: { beacon: value, source: draw.beaconSource } });
    await ctx.em.refresh(draw);
    return draw;
  }

  // ─── the draw itself ───

  async run(ctx: RequestContext, drawId: string): Promise<Draw> {
    const p = ctx.principal!;
    // The row lock makes a second, concurrent request wait, then find the draw done.
    const draw = isUuid(drawId)
      ? await ctx.em.findOne(Draw, { id: drawId, bureauId: p.bureauId }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['snapshot'] as never })
      : null;
    if (!draw) throw notFound('抽取记录');
    if (draw.status !== 'COMMITTED') throw conflict('本次抽取已完成，结果不可更改（R31）', { drawId: draw.id });
    if (draw.beaconSource !== 'NONE' && draw.beacon === null) {
      throw new DomainError('BEACON_MISSING', '承诺时约定了信标，请先录入信标再抽取', 'drawId');
    }
    if (await ctx.em.findOne(Draw, { replacesDrawId: draw.id })) throw conflict('该抽取已被重抽取代', { drawId: draw.id });
    const [{ nonce }] = await ctx.em.execute<{ nonce: string | null }[]>('select app_private.draw_take_nonce(?) as nonce', [draw.id]);
    if (!nonce) throw new DomainError('DRAW_SECRET_MISSING', '找不到本次抽取的承诺随机数，无法抽取', 'drawId');

    const snapshot = JSON.parse(draw.snapshot) as DrawSnapshot;
    const outcome = runDraw(snapshot, nonce, draw.beacon ?? '');
    if (outcome.poolDigest !== draw.poolDigest) {
      throw new DomainError('DRAW_SNAPSHOT_TAMPERED', '存储的快照与承诺的摘要不一致，抽取已中止', 'drawId');
    }
    const now = new Date();
    Object.assign(draw, {
      status: 'DRAWN', nonce, result: canonicalJson(outcome.result), resultDigest: outcome.resultDigest,
      n: outcome.result.n, cycleClosed: outcome.result.cycleClosed, drawnBy: p.userId, drawnAt: now,
    });
    await this.dispatch(ctx, draw, outcome.result, now);
    await ctx.em.flush();
    // One multi-row insert, outside the unit of work: 5,000 selections of a 100,000-target round.
    const selections = outcome.result.selections.map((s, position) => ({
      id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, drawId: draw.id, position,
      targetId: s.targetId, stratum: s.stratum, cycle: s.cycle, coverageKey: draw.coverageKey,
      cycleNo: s.cycle === 'current' ? draw.cycleNo : draw.cycleNo + 1, joint: draw.joint, year: draw.year, inspectorIds: s.inspectorIds,
    }));
    if (selections.length) await ctx.em.insertMany(DrawSelection, selections);
    // R31: a redraw that runs stops what the draw it replaces started, before its own targets are matched.
    const replaced = draw.replacesDrawId ? await closeReplacedDraw(ctx, draw.replacesDrawId, draw) : null;
    // R32/R35: the drawn targets become inspections at once, joined with other draws' where they meet.
    const matched = await ctx.services.inspection.matchDraw(ctx, draw.id);
    await recordAudit(ctx, {
      operation: 'RUN_DRAW', objectType: 'Draw', objectId: draw.id,
      after: { resultDigest: draw.resultDigest, n: draw.n, cycleClosed: draw.cycleClosed, beacon: draw.beacon, selections: selections.length, inspections: matched.length, replaced },
    });
    return draw;
  }

  /** R32: each participating department receives its part, to confirm within one working day. */
  private async dispatch(ctx: RequestContext, draw: Draw, result: DrawResult, now: Date): Promise<void> {
    const p = ctx.principal!;
    const task = await ctx.em.findOneOrFail(PlanTask, { id: draw.taskId });
    const inspectorDepartment = new Map((JSON.parse(draw.snapshot) as DrawSnapshot).inspectors.map((i) => [i.id, i.department]));
    const due = (await calendarFor(ctx.em)).addWorkingDays(chinaDay(now), 1);
    for (const departmentId of task.departmentIds) {
      const targetCount = result.selections.filter((s) => s.inspectorIds.some((i) => inspectorDepartment.get(i) === departmentId)).length;
      ctx.em.create(DrawDispatch, {
        id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, drawId: draw.id, departmentId, targetCount,
        dispatchedAt: now, dueDate: due.date, dueEstimated: due.estimated, confirmedBy: null, confirmedAt: null, version: 1,
      });
    }
  }

  async confirmDispatch(ctx: RequestContext, dispatchId: string): Promise<DrawDispatch> {
    const p = ctx.principal!;
    const dispatch = isUuid(dispatchId) ? await ctx.em.findOne(DrawDispatch, { id: dispatchId, bureauId: p.bureauId }) : null;
    if (!dispatch) throw notFound('派发记录');
    const bureauWide = p.roles.includes('COORDINATOR') || p.roles.includes('ADMIN');
    if (!bureauWide && dispatch.departmentId !== p.departmentId) throw forbidden('只能确认本部门的派发任务');
    if (dispatch.confirmedAt) throw conflict('该派发已确认', { dispatchId });
    if (dispatch.closedAt) throw new DomainError('DISPATCH_CLOSED', '该派发所属抽取已被重抽取代，派发已关闭', 'dispatchId');
    dispatch.confirmedBy = p.userId;
    dispatch.confirmedAt = new Date();
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'CONFIRM_DRAW_DISPATCH', objectType: 'DrawDispatch', objectId: dispatch.id,
      after: { drawId: dispatch.drawId, departmentId: dispatch.departmentId, dueDate: dispatch.dueDate } });
    return dispatch;
  }

  // ─── swaps in two steps (R31, DRAW.md §9): draw-swap.ts ───

  requestSwap(ctx: RequestContext, input: RequestDrawSwapInput): Promise<DrawSwapRequest> {
    return requestDrawSwap(ctx, input);
  }

  approveSwap(ctx: RequestContext, requestId: string): Promise<DrawSwap> {
    return approveDrawSwap(ctx, requestId);
  }

  declineSwap(ctx: RequestContext, input: DeclineDrawSwapInput): Promise<DrawSwapRequest> {
    return declineDrawSwap(ctx, input);
  }

  /** Requests awaiting a decision in the caller's bureau (and below), oldest first. */
  pendingSwapRequests(ctx: RequestContext): Promise<DrawSwapRequest[]> {
    return ctx.em.find(DrawSwapRequest, { status: 'REQUESTED' }, { orderBy: { requestedAt: 'asc', id: 'asc' }, limit: 500 });
  }

  // ─── cross-region drawing (R34) ───

  /** The superior names which of its subordinates lend inspectors to one of them (replacing an earlier naming). */
  async nameCrossRegionPool(ctx: RequestContext, input: CrossRegionPoolInput): Promise<CrossRegionPool> {
    const p = ctx.principal!;
    const children = new Set((await ctx.em.find(Bureau, { parentId: p.bureauId })).map((b) => b.id));
    if (!children.has(input.subordinateBureauId)) throw forbidden('只能为本机关的直属下级指定跨区域抽取（R34）');
    const lenders = [...new Set(input.lenderBureauIds)];
    const stranger = lenders.find((id) => !children.has(id) || id === input.subordinateBureauId);
    if (stranger) throw new DomainError('LENDER_NOT_SIBLING', '协作机关须是该下级的同级机关（本机关的其他直属下级）', 'lenderBureauIds', { bureauId: stranger });
    let pool = await ctx.em.findOne(CrossRegionPool, { bureauId: p.bureauId, subordinateBureauId: input.subordinateBureauId });
    const before = pool ? { lenderBureauIds: [...pool.lenderBureauIds] } : null;
    if (pool) {
      Object.assign(pool, { lenderBureauIds: lenders, namedBy: p.userId, namedAt: new Date() });
    } else {
      pool = ctx.em.create(CrossRegionPool, { id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath,
        subordinateBureauId: input.subordinateBureauId, lenderBureauIds: lenders, namedBy: p.userId, namedAt: new Date(), version: 1 });
    }
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'NAME_CROSS_REGION_POOL', objectType: 'CrossRegionPool', objectId: pool.id, before,
      after: { subordinateBureauId: input.subordinateBureauId, lenderBureauIds: lenders } });
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

  async draw(ctx: RequestContext, id: string): Promise<Draw> {
    const draw = isUuid(id) ? await ctx.em.findOne(Draw, { id }) : null;
    if (!draw) throw notFound('抽取记录');
    return draw;
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
    const today = chinaDay(new Date());
    const where: FilterQuery<DrawDispatch> = overdueOnly ? { confirmedAt: null, closedAt: null, dueDate: { $lt: today } } : { confirmedAt: null, closedAt: null };
    return ctx.em.find(DrawDispatch, where, { orderBy: { dueDate: 'asc', id: 'asc' }, limit: 500 });
  }

  async swaps(ctx: RequestContext, drawId: string): Promise<DrawSwap[]> {
    return ctx.em.find(DrawSwap, { drawId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  private async ownDraw(ctx: RequestContext, id: string): Promise<Draw> {
    const draw = isUuid(id) ? await ctx.em.findOne(Draw, { id, bureauId: ctx.principal!.bureauId }) : null;
    if (!draw) throw notFound('抽取记录');
    return draw;
  }
}

/** An insert with bind parameters: the 10 MB snapshot of a 100,000-target round is one of them. */
async function insertWithBindings(ctx: RequestContext, table: string, row: Record<string, unknown>): Promise<void> {
  const columns = Object.keys(row);
  await executeBound(ctx, `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`, columns.map((c) => row[c]));
}
