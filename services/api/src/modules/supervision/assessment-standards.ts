import type { FilterQuery } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { AssessmentStandard } from '@dsr/db';
import { DomainError, fromHundredths, validateStandard, type AssessmentPeriod, type JsonValue } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { conflict, notFound } from '../../common/errors';
import { findInScope } from '../../common/find-in-scope';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { flushAndAudit } from '../audit/audit.service';
import { requireSubordinates } from './assessment.access';
import type {
  AssessmentStandardIndicatorInput,
  CreateAssessmentStandardInput,
  ReviseAssessmentStandardInput,
} from './assessment.types';

/**
 * Assessment standards (R55) as versioned data: one row per version, never changed; a revision is
 * the next version of the same bureau, year and period, with a note. Weights summing to 100% and
 * each indicator's scoring are checked (packages/domain assessment/scoring.ts) before anything is
 * written.
 */

function snapshot(s: AssessmentStandard): JsonValue {
  return {
    year: s.year,
    period: s.period,
    versionNo: s.versionNo,
    name: s.name,
    revisionNote: s.revisionNote,
    indicators: s.indicators.map((i) => ({
      key: i.key,
      weight: i.weight,
      full: i.full ?? null,
      zero: i.zero ?? null,
      // The audit chain's canonical JSON takes integers only: a deduction like 0.5 goes as text.
      perItem: i.perItem == null ? null : fromHundredths(Math.round(i.perItem * 100)),
    })),
  };
}

const documented = (list: readonly AssessmentStandardIndicatorInput[]) =>
  validateStandard(list.map((i) => ({ key: i.key, weight: i.weight, full: i.full, zero: i.zero, perItem: i.perItem })));

/** The caller's bureau's standards, every version, newest period and version first. */
export function listStandards(ctx: RequestContext, year?: number | null): Promise<AssessmentStandard[]> {
  const where: FilterQuery<AssessmentStandard> = { bureauId: signedIn(ctx).bureauId };
  if (year) where.year = year;
  return ctx.em.find(AssessmentStandard, where, { orderBy: { year: 'desc', period: 'asc', versionNo: 'desc' } });
}

/** The current (latest) version of the caller's standard for a period, or null. */
export function latestStandard(
  ctx: RequestContext,
  year: number,
  period: AssessmentPeriod,
): Promise<AssessmentStandard | null> {
  return ctx.em.findOne(
    AssessmentStandard,
    { bureauId: signedIn(ctx).bureauId, year, period },
    { orderBy: { versionNo: 'desc' } },
  );
}

export async function createStandard(
  ctx: RequestContext,
  input: CreateAssessmentStandardInput,
): Promise<AssessmentStandard> {
  const p = signedIn(ctx);
  const indicators = documented(input.indicators);
  await requireSubordinates(ctx);
  const existing = await latestStandard(ctx, input.year, input.period);
  if (existing) throw conflict('该期间已有考核标准，请修订现行版本', { field: 'period', standardId: existing.id });
  const s = ctx.em.create(AssessmentStandard, {
    id: uuidv7(),
    ...ownedBy(p),
    year: input.year,
    period: input.period,
    versionNo: 1,
    name: input.name.trim(),
    indicators,
    revisionNote: null,
    createdBy: p.userId,
    createdAt: new Date(),
  });
  await flushAndAudit(ctx, {
    operation: 'CREATE_ASSESSMENT_STANDARD',
    objectType: 'AssessmentStandard',
    objectId: s.id,
    after: snapshot(s),
  });
  return s;
}

export async function reviseStandard(
  ctx: RequestContext,
  input: ReviseAssessmentStandardInput,
): Promise<AssessmentStandard> {
  const p = signedIn(ctx);
  const indicators = documented(input.indicators);
  const note = input.revisionNote.trim();
  if (!note) throw new DomainError('ASSESSMENT_REVISION_NOTE_REQUIRED', '修订考核标准须写明修订说明', 'revisionNote');
  const old = await findInScope(ctx, AssessmentStandard, input.standardId, '考核标准');
  if (old.bureauId !== p.bureauId) throw notFound('考核标准');
  const latest = await latestStandard(ctx, old.year, old.period);
  if (latest && latest.id !== old.id)
    throw conflict(`该标准已有第 ${latest.versionNo} 版，请在现行版本上修订`, { standardId: latest.id });
  const s = ctx.em.create(AssessmentStandard, {
    id: uuidv7(),
    ...ownedBy(p),
    year: old.year,
    period: old.period,
    versionNo: old.versionNo + 1,
    name: input.name?.trim() || old.name,
    indicators,
    revisionNote: note,
    createdBy: p.userId,
    createdAt: new Date(),
  });
  await flushAndAudit(ctx, {
    operation: 'REVISE_ASSESSMENT_STANDARD',
    objectType: 'AssessmentStandard',
    objectId: s.id,
    before: snapshot(old),
    after: snapshot(s),
  });
  return s;
}
