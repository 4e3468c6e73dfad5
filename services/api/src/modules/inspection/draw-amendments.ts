import { uuidv7 } from 'uuidv7';
import { DomainError, isTeamOpen } from '@dsr/domain';
import { DrawSelection, DrawSwap, Inspection, InspectionMember, InspectionSource, PlanRound, PlanTask } from '@dsr/db';
import type { RequestContext } from '../../context';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { handlingOf } from './handling';
import { cancelOpenInspections, claimOpenInspection, openInspectionIds, withdrawSources } from './inspection.queries';

/**
 * The work a swap or a redraw changes (R30, R31): a swap moves one person on the inspection the
 * draw made; a redraw that runs cancels the replaced draw's inspections without a record and
 * takes its part out of joint ones. Inspections with a record are never touched: the visit
 * happened. Nothing is deleted: members leave, sources are withdrawn, inspections are cancelled.
 */

export interface SwapChange {
  drawId: string;
  targetId: string;
  removed: string;
  added: string;
  addedDepartmentId: string;
  reason: string;
}

/** The inspection made from this draw's selection of the target, while the draw's part stands in it. */
export async function drawnInspectionOf(
  ctx: RequestContext,
  drawId: string,
  targetId: string,
): Promise<Inspection | null> {
  const selection = await ctx.em.findOne(DrawSelection, { drawId, targetId });
  const source = selection
    ? await ctx.em.findOne(InspectionSource, { drawSelectionId: selection.id, withdrawnAt: null })
    : null;
  return source ? ctx.em.findOne(Inspection, { id: source.inspectionId }) : null;
}

/** A team changes only before the on-site record (R36): afterwards the record names who went. */
export function assertTeamOpen(inspection: Pick<Inspection, 'status' | 'id'>): void {
  if (inspection.status === 'CANCELLED') {
    throw new DomainError('INSPECTION_CANCELLED', '该检查已取消', 'targetId', { inspectionId: inspection.id });
  }
  if (!isTeamOpen(inspection.status)) {
    throw new DomainError('RECORD_ALREADY_SUBMITTED', '该检查已提交现场检查记录，检查组不能再换人', 'targetId', {
      inspectionId: inspection.id,
    });
  }
}

/**
 * An approved swap on the inspection, in the same transaction: the removed inspector leaves (unless
 * another draw of a joint inspection put them there too), the added one joins (`SWAP`). The row is
 * locked and its version moved first, so a record submitted at the same moment fails instead of
 * naming the old team.
 */
export async function applySwapToInspection(ctx: RequestContext, change: SwapChange): Promise<Inspection | null> {
  const selection = await ctx.em.findOne(DrawSelection, { drawId: change.drawId, targetId: change.targetId });
  const source = selection
    ? await ctx.em.findOne(InspectionSource, { drawSelectionId: selection.id, withdrawnAt: null })
    : null;
  if (!source) return null;
  const claimed = await claimOpenInspection(ctx, source.inspectionId);
  const inspection = await ctx.em.findOneOrFail(Inspection, { id: source.inspectionId }, { refresh: true });
  if (!claimed) assertTeamOpen(inspection);
  const others = await ctx.em.find(InspectionSource, {
    inspectionId: inspection.id,
    id: { $ne: source.id },
    withdrawnAt: null,
  });
  const kept = new Set([...(await standingTeams(ctx, others)).values()].flat());
  const now = new Date();
  await swapMembers(ctx, inspection, change, kept, now);
  if (!inspection.departmentIds.includes(change.addedDepartmentId)) {
    inspection.departmentIds = [...inspection.departmentIds, change.addedDepartmentId];
  }
  await ctx.em.flush();
  return inspection;
}

/** The removed inspector leaves (unless `kept` by another draw), the added one joins or comes back. */
async function swapMembers(
  ctx: RequestContext,
  inspection: Inspection,
  change: SwapChange,
  kept: Set<string>,
  now: Date,
): Promise<void> {
  const rows = await ctx.em.find(InspectionMember, {
    inspectionId: inspection.id,
    inspectorId: { $in: [change.removed, change.added] },
  });
  const leaving = rows.find((m) => m.inspectorId === change.removed && !m.leftAt);
  if (leaving && !kept.has(change.removed))
    Object.assign(leaving, { leftAt: now, leftReason: `换人（R31）：${change.reason}` });
  const joining = rows.find((m) => m.inspectorId === change.added);
  if (!joining) {
    ctx.em.create(InspectionMember, {
      id: uuidv7(),
      ...ownedBy(signedIn(ctx)),
      inspectionId: inspection.id,
      ...handlingOf(inspection),
      inspectorId: change.added,
      departmentId: change.addedDepartmentId,
      joinedVia: 'SWAP',
      joinedAt: now,
      leftAt: null,
      leftReason: null,
      version: 1,
    });
  } else if (joining.leftAt) {
    Object.assign(joining, { leftAt: null, leftReason: null, joinedVia: 'SWAP', joinedAt: now });
  }
}

export interface Withdrawal {
  cancelled: string[];
  takenOut: string[];
}

/**
 * R31: what a replaced draw started, undone when the redraw runs. Its inspections without a record
 * are cancelled, or, where another draw shares them (joint), keep only the other draws' part.
 */
