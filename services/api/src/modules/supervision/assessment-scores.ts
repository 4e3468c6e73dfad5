import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AssessmentAdjustment,
  AssessmentScore,
  AssessmentStandard,
  Bureau,
  type Assessment,
  type ScoredIndicator,
} from '@dsr/db';
import {
  fromHundredths,
  INDICATORS,
  rankScores,
  scoreBureau,
  type DocumentedIndicator,
  type IndicatorFigure,
  type IndicatorKey,
  type JsonValue,
} from '@dsr/domain';
import type { FigureRow } from './assessment-figures.queries';

/** numeric text ("87.50") → hundredths. */
export const hundredthsOf = (v: string): number => Math.round(Number(v) * 100);

/** A unit's whole-bureau figures by indicator (a missing indicator: no records). */
function wholeUnitFigures(rows: readonly FigureRow[], unitId: string): Partial<Record<IndicatorKey, IndicatorFigure>> {
  const out: Partial<Record<IndicatorKey, IndicatorFigure>> = {};
  for (const r of rows) {
    if (r.unitId !== unitId || !r.wholeUnit) continue;
    const count = INDICATORS[r.indicator].kind === 'COUNT';
    out[r.indicator] = { numerator: r.numerator, denominator: count ? null : r.denominator };
  }
  return out;
}

/** A unit's indicators and computed score under a standard (packages/domain scoring), as stored. */
export function scoreUnit(
  standard: readonly DocumentedIndicator[],
  figures: readonly FigureRow[],
  unitId: string,
): { indicators: ScoredIndicator[]; computedScore: string | null } {
  const scored = scoreBureau(standard, wholeUnitFigures(figures, unitId));
  return {
    indicators: scored.indicators.map((i) => ({
      key: i.key,
      numerator: i.numerator,
      denominator: i.denominator,
      value: i.value,
      points: i.pointsH === null ? null : fromHundredths(i.pointsH),
    })),
    computedScore: scored.scoreH === null ? null : fromHundredths(scored.scoreH),
  };
}

/** Final score = computed + adjustments; ranks over all scores of the assessment. */
export function rerank(scores: AssessmentScore[]): void {
  for (const s of scores) {
    s.finalScore =
      s.computedScore === null ? null : fromHundredths(hundredthsOf(s.computedScore) + hundredthsOf(s.adjustment));
  }
  const ranks = rankScores(scores.map((s) => (s.finalScore === null ? null : hundredthsOf(s.finalScore))));
  scores.forEach((s, i) => (s.rank = ranks[i] ?? null));
}

/** What the audit entries of an assessment record: its state and every score. */
export function assessmentSummary(a: Assessment, scores: readonly AssessmentScore[]): JsonValue {
  return {
    year: a.year,
    period: a.period,
    status: a.status,
    standardId: a.standardId,
    cutoff: a.cutoff,
    scores: scores.map((s) => ({
      bureauId: s.assessedBureauId,
      computedScore: s.computedScore,
      adjustment: s.adjustment,
      finalScore: s.finalScore,
      rank: s.rank,
    })),
  };
}

/** The scores of an assessment as the API shows them: ranked (unranked last), named, with adjustments. */
export async function rankedScores(em: EntityManager, a: Assessment) {
  const scores = await em.find(AssessmentScore, { assessmentId: a.id });
  const bureaus = new Map(
    (await em.find(Bureau, { id: { $in: scores.map((s) => s.assessedBureauId) } })).map((b) => [b.id, b]),
  );
  const adjustments = await em.find(AssessmentAdjustment, { assessmentId: a.id }, { orderBy: { createdAt: 'asc' } });
  const standard = await em.findOneOrFail(AssessmentStandard, { id: a.standardId });
  const weights = new Map(standard.indicators.map((i) => [i.key, i.weight]));
  const pathOf = (id: string) => bureaus.get(id)?.path ?? '';
  return scores
    .sort(
      (x, y) =>
        (x.rank ?? Infinity) - (y.rank ?? Infinity) ||
        pathOf(x.assessedBureauId).localeCompare(pathOf(y.assessedBureauId)),
    )
    .map((s) => ({
      id: s.id,
      bureauId: s.assessedBureauId,
      bureauName: bureaus.get(s.assessedBureauId)?.name ?? '',
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
    }));
}
