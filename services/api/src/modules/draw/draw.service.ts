import type { FilterQuery } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { DomainError, chinaDay, verifyDrawRecordAsync, type DrawVerification } from '@dsr/domain';
import { Bureau, CrossRegionPool, Draw, DrawDispatch, DrawSwap, DrawSwapRequest } from '@dsr/db';
import type { RequestContext } from '../../context';
import { forbidden } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/connection';
import { signedIn } from '../../common/principal';
import { ownedBy } from '../../common/ownership';
import { findInScope } from '../../common/find-in-scope';
import { isUuid } from '../../loaders';
import { flushAndAudit } from '../audit/audit.service';
import { DrawSnapshotBuilder } from './draw-snapshot.builder';
import { drawRecordOf } from './draw-record';
import { DrawCommits } from './draw-commit';
import { DrawRuns } from './draw-run';
import { DrawSwaps } from './draw-swap';
import type { DrawInspections, DrawPublicationsPort, DrawablePlanning } from './draw.ports';
import type {
  CommitDrawInput,
  CrossRegionPoolInput,
  DeclineDrawSwapInput,
  DrawFilter,
  EnterBeaconInput,
  RedrawInput,
  RequestDrawSwapInput,
} from './draw.types';

/**
 * The draw of a plan round (R24–R34), as DRAW.md §1 lays it out: commit (snapshot, pool digest,
 * commitment, beacon source) → beacon → draw (nonce revealed, result) → dispatch (R32).
 * A draw is never changed once drawn; a re-draw or a swap is a new record (R31).
 */
export class DrawService {
  private readonly commits: DrawCommits;
  private readonly runs: DrawRuns;
  private readonly swapping: DrawSwaps;

  constructor(planning: DrawablePlanning, inspections: DrawInspections, publications: DrawPublicationsPort) {
    this.commits = new DrawCommits(planning, new DrawSnapshotBuilder(inspections), publications);
    this.runs = new DrawRuns(inspections, publications);
    this.swapping = new DrawSwaps(inspections.drawAmendments, publications);
  }

  // ─── commit, beacon (draw-commit.ts) ───

  commit(ctx: RequestContext, input: CommitDrawInput): Promise<Draw> {
    return this.commits.commit(ctx, input);
  }

  /** R31: a re-draw is a new draw of the same round that names the draw it replaces, who approved it and why. */
  redraw(ctx: RequestContext, input: RedrawInput): Promise<Draw> {
    return this.commits.redraw(ctx, input);
  }

  enterBeacon(ctx: RequestContext, input: EnterBeaconInput): Promise<Draw> {
    return this.commits.enterBeacon(ctx, input);
  }

  // ─── the draw itself, its dispatch (draw-run.ts) ───

  run(ctx: RequestContext, drawId: string): Promise<Draw> {
    return this.runs.run(ctx, drawId);
  }

  confirmDispatch(ctx: RequestContext, dispatchId: string): Promise<DrawDispatch> {
    return this.runs.confirmDispatch(ctx, dispatchId);
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
    // A big draw's replay runs in a worker thread while this one hashes the snapshot.
    return verifyDrawRecordAsync(record as never);
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
  async pendingDispatches(
    ctx: RequestContext,
    overdueOnly: boolean,
    departmentId: string | null,
  ): Promise<DrawDispatch[]> {
    if (departmentId !== null && !isUuid(departmentId)) return [];
    const open: FilterQuery<DrawDispatch> = { confirmedAt: null, closedAt: null };
    if (departmentId) open.departmentId = departmentId;
    const where = overdueOnly ? { ...open, dueDate: { $lt: chinaDay(new Date()) } } : open;
    return ctx.em.find(DrawDispatch, where, { orderBy: { dueDate: 'asc', id: 'asc' }, limit: 500 });
  }

  async swaps(ctx: RequestContext, drawId: string): Promise<DrawSwap[]> {
    return ctx.em.find(DrawSwap, { drawId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }
}
