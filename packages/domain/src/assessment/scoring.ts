import { DomainError } from '../errors';
import { INDICATORS, isIndicatorKey, type IndicatorKey } from './indicators';

/**
 * Score arithmetic of an assessment (R55), exact: points are kept in hundredths (integers) and every
 * rounding is half-up at the hundredth, so a plain SQL recomputation with numeric and round(…, 2)
 * gives the same figures.
 *
 * - A RATE indicator with weight w, full at F% and zero at Z% (F > Z when higher is better, F < Z
 *   when lower is better): points = w × clamp((value − Z) ÷ (F − Z), 0, 1), value = 100 × n ÷ d.
 * - A COUNT indicator: points = max(0, w − perItem × count).
 * - No data (a RATE with d = 0): the indicator scores nothing and its weight leaves the base; the
 *   score is Σ points × 100 ÷ Σ weights of the indicators with data. With no data at all: no score.
 * - The final score is the score plus the superior's adjustments; the ranking orders final scores,
 *   equal scores share a rank (1, 1, 3), bureaus without a score come last, unranked.
 */

/** One weighted indicator of a standard: weight in whole percent; full/zero in whole percent (RATE); perItem with up to 2 decimals (COUNT). */
export interface StandardIndicator {
  key: IndicatorKey;
  weight: number;
  full?: number | null;
  zero?: number | null;
  perItem?: number | null;
}

/** A standard's indicator with the wording it was set with (what a standard version stores). */
export interface DocumentedIndicator extends StandardIndicator {
  name: string;
  kind: 'RATE' | 'COUNT';
  direction: 'HIGHER_BETTER' | 'LOWER_BETTER';
  numerator: string;
  denominator: string | null;
  /** How a value maps to points, in words. */
  formula: string;
}

const int = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const hundredths = (v: number) => Math.round(v * 100);

/** The words of a mapping, e.g. "≥ 95% 得满分 20 分，≤ 60% 得 0 分，其间按比例". */
export function describeScoring(i: StandardIndicator): string {
  const def = INDICATORS[i.key];
  if (def.kind === 'COUNT') return `满分 ${i.weight} 分，每项扣 ${i.perItem} 分，扣完为止`;
  const better = def.direction === 'HIGHER_BETTER' ? '≥' : '≤';
  const worse = def.direction === 'HIGHER_BETTER' ? '≤' : '≥';
  return `比率 = 分子 ÷ 分母；${better} ${i.full}% 得满分 ${i.weight} 分，${worse} ${i.zero}% 得 0 分，其间按比例；无分母时不计分、权重不计入`;
}

/**
 * Checks a standard's indicators: known keys, each once; whole-percent weights of 1–100 summing to
 * exactly 100; a RATE's full and zero points in 0–100, on the side its direction says; a COUNT's
 * deduction per item above 0 with at most 2 decimals. Returns them documented, in the order given.
 */
export function validateStandard(indicators: readonly StandardIndicator[]): DocumentedIndicator[] {
  if (indicators.length === 0)
    throw new DomainError('ASSESSMENT_NO_INDICATORS', '考核标准至少包含一个指标', 'indicators');
  const seen = new Set<string>();
  let sum = 0;
  const out = indicators.map((i, n): DocumentedIndicator => {
    const field = `indicators.${n}`;
    const key: string = i.key;
    if (!isIndicatorKey(key)) throw new DomainError('ASSESSMENT_UNKNOWN_INDICATOR', `未知的考核指标「${key}」`, field);
    const def = INDICATORS[i.key];
    if (seen.has(i.key)) throw new DomainError('ASSESSMENT_DUPLICATE_INDICATOR', `指标「${def.name}」重复`, field);
    seen.add(i.key);
    if (!int(i.weight) || i.weight < 1 || i.weight > 100)
      throw new DomainError(
        'ASSESSMENT_BAD_WEIGHT',
        `指标「${def.name}」的权重应为 1 到 100 的整数（%）`,
        `${field}.weight`,
      );
    sum += i.weight;
    if (def.kind === 'RATE') {
      const { full, zero } = i;
      if (!int(full) || !int(zero) || full < 0 || full > 100 || zero < 0 || zero > 100)
        throw new DomainError(
          'ASSESSMENT_BAD_SCORING',
          `指标「${def.name}」须给出满分点和零分点（0 到 100 的整数百分比）`,
          `${field}.full`,
        );
      if (def.direction === 'HIGHER_BETTER' ? full <= zero : full >= zero)
        throw new DomainError(
          'ASSESSMENT_BAD_SCORING',
          def.direction === 'HIGHER_BETTER'
            ? `指标「${def.name}」越高越好，满分点应高于零分点`
            : `指标「${def.name}」越低越好，满分点应低于零分点`,
          `${field}.full`,
        );
      return documented({ key: i.key, weight: i.weight, full, zero, perItem: null });
    }
    const per = i.perItem;
    if (typeof per !== 'number' || !(per > 0) || per > 100 || Math.abs(hundredths(per) - per * 100) > 1e-6)
      throw new DomainError(
        'ASSESSMENT_BAD_SCORING',
        `指标「${def.name}」须给出每项扣分（大于 0，最多两位小数）`,
        `${field}.perItem`,
      );
    return documented({ key: i.key, weight: i.weight, full: null, zero: null, perItem: per });
  });
  if (sum !== 100)
    throw new DomainError('ASSESSMENT_WEIGHTS_NOT_100', `各指标权重之和应为 100%，现为 ${sum}%`, 'indicators', { sum });
  return out;
}

