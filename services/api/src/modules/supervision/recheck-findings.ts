import { DomainError, type InspectionResultCode } from '@dsr/domain';
import { InspectionRecord, Publication, RecheckFinding } from '@dsr/db';
import type { RequestContext } from '../../context';
import { notFound } from '../../common/errors';
import { signedIn } from '../../common/principal';
import { isUuid } from '../../loaders';
import { flushAndAudit, recordAudit } from '../audit/audit.service';
import type { PublicationService } from '../publication/publication.service';
import { reasonOf } from './recheck-open';
import { answerFindingRow } from './recheck.queries';
import type { AnswerRecheckFindingInput, CloseRecheckFindingInput } from './recheck.types';

/**
 * Whether the caller's bureau has an open re-check finding on the inspection: while it has, the
 * county may correct the record of a closed inspection (the inspection module asks, services.ts wires it).
 */
export async function openFindingOn(ctx: RequestContext, inspectionId: string): Promise<boolean> {
  const p = signedIn(ctx);
  return (await ctx.em.count(RecheckFinding, { inspectionId, status: 'OPEN', handlingBureauId: p.bureauId })) > 0;
}

/** R54: differences go back to the county, which corrects or explains; the superior closes each. */
export class RecheckFindings {
  constructor(private readonly publications: Pick<PublicationService, 'supersede'>) {}

  /**
   * The county answers its own finding. Corrected: its record's correction made after the finding
   * (correctInspectionRecord) is named, and a published result gets its correction prepared now,
   * superseding the published one once approved (R48). Written through the reviewed function.
   */
  async answer(ctx: RequestContext, input: AnswerRecheckFindingInput): Promise<RecheckFinding> {
    const p = signedIn(ctx);
    const finding = isUuid(input.findingId)
      ? await ctx.em.findOne(RecheckFinding, { id: input.findingId, handlingBureauId: p.bureauId })
      : null;
    if (!finding) throw notFound('复查发现的问题');
    if (finding.status !== 'OPEN') throw new DomainError('RECHECK_FINDING_ANSWERED', '该问题已答复', 'findingId');
    const answer = reasonOf(input.answer, 'answer');
    let recordId: string | null = null;
    let publication: Publication | null = null;
    if (input.kind === 'CORRECTED') {
      const latest = await ctx.em.findOne(
        InspectionRecord,
        { inspectionId: finding.inspectionId, bureauId: p.bureauId },
        { orderBy: { revision: 'desc' } },
      );
      if (!latest || latest.revision < 2 || latest.submittedAt < finding.issuedAt) {
        throw new DomainError(
          'RECHECK_CORRECTION_MISSING',
          '请先提交现场检查记录的更正修订（correctInspectionRecord），再答复“已更正”',
          'kind',
        );
      }
      recordId = latest.id;
      const published = await ctx.em.findOne(Publication, {
        kind: 'INSPECTION_RESULT',
        subjectId: finding.inspectionId,
        status: 'PUBLISHED',
      });
      if (published) {
        const result: InspectionResultCode | null = input.publishedResult ?? null;
        publication = await this.publications.supersede(
          ctx,
          { id: published.id, reason: `上级复查后更正：${answer}`, result },
          'CORRECT',
        );
      }
    }
    await ctx.em.flush();
    await answerFindingRow(ctx, {
      findingId: finding.id,
      kind: input.kind,
      answer,
      userId: p.userId,
      recordId,
      publicationId: publication?.id ?? null,
    });
    await ctx.em.refresh(finding);
    await recordAudit(ctx, {
      operation: 'ANSWER_RECHECK_FINDING',
      objectType: 'RecheckFinding',
      objectId: finding.id,
      after: { kind: input.kind, answer, correctionRecordId: recordId, publicationId: publication?.id ?? null },
    });
    return finding;
  }

  /** The superior closes an answered finding of its own, with a comment. */
  async close(ctx: RequestContext, input: CloseRecheckFindingInput): Promise<RecheckFinding> {
    const p = signedIn(ctx);
    const finding = isUuid(input.findingId)
      ? await ctx.em.findOne(RecheckFinding, { id: input.findingId, bureauId: p.bureauId })
      : null;
    if (!finding) throw notFound('复查发现的问题');
    if (finding.status !== 'ANSWERED') {
      throw new DomainError('RECHECK_FINDING_NOT_ANSWERED', '下级尚未答复，或已销号', 'findingId');
    }
    const comment = input.comment.trim();
    if (comment.length < 2) throw new DomainError('COMMENT_REQUIRED', '请写明销号意见', 'comment');
    Object.assign(finding, { status: 'CLOSED', closedBy: p.userId, closedAt: new Date(), closeComment: comment });
    await flushAndAudit(ctx, {
      operation: 'CLOSE_RECHECK_FINDING',
      objectType: 'RecheckFinding',
      objectId: finding.id,
      after: { comment, answerKind: finding.answerKind },
    });
    return finding;
  }
}
