import { uuidv7 } from 'uuidv7';
import { Inspector, RectificationDraft, RectificationNotice, type Inspection } from '@dsr/db';
import { DomainError, chinaDay, parseIsoDate, textOrNull } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { conflict, notFound } from '../../common/errors';
import { findInScope } from '../../common/find-in-scope';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { flushAndAudit } from '../audit/audit.service';
import { nextDocumentNo } from './document-numbers';

/** What a notice says, from the issuer's input or an inspector's draft. */
export interface NoticeContent {
  findings: string;
  legalBasis: string;
  deadline: string;
  contactPhone?: string | null;
}

/** The inspection's state and the deadline, as any notice or draft needs them (R38, R40). */
export function checkNoticeable(inspection: Inspection, deadlineRaw: string): string {
  const deadline = parseIsoDate(deadlineRaw, 'deadline');
  if (deadline < chinaDay(new Date())) throw new DomainError('DEADLINE_IN_PAST', '整改期限不能早于今天', 'deadline');
  if (inspection.status === 'CLOSED') throw new DomainError('INSPECTION_CLOSED', '检查已办结', 'inspectionId');
  if (inspection.status !== 'REPORTED') {
    throw new DomainError(
      'RECTIFICATION_NOT_ORDERED',
      '检查报告定稿且处理意见为“责令整改”后，才能下达整改通知（R38、R40）',
      'inspectionId',
    );
  }
  return deadline;
}

/** The phone printed beside the issuing officer: given, or the officer's own entry in the inspector directory. */
async function contactPhone(ctx: RequestContext, given: string | null | undefined): Promise<string | null> {
  if (given?.trim()) return given.trim();
  const p = signedIn(ctx);
  const entry = await ctx.em.findOne(Inspector, { userId: p.userId, bureauId: p.bureauId, phone: { $ne: null } });
  return entry?.phone ?? null;
}

/** The notice, numbered from the counter in this transaction; the inspection moves to RECTIFYING. */
export async function createNotice(
  ctx: RequestContext,
  inspection: Inspection,
  content: NoticeContent,
  draftedBy: string | null,
  advance: (to: 'RECTIFYING') => Promise<void>,
): Promise<RectificationNotice> {
  const p = signedIn(ctx);
  const deadline = checkNoticeable(inspection, content.deadline);
  if (await ctx.em.findOne(RectificationNotice, { inspectionId: inspection.id }))
    throw conflict('本检查已下达整改通知书');
  const now = new Date();
  const notice = ctx.em.create(RectificationNotice, {
    id: uuidv7(),
    ...ownedBy(p),
    inspectionId: inspection.id,
    documentNo: await nextDocumentNo(ctx, 'RECTIFICATION_NOTICE', p.departmentId, now),
    findings: content.findings.trim(),
    legalBasis: content.legalBasis.trim(),
    deadline,
    status: 'ISSUED',
    issuedBy: p.userId,
    issuedAt: now,
    contactName: p.displayName,
    contactPhone: await contactPhone(ctx, content.contactPhone),
    draftedBy,
    followUpResult: null,
    followUpOn: null,
    followUpRemarks: null,
    followUpBy: null,
    caseNo: null,
    penaltyDecisionNo: null,
    penaltyDecidedOn: null,
    version: 1,
  });
  await ctx.em.flush();
  await advance('RECTIFYING');
  await flushAndAudit(ctx, {
    operation: 'ISSUE_RECTIFICATION_NOTICE',
    objectType: 'RectificationNotice',
    objectId: notice.id,
    after: { inspectionId: inspection.id, documentNo: notice.documentNo, deadline, draftedBy },
  });
  return notice;
}

/** An inspector's draft: checked as a notice would be, numbered only when issued. */
export async function createDraft(
  ctx: RequestContext,
  inspection: Inspection,
  content: NoticeContent,
): Promise<RectificationDraft> {
  const p = signedIn(ctx);
  const deadline = checkNoticeable(inspection, content.deadline);
  if (await ctx.em.findOne(RectificationNotice, { inspectionId: inspection.id }))
    throw conflict('本检查已下达整改通知书');
  if (await ctx.em.findOne(RectificationDraft, { inspectionId: inspection.id, status: 'DRAFT' })) {
    throw conflict('本检查已有待签发的整改通知书草稿');
  }
  const draft = ctx.em.create(RectificationDraft, {
    id: uuidv7(),
    ...ownedBy(p),
    inspectionId: inspection.id,
    findings: content.findings.trim(),
    legalBasis: content.legalBasis.trim(),
    deadline,
    contactPhone: textOrNull(content.contactPhone),
    status: 'DRAFT',
    draftedBy: p.userId,
    draftedAt: new Date(),
    noticeId: null,
    version: 1,
  });
  await flushAndAudit(ctx, {
    operation: 'DRAFT_RECTIFICATION_NOTICE',
    objectType: 'RectificationDraft',
    objectId: draft.id,
    after: { inspectionId: inspection.id, deadline },
  });
  return draft;
}

/** The open draft by id (scope filter + RLS: another county's is "not found"). */
export async function openDraft(ctx: RequestContext, draftId: string, version: number): Promise<RectificationDraft> {
  const draft = await findInScope(ctx, RectificationDraft, draftId, '整改通知书草稿');
  if (draft.bureauId !== signedIn(ctx).bureauId) throw notFound('整改通知书草稿');
  if (draft.status !== 'DRAFT') throw conflict('草稿已签发', { noticeId: draft.noticeId });
  if (draft.version !== version) throw conflict('记录已被他人修改，请刷新后重试', { currentVersion: draft.version });
  return draft;
}
