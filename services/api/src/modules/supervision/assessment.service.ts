import type { FilterQuery } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { Assessment, AssessmentAdjustment, AssessmentScore, AssessmentStandard } from '@dsr/db';
import {
  chinaDay,
  DomainError,
  fromHundredths,
  INDICATORS,
  periodCutoff,
  periodDays,
  toHundredths,
  type AssessmentPeriod,
} from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput, conflict, notFound } from '../../common/errors';
import { findInScope } from '../../common/find-in-scope';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { flushAndAudit } from '../audit/audit.service';
import { requireSubordinates } from './assessment.access';
import { assessmentFigures, figureRecords } from './assessment-figures.queries';
import { assessmentSummary, hundredthsOf, rankedScores, rerank, scoreUnit } from './assessment-scores';
import { createStandard, latestStandard, listStandards, reviseStandard } from './assessment-standards';
import type {
  AdjustAssessmentScoreInput,
  AssessmentRecordsInput,
  ComputeAssessmentInput,
  CreateAssessmentStandardInput,
  IssueAssessmentInput,
  ReviseAssessmentStandardInput,
} from './assessment.types';

/**
 * Assessment of subordinate bureaus (R53, R55): standards as versioned data (assessment-standards.ts),
 * scores computed from the figures (assessment-figures.queries.ts) by the arithmetic of
 * packages/domain (assessment/scoring.ts), adjustments with reasons, ranking, and issue — after which
 * nothing changes. Each mutation is one audited change in the request's transaction; a refusal
 * writes nothing.
 */
export class AssessmentService {
  indicators() {
    return Object.values(INDICATORS).map((d) => ({
      key: d.key,
      name: d.name,
      kind: d.kind,
      direction: d.direction,
      numerator: d.numerator,
      denominator: d.denominator,
      records: d.records,
      byDepartment: d.byDepartment,
      proposedWeight: d.proposed.weight,
      proposedFull: d.proposed.full ?? null,
      proposedZero: d.proposed.zero ?? null,
      proposedPerItem: d.proposed.perItem ?? null,
    }));
  }

  standards(ctx: RequestContext, year?: number | null): Promise<AssessmentStandard[]> {
    return listStandards(ctx, year);
  }

  standard(ctx: RequestContext, id: string): Promise<AssessmentStandard> {
    return findInScope(ctx, AssessmentStandard, id, '考核标准');
  }

  /** Whether a standard is its period's latest version. */
  async isCurrent(ctx: RequestContext, s: AssessmentStandard): Promise<boolean> {
    return (await latestStandard(ctx, s.year, s.period))?.id === s.id;
  }

  createStandard(ctx: RequestContext, input: CreateAssessmentStandardInput): Promise<AssessmentStandard> {
    return createStandard(ctx, input);
  }

  reviseStandard(ctx: RequestContext, input: ReviseAssessmentStandardInput): Promise<AssessmentStandard> {
    return reviseStandard(ctx, input);
  }

  assessments(ctx: RequestContext, year?: number | null): Promise<Assessment[]> {
    const where: FilterQuery<Assessment> = { bureauId: signedIn(ctx).bureauId };
    if (year) where.year = year;
    return ctx.em.find(Assessment, where, { orderBy: { year: 'desc', period: 'asc' } });
  }

  /** An assessment of the caller's own bureau (a superior's is not its subordinates' business). */
  async assessment(ctx: RequestContext, id: string): Promise<Assessment> {
    const a = await findInScope(ctx, Assessment, id, '考核');
    if (a.bureauId !== signedIn(ctx).bureauId) throw notFound('考核');
    return a;
  }

  scores(ctx: RequestContext, a: Assessment) {
    return rankedScores(ctx.em, a);
  }

  /** The figures of the period as they are now, for each direct subordinate (or one). */
  async figures(ctx: RequestContext, year: number, period: AssessmentPeriod, bureauId?: string | null) {
    // The years a standard may have (AssessmentStandardInput): a year such as 0 or 2147483647 made the
    // period's dates invalid and the answer an INTERNAL_SERVER_ERROR.
    if (year < 2000 || year > 2100) throw badInput('year', '年度应在 2000 到 2100 之间');
    const children = await requireSubordinates(ctx);
    if (bureauId && !children.some((c) => c.id === bureauId)) throw notFound('下级单位');
    const rows = await assessmentFigures(ctx.em, {
      caller: signedIn(ctx).bureauId,
      only: bureauId ?? null,
      start: periodDays(year, period).start,
      cutoff: periodCutoff(year, period, chinaDay(new Date())),
      last: periodDays(year, period).end,
    });
    return rows.map((r) => ({ ...r, bureauId: r.unitId }));
  }

