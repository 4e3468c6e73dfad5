import type { FilterQuery } from '@mikro-orm/postgresql';
import { Appeal, AppealAttachment, Publication } from '@dsr/db';
import { chinaDay, DomainError, type JsonValue } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { conflict, notFound } from '../../common/errors';
import { findInScope } from '../../common/find-in-scope';
import { signedIn } from '../../common/principal';
import { paginate, type PageArgs } from '../../common/connection';
import { flushAndAudit } from '../audit/audit.service';
import type { InspectionService } from '../inspection/inspection.service';
import type { PublicationService } from '../publication/publication.service';
import { SupersedePublicationInput } from '../publication/publication.types';
import { CreateDirectCheckInput } from '../inspection/matching.types';
import { requireOwnAppeal } from './appeal.access';
import { subordinateAppealStats, targetOfPublication } from './appeal.queries';
import type { AcceptAppealInput, AnswerAppealInput, AppealFilter, OpenAppealCheckInput } from './appeal.types';

const OPEN = ['FILED', 'IN_HANDLING'] as const;

function snapshot(a: Appeal): JsonValue {
  return {
    receiptNo: a.receiptNo,
    kind: a.kind,
    status: a.status,
    answer: a.answer,
    correctionId: a.correctionId,
    inspectionId: a.inspectionId,
  };
}

function checkVersion(a: Appeal, version: number): void {
  if (a.version !== version) throw conflict('异议或投诉已被他人处理，请刷新后重试', { current: a.version });
}

function requireOpen(a: Appeal): void {
  if (!(OPEN as readonly string[]).includes(a.status)) {
    throw new DomainError('APPEAL_ANSWERED', '该异议或投诉已答复，不能再办理', 'id');
  }
}

/** Whether an open appeal is past its due date (the China day). */
export function isOverdue(a: Pick<Appeal, 'status' | 'dueDate'>, today = chinaDay(new Date())): boolean {
  return (OPEN as readonly string[]).includes(a.status) && a.dueDate < today;
}

/**
 * Appeals and complaints on 督察's side (R49, R57): the bureau's queue by due date, handling and the
 * answer. An upheld objection prepares the correction through the publication service's supersede
 * path (approved as every correction, R48); a complaint may open a direct check (R23) that names it.
 * Each call is one audited change in the request's transaction.
 */
export class AppealService {
  constructor(
    private readonly publications: PublicationService,
    private readonly inspections: InspectionService,
  ) {}

  /** The caller's bureau's appeals, earliest due first. */
  queue(ctx: RequestContext, filter: AppealFilter | undefined, page: PageArgs, countAsked = false) {
    const where: FilterQuery<Appeal>[] = [{ bureauId: signedIn(ctx).bureauId }];
    if (filter?.status) where.push({ status: filter.status });
    if (filter?.kind) where.push({ kind: filter.kind });
    if (filter?.openOnly || filter?.overdueOnly) where.push({ status: { $in: [...OPEN] } });
    if (filter?.overdueOnly) where.push({ dueDate: { $lt: chinaDay(new Date()) } });
    return paginate(ctx.em, Appeal, { $and: where }, page, 'dueDate', { countAsked });
  }

  appeal(ctx: RequestContext, id: string): Promise<Appeal> {
    return requireOwnAppeal(ctx, id);
  }

  attachments(ctx: RequestContext, appealIds: readonly string[]): Promise<AppealAttachment[]> {
    return ctx.em.find(AppealAttachment, { appealId: { $in: [...appealIds] } }, { orderBy: { position: 'asc' } });
  }

  /** One attachment of the caller's bureau's appeals, or NOT_FOUND (the download route). */
  async attachment(ctx: RequestContext, id: string): Promise<AppealAttachment> {
    const found = await findInScope(ctx, AppealAttachment, id, '附件');
    if (found.bureauId !== signedIn(ctx).bureauId) throw notFound('附件');
    return found;
  }

  async accept(ctx: RequestContext, input: AcceptAppealInput): Promise<Appeal> {
    const a = await requireOwnAppeal(ctx, input.id);
    checkVersion(a, input.version);
    if (a.status !== 'FILED') throw new DomainError('APPEAL_NOT_FILED', '该异议或投诉已在办理或已答复', 'id');
    const before = snapshot(a);
    Object.assign(a, { status: 'IN_HANDLING', acceptedBy: signedIn(ctx).userId, acceptedAt: new Date() });
    await flushAndAudit(ctx, {
      operation: 'ACCEPT_APPEAL',
      objectType: 'Appeal',
      objectId: a.id,
      before,
      after: snapshot(a),
    });
    return a;
  }

