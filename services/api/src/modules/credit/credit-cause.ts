import { Inspection, InspectionReport, RectificationNotice } from '@dsr/db';
import { DomainError, type CreditCauseKind } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput } from '../../common/errors';
import { findById } from '../../common/find-by-id';
import { findWhere } from '../../common/filtered-read';

/** The finding an entry rests on, as the entry records it. */
export interface CreditCause {
  causeKind: CreditCauseKind;
  causeInspectionId: string;
  causeNoticeId: string | null;
  causeDocumentNo: string | null;
}

/** An inspection of this target the caller reads (own, or a superior's it handles, R41), or BAD_USER_INPUT. */
async function inspectionOfTarget(ctx: RequestContext, id: string, targetId: string, field: string) {
  const inspection = await findById(ctx, Inspection, id);
  if (!inspection || inspection.targetId !== targetId) {
    throw badInput(field, '列入依据的检查不存在，或不是对该检查对象的检查');
  }
  return inspection;
}

/** R38: the inspection's approved report, which must have found something (not 未发现问题). */
async function findingOf(ctx: RequestContext, inspection: Inspection): Promise<CreditCause> {
  const report = (
    await findWhere(
      ctx.em,
      InspectionReport,
      { inspectionId: inspection.id, status: 'APPROVED' },
      {
        id: 'desc',
      },
    )
  ).at(0);
  if (!report || report.opinion === 'NO_ANOMALY') {
    throw new DomainError(
      'CREDIT_NO_FINDING',
      '该检查没有审核通过且发现问题的检查报告，不能据此列入信用名单（R50）',
      'inspectionId',
    );
  }
  return {
    causeKind: 'INSPECTION',
    causeInspectionId: inspection.id,
    causeNoticeId: null,
    causeDocumentNo: report.documentNo,
  };
}

/** R40: a rectification notice of an inspection of this target that ended in a penalty decision. */
async function penaltyOf(ctx: RequestContext, noticeId: string, targetId: string): Promise<CreditCause> {
  const notice = await findById(ctx, RectificationNotice, noticeId);
  if (!notice) throw badInput('noticeId', '列入依据的责令整改通知书不存在或无权访问');
  await inspectionOfTarget(ctx, notice.inspectionId, targetId, 'noticeId');
  if (!notice.penaltyDecisionNo) {
    throw new DomainError('CREDIT_NO_FINDING', '该通知书尚未作出行政处罚决定，不能据此列入信用名单（R50）', 'noticeId');
  }
  return {
    causeKind: 'PENALTY',
    causeInspectionId: notice.inspectionId,
    causeNoticeId: notice.id,
    causeDocumentNo: notice.penaltyDecisionNo,
  };
}

/**
 * R50: the finding that puts a target on a list, checked: an inspection of the target with an
 * approved report that found a problem, or a penalty decision on a notice from such an inspection.
 */
export async function requireCreditCause(
  ctx: RequestContext,
  targetId: string,
  input: { causeKind: CreditCauseKind; inspectionId?: string | null; noticeId?: string | null },
): Promise<CreditCause> {
  if (input.causeKind === 'PENALTY') {
    if (!input.noticeId) throw badInput('noticeId', '依据行政处罚列入时须指明责令整改通知书');
    return penaltyOf(ctx, input.noticeId, targetId);
  }
  if (!input.inspectionId) throw badInput('inspectionId', '依据检查列入时须指明检查');
  return findingOf(ctx, await inspectionOfTarget(ctx, input.inspectionId, targetId, 'inspectionId'));
}

/**
 * R50, R51: a listing is not dated before the finding it rests on — the check's end, or the penalty
 * decision. An entry counts (in the target's risk, in the published list) from its listing day, so an
 * earlier day would put the target on the list before there was any ground for it.
 */
export async function requireListedAfterCause(ctx: RequestContext, cause: CreditCause, listedOn: string) {
  const notice = cause.causeNoticeId ? await findById(ctx, RectificationNotice, cause.causeNoticeId) : null;
  const inspection = notice ? null : await findById(ctx, Inspection, cause.causeInspectionId);
  const causeOn = notice?.penaltyDecidedOn ?? inspection?.checkEndedOn ?? null;
  if (causeOn && listedOn < causeOn) {
    throw new DomainError(
      'CREDIT_DATE_BEFORE_CAUSE',
      `列入日期 ${listedOn} 早于列入依据的${notice ? '处罚决定日期' : '检查结束日期'} ${causeOn}（R50）`,
      'listedOn',
      { causeOn },
    );
  }
}
