import { describe, expect, it } from 'vitest';
import { errorOf } from './test-support';
import {
  FUSHUN_FREQUENCY_RULES as FS,
  applicableRule,
  timesPerYear,
  validateFrequency,
  validateSamplingRatio,
  type FrequencyRule,
} from './item-rules';

describe('sampling ratio and frequency (R3)', () => {
  it('R3: 5% per round is the default minimum', () => {
    expect(() => validateSamplingRatio(500)).not.toThrow();
    expect(() => validateSamplingRatio(10000)).not.toThrow();
    const e = errorOf(() => validateSamplingRatio(499));
    expect(e).toMatchObject({ code: 'RATIO_BELOW_MINIMUM', field: 'samplingRatioBp', message: '抽查比例不得低于5%' });
    expect(e.details).toEqual({ value: 499, minimumBp: 500 });
  });

  it('R3: 3% only for a cross-agency joint item (004 §17)', () => {
    expect(errorOf(() => validateSamplingRatio(300)).code).toBe('RATIO_BELOW_MINIMUM');
    expect(errorOf(() => validateSamplingRatio(300, { crossAgencyJoint: false })).code).toBe('RATIO_BELOW_MINIMUM');
    expect(() => validateSamplingRatio(300, { crossAgencyJoint: true })).not.toThrow();
    expect(errorOf(() => validateSamplingRatio(299, { crossAgencyJoint: true }))).toMatchObject({
      code: 'RATIO_BELOW_MINIMUM',
      message: '跨部门联合抽查事项的抽查比例不得低于3%',
    });
    // The joint minimum does not lower the minimum of an ordinary item.
    expect(errorOf(() => validateSamplingRatio(300, { jointMinimumBp: 300 })).code).toBe('RATIO_BELOW_MINIMUM');
  });

  it('R3: a bureau may set stricter minimums', () => {
    expect(errorOf(() => validateSamplingRatio(900, { minimumBp: 1000 })).message).toBe('抽查比例不得低于10%');
    expect(errorOf(() => validateSamplingRatio(450, { crossAgencyJoint: true, jointMinimumBp: 500 })).code).toBe(
      'RATIO_BELOW_MINIMUM',
    );
    expect(errorOf(() => validateSamplingRatio(1249, { minimumBp: 1250 })).message).toBe('抽查比例不得低于12.5%');
  });

  it('R3: the ratio is an integer number of basis points in 1..10000', () => {
    for (const bad of [0, -1, 10001, 5.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(errorOf(() => validateSamplingRatio(bad))).toMatchObject({
        code: 'RATIO_OUT_OF_RANGE',
        field: 'samplingRatioBp',
      });
    }
  });

  it('R3: frequency at least once a year', () => {
    expect(() => validateFrequency(1)).not.toThrow();
    expect(() => validateFrequency(36)).not.toThrow();
    expect(errorOf(() => validateFrequency(0))).toMatchObject({
      code: 'FREQUENCY_BELOW_MINIMUM',
      field: 'frequencyPerYear',
    });
    expect(errorOf(() => validateFrequency(-2)).code).toBe('FREQUENCY_BELOW_MINIMUM');
    expect(errorOf(() => validateFrequency(1.5))).toMatchObject({
      code: 'FREQUENCY_INVALID',
      field: 'frequencyPerYear',
    });
  });

  it('R3: the 叶县 2023 item list (seed 002 附件) passes: 旅馆 5%/1, 易制毒 10%/2, 网吧 10%/2', () => {
    for (const [bp, perYear] of [
      [500, 1],
      [1000, 2],
      [1000, 2],
    ] as const) {
      expect(() => validateSamplingRatio(bp)).not.toThrow();
      expect(() => validateFrequency(perYear)).not.toThrow();
    }
  });
});

describe('frequency rules by grade and level (R4)', () => {
  it('R4: times per year', () => {
    expect(timesPerYear({ times: 1, per: 'YEAR' })).toBe(1);
    expect(timesPerYear({ times: 1, per: 'HALF_YEAR' })).toBe(2);
    expect(timesPerYear({ times: 2, per: 'QUARTER' })).toBe(8);
    expect(timesPerYear({ times: 3, per: 'MONTH' })).toBe(36);
  });

  it('R4: the most specific matching rule wins; ties go to the stricter; none → null', () => {
    const rules: FrequencyRule[] = [
      { times: 1, per: 'YEAR' },
      { grade: 'A', times: 1, per: 'HALF_YEAR' },
      { level: 'COUNTY', times: 1, per: 'QUARTER' },
      { grade: 'A', level: 'COUNTY', times: 2, per: 'QUARTER' },
      { grade: 'B', times: 1, per: 'MONTH' },
    ];
    expect(applicableRule(rules, { grade: 'A', level: 'COUNTY' })).toBe(rules[3]);
    expect(applicableRule(rules, { grade: 'A', level: 'CITY' })).toBe(rules[1]);
    expect(applicableRule(rules, { grade: 'C', level: 'COUNTY' })).toBe(rules[2]);
    expect(applicableRule(rules, { grade: 'C', level: 'CITY' })).toBe(rules[0]);
    expect(applicableRule(rules, {})).toBe(rules[0]);
    // grade-only vs level-only, equally specific: the stricter (B monthly = 12 > county quarterly = 4).
    expect(applicableRule(rules, { grade: 'B', level: 'COUNTY' })).toBe(rules[4]);
    expect(applicableRule(rules.slice(1), { grade: 'C', level: 'CITY' })).toBeNull();
    expect(applicableRule([], { grade: 'A' })).toBeNull();
  });

  it('R4: 抚顺 三(一) entertainment venues by grade, county 治安部门 vs 派出所', () => {
    const perYear = (grade: string, level: 'COUNTY' | 'POLICE_STATION') => {
      const r = applicableRule(FS.ENTERTAINMENT_VENUE, { grade, level });
      return r && timesPerYear(r);
    };
    // A: ≥1 per quarter at both.
    expect(perYear('A', 'COUNTY')).toBe(4);
    expect(perYear('A', 'POLICE_STATION')).toBe(4);
    // B: ≥2 per quarter at both; at county one of the two may be an online patrol.
    expect(perYear('B', 'COUNTY')).toBe(8);
    expect(applicableRule(FS.ENTERTAINMENT_VENUE, { grade: 'B', level: 'COUNTY' })?.onlineIncluded).toBe(1);
    expect(perYear('B', 'POLICE_STATION')).toBe(8);
    // C: county ≥2 per quarter; the police station ≥1 a month.
    expect(perYear('C', 'COUNTY')).toBe(8);
    expect(applicableRule(FS.ENTERTAINMENT_VENUE, { grade: 'C', level: 'POLICE_STATION' })).toMatchObject({
      times: 1,
      per: 'MONTH',
    });
    expect(perYear('C', 'POLICE_STATION')).toBe(12);
    // No rule for an ungraded venue or for the city level: the caller falls back to the item's own frequency.
    expect(applicableRule(FS.ENTERTAINMENT_VENUE, { grade: null, level: 'COUNTY' })).toBeNull();
    expect(applicableRule(FS.ENTERTAINMENT_VENUE, { grade: 'A', level: 'CITY' })).toBeNull();
  });

  it('R4: 抚顺 三(二) security companies at least once per half-year at ≥5%', () => {
    for (const level of ['COUNTY', 'CITY', 'POLICE_STATION'] as const) {
      const r = applicableRule(FS.SECURITY_SERVICE, { level });
      expect(r).toMatchObject({ times: 1, per: 'HALF_YEAR', minimumRatioBp: 500 });
      expect(timesPerYear(r!)).toBe(2);
      expect(() => validateSamplingRatio(500, { minimumBp: r!.minimumRatioBp })).not.toThrow();
      expect(errorOf(() => validateSamplingRatio(499, { minimumBp: r!.minimumRatioBp })).code).toBe(
        'RATIO_BELOW_MINIMUM',
      );
    }
  });

  it('R4: 抚顺 三(三) blasting units quarterly at county level, half-yearly at city level', () => {
    expect(applicableRule(FS.BLASTING_COMMERCIAL, { level: 'COUNTY' })).toMatchObject({ times: 1, per: 'QUARTER' });
    expect(timesPerYear(applicableRule(FS.BLASTING_COMMERCIAL, { level: 'COUNTY' })!)).toBe(4);
    expect(applicableRule(FS.BLASTING_COMMERCIAL, { level: 'CITY' })).toMatchObject({ times: 1, per: 'HALF_YEAR' });
    expect(timesPerYear(applicableRule(FS.BLASTING_COMMERCIAL, { level: 'CITY' })!)).toBe(2);
    // Non-commercial blasting units: county half-yearly, city yearly.
    expect(timesPerYear(applicableRule(FS.BLASTING_NON_COMMERCIAL, { level: 'COUNTY' })!)).toBe(2);
    expect(timesPerYear(applicableRule(FS.BLASTING_NON_COMMERCIAL, { level: 'CITY' })!)).toBe(1);
    expect(applicableRule(FS.BLASTING_COMMERCIAL, { level: 'POLICE_STATION' })).toBeNull();
  });

  it('R4: 抚顺 三(五) internet cafés three times a month at ≥5% = 36 a year', () => {
    const r = applicableRule(FS.INTERNET_CAFE, { level: 'CITY' });
    expect(r).toMatchObject({ times: 3, per: 'MONTH', minimumRatioBp: 500 });
    expect(timesPerYear(r!)).toBe(36);
    expect(() => validateFrequency(timesPerYear(r!))).not.toThrow();
  });

  it('R4: every 抚顺 rule is itself a valid frequency and ratio', () => {
    for (const rules of Object.values(FS)) {
      for (const r of rules) {
        expect(() => validateFrequency(timesPerYear(r))).not.toThrow();
        if (r.minimumRatioBp !== undefined) expect(() => validateSamplingRatio(r.minimumRatioBp!)).not.toThrow();
      }
    }
  });
});
