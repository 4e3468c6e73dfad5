import { uuidv7 } from 'uuidv7';
import {
  DomainError,
  chinaDay,
  holdsAnyRole,
  recheckExamDigest,
  recordedResultDigest,
  resultDifferences,
  validateChecklist,
} from '@dsr/domain';
import { LockMode } from '@mikro-orm/core';
import {
  Inspection,
  InspectionItemVersion,
  RecheckEvidence,
  RecheckFinding,
  RecheckItem,
  type RecheckEvidenceRef,
} from '@dsr/db';
import type { RequestContext } from '../../context';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { recordAudit } from '../audit/audit.service';
import { findOwnBureauRow } from '../../common/find-in-scope';
import { RECHECKERS } from './recheck.access';
import { inspectionsNow, linkedInspectors, originalAuthors, originalWarrants } from './recheck.queries';
import type { RecordRecheckInput } from './recheck.types';

/**
 * The re-examination of one sampled inspection (R54): by documents or a new visit, on the original's
 * checklist (its frozen item versions), by someone who did not do the original. It ends AGREED, or
 * DIFFERING with the differences listed, which go back to the county as a finding.
 */
export class RecheckExaminations {
  async record(
    ctx: RequestContext,
    input: RecordRecheckInput,
  ): Promise<{ item: RecheckItem; finding: RecheckFinding | null }> {
    const p = signedIn(ctx);
    // Locked first: an upload under way finishes before the evidence is read and frozen, a later one is refused.
    const item = await findOwnBureauRow(ctx, RecheckItem, input.itemId, '复查事项', {
      lockMode: LockMode.PESSIMISTIC_WRITE,
    });
    if (item.state !== 'SAMPLED') {
      throw new DomainError('RECHECK_ALREADY_CONCLUDED', '该检查的复查结论已作出，不可再记录', 'itemId');
    }
    await requireRechecker(ctx, item);
    const inspection = await ctx.em.findOne(Inspection, { id: item.inspectionId });
    const now = (await inspectionsNow(ctx, [item.inspectionId])).get(item.inspectionId);
    if (!inspection || !now) throw new DomainError('RECHECK_INSPECTION_GONE', '被复查的检查已不可读', 'itemId');
    const versions = new Map(
      (await ctx.em.find(InspectionItemVersion, { id: { $in: inspection.itemVersionIds } })).map((v) => [v.id, v]),
    );
    const answers = validateChecklist(inspection.itemVersionIds, versions, input.answers);
    // Against the result as it stands: a change since the commitment is shown apart (RecheckItem.resultChanged).
    const differences = resultDifferences(
      { answers: (now.result.record?.answers ?? []) as never, opinion: now.result.report?.opinion ?? null },
      { answers, opinion: input.opinion },
    );
    const today = chinaDay(new Date());
    const evidence = await evidenceOf(ctx, item.id);
    Object.assign(item, {
      state: differences.length ? 'DIFFERING' : 'AGREED',
      method: input.method,
      answers,
      opinion: input.opinion,
      findings: input.findings.trim(),
      differences,
      digestAtExam: recordedResultDigest(now.result),
      concludedOn: today,
      recordedBy: p.userId,
      recordedAt: new Date(),
      evidence,
    });
    item.examDigest = examDigestOf(item);
    const finding = differences.length ? findingOf(ctx, item) : null;
    await ctx.em.flush();
    await auditExam(ctx, item, finding);
    return { item, finding };
  }
}

/** The audit entry of a conclusion: what it found, and the files' hashes with the record's digest. */
async function auditExam(ctx: RequestContext, item: RecheckItem, finding: RecheckFinding | null): Promise<void> {
  await recordAudit(ctx, {
    operation: 'RECORD_RECHECK',
    objectType: 'RecheckItem',
    objectId: item.id,
    after: {
      inspectionId: item.inspectionId,
      method: item.method,
      state: item.state,
      opinion: item.opinion,
      differences: item.differences?.length ?? 0,
      findingId: finding?.id ?? null,
      resultChanged: item.digestAtExam !== item.committedDigest,
      evidence: (item.evidence ?? []).map((e) => ({ id: e.id, kind: e.kind, sha256: e.sha256 })),
      examDigest: item.examDigest,
    },
  });
}

