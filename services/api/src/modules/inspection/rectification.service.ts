import { DomainError, chinaDay, parseIsoDate, textOrNull } from '@dsr/domain';
import { RectificationNotice, type Inspection, type RectificationDraft } from '@dsr/db';
import type { RequestContext } from '../../context';
import { conflict } from '../../common/errors';
import { signedIn } from '../../common/principal';
import { recordAudit } from '../audit/audit.service';
import { findingsInspection, requireNoticeIssuer } from './inspection.access';
import { advance } from './inspection-progress';
import { createDraft, createNotice, openDraft } from './rectification-issuing';
import type {
  FollowUpInput,
  IssueRectificationInput,
  PenaltyDecisionInput,
  PenaltyRevocationInput,
} from './rectification.types';
import { AT_NEXT_TICK, type RunSoon } from '../../common/run-soon';

/** Rectification (R40, R41): the notice, its draft, the follow-up check and the penalty decision. */
export class RectificationService {
  /** R47: a penalty decided (or revoked) gives the publication clock work (run once this commits). */
  constructor(private readonly publicationClockSoon: RunSoon = AT_NEXT_TICK) {}

  /** Issued by the role the bureau names (department head by default), numbered from the counter (issue 10). */
  async issueRectification(ctx: RequestContext, input: IssueRectificationInput): Promise<RectificationNotice> {
    const inspection = await findingsInspection(ctx, input.inspectionId);
    await requireNoticeIssuer(ctx);
    return createNotice(ctx, inspection, input, null, (to) => advance(ctx, inspection, to));
  }

  /** An inspector's draft of the notice, for the issuer to issue. */
  async draftRectification(ctx: RequestContext, input: IssueRectificationInput): Promise<RectificationDraft> {
    return createDraft(ctx, await findingsInspection(ctx, input.inspectionId), input);
  }

  async issueRectificationDraft(ctx: RequestContext, draftId: string, version: number): Promise<RectificationNotice> {
    const draft = await openDraft(ctx, draftId, version);
    const inspection = await findingsInspection(ctx, draft.inspectionId);
    await requireNoticeIssuer(ctx);
    const notice = await createNotice(ctx, inspection, draft, draft.draftedBy, (to) => advance(ctx, inspection, to));
    Object.assign(draft, { status: 'ISSUED', noticeId: notice.id });
    await ctx.em.flush();
    return notice;
  }

  /** The follow-up check (due at the deadline) closes the notice, or escalates it to a filed case. */
  async recordFollowUp(ctx: RequestContext, input: FollowUpInput): Promise<RectificationNotice> {
    const p = signedIn(ctx);
    const inspection = await findingsInspection(ctx, input.inspectionId);
    const notice = await noticeOf(ctx, inspection, '未下达责令整改通知书，不能复查（R40）');
    if (notice.status !== 'ISSUED') throw conflict('复查结果已记录', { noticeId: notice.id });
    const checkedOn = pastDay(input.checkedOn, 'checkedOn', '复查日期不能晚于今天');
    requireFollowUpInOrder(notice, input.result, checkedOn);
    const caseNo = textOrNull(input.caseNo);
    if (input.result === 'NOT_RECTIFIED' && !caseNo) {
      throw new DomainError('CASE_NO_REQUIRED', '逾期未整改的，须立案查处并填写立案编号', 'caseNo');
    }
    Object.assign(notice, {
      followUpResult: input.result,
      followUpOn: checkedOn,
      followUpRemarks: input.remarks.trim(),
      followUpBy: p.userId,
      caseNo,
      status: input.result === 'RECTIFIED' ? 'CLOSED' : 'ESCALATED',
    });
    await ctx.em.flush();
    await advance(ctx, inspection, 'CLOSED');
    await recordAudit(ctx, {
      operation: 'RECORD_FOLLOW_UP',
      objectType: 'RectificationNotice',
      objectId: notice.id,
      after: { inspectionId: inspection.id, result: input.result, checkedOn, caseNo, status: notice.status },
    });
    return notice;
  }

