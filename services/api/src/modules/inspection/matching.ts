import { uuidv7 } from 'uuidv7';
import { chinaDay, currentTeams, retentionFloor, type DrawResult, type DrawSnapshot } from '@dsr/domain';
import {
  Draw,
  DrawSelection,
  DrawSwap,
  Inspection,
  InspectionMember,
  InspectionSource,
  PlanRound,
  PlanTask,
} from '@dsr/db';
import type { Principal, RequestContext } from '../../context';
import { insertRows } from '../../common/bound-sql';
import { ownerColumns } from '../../common/ownership';
import { handlingColumns, type Handling } from './handling';
import { handlingBureausOf } from './inspection.queries';
import { maxDay, minDay, union } from './inspection-progress';

/**
 * R32, R35: how a drawn draw's selections become inspections. A target already on an open
 * inspection of this bureau whose window overlaps the round's joins it (a joint inspection: union
 * of teams, items and departments, the window narrowed to the overlap, the lead kept); otherwise a
 * new one, led by the task's first department (the initiating department).
 */

const INSPECTION_COLUMNS = {
  id: 'uuid',
  tenant_id: 'uuid',
  bureau_id: 'uuid',
  scope_path: 'ltree',
  kind: 'text',
  target_id: 'uuid',
  lead_department_id: 'uuid',
  department_ids: 'uuid[]',
  item_version_ids: 'uuid[]',
  status: 'text',
  window_start: 'date',
  window_end: 'date',
  retention_until: 'date',
  created_by: 'uuid',
  created_at: 'timestamptz',
  handling_bureau_id: 'uuid',
  handling_scope_path: 'ltree',
};
const MEMBER_COLUMNS = {
  id: 'uuid',
  tenant_id: 'uuid',
  bureau_id: 'uuid',
  scope_path: 'ltree',
  inspection_id: 'uuid',
  inspector_id: 'uuid',
  department_id: 'uuid',
  joined_via: 'text',
  joined_at: 'timestamptz',
  handling_bureau_id: 'uuid',
  handling_scope_path: 'ltree',
};
const SOURCE_COLUMNS = {
  id: 'uuid',
  tenant_id: 'uuid',
  bureau_id: 'uuid',
  scope_path: 'ltree',
  inspection_id: 'uuid',
  draw_selection_id: 'uuid',
  draw_id: 'uuid',
  task_id: 'uuid',
  round_id: 'uuid',
  created_at: 'timestamptz',
};

/** What a draw brings to matching: its task and round, selections, teams as they stand and R41's handling bureaus. */
export interface DrawWork {
  draw: Draw;
  task: PlanTask;
  round: PlanRound;
  selections: DrawSelection[];
  teams: Map<string, string[]>;
  departmentOf: Map<string, string>;
  handlingOf: Map<string, Handling>;
}

