/**
 * Sampling ratio and frequency of an inspection item (R3, R4).
 *
 * Ratios are integers in basis points (500 = 5%), as in the draw snapshot (DRAW.md §2), so that
 * nothing depends on floating point.
 */
import { DomainError } from './errors';
import type { BureauLevelForFrequency, FrequencyPeriod } from './vocabularies/catalog';

export interface RatioSettings {
  /** Minimum per round: 5% (000 §14). A bureau may set a stricter value. */
  minimumBp?: number;
  /** Minimum for cross-agency joint items: 3% per year (004 §17). */
  jointMinimumBp?: number;
  /** The item is drawn jointly with other agencies (联合抽查). */
  crossAgencyJoint?: boolean;
}

export const DEFAULT_MINIMUM_RATIO_BP = 500;
export const DEFAULT_JOINT_MINIMUM_RATIO_BP = 300;

function percent(bp: number): string {
  return `${bp / 100}%`;
}

/** R3: 1 ≤ ratio ≤ 10000 bp and at least the applicable minimum. */
export function validateSamplingRatio(bp: number, settings: RatioSettings = {}): void {
  if (!Number.isInteger(bp) || bp < 1 || bp > 10000) {
    throw new DomainError(
      'RATIO_OUT_OF_RANGE',
      '抽查比例应在0.01%至100%之间（以万分之一为单位的整数）',
      'samplingRatioBp',
      {
        value: bp,
      },
    );
  }
  const joint = settings.crossAgencyJoint === true;
  const minimumBp = joint
    ? (settings.jointMinimumBp ?? DEFAULT_JOINT_MINIMUM_RATIO_BP)
    : (settings.minimumBp ?? DEFAULT_MINIMUM_RATIO_BP);
  if (bp < minimumBp) {
    const what = joint ? '跨部门联合抽查事项的抽查比例' : '抽查比例';
    throw new DomainError('RATIO_BELOW_MINIMUM', `${what}不得低于${percent(minimumBp)}`, 'samplingRatioBp', {
      value: bp,
      minimumBp,
    });
  }
}

/** R3: each item is checked at least once a year (000 §14). */
export function validateFrequency(perYear: number): void {
  if (!Number.isInteger(perYear)) {
    throw new DomainError('FREQUENCY_INVALID', '年度抽查频次应为整数', 'frequencyPerYear', { value: perYear });
  }
  if (perYear < 1) {
    throw new DomainError('FREQUENCY_BELOW_MINIMUM', '每项检查事项年度抽查频次不得少于1次', 'frequencyPerYear', {
      value: perYear,
    });
  }
}

/**
 * R4: a minimum frequency, optionally for one target grade and/or one level of the police
 * organisation. A null/absent grade or level means "any".
 */
export interface FrequencyRule {
  grade?: string | null;
  level?: BureauLevelForFrequency | null;
  /** at least this many checks … */
  times: number;
  /** … per this period */
  per: FrequencyPeriod;
  /** minimum sampling ratio of each round, where the rule sets one */
  minimumRatioBp?: number;
  /** of `times`, how many may be online patrols (网上巡查) rather than on-site checks */
  onlineIncluded?: number;
}

const PERIODS_PER_YEAR: Record<FrequencyPeriod, number> = { YEAR: 1, HALF_YEAR: 2, QUARTER: 4, MONTH: 12 };

export function timesPerYear(rule: Pick<FrequencyRule, 'times' | 'per'>): number {
  return rule.times * PERIODS_PER_YEAR[rule.per];
}

/**
 * The rule for a target grade at a bureau level: among the rules whose grade and level match
 * (or are "any"), the most specific wins (grade and level > one of them > neither); between
 * equally specific ones the stricter (more checks a year) wins, as DOMAIN.md asks where rules
 * differ. Null when nothing matches.
 */
export function applicableRule<R extends FrequencyRule>(
  rules: readonly R[],
  target: { grade?: string | null; level?: BureauLevelForFrequency | null },
): R | null {
  let best: R | null = null;
  let bestScore = -1;
  for (const r of rules) {
    if (r.grade != null && r.grade !== target.grade) continue;
    if (r.level != null && r.level !== target.level) continue;
    const score = (r.grade != null ? 1 : 0) + (r.level != null ? 1 : 0);
    if (score > bestScore || (score === bestScore && best && timesPerYear(r) > timesPerYear(best))) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

export type FushunIndustry =
  'ENTERTAINMENT_VENUE' | 'SECURITY_SERVICE' | 'BLASTING_COMMERCIAL' | 'BLASTING_NON_COMMERCIAL' | 'INTERNET_CAFE';

/**
 * 抚顺市公安局关于推广随机抽查规范事中事后监管的实施细则 (seed 003), section 三, as data.
 * "县级公安机关治安部门" is COUNTY, "辖区公安派出所" POLICE_STATION, "市级公安机关" CITY.
 */
export const FUSHUN_FREQUENCY_RULES: Readonly<Record<FushunIndustry, readonly FrequencyRule[]>> = {
  // 三(一) 娱乐场所分级管理: minimum checks per quarter by grade, county 治安部门 vs 派出所.
  ENTERTAINMENT_VENUE: [
    { grade: 'A', level: 'COUNTY', times: 1, per: 'QUARTER' },
    { grade: 'A', level: 'POLICE_STATION', times: 1, per: 'QUARTER' },
    // "每季度检查次数不得少于2次（含一次网上巡查）"
    { grade: 'B', level: 'COUNTY', times: 2, per: 'QUARTER', onlineIncluded: 1 },
    { grade: 'B', level: 'POLICE_STATION', times: 2, per: 'QUARTER' },
    { grade: 'C', level: 'COUNTY', times: 2, per: 'QUARTER' },
    // For C the police station's minimum is monthly: "月检查次数不得少于1次".
    { grade: 'C', level: 'POLICE_STATION', times: 1, per: 'MONTH' },
  ],
  // 三(二) 保安服务公司和保安培训单位: "每半年至少抽查1次，每次抽查比例不低于5%"
  // (armed escort companies: "加大抽查力度" — more, but no number is given).
  SECURITY_SERVICE: [{ times: 1, per: 'HALF_YEAR', minimumRatioBp: 500 }],
  // 三(三) 营业性爆破作业单位: "市级公安机关每半年、县级公安机关每个季度至少检查1次".
  BLASTING_COMMERCIAL: [
    { level: 'CITY', times: 1, per: 'HALF_YEAR' },
    { level: 'COUNTY', times: 1, per: 'QUARTER' },
  ],
  // 三(三) 非营业性爆破作业单位: "市级公安机关每年、县级公安机关每半年至少检查1次".
  BLASTING_NON_COMMERCIAL: [
    { level: 'CITY', times: 1, per: 'YEAR' },
    { level: 'COUNTY', times: 1, per: 'HALF_YEAR' },
  ],
  // 三(五) 网吧: "原则上每个月抽查3次，每次不低于5%".
  INTERNET_CAFE: [{ times: 3, per: 'MONTH', minimumRatioBp: 500 }],
};
