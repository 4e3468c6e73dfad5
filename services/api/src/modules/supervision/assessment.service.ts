import type { FilterQuery } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import {
  Assessment,
  AssessmentAdjustment,
  AssessmentScore,
  AssessmentStandard,
  Bureau,
  type ScoredIndicator,
} from '@dsr/db';
import {
  chinaDay,
  DomainError,
  fromHundredths,
  INDICATORS,
  periodCutoff,
  periodDays,
  rankScores,
  scoreBureau,
  toHundredths,
  validateStandard,
  type AssessmentPeriod,
  type IndicatorFigure,
  type IndicatorKey,
  type JsonValue,
} from '@dsr/domain';
import type { RequestContext } from '../../context';
import { conflict, forbidden, notFound } from '../../common/errors';
import { findInScope } from '../../common/find-in-scope';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { flushAndAudit } from '../audit/audit.service';
import { assessmentFigures, figureRecords, type FigureRow } from './assessment-figures.queries';
import type {
  AdjustAssessmentScoreInput,
  AssessmentRecordsInput,
  AssessmentStandardIndicatorInput,
  ComputeAssessmentInput,
  CreateAssessmentStandardInput,
  IssueAssessmentInput,
  ReviseAssessmentStandardInput,
} from './assessment.types';

/** numeric text ("87.50") → hundredths. */
const h = (v: string | null): number | null => (v === null ? null : Math.round(Number(v) * 100));