  /** Computes (or recomputes) the period's draft assessment by its current standard. */
  async compute(ctx: RequestContext, input: ComputeAssessmentInput): Promise<Assessment> {
    const p = signedIn(ctx);
    const children = await requireSubordinates(ctx);
    const standard = await latestStandard(ctx, input.year, input.period);
    if (!standard) throw new DomainError('ASSESSMENT_NO_STANDARD', '该期间尚未制定考核标准，请先制定', 'period');
    const found = await ctx.em.findOne(Assessment, { bureauId: p.bureauId, year: input.year, period: input.period });
    if (found?.status === 'ISSUED') throw conflict('考核结果已发布，不可重新计算（R55）', { assessmentId: found.id });
    const cutoff = periodCutoff(input.year, input.period, chinaDay(new Date()));
    const figures = await assessmentFigures(ctx.em, {
      caller: p.bureauId,
      start: periodDays(input.year, input.period).start,
      cutoff,
      last: periodDays(input.year, input.period).end,
    });
    const existing = found ? await ctx.em.find(AssessmentScore, { assessmentId: found.id }) : [];
    const before = found ? assessmentSummary(found, existing) : null;
    const run = { standardId: standard.id, cutoff, computedBy: p.userId, computedAt: new Date() };
    const a = found ? Object.assign(found, run) : await this.newAssessment(ctx, input, run);
    const scores = children.map((c) => {
      const row =
        existing.find((s) => s.assessedBureauId === c.id) ??
        ctx.em.create(AssessmentScore, {
          id: uuidv7(),
          ...ownedBy(p),
          assessmentId: a.id,
          assessedBureauId: c.id,
          indicators: [],
          adjustment: '0.00',
          version: 1,
        });
      return Object.assign(row, scoreUnit(standard.indicators, figures, c.id));
    });
    rerank(scores);
    await flushAndAudit(ctx, {
      operation: 'COMPUTE_ASSESSMENT',
      objectType: 'Assessment',
      objectId: a.id,
      before,
      after: assessmentSummary(a, scores),
    });
    return a;
  }

  private async newAssessment(
    ctx: RequestContext,
    input: ComputeAssessmentInput,
    run: Pick<Assessment, 'standardId' | 'cutoff' | 'computedBy' | 'computedAt'>,
  ): Promise<Assessment> {
    const a = ctx.em.create(Assessment, {
      id: uuidv7(),
      ...ownedBy(signedIn(ctx)),
      year: input.year,
      period: input.period,
      status: 'DRAFT',
      ...run,
      issuedBy: null,
      issuedAt: null,
      version: 1,
    });
    await ctx.em.persist(a).flush(); // the scores point at it (plain id columns: the ORM cannot order the inserts)
    return a;
  }

  async adjust(ctx: RequestContext, input: AdjustAssessmentScoreInput): Promise<Assessment> {
    const p = signedIn(ctx);
    const reason = input.reason.trim();
    if (!reason) throw new DomainError('ASSESSMENT_REASON_REQUIRED', '调整得分须写明理由', 'reason');
    if (reason.length > 500) throw new DomainError('ASSESSMENT_REASON_TOO_LONG', '理由不超过 500 个字', 'reason');
    const pointsH = toHundredths(input.points);
    if (pointsH === null || pointsH === 0 || Math.abs(pointsH) > 10000)
      throw new DomainError(
        'ASSESSMENT_BAD_ADJUSTMENT',
        '调整分值应为 -100 到 100 之间、不为 0 的数，最多两位小数',
        'points',
      );
    const a = await this.assessment(ctx, input.assessmentId);
    if (a.status === 'ISSUED') throw conflict('考核结果已发布，不可调整（R55）', { assessmentId: a.id });
    const scores = await ctx.em.find(AssessmentScore, { assessmentId: a.id });
    const score = scores.find((s) => s.assessedBureauId === input.bureauId);
    if (!score) throw notFound('被考核单位');
    const before = { bureauId: score.assessedBureauId, adjustment: score.adjustment, finalScore: score.finalScore };
    const adj = ctx.em.create(AssessmentAdjustment, {
      id: uuidv7(),
      ...ownedBy(p),
      assessmentId: a.id,
      assessedBureauId: score.assessedBureauId,
      points: fromHundredths(pointsH),
      reason,
      createdBy: p.userId,
      createdAt: new Date(),
    });
    score.adjustment = fromHundredths(hundredthsOf(score.adjustment) + pointsH);
    rerank(scores);
    await flushAndAudit(ctx, {
      operation: 'ADJUST_ASSESSMENT_SCORE',
      objectType: 'Assessment',
      objectId: a.id,
      before,
      after: {
        bureauId: score.assessedBureauId,
        adjustmentId: adj.id,
        points: adj.points,
        reason,
        adjustment: score.adjustment,
        finalScore: score.finalScore,
        rank: score.rank,
      },
    });
    return a;
  }

  async issue(ctx: RequestContext, input: IssueAssessmentInput): Promise<Assessment> {
    const p = signedIn(ctx);
    const a = await this.assessment(ctx, input.id);
    if (a.status === 'ISSUED') throw conflict('考核结果已发布（R55）', { assessmentId: a.id });
    if (a.version !== input.version) throw conflict('考核已被他人修改，请刷新后重试', { current: a.version });
    Object.assign(a, { status: 'ISSUED', issuedBy: p.userId, issuedAt: new Date() });
    const scores = await ctx.em.find(AssessmentScore, { assessmentId: a.id });
    await flushAndAudit(ctx, {
      operation: 'ISSUE_ASSESSMENT',
      objectType: 'Assessment',
      objectId: a.id,
      after: assessmentSummary(a, scores),
    });
    return a;
  }

  /**
   * The records behind one indicator of one scored bureau, counted to the assessment's cut-off. They
   * are read now: an issued assessment keeps its numbers, while a record may have moved on since (a
   * late report submitted afterwards is still listed, now with its report).
   */
  async records(ctx: RequestContext, input: AssessmentRecordsInput) {
    const a = await this.assessment(ctx, input.assessmentId);
    const score = await ctx.em.findOne(AssessmentScore, { assessmentId: a.id, assessedBureauId: input.bureauId });
    if (!score) throw notFound('被考核单位');
    return figureRecords(ctx.em, {
      caller: a.bureauId,
      unit: score.assessedBureauId,
      indicator: input.indicator,
      departmentId: input.departmentId ?? null,
      counted: input.counted ?? null,
      start: periodDays(a.year, a.period).start,
      cutoff: a.cutoff,
      last: periodDays(a.year, a.period).end,
      limit: input.first ?? 200,
    });
  }
}