  /** The penalty decision's date starts the publication clock (issue 6). */
  async recordPenaltyDecision(ctx: RequestContext, input: PenaltyDecisionInput): Promise<RectificationNotice> {
    const inspection = await findingsInspection(ctx, input.inspectionId);
    const notice = await noticeOf(ctx, inspection, '未下达责令整改通知书');
    if (notice.penaltyDecidedOn) throw conflict('处罚决定已记录');
    const decidedOn = pastDay(input.decidedOn, 'decidedOn', '决定日期不能晚于今天');
    // R47: the decision's date starts its publication clock; one before the check it punishes is a typing error.
    if (inspection.checkEndedOn && decidedOn < inspection.checkEndedOn) {
      throw new DomainError(
        'DATE_BEFORE_CHECK',
        `处罚决定日期 ${decidedOn} 早于检查结束日期 ${inspection.checkEndedOn}`,
        'decidedOn',
        { checkEndedOn: inspection.checkEndedOn },
      );
    }
    Object.assign(notice, { penaltyDecisionNo: input.decisionNo.trim(), penaltyDecidedOn: decidedOn });
    await ctx.em.flush();
    await this.publicationClockSoon(ctx.em);
    await advance(ctx, inspection, null);
    await recordAudit(ctx, {
      operation: 'RECORD_PENALTY_DECISION',
      objectType: 'RectificationNotice',
      objectId: notice.id,
      after: { inspectionId: inspection.id, decisionNo: notice.penaltyDecisionNo, decidedOn },
    });
    return notice;
  }

  /** A decision revoked, once: the publication clock then withdraws its published result (5 working days). */
  async recordPenaltyRevocation(ctx: RequestContext, input: PenaltyRevocationInput): Promise<RectificationNotice> {
    const inspection = await findingsInspection(ctx, input.inspectionId);
    const notice = await noticeOf(ctx, inspection, '未下达责令整改通知书');
    if (!notice.penaltyDecidedOn)
      throw new DomainError('PENALTY_NOT_DECIDED', '尚无处罚决定，无从撤销', 'inspectionId');
    if (notice.penaltyRevokedOn) throw conflict('处罚决定的撤销已记录');
    const revokedOn = pastDay(input.revokedOn, 'revokedOn', '撤销日期不能晚于今天');
    if (revokedOn < notice.penaltyDecidedOn) {
      throw new DomainError('DATE_BEFORE_DECISION', '撤销日期不能早于处罚决定日期', 'revokedOn');
    }
    Object.assign(notice, { penaltyRevokedOn: revokedOn, penaltyRevocationReason: input.reason.trim() });
    await ctx.em.flush();
    await this.publicationClockSoon(ctx.em);
    await recordAudit(ctx, {
      operation: 'RECORD_PENALTY_REVOCATION',
      objectType: 'RectificationNotice',
      objectId: notice.id,
      after: {
        inspectionId: inspection.id,
        decisionNo: notice.penaltyDecisionNo,
        revokedOn,
        reason: input.reason.trim(),
      },
    });
    return notice;
  }
}

async function noticeOf(ctx: RequestContext, inspection: Inspection, missing: string): Promise<RectificationNotice> {
  const notice = await ctx.em.findOne(RectificationNotice, { inspectionId: inspection.id });
  if (!notice) throw new DomainError('NO_RECTIFICATION_NOTICE', missing, 'inspectionId');
  return notice;
}

/**
 * R40 (003 四(二): 限期整改，逾期仍不改正的…): the follow-up check comes after the notice, and finds the
 * target "逾期未整改" — which files a case — only once the deadline has come; before it the target is
 * still within the time it was given. A rectification found done early may be recorded any day after
 * the notice.
 */
function requireFollowUpInOrder(notice: RectificationNotice, result: string, checkedOn: string): void {
  const issuedOn = chinaDay(notice.issuedAt);
  if (checkedOn < issuedOn) {
    throw new DomainError(
      'FOLLOW_UP_BEFORE_NOTICE',
      `复查日期 ${checkedOn} 早于整改通知书下达日期 ${issuedOn}（R40）`,
      'checkedOn',
      { issuedOn },
    );
  }
  if (result === 'NOT_RECTIFIED' && checkedOn < notice.deadline) {
    throw new DomainError(
      'DEADLINE_NOT_REACHED',
      `整改期限至 ${notice.deadline}，期限届满前不能认定逾期未整改（R40）`,
      'checkedOn',
      { deadline: notice.deadline },
    );
  }
}

/** A day given as input that has already come (China). */
function pastDay(raw: string, field: string, message: string): string {
  const day = parseIsoDate(raw, field);
  if (day > chinaDay(new Date())) throw new DomainError('DATE_IN_FUTURE', message, field);
  return day;
}
