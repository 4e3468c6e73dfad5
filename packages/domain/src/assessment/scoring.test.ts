import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { periodCutoff, periodDays } from './indicators';
import {
  fromHundredths,
  indicatorPoints,
  proposedStandard,
  rankScores,
  scoreBureau,
  validateStandard,
  type StandardIndicator,
} from './scoring';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as DomainError).code;
  }
  return null;
};

describe('assessment scoring (R55)', () => {
  it('R55 the proposed standard is valid: weights add up to 100%', () => {
    const s = validateStandard(proposedStandard());
    expect(s.reduce((a, i) => a + i.weight, 0)).toBe(100);
    expect(s.find((i) => i.key === 'OBJECTION_UPHELD')!.formula).toContain('≤ 0%');
  });

  it('R55 weights that do not add up to 100% are refused, as are bad mappings and repeated keys', () => {
    expect(code(() => validateStandard([{ key: 'PLAN_COMPLETION', weight: 90, full: 100, zero: 60 }]))).toBe(
      'ASSESSMENT_WEIGHTS_NOT_100',
    );
    expect(code(() => validateStandard([{ key: 'PLAN_COMPLETION', weight: 100, full: 50, zero: 60 }]))).toBe(
      'ASSESSMENT_BAD_SCORING',
    );
    expect(code(() => validateStandard([{ key: 'OBJECTION_UPHELD', weight: 100, full: 20, zero: 0 }]))).toBe(
      'ASSESSMENT_BAD_SCORING',
    );
    expect(code(() => validateStandard([{ key: 'OVERDUE', weight: 100, perItem: 0.333 }]))).toBe(
      'ASSESSMENT_BAD_SCORING',
    );
    const twice: StandardIndicator[] = [
      { key: 'COVERAGE', weight: 50, full: 20, zero: 0 },
      { key: 'COVERAGE', weight: 50, full: 20, zero: 0 },
    ];
    expect(code(() => validateStandard(twice))).toBe('ASSESSMENT_DUPLICATE_INDICATOR');
  });

  it('R55 a rate maps linearly between its zero and full points, half-up at the hundredth', () => {
    const i: StandardIndicator = { key: 'PLAN_COMPLETION', weight: 20, full: 100, zero: 60 };
    expect(indicatorPoints(i, { numerator: 10, denominator: 10 })).toBe(2000);
    expect(indicatorPoints(i, { numerator: 5, denominator: 10 })).toBe(0);
    // 80% → half of 20 points
    expect(indicatorPoints(i, { numerator: 8, denominator: 10 })).toBe(1000);
    // 2/3 = 66.67% → 20 × (6.667/40) = 3.3333 → 3.33
    expect(indicatorPoints(i, { numerator: 2, denominator: 3 })).toBe(333);
    const lower: StandardIndicator = { key: 'OBJECTION_UPHELD', weight: 10, full: 0, zero: 20 };
    expect(indicatorPoints(lower, { numerator: 1, denominator: 10 })).toBe(500);
    expect(indicatorPoints(lower, { numerator: 0, denominator: 10 })).toBe(1000);
    expect(indicatorPoints(lower, { numerator: 5, denominator: 10 })).toBe(0);
  });

  it('R55 no data is not 0% and not 100%: the weight leaves the base and the score is rescaled', () => {
    const std: StandardIndicator[] = [
      { key: 'PLAN_COMPLETION', weight: 60, full: 100, zero: 0 },
      { key: 'RECHECK_AGREEMENT', weight: 30, full: 100, zero: 0 },
      { key: 'OVERDUE', weight: 10, perItem: 2.5 },
    ];
    const s = scoreBureau(std, {
      PLAN_COMPLETION: { numerator: 1, denominator: 2 },
      RECHECK_AGREEMENT: { numerator: 0, denominator: 0 },
      OVERDUE: { numerator: 3, denominator: null },
    });
    expect(s.indicators.map((i) => i.pointsH)).toEqual([3000, null, 250]);
    expect(s.indicators[1]!.value).toBeNull();
    // (30 + 2.5) × 100 ÷ 70 = 46.4285… → 46.43
    expect(fromHundredths(s.scoreH!)).toBe('46.43');
    expect(scoreBureau([std[1]!], {}).scoreH).toBeNull();
  });

  it('R55 equal scores share a rank; a bureau without a score is unranked', () => {
    expect(rankScores([8000, 9000, 8000, null, 7000])).toEqual([2, 1, 2, null, 4]);
  });

  it('periods and their cut-off', () => {
    expect(periodDays(2026, 'H2')).toEqual({ start: '2026-07-01', end: '2026-12-31' });
    expect(periodCutoff(2026, 'H1', '2026-12-04')).toBe('2026-07-01');
    expect(periodCutoff(2026, 'YEAR', '2026-12-04')).toBe('2026-12-04');
    expect(fromHundredths(-250)).toBe('-2.50');
  });
});