function standardSnapshot(s: AssessmentStandard): JsonValue {
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

const toStandard = (list: readonly AssessmentStandardIndicatorInput[]) =>
  validateStandard(list.map((i) => ({ key: i.key, weight: i.weight, full: i.full, zero: i.zero, perItem: i.perItem })));

/**
 * Assessment of subordinate bureaus (R53, R55): standards as versioned data, scores computed from
 * the figures (assessment-figures.queries.ts) by the arithmetic of packages/domain (assessment/
 * scoring.ts), adjustments with reasons, ranking, and issue — after which nothing changes. Each
 * mutation is one audited change in the request's transaction; a refusal writes nothing.
 */
export class AssessmentService {
  /** The caller's direct subordinates, or FORBIDDEN when it has none (a county assesses nobody). */
  private async requireSuperior(ctx: RequestContext): Promise<Bureau[]> {
    const p = signedIn(ctx);
    const children = await ctx.em.find(Bureau, { parentId: p.bureauId }, { orderBy: { path: 'asc' } });
    if (children.length === 0) throw forbidden('本单位没有下级单位，不能制定考核标准或开展考核（R53、R55）');
    return children;
  }

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

  /** The caller's bureau's standards, every version, newest period and version first. */
  standards(ctx: RequestContext, year?: number | null): Promise<AssessmentStandard[]> {
    const where: FilterQuery<AssessmentStandard> = { bureauId: signedIn(ctx).bureauId };
    if (year) where.year = year;
    return ctx.em.find(AssessmentStandard, where, {
      orderBy: { year: 'desc', period: 'asc', versionNo: 'desc' },
    });
  }

  private latestStandard(ctx: RequestContext, year: number, period: AssessmentPeriod) {
    return ctx.em.findOne(
      AssessmentStandard,
      { bureauId: signedIn(ctx).bureauId, year, period },
      { orderBy: { versionNo: 'desc' } },
    );
  }

  async createStandard(ctx: RequestContext, input: CreateAssessmentStandardInput): Promise<AssessmentStandard> {
    const p = signedIn(ctx);
    const indicators = toStandard(input.indicators);
    await this.requireSuperior(ctx);
    const existing = await this.latestStandard(ctx, input.year, input.period);
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
      after: standardSnapshot(s),
    });
    return s;
  }

  async reviseStandard(ctx: RequestContext, input: ReviseAssessmentStandardInput): Promise<AssessmentStandard> {
    const p = signedIn(ctx);
    const indicators = toStandard(input.indicators);
    const note = input.revisionNote.trim();
    if (!note) throw new DomainError('ASSESSMENT_REVISION_NOTE_REQUIRED', '修订考核标准须写明修订说明', 'revisionNote');
    const old = await findInScope(ctx, AssessmentStandard, input.standardId, '考核标准');
    if (old.bureauId !== p.bureauId) throw notFound('考核标准');
    const latest = await this.latestStandard(ctx, old.year, old.period);
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
      before: standardSnapshot(old),
      after: standardSnapshot(s),
    });
    return s;
  }

  /** Whether a standard is its period's latest version. */
  async isCurrent(ctx: RequestContext, s: AssessmentStandard): Promise<boolean> {
    const latest = await this.latestStandard(ctx, s.year, s.period);
    return latest?.id === s.id;
  }

  standard(ctx: RequestContext, id: string): Promise<AssessmentStandard> {
    return findInScope(ctx, AssessmentStandard, id, '考核标准');
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

  /** The figures of the period as they are now, for each direct subordinate (or one). */
  async figures(ctx: RequestContext, year: number, period: AssessmentPeriod, bureauId?: string | null) {
    const children = await this.requireSuperior(ctx);
    if (bureauId && !children.some((c) => c.id === bureauId)) throw notFound('下级单位');
    const { start } = periodDays(year, period);
    const rows = await assessmentFigures(ctx.em, {
      caller: signedIn(ctx).bureauId,
      only: bureauId ?? null,
      start,
      cutoff: periodCutoff(year, period, chinaDay(new Date())),
    });
    return rows.map((r) => ({ ...r, bureauId: r.unitId }));
  }

  /** Computes (or recomputes) the period's draft assessment by its current standard. */
  async compute(ctx: RequestContext, input: ComputeAssessmentInput): Promise<Assessment> {
    const p = signedIn(ctx);
    const children = await this.requireSuperior(ctx);
    const standard = await this.latestStandard(ctx, input.year, input.period);
    if (!standard) throw new DomainError('ASSESSMENT_NO_STANDARD', '该期间尚未制定考核标准，请先制定', 'period');
    let a = await ctx.em.findOne(Assessment, { bureauId: p.bureauId, year: input.year, period: input.period });
    if (a?.status === 'ISSUED') throw conflict('考核结果已发布，不可重新计算（R55）', { assessmentId: a.id });
    const { start } = periodDays(input.year, input.period);
    const cutoff = periodCutoff(input.year, input.period, chinaDay(new Date()));
    const figures = await assessmentFigures(ctx.em, { caller: p.bureauId, start, cutoff });
    const before = a ? await this.summary(ctx, a) : null;
    if (!a) {
      a = ctx.em.create(Assessment, {
        id: uuidv7(),
        ...ownedBy(p),
        year: input.year,
        period: input.period,
        standardId: standard.id,
        status: 'DRAFT',
        cutoff,
        computedBy: p.userId,
        computedAt: new Date(),
        issuedBy: null,
        issuedAt: null,
        version: 1,
      });
      await ctx.em.persist(a).flush(); // the scores point at it (plain id columns: the ORM cannot order the inserts)
    } else {
      Object.assign(a, { standardId: standard.id, cutoff, computedBy: p.userId, computedAt: new Date() });
    }
    const existing = new Map(
      (await ctx.em.find(AssessmentScore, { assessmentId: a.id })).map((s) => [s.assessedBureauId, s]),
    );
    const scores = children.map((c) => {
      const scored = scoreBureau(standard.indicators, wholeUnitFigures(figures, c.id));
      const indicators: ScoredIndicator[] = scored.indicators.map((i) => ({
        key: i.key,
        numerator: i.numerator,
        denominator: i.denominator,
        value: i.value,
        points: i.pointsH === null ? null : fromHundredths(i.pointsH),
      }));
      const computed = scored.scoreH === null ? null : fromHundredths(scored.scoreH);
      const row =
        existing.get(c.id) ??
        ctx.em.create(AssessmentScore, {
          id: uuidv7(),
          ...ownedBy(p),
          assessmentId: a.id,
          assessedBureauId: c.id,
          indicators,
          computedScore: null,
          adjustment: '0.00',
          finalScore: null,
          rank: null,
          version: 1,
        });
      Object.assign(row, { indicators, computedScore: computed });
      return row;
    });
    rerank(scores);
    await flushAndAudit(ctx, {
      operation: 'COMPUTE_ASSESSMENT',
      objectType: 'Assessment',
      objectId: a.id,
      before,
      after: await this.summary(ctx, a, scores),
    });
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
    score.adjustment = fromHundredths(h(score.adjustment)! + pointsH);
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
    await flushAndAudit(ctx, {
      operation: 'ISSUE_ASSESSMENT',
      objectType: 'Assessment',
      objectId: a.id,
      after: await this.summary(ctx, a),
    });
    return a;
  }

  /** The scores of an assessment, ranked (unranked last), with their bureaus' names. */
  async scores(ctx: RequestContext, a: Assessment) {
    const scores = await ctx.em.find(AssessmentScore, { assessmentId: a.id });
    const names = new Map(
      (await ctx.em.find(Bureau, { id: { $in: scores.map((s) => s.assessedBureauId) } })).map((b) => [b.id, b]),
    );
    const adjustments = await ctx.em.find(
      AssessmentAdjustment,
      { assessmentId: a.id },
      { orderBy: { createdAt: 'asc' } },
    );
    const standard = await ctx.em.findOneOrFail(AssessmentStandard, { id: a.standardId });
    const weights = new Map(standard.indicators.map((i) => [i.key, i.weight]));
    return scores
      .map((s) => ({
        id: s.id,
        bureauId: s.assessedBureauId,
        bureauName: names.get(s.assessedBureauId)?.name ?? '',
        path: names.get(s.assessedBureauId)?.path ?? '',
        computedScore: s.computedScore === null ? null : Number(s.computedScore),
        adjustment: Number(s.adjustment),
        finalScore: s.finalScore === null ? null : Number(s.finalScore),
        rank: s.rank,
        indicators: s.indicators.map((i) => ({
          key: i.key,
          name: INDICATORS[i.key].name,
          weight: weights.get(i.key) ?? 0,
          numerator: i.numerator,
          denominator: i.denominator,
          value: i.value,
          points: i.points === null ? null : Number(i.points),
          noData: i.points === null,
        })),
        adjustments: adjustments
          .filter((x) => x.assessedBureauId === s.assessedBureauId)
          .map((x) => ({
            id: x.id,
            assessedBureauId: x.assessedBureauId,
            points: Number(x.points),
            reason: x.reason,
            createdAt: x.createdAt,
          })),
      }))
      .sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity) || x.path.localeCompare(y.path))
      .map(({ path: _path, ...rest }) => rest);
  }

  /**
   * The records behind one indicator of one scored bureau, counted to the assessment's cut-off. The
   * records are read now: an issued assessment keeps its numbers, while a record may have moved on
   * since (a late report submitted later still shows as the record it was).
   */
  async records(ctx: RequestContext, input: AssessmentRecordsInput) {
    const a = await this.assessment(ctx, input.assessmentId);
    const score = await ctx.em.findOne(AssessmentScore, { assessmentId: a.id, assessedBureauId: input.bureauId });
    if (!score) throw notFound('被考核单位');
    return figureRecords(ctx.em, {
      caller: a.bureauId,
      unit: score.assessedBureauId,
      indicator: input.indicator as IndicatorKey,
      departmentId: input.departmentId ?? null,
      counted: input.counted ?? null,
      start: periodDays(a.year, a.period).start,
      cutoff: a.cutoff,
      limit: input.first ?? 200,
    });
  }

  private async summary(ctx: RequestContext, a: Assessment, scores?: AssessmentScore[]): Promise<JsonValue> {
    const rows = scores ?? (await ctx.em.find(AssessmentScore, { assessmentId: a.id }));
    return {
      year: a.year,
      period: a.period,
      status: a.status,
      standardId: a.standardId,
      cutoff: a.cutoff,
      scores: rows.map((s) => ({
        bureauId: s.assessedBureauId,
        computedScore: s.computedScore,
        adjustment: s.adjustment,
        finalScore: s.finalScore,
        rank: s.rank,
      })),
    };
  }
}

/** A unit's whole-bureau figures by indicator (missing indicators: no records). */
function wholeUnitFigures(rows: readonly FigureRow[], unitId: string): Partial<Record<IndicatorKey, IndicatorFigure>> {
  const out: Partial<Record<IndicatorKey, IndicatorFigure>> = {};
  for (const r of rows) {
    if (r.unitId !== unitId || !r.wholeUnit) continue;
    const count = INDICATORS[r.indicator].kind === 'COUNT';
    out[r.indicator] = { numerator: r.numerator, denominator: count ? null : r.denominator };
  }
  return out;
}

/** Final score = computed + adjustments; ranks over all scores of the assessment. */
function rerank(scores: AssessmentScore[]): void {
  for (const s of scores) {
    const c = h(s.computedScore);
    s.finalScore = c === null ? null : fromHundredths(c + h(s.adjustment)!);
  }
  const ranks = rankScores(scores.map((s) => h(s.finalScore)));
  scores.forEach((s, i) => (s.rank = ranks[i] ?? null));
}