/** The item's files as its record names them, oldest first. */
async function evidenceOf(ctx: RequestContext, itemId: string): Promise<RecheckEvidenceRef[]> {
  const files = await ctx.em.find(
    RecheckEvidence,
    { recheckItemId: itemId },
    { orderBy: { uploadedAt: 'asc', id: 'asc' } },
  );
  return files.map((f) => ({ id: f.id, kind: f.kind, sha256: f.sha256, sizeBytes: Number(f.sizeBytes) }));
}

/** The concluded examination's digest: it names each file's hash (dsr-recheck-exam/1). */
export function examDigestOf(item: RecheckItem): string {
  return recheckExamDigest({
    itemId: item.id,
    inspectionId: item.inspectionId,
    committedDigest: item.committedDigest,
    digestAtExam: item.digestAtExam ?? '',
    method: item.method ?? '',
    answers: item.answers ?? [],
    opinion: item.opinion ?? '',
    findings: item.findings ?? '',
    differences: item.differences ?? [],
    evidence: item.evidence ?? [],
    recordedBy: item.recordedBy ?? '',
    concludedOn: item.concludedOn ?? '',
  });
}

/** R54: the differences go back to the county that did the inspection, as a finding it reads and answers. */
function findingOf(ctx: RequestContext, item: RecheckItem): RecheckFinding {
  return ctx.em.create(RecheckFinding, {
    id: uuidv7(),
    ...ownedBy(signedIn(ctx)),
    handlingBureauId: item.inspectionBureauId,
    handlingScopePath: item.inspectionScopePath,
    recheckId: item.recheckId,
    recheckItemId: item.id,
    inspectionId: item.inspectionId,
    differences: item.differences ?? [],
    status: 'OPEN',
    issuedAt: new Date(),
    version: 1,
  });
}

/**
 * Who records: a drawn re-check inspector (linked to the user), or 法制/督察 on the documents; never
 * someone who did the original inspection — by warrant number (a person's own, whichever bureau's
 * directory holds them now) or as the author of its record or report.
 */
export async function requireRechecker(ctx: RequestContext, item: RecheckItem): Promise<void> {
  const p = signedIn(ctx);
  const mine = await linkedInspectors(ctx, p.userId, p.bureauId);
  const warrants = (await originalWarrants(ctx, [item.inspectionId])).get(item.inspectionId) ?? new Set<string>();
  const authors = await originalAuthors(ctx, item.inspectionId);
  if (authors.has(p.userId) || mine.some((x) => x.warrant_no && warrants.has(x.warrant_no))) {
    throw new DomainError('ORIGINAL_INSPECTOR_EXCLUDED', '您参加了被复查的原检查，不能记录对它的复查（R54）', 'itemId');
  }
  const drawn = mine.filter((x) => item.inspectorIds.includes(x.id));
  if (holdsAnyRole(p.roles, RECHECKERS) || drawn.some((x) => x.status === 'ACTIVE')) return;
  // R13: a drawn re-checker who has since left or been suspended no longer re-checks.
  const inactive = drawn.at(0)?.status;
  if (inactive) {
    throw new DomainError(
      'INSPECTOR_NOT_ACTIVE',
      `您在执法检查人员名录中的状态为“${inactive === 'LEFT' ? '已调离' : '暂停'}”，不能再记录本次复查（R13）`,
      'itemId',
      { status: inactive },
    );
  }
  throw new DomainError('NOT_ON_RECHECK_TEAM', '您不是抽取的复查人员，不能记录本次复查', 'itemId');
}
