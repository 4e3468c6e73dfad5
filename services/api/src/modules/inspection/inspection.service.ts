import { uuidv7 } from 'uuidv7';
import { DomainError, ITEM_STATUS_LABELS, chinaDay, parseIsoDate, retentionFloor } from '@dsr/domain';
import { Draw, Inspection, InspectionItemVersion, InspectionMember, Inspector, Target } from '@dsr/db';
import type { Principal, RequestContext } from '../../context';
import { conflict, notFound } from '../../common/errors';
import { findInScope } from '../../common/find-in-scope';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { validIds } from '../../loaders';
import { flushAndAudit } from '../audit/audit.service';
import { drawAmendments } from './draw-amendments';
import { visibleInspection } from './inspection.access';
import { lockMatching, targetsUnderDirectCheck } from './inspection.queries';
import { drawWork, insertMatched, pendingWork, place } from './matching';
import { union } from './inspection-progress';
import { requireEligibleTeam } from './team-eligibility';
import type { CreateDirectCheckInput } from './matching.types';

/**
 * Opening inspections (issue 5): matched from draws (R32, R35) or opened directly (R23). This is
 * also the module's face to the draw module, which is given this object: `matchDraw`,
 * `targetsUnderDirectCheck` and `drawAmendments` (R30, R31), and to downloads: `inspection`.
 */
export class InspectionService {
  /** R30/R31: what swaps and redraws change in the work. */
  readonly drawAmendments = drawAmendments;

  /**
   * Turns the selections of a drawn draw into inspections (matching.ts). Idempotent: selections
   * already matched are skipped.
   */
  async matchDraw(ctx: RequestContext, drawId: string): Promise<Inspection[]> {
    const p = signedIn(ctx);
    const draw = await findInScope(ctx, Draw, drawId, '抽取记录', { populate: ['snapshot', 'result'] as never });
    if (draw.bureauId !== p.bureauId) throw notFound('抽取记录');
    if (draw.status !== 'DRAWN') throw new DomainError('DRAW_NOT_RUN', '抽取尚未完成，不能匹配检查', 'drawId');
    if (await ctx.em.findOne(Draw, { replacesDrawId: draw.id }))
      throw conflict('该抽取已被重抽取代，请匹配新的抽取', { drawId: draw.id });
    const work = await drawWork(ctx, draw);
    await lockMatching(ctx, p.bureauId);
    const { pending, open } = await pendingWork(ctx, p, work);
    const now = new Date();
    const placement = place(p, work, pending, open, now);
    await ctx.em.flush();
    await insertMatched(ctx, p, work, placement, now);
    const touchedIds = [...new Set(placement.placed.map((x) => x.inspectionId))];
    const list = touchedIds.length
      ? await ctx.em.find(Inspection, { id: { $in: touchedIds } }, { orderBy: { id: 'asc' } })
      : [];
    await flushAndAudit(ctx, {
      operation: 'MATCH_INSPECTIONS',
      objectType: 'Draw',
      objectId: draw.id,
      after: {
        selections: pending.length,
        inspections: list.map((i) => ({ id: i.id, targetId: i.targetId, departments: i.departmentIds.length })),
      },
    });
    return list;
  }

  /** For the draw's snapshot: the targets under a direct check in the window (R23). */
  targetsUnderDirectCheck(
    ctx: RequestContext,
    bureauIds: readonly string[],
    windowStart: string,
    windowEnd: string,
  ): Promise<Set<string>> {
    return targetsUnderDirectCheck(ctx.em, bureauIds, windowStart, windowEnd);
  }

  /** An inspection the caller can see, or NOT_FOUND (downloads ask it before signing a link). */
  inspection(ctx: RequestContext, id: string): Promise<Inspection> {
    return visibleInspection(ctx, id);
  }

