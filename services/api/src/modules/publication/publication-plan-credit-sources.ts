import {
  CreditEntry,
  Department,
  InspectionItemVersion,
  Inspection,
  Plan,
  PlanFiling,
  PlanRound,
  PlanTask,
} from '@dsr/db';
import { chinaDay, creditEntryDraft, planDraft } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { findInScope } from '../../common/find-in-scope';
import { partyFields, partyOf, requireOwn, type DraftSource } from './publication-sources';

async function departmentNames(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = ids.length ? await ctx.em.find(Department, { id: { $in: [...ids] } }) : [];
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function itemNames(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = ids.length ? await ctx.em.find(InspectionItemVersion, { id: { $in: [...ids] } }) : [];
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** PLAN (subject: the plan): a filed or acknowledged plan with its tasks and rounds. */
export async function planSource(ctx: RequestContext, planId: string): Promise<DraftSource> {
  const plan = await findInScope(ctx, Plan, planId, '抽查计划');
  requireOwn(ctx, plan, '抽查计划');
  const tasks = await ctx.em.find(PlanTask, { planId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const rounds = await ctx.em.find(PlanRound, { planId }, { orderBy: { roundNo: 'asc' } });
  const filing = await ctx.em.findOne(PlanFiling, { planId }, { orderBy: { filingNo: 'desc' } });
  const items = await itemNames(
    ctx,
    tasks.flatMap((t) => t.itemVersionIds),
  );
  const departments = await departmentNames(
    ctx,
    tasks.flatMap((t) => t.departmentIds),
  );
  const bureau = await ctx.loaders.bureau.load(plan.bureauId);
  const filedOn = filing ? chinaDay(filing.filedAt) : null;
  const draft = planDraft({
    id: plan.id,
    title: plan.title,
    year: plan.year,
    kind: plan.kind,
    authority: bureau?.name ?? '',
    status: plan.status,
    filedOn,
    tasks: tasks.map((t) => ({
      name: t.name,
      items: t.itemVersionIds.map((id) => items.get(id) ?? ''),
      departments: t.departmentIds.map((id) => departments.get(id) ?? ''),
      ratioBp: t.ratioBp,
      timesPerYear: t.timesPerYear,
      joint: t.joint,
      rounds: rounds
        .filter((r) => r.taskId === t.id)
        .map((r) => ({ no: r.roundNo, from: r.windowStart, to: r.windowEnd })),
    })),
  });
  return { draft, departmentId: plan.departmentId, eventDate: filedOn ?? chinaDay(new Date()) };
}

/**
 * CREDIT_ENTRY (subject: the entry, R50): as it stands — listed, or removed / repaired with 移出原因
 * and 日期; prepared by the department of the inspection that caused it.
 */
export async function creditEntrySource(ctx: RequestContext, entryId: string): Promise<DraftSource> {
  const e = await findInScope(ctx, CreditEntry, entryId, '信用名单条目');
  requireOwn(ctx, e, '信用名单条目');
  const target = await partyOf(ctx, e.targetId);
  const cause = await ctx.em.findOne(Inspection, { id: e.causeInspectionId });
  const bureau = await ctx.loaders.bureau.load(e.bureauId);
  const draft = creditEntryDraft({
    party: partyFields(target),
    list: e.list,
    state: e.state,
    reason: e.reason,
    listedOn: e.listedOn,
    authority: bureau?.name ?? '',
    causeDocumentNo: e.causeDocumentNo,
    restrictions: e.restrictions,
    removalReason: e.removalReason,
    removedOn: e.removedOn,
  });
  return { draft, departmentId: cause?.leadDepartmentId ?? null, eventDate: e.removedOn ?? e.listedOn };
}