export async function withdrawReplacedDraw(
  ctx: RequestContext,
  replacedId: string,
  by: { id: string; reason: string },
): Promise<Withdrawal> {
  const sources = await ctx.em.find(InspectionSource, { drawId: replacedId, withdrawnAt: null });
  if (!sources.length) return { cancelled: [], takenOut: [] };
  const open = await openInspectionIds(
    ctx,
    sources.map((s) => s.inspectionId),
  );
  const gone = sources.filter((s) => open.has(s.inspectionId));
  const rest = gone.length
    ? await ctx.em.find(
        InspectionSource,
        { inspectionId: { $in: [...open] }, drawId: { $ne: replacedId }, withdrawnAt: null },
        { orderBy: { id: 'asc' } },
      )
    : [];
  const joint = new Set(rest.map((s) => s.inspectionId));
  const cancelled = [...open].filter((id) => !joint.has(id));
  const w = {
    replacedDrawId: replacedId,
    byDrawId: by.id,
    reason: `所属抽取已被重抽取代（R31）：${by.reason}`,
    at: new Date(),
  };
  await cancelOpenInspections(ctx, cancelled, w);
  await withdrawSources(ctx, [...open], w);
  await takeOutOfJoint(
    ctx,
    gone.filter((s) => joint.has(s.inspectionId)),
    rest,
    w.reason,
    w.at,
  );
  return { cancelled, takenOut: [...joint] };
}

/** The replaced draw's part of joint inspections: team members, items and departments it brought; window and lead from what is left. */
async function takeOutOfJoint(
  ctx: RequestContext,
  gone: InspectionSource[],
  rest: InspectionSource[],
  reason: string,
  now: Date,
): Promise<void> {
  if (!gone.length) return;
  const ids = gone.map((s) => s.inspectionId);
  // One after the other: the request's one connection runs them so anyway, and pg deprecates a
  // query handed to a client that is still executing one.
  const inspections = await ctx.em.find(Inspection, { id: { $in: ids } });
  const members = await ctx.em.find(InspectionMember, { inspectionId: { $in: ids }, leftAt: null });
  const goneTeams = await standingTeams(ctx, gone);
  const restTeams = await standingTeams(ctx, rest);
  const tasks = await ctx.em.find(PlanTask, { id: { $in: [...new Set(rest.map((s) => s.taskId))] } });
  const rounds = await ctx.em.find(PlanRound, { id: { $in: [...new Set(rest.map((s) => s.roundId))] } });
  const taskOf = new Map(tasks.map((t) => [t.id, t]));
  const roundOf = new Map(rounds.map((r) => [r.id, r]));
  for (const inspection of inspections) {
    const others = rest.filter((s) => s.inspectionId === inspection.id);
    const source = gone.find((s) => s.inspectionId === inspection.id);
    if (!source) continue; // read by the ids of `gone`: each inspection has its source
    const kept = new Set(others.flatMap((s) => restTeams.get(s.id) ?? []));
    const brought = new Set(goneTeams.get(source.id) ?? []);
    const mine = members.filter((m) => m.inspectionId === inspection.id);
    for (const m of mine) {
      if (brought.has(m.inspectorId) && !kept.has(m.inspectorId) && m.joinedVia !== 'COORDINATOR')
        Object.assign(m, { leftAt: now, leftReason: reason });
    }
    const otherTasks = others.flatMap((s) => taskOf.get(s.taskId) ?? []);
    const items = new Set(otherTasks.flatMap((t) => t.itemVersionIds));
    const departments = new Set([
      ...otherTasks.flatMap((t) => t.departmentIds),
      ...mine.filter((m) => !m.leftAt).map((m) => m.departmentId),
    ]);
    inspection.itemVersionIds = inspection.itemVersionIds.filter((v) => items.has(v));
    inspection.departmentIds = inspection.departmentIds.filter((d) => departments.has(d));
    if (!inspection.departmentIds.includes(inspection.leadDepartmentId))
      inspection.leadDepartmentId = otherTasks[0].departmentIds[0];
    const windows = others.flatMap((s) => roundOf.get(s.roundId) ?? []);
    inspection.windowStart = windows.map((w) => w.windowStart).reduce((a, b) => (a > b ? a : b));
    inspection.windowEnd = windows.map((w) => w.windowEnd).reduce((a, b) => (a < b ? a : b));
  }
  await ctx.em.flush();
}

/** Each source's team as it stands: drawn, with the approved swaps of its draw for that target applied in order. */
async function standingTeams(
  ctx: RequestContext,
  sources: readonly InspectionSource[],
): Promise<Map<string, string[]>> {
  if (!sources.length) return new Map();
  const selections = await ctx.em.find(DrawSelection, { id: { $in: sources.map((s) => s.drawSelectionId) } });
  const swaps = await ctx.em.find(
    DrawSwap,
    {
      drawId: { $in: [...new Set(selections.map((s) => s.drawId))] },
      targetId: { $in: [...new Set(selections.map((s) => s.targetId))] },
    },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const bySelection = new Map(
    selections.map((sel) => {
      let team = [...sel.inspectorIds];
      for (const w of swaps) {
        if (w.drawId === sel.drawId && w.targetId === sel.targetId)
          team = team.map((i) => (i === w.removedInspectorId ? w.addedInspectorId : i));
      }
      return [sel.id, team];
    }),
  );
  return new Map(sources.map((s) => [s.id, bySelection.get(s.drawSelectionId) ?? []]));
}

/** The draw module's entry points (InspectionService.drawAmendments). */
export const drawAmendments = {
  drawnInspectionOf,
  assertTeamOpen,
  applySwap: applySwapToInspection,
  withdrawReplacedDraw,
};
