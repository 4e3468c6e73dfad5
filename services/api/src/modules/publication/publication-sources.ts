import {
  Inspection,
  InspectionItemVersion,
  InspectionRecord,
  InspectionReport,
  InspectionSource,
  Plan,
  PlanTask,
  RectificationNotice,
  Target,
} from '@dsr/db';
import {
  DomainError,
  inspectionResultDraft,
  penaltyResultDraft,
  type DocumentDraft,
  type InspectionResultCode,
  type PenaltyFacts,
} from '@dsr/domain';
import type { RequestContext } from '../../context';
import { findInScope } from '../../common/find-in-scope';
import { signedIn } from '../../common/principal';

/** The internal object a draft is built from: its department and event date (R47's start). */
export interface DraftSource {
  draft: DocumentDraft;
  departmentId: string | null;
  eventDate: string;
}

/** A bureau publishes only what is its own: a superior's item or a subordinate's target is not. */
export function requireOwn(ctx: RequestContext, owned: { bureauId: string }, what: string): void {
  if (owned.bureauId !== signedIn(ctx).bureauId) {
    throw new DomainError('PUBLICATION_NOT_OWN', `只能公示本单位的${what}`, 'subjectId');
  }
}

/**
 * R41, R47: an inspection's result is published by the bureau that handles it — its own bureau, or the
 * bureau below that handles the findings of a superior's task. A superior reads a subordinate's
 * inspections but does not publish them: its draft would also take the subject, and the bureau whose
 * result it is could no longer publish it.
 */
function requireResultOwner(ctx: RequestContext, i: Inspection): void {
  requireOwn(
    ctx,
    { bureauId: i.handlingBureauId ?? i.bureauId },
    '检查结果（上级部署的检查由负责处理的本级机关公示，R41）',
  );
}

export async function partyOf(ctx: RequestContext, targetId: string) {
  const t = await ctx.em.findOne(Target, { id: targetId });
  if (!t) throw new DomainError('PUBLICATION_TARGET_UNREADABLE', '检查对象不存在或无权访问', 'subjectId');
  return t;
}

export function partyFields(t: Target) {
  return {
    holderKind: t.holderKind,
    uscc: t.uscc,
    residentId: t.residentId,
    name: t.name,
    legalRepresentative: t.legalRepresentative,
    address: t.registeredAddress,
  };
}

async function drawnPlan(ctx: RequestContext, inspectionId: string) {
  const source = await ctx.em.findOne(InspectionSource, { inspectionId, withdrawnAt: null });
  if (!source) return null;
  const task = await ctx.em.findOne(PlanTask, { id: source.taskId });
  const plan = task ? await ctx.em.findOne(Plan, { id: task.planId }) : null;
  if (!task || !plan) return null;
  return { no: plan.id, name: plan.title, taskNo: task.id, taskName: task.name };
}

/** An INSPECTION_RESULT from the inspection (R38 opinion, R40 follow-up, R37 refusal), drawn or direct (R23). */
export async function inspectionResultSource(
  ctx: RequestContext,
  inspectionId: string,
  resultOverride: InspectionResultCode | null,
): Promise<DraftSource> {
  const i = await findInScope(ctx, Inspection, inspectionId, '检查');
  requireResultOwner(ctx, i);
  if (!i.checkEndedOn) throw new DomainError('INSPECTION_RESULT_NOT_READY', '检查尚未结束，结果不能公示', 'subjectId');
  const report = await ctx.em.findOne(InspectionReport, { inspectionId, status: 'APPROVED' });
  const notice = await ctx.em.findOne(RectificationNotice, { inspectionId });
  const records = await ctx.em.find(InspectionRecord, { inspectionId });
  const target = await partyOf(ctx, i.targetId);
  const items = await ctx.em.find(
    InspectionItemVersion,
    { id: { $in: i.itemVersionIds } },
    { orderBy: { name: 'asc' } },
  );
  const bureau = await ctx.loaders.bureau.load(i.bureauId);
  const draft = inspectionResultDraft({
    party: partyFields(target),
    authority: bureau?.name ?? '',
    kind: i.kind,
    checkEndedOn: i.checkEndedOn,
    items: items.map((v) => v.name),
    plan: i.kind === 'DRAWN' ? await drawnPlan(ctx, i.id) : null,
    outcome: {
      opinion: report?.opinion ?? null,
      followUp: notice?.followUpResult ?? null,
      nonCooperation: records.some((r) => r.nonCooperation.length > 0),
      targetTerminated: target.status === 'TERMINATED',
    },
    resultOverride,
  });
  return { draft, departmentId: i.leadDepartmentId, eventDate: i.checkEndedOn };
}

/** A PENALTY_RESULT (双公示) of the decision recorded on a rectification notice, with the items the department enters. */
export async function penaltyResultSource(
  ctx: RequestContext,
  noticeId: string,
  facts: PenaltyFacts | null,
): Promise<DraftSource> {
  const n = await findInScope(ctx, RectificationNotice, noticeId, '整改通知书');
  requireOwn(ctx, n, '处罚结果');
  if (!n.penaltyDecidedOn) throw new DomainError('PENALTY_NOT_DECIDED', '尚无处罚决定，不能公示', 'subjectId');
  if (n.penaltyRevokedOn)
    throw new DomainError('PENALTY_REVOKED', '处罚决定已撤销，不予公示（已公示的应撤回）', 'subjectId');
  if (!facts) throw new DomainError('PENALTY_FIELD_REQUIRED', '请填写双公示事项', 'penalty');
  const i = await findInScope(ctx, Inspection, n.inspectionId, '检查');
  const target = await partyOf(ctx, i.targetId);
  const bureau = await ctx.loaders.bureau.load(n.bureauId);
  const draft = penaltyResultDraft({
    party: partyFields(target),
    authority: bureau?.name ?? '',
    facts: { ...facts, decisionNo: facts.decisionNo || (n.penaltyDecisionNo ?? ''), decidedOn: n.penaltyDecidedOn },
  });
  return { draft, departmentId: i.leadDepartmentId, eventDate: n.penaltyDecidedOn };
}

/** A revoked decision is never published: a draft prepared before the revocation is not approved either. */
export async function requireDecisionStands(
  ctx: RequestContext,
  pub: { kind: string; action: string; subjectId: string },
) {
  if (pub.kind !== 'PENALTY_RESULT' || pub.action === 'WITHDRAW') return;
  const n = await ctx.em.findOne(RectificationNotice, { id: pub.subjectId });
  if (n?.penaltyRevokedOn) {
    throw new DomainError('PENALTY_REVOKED', '处罚决定已撤销，不予公示（已公示的应撤回）', 'id');
  }
}