export async function drawWork(ctx: RequestContext, draw: Draw): Promise<DrawWork> {
  const task = await ctx.em.findOneOrFail(PlanTask, { id: draw.taskId });
  const round = await ctx.em.findOneOrFail(PlanRound, { id: draw.roundId });
  const selections = await ctx.em.find(DrawSelection, { drawId: draw.id }, { orderBy: { position: 'asc' } });
  const swaps = await ctx.em.find(DrawSwap, { drawId: draw.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  if (draw.result === null) throw new Error(`draw ${draw.id} has no result to match`);
  const teams = currentTeams(JSON.parse(draw.result) as DrawResult, swaps);
  const departmentOf = new Map((JSON.parse(draw.snapshot) as DrawSnapshot).inspectors.map((i) => [i.id, i.department]));
  const handlingOf =
    task.subordinateBureauIds.length && selections.length
      ? await handlingBureausOf(
          ctx,
          selections.map((s) => s.targetId),
          task.subordinateBureauIds,
        )
      : new Map<string, Handling>();
  return { draw, task, round, selections, teams, departmentOf, handlingOf };
}

/** The selections not matched yet (matching is idempotent) and the open inspections they may join. */
export async function pendingWork(ctx: RequestContext, p: Principal, work: DrawWork) {
  const done = new Set((await ctx.em.find(InspectionSource, { drawId: work.draw.id })).map((s) => s.drawSelectionId));
  const pending = work.selections.filter((s) => !done.has(s.id));
  const open = pending.length
    ? await ctx.em.find(
        Inspection,
        {
          bureauId: p.bureauId,
          kind: 'DRAWN',
          status: { $in: ['MATCHED', 'SCHEDULED'] },
          targetId: { $in: pending.map((s) => s.targetId) },
          windowStart: { $lte: work.round.windowEnd },
          windowEnd: { $gte: work.round.windowStart },
        },
        { orderBy: { id: 'asc' } },
      )
    : [];
  return { pending, open };
}

export interface Placement {
  selection: DrawSelection;
  inspectionId: string;
  team: string[];
  handling: Handling | undefined;
}

/**
 * Places each pending selection: joined to an open inspection (changed in the unit of work) or a
 * new inspection row. A visit already fixed on a day outside this round's window is not joined.
 */
export function place(
  p: Principal,
  work: DrawWork,
  pending: readonly DrawSelection[],
  open: readonly Inspection[],
  now: Date,
) {
  const { task, round } = work;
  const placed: Placement[] = [];
  const joined = new Set<string>();
  const created: Record<string, unknown>[] = [];
  const inWindow = (day: string | null) => !day || (day >= round.windowStart && day <= round.windowEnd);
  for (const selection of pending) {
    const team = work.teams.get(selection.targetId) ?? selection.inspectorIds;
    const handling = work.handlingOf.get(selection.targetId);
    const inspection = open.find((i) => i.targetId === selection.targetId && inWindow(i.scheduledOn));
    if (inspection) {
      inspection.itemVersionIds = union(inspection.itemVersionIds, task.itemVersionIds);
      inspection.departmentIds = union(inspection.departmentIds, task.departmentIds);
      inspection.windowStart = maxDay(inspection.windowStart, round.windowStart);
      inspection.windowEnd = minDay(inspection.windowEnd, round.windowEnd);
      joined.add(inspection.id);
      placed.push({ selection, inspectionId: inspection.id, team, handling });
      continue;
    }
    const id = uuidv7();
    created.push({
      id,
      ...ownerColumns(p),
      kind: 'DRAWN',
      target_id: selection.targetId,
      lead_department_id: task.departmentIds[0],
      department_ids: [...task.departmentIds],
      item_version_ids: [...task.itemVersionIds],
      status: 'MATCHED',
      window_start: round.windowStart,
      window_end: round.windowEnd,
      retention_until: retentionFloor(chinaDay(now)),
      created_by: p.userId,
      created_at: now,
      ...handlingColumns(handling),
    });
    placed.push({ selection, inspectionId: id, team, handling });
  }
  return { placed, joined, created };
}

/**
 * New inspections, their members and sources go in as bound multi-row inserts, outside the unit
 * of work: a round of 5,000 targets makes 25,000 rows, which a flush (or inlined SQL) handles slowly.
 */
export async function insertMatched(
  ctx: RequestContext,
  p: Principal,
  work: DrawWork,
  placement: ReturnType<typeof place>,
  now: Date,
): Promise<void> {
  await insertRows(ctx, 'inspection', INSPECTION_COLUMNS, placement.created);
  const joined = [...placement.joined];
  const existing = joined.length ? await ctx.em.find(InspectionMember, { inspectionId: { $in: joined } }) : [];
  const memberKeys = new Set(existing.map((m) => `${m.inspectionId}:${m.inspectorId}`));
  const members: Record<string, unknown>[] = [];
  const sources: Record<string, unknown>[] = [];
  for (const { selection, inspectionId, team, handling } of placement.placed) {
    for (const inspectorId of team) {
      const key = `${inspectionId}:${inspectorId}`;
      if (memberKeys.has(key)) continue;
      memberKeys.add(key);
      members.push({
        id: uuidv7(),
        ...ownerColumns(p),
        inspection_id: inspectionId,
        inspector_id: inspectorId,
        department_id: work.departmentOf.get(inspectorId),
        joined_via: 'DRAW',
        joined_at: now,
        ...handlingColumns(handling),
      });
    }
    sources.push({
      id: uuidv7(),
      ...ownerColumns(p),
      inspection_id: inspectionId,
      draw_selection_id: selection.id,
      draw_id: work.draw.id,
      task_id: work.draw.taskId,
      round_id: work.draw.roundId,
      created_at: now,
    });
  }
  await insertRows(ctx, 'inspection_member', MEMBER_COLUMNS, members);
  await insertRows(ctx, 'inspection_source', SOURCE_COLUMNS, sources);
}