function documented(i: StandardIndicator): DocumentedIndicator {
  const def = INDICATORS[i.key];
  return {
    ...i,
    name: def.name,
    kind: def.kind,
    direction: def.direction,
    numerator: def.numerator,
    denominator: def.denominator,
    formula: describeScoring(i),
  };
}

/** Half-up division of non-negative integers. */
function divRound(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d));
}

/** A bureau's count for one indicator: numerator and (for a RATE) denominator. */
export interface IndicatorFigure {
  numerator: number;
  denominator: number | null;
}

export interface IndicatorScore {
  key: IndicatorKey;
  numerator: number;
  denominator: number | null;
  /** The rate in percent (2 decimals, half-up) or the count; null: no data. */
  value: number | null;
  /** Points in hundredths; null: no data. */
  pointsH: number | null;
}

/** One indicator's points in hundredths (null: no data). */
export function indicatorPoints(i: StandardIndicator, f: IndicatorFigure): number | null {
  const def = INDICATORS[i.key];
  const weightH = i.weight * 100;
  if (def.kind === 'COUNT') return Math.max(0, weightH - hundredths(i.perItem ?? 0) * f.numerator);
  const d = f.denominator ?? 0;
  if (d <= 0) return null;
  const full = i.full ?? 0;
  const zero = i.zero ?? 0;
  // fraction = (100n − Z·d) ÷ ((F − Z)·d); both signs flip together when lower is better.
  let num = 100 * f.numerator - zero * d;
  let den = (full - zero) * d;
  if (den < 0) {
    num = -num;
    den = -den;
  }
  if (num <= 0) return 0;
  if (num >= den) return weightH;
  return divRound(weightH * num, den);
}

/** The rate in percent, 2 decimals half-up, or the count; null when a RATE has no denominator. */
export function indicatorValue(i: Pick<StandardIndicator, 'key'>, f: IndicatorFigure): number | null {
  if (INDICATORS[i.key].kind === 'COUNT') return f.numerator;
  const d = f.denominator ?? 0;
  if (d <= 0) return null;
  return divRound(10000 * f.numerator, d) / 100;
}

export interface BureauScore {
  indicators: IndicatorScore[];
  /** The score in hundredths, rescaled to the weights with data; null when no indicator has data. */
  scoreH: number | null;
}

/** A bureau's score under a standard, from its figures (a missing figure counts as zero items). */
export function scoreBureau(
  standard: readonly StandardIndicator[],
  figures: Partial<Record<IndicatorKey, IndicatorFigure>>,
): BureauScore {
  let pointsH = 0;
  let weights = 0;
  const indicators = standard.map((i): IndicatorScore => {
    const def = INDICATORS[i.key];
    const f = figures[i.key] ?? { numerator: 0, denominator: def.kind === 'RATE' ? 0 : null };
    const p = indicatorPoints(i, f);
    if (p !== null) {
      pointsH += p;
      weights += i.weight;
    }
    return { key: i.key, numerator: f.numerator, denominator: f.denominator, value: indicatorValue(i, f), pointsH: p };
  });
  return { indicators, scoreH: weights === 0 ? null : divRound(pointsH * 100, weights) };
}

/** Ranks final scores (hundredths) highest first: ties share a rank; null (no score) gets none. */
export function rankScores(finalH: readonly (number | null)[]): (number | null)[] {
  return finalH.map((s) => (s === null ? null : 1 + finalH.filter((o) => o !== null && o > s).length));
}

/** Hundredths as a decimal string ("87.50"), as numeric(8,2) stores it. */
export function fromHundredths(h: number): string {
  const sign = h < 0 ? '-' : '';
  const a = Math.abs(h);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** A decimal with at most 2 places (an adjustment) in hundredths, or null when it has more. */
export function toHundredths(v: number): number | null {
  const h = Math.round(v * 100);
  return Math.abs(h - v * 100) > 1e-6 ? null : h;
}

/** The standard an indicator list proposes when none was set: every indicator with its proposed scoring. */
export function proposedStandard(): StandardIndicator[] {
  return Object.values(INDICATORS).map((d) => ({ key: d.key, ...d.proposed }));
}
