import { uuidv7 } from 'uuidv7';
import { Inspector, RectificationDraft, RectificationNotice, type Inspection } from '@dsr/db';
import { DomainError, ROLE_LABELS, chinaDay, parseIsoDate } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { conflict, forbidden, notFound } from '../../common/errors';
import { recordAudit } from '../audit/audit.service';
import { isUuid } from '../../loaders';
import { nextDocumentNo } from './document-numbers';

/** What a notice says, from the issuer's input or an inspector's draft. */
export interface NoticeContent { findings: string; legalBasis: string; deadline: string; contactPhone?: string | null }

/** The inspection's state and the deadline, as any notice or draft needs them (R38, R40). */
export function checkNoticeable(inspection: Inspection, deadlineRaw: string): string {
  const deadline = parseIsoDate(deadlineRaw, 'deadline');
  if (deadline < chinaDay(new Date())) throw new DomainError('DEADLINE_IN_PAST', '整改期限不能早于今天', 'deadline');
  if (inspection.status === 'CLOSED') throw new DomainError('INSPECTION_CLOSED', '检查已办结', 'inspectionId');
  if (inspection.status !== 'REPORTED') throw new DomainError('RECTIFICATION_NOT_ORDERED', '检查报告定稿且处理意见为“责令整改”后，才能下达整改通知（R38、R40）', 'inspectionId');
  return deadline;
}

/** Issuing needs the role the bureau names (the department head by default); an inspector drafts. */
export async function requireNoticeIssuer(ctx: RequestContext): Promise<void> {
  const p = ctx.principal!;
  const role = (await ctx.loaders.settingsOfBureau.load(p.bureauId))?.noticeIssuerRole ?? 'DEPARTMENT_HEAD';
  if (!p.roles.includes(role)) {
    throw forbidden(`整改通知书由${ROLE_LABELS[role]}签发；检查人员可起草（draftRectificationNotice），由${ROLE_LABELS[role]}签发`);
  }
}

/** The phone printed beside the issuing officer: given, or the officer's own entry in the inspector directory. */
async function contactPhone(ctx: RequestContext, given: string | null | undefined): Promise<string | null> {
  if (given?.trim()) return given.trim();
  const entry = await ctx.em.findOne(Inspector, { userId: ctx.principal!.userId, bureauId: ctx.principal!.bureauId, phone: { $ne: null } });
  return entry?.phone ?? null;
}

/** The notice, numbered from the counter in this transaction; the inspection moves to RECTIFYING. */
export async function createNotice(ctx: RequestContext, inspection: Inspection, content: NoticeContent, draftedBy: string | null,
  advance: (to: 'RECTIFYING') => Promise<void>): Promise<RectificationNotice> {
  const p = ctx.principal!;
  const deadline = checkNoticeable(inspection, content.deadline);
  if (await ctx.em.findOne(RectificationNotice, { inspectionId: inspection.id })) throw conflict('本检查已下达整改通知书');
  const now = new Date();
  const notice = ctx.em.create(RectificationNotice, {
    id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, inspectionId: inspection.id,
    documentNo: await nextDocumentNo(ctx, 'RECTIFICATION_NOTICE', p.departmentId, now),
    findings: content.findings.trim(), legalBasis: content.legalBasis.trim(), deadline, status: 'ISSUED', issuedBy: p.userId, issuedAt: now,
    contactName: p.displayName, contactPhone: await contactPhone(ctx, content.contactPhone), draftedBy,
    followUpResult: null, followUpOn: null, followUpRemarks: null, followUpBy: null, caseNo: null, penaltyDecisionNo: null, penaltyDecidedOn: null, version: 1,
  });
  await ctx.em.flush();
  await advance('RECTIFYING');
  await recordAudit(ctx, { operation: 'ISSUE_RECTIFICATION_NOTICE', objectType: 'RectificationNotice', objectId: notice.id,
    after: { inspectionId: inspection.id, documentNo: notice.documentNo, deadline, draftedBy } });
  return notice;
}

/** An inspector's draft: checked as a notice would be, numbered only when issued. */
export async function createDraft(ctx: RequestContext, inspection: Inspection, content: NoticeContent): Promise<RectificationDraft> {
  const p = ctx.principal!;
  const deadline = checkNoticeable(inspection, content.deadline);
  if (await ctx.em.findOne(RectificationNotice, { inspectionId: inspection.id })) throw conflict('本检查已下达整改通知书');
  if (await ctx.em.findOne(RectificationDraft, { inspectionId: inspection.id, status: 'DRAFT' })) throw conflict('本检查已有待签发的整改通知书草稿');
  const draft = ctx.em.create(RectificationDraft, {
    id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, inspectionId: inspection.id,
    findings: content.findings.trim(), legalBasis: content.legalBasis.trim(), deadline, contactPhone: content.contactPhone?.trim() || null,
    status: 'DRAFT', draftedBy: p.userId, draftedAt: new Date(), noticeId: null, version: 1,
  });
  await ctx.em.flush();
  await recordAudit(ctx, { operation: 'DRAFT_RECTIFICATION_NOTICE', objectType: 'RectificationDraft', objectId: draft.id,
    after: { inspectionId: inspection.id, deadline } });
  return draft;
}

/** The open draft by id (scope filter + RLS: another county's is "not found"). */
export async function openDraft(ctx: RequestContext, draftId: string, version: number): Promise<RectificationDraft> {
  const draft = isUuid(draftId) ? await ctx.em.findOne(RectificationDraft, { id: draftId, bureauId: ctx.principal!.bureauId }) : null;
  if (!draft) throw notFound('整改通知书草稿');
  if (draft.status !== 'DRAFT') throw conflict('草稿已签发', { noticeId: draft.noticeId });
  if (draft.version !== version) throw conflict('记录已被他人修改，请刷新后重试', { currentVersion: draft.version });
  return draft;
}