  /** The written answer; an upheld objection prepares the correction of the document it is about. */
  async answer(ctx: RequestContext, input: AnswerAppealInput): Promise<Appeal> {
    const p = signedIn(ctx);
    const a = await requireOwnAppeal(ctx, input.id);
    checkVersion(a, input.version);
    requireOpen(a);
    const before = snapshot(a);
    const answer = input.answer.trim();
    if (!answer) throw new DomainError('APPEAL_ANSWER_REQUIRED', '请填写书面答复', 'answer');
    if (input.decision === 'UPHELD' && a.kind === 'OBJECTION') {
      // A penalty result is corrected with its 双公示 items as 督察 restates them (masked at approval, R48).
      const pub = await findInScope(ctx, Publication, a.publicationId, '公示文书');
      if (pub.kind === 'PENALTY_RESULT' && !input.correctedPenalty) {
        throw new DomainError('PENALTY_FIELD_REQUIRED', '请填写更正后的双公示事项', 'correctedPenalty');
      }
      const correctionInput = Object.assign(new SupersedePublicationInput(), {
        id: a.publicationId,
        reason: `异议成立（受理编号 ${a.receiptNo}）：${answer}`,
        result: input.correctedResult,
        penalty: pub.kind === 'PENALTY_RESULT' ? input.correctedPenalty : null,
      });
      const correction = await this.publications.supersede(ctx, correctionInput, 'CORRECT', { onAppeal: true });
      a.correctionId = correction.id;
    }
    const now = new Date();
    Object.assign(a, {
      status: input.decision,
      answer,
      answeredBy: p.userId,
      answeredAt: now,
      acceptedBy: a.acceptedBy ?? p.userId,
      acceptedAt: a.acceptedAt ?? now,
    });
    await flushAndAudit(ctx, {
      operation: 'ANSWER_APPEAL',
      objectType: 'Appeal',
      objectId: a.id,
      before,
      after: snapshot(a),
    });
    return a;
  }

  /** R23: a complaint opens a direct check of the document's target, its reference the receipt number. */
  async openCheck(ctx: RequestContext, input: OpenAppealCheckInput): Promise<Appeal> {
    const a = await requireOwnAppeal(ctx, input.id);
    if (a.kind !== 'COMPLAINT') throw new DomainError('APPEAL_NOT_COMPLAINT', '只有投诉可以启动直接检查', 'id');
    if (a.inspectionId) throw new DomainError('APPEAL_CHECK_OPEN', '该投诉已启动直接检查', 'id');
    if (a.status === 'REJECTED') throw new DomainError('APPEAL_ANSWERED', '该投诉已答复不成立', 'id');
    const pub = await findInScope(ctx, Publication, a.publicationId, '公示文书');
    const targetId = await targetOfPublication(ctx.em, pub.kind, pub.subjectId);
    if (!targetId) throw new DomainError('APPEAL_NO_TARGET', '该公示不针对某一检查对象，不能启动直接检查', 'id');
    const before = snapshot(a);
    const direct = Object.assign(new CreateDirectCheckInput(), {
      targetId,
      reason: 'COMPLAINT',
      reference: a.receiptNo,
      itemVersionIds: input.itemVersionIds,
      inspectorIds: input.inspectorIds,
      windowStart: input.windowStart,
      windowEnd: input.windowEnd,
    });
    const inspection = await this.inspections.createDirectCheck(ctx, direct);
    a.inspectionId = inspection.id;
    await flushAndAudit(ctx, {
      operation: 'OPEN_APPEAL_CHECK',
      objectType: 'Appeal',
      objectId: a.id,
      before,
      after: snapshot(a),
    });
    return a;
  }

  /** R57 for a superior: each subordinate bureau's overdue, open and answered appeals. */
  async subordinateStats(ctx: RequestContext) {
    const rows = await subordinateAppealStats(ctx.em, signedIn(ctx).scopePath, chinaDay(new Date()));
    return rows.map((r) => ({
      bureauId: r.bureau_id,
      bureauName: r.bureau_name,
      overdueCount: r.overdue,
      openCount: r.open,
      answeredCount: r.answered,
    }));
  }
}