  /** R23: a check outside the draw, on a target of the bureau, by at least two of its active inspectors. */
  async createDirectCheck(ctx: RequestContext, input: CreateDirectCheckInput): Promise<Inspection> {
    const p = signedIn(ctx);
    const windowStart = parseIsoDate(input.windowStart, 'windowStart');
    const windowEnd = parseIsoDate(input.windowEnd, 'windowEnd');
    if (windowEnd < windowStart) throw new DomainError('WINDOW_INVALID', '检查时段止不能早于起', 'windowEnd');
    // R23, R24: a check outside the draw names its basis; blanks are not one (the input only counts characters).
    if (!input.reference.trim()) {
      throw new DomainError('REFERENCE_REQUIRED', '请填写事由文号（投诉编号、转办文件号等，R23、R24）', 'reference');
    }
    const target = await findInScope(ctx, Target, input.targetId, '检查对象');
    if (target.bureauId !== p.bureauId) throw notFound('检查对象');
    await requireCheckableItems(ctx, p, input.itemVersionIds);
    const ids = [...new Set(input.inspectorIds)];
    const inspectors = await directTeam(ctx, p, ids);
    await requireEligibleTeam(ctx, { targetId: target.id, windowStart, windowEnd }, inspectors);
    const inspection = await openDirectCheck(
      ctx,
      p,
      { targetId: target.id, windowStart, windowEnd, input },
      inspectors,
    );
    await flushAndAudit(ctx, {
      operation: 'CREATE_DIRECT_CHECK',
      objectType: 'Inspection',
      objectId: inspection.id,
      after: {
        targetId: target.id,
        reason: input.reason,
        reference: inspection.directReference,
        windowStart,
        windowEnd,
        inspectors: ids,
        items: inspection.itemVersionIds,
      },
    });
    return inspection;
  }
}

/**
 * R1, R7: a direct check names the items in force on the list: the published (current) version of
 * an item of the bureau or of a superior, as a plan task does. A draft, a version in legal review,
 * a superseded or retired one, or another bureau's item is refused: no inspection outside the list.
 */
async function requireCheckableItems(
  ctx: RequestContext,
  p: Principal,
  itemVersionIds: readonly string[],
): Promise<void> {
  const usableBureaus = new Set([p.bureauId, ...p.readableBureauIds.filter((id) => !p.bureauIds.includes(id))]);
  const versions = await ctx.em.find(InspectionItemVersion, { id: { $in: validIds(itemVersionIds) } });
  for (const id of itemVersionIds) {
    const v = versions.find((x) => x.id === id);
    if (v && v.status === 'PUBLISHED' && usableBureaus.has(v.bureauId)) continue;
    throw new DomainError(
      'ITEM_NOT_PUBLISHED',
      v && usableBureaus.has(v.bureauId)
        ? `事项「${v.name}」第 ${v.versionNo} 版为「${ITEM_STATUS_LABELS[v.status]}」，不是现行发布的事项，不能开展检查（R1）`
        : '事项版本不存在或未发布（只能检查本单位或上级机关发布的事项，R1）',
      'itemVersionIds',
      { itemVersionId: id },
    );
  }
}

/** R23, R29: at least two active inspectors of the bureau. */
async function directTeam(ctx: RequestContext, p: Principal, ids: readonly string[]): Promise<Inspector[]> {
  const inspectors = await ctx.em.find(Inspector, {
    id: { $in: validIds(ids) },
    bureauId: p.bureauId,
    status: 'ACTIVE',
  });
  if (inspectors.length !== ids.length)
    throw new DomainError('INSPECTOR_NOT_AVAILABLE', '检查人员须为本单位在岗的执法检查人员', 'inspectorIds');
  if (ids.length < 2) throw new DomainError('TEAM_TOO_SMALL', '检查人员至少 2 人（R29）', 'inspectorIds');
  return inspectors;
}

/** The direct check and its team, in the unit of work (flushed). */
async function openDirectCheck(
  ctx: RequestContext,
  p: Principal,
  opening: { targetId: string; windowStart: string; windowEnd: string; input: CreateDirectCheckInput },
  inspectors: readonly Inspector[],
): Promise<Inspection> {
  const now = new Date();
  const inspection = ctx.em.create(Inspection, {
    id: uuidv7(),
    ...ownedBy(p),
    kind: 'DIRECT',
    targetId: opening.targetId,
    leadDepartmentId: p.departmentId,
    departmentIds: union(
      [p.departmentId],
      inspectors.map((i) => i.departmentId),
    ),
    itemVersionIds: [...new Set(opening.input.itemVersionIds)],
    status: 'MATCHED',
    windowStart: opening.windowStart,
    windowEnd: opening.windowEnd,
    scheduledOn: null,
    directReason: opening.input.reason,
    directReference: opening.input.reference.trim(),
    checkEndedOn: null,
    reportDue: null,
    reportDueEstimated: null,
    retentionUntil: retentionFloor(chinaDay(now)),
    createdBy: p.userId,
    createdAt: now,
    version: 1,
  });
  await ctx.em.flush();
  for (const i of inspectors) {
    ctx.em.create(InspectionMember, {
      id: uuidv7(),
      ...ownedBy(p),
      inspectionId: inspection.id,
      inspectorId: i.id,
      departmentId: i.departmentId,
      joinedVia: 'DIRECT',
      joinedAt: now,
      leftAt: null,
      leftReason: null,
      version: 1,
    });
  }
  await ctx.em.flush();
  return inspection;
}
