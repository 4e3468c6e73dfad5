/**
 * The indicators an assessment standard may weigh (R55; issue 15 §Assessment): what each one counts,
 * in words a bureau can check against its own records. The SQL that counts them is
 * services/api/src/modules/supervision/assessment-figures.queries.ts (one base relation per key);
 * this table is the documentation a standard snapshots, so that an issued assessment keeps the
 * wording it was scored by.
 *
 * A RATE indicator is numerator ÷ denominator, in percent; with a zero denominator it has no data
 * (neither 0% nor 100%). A COUNT indicator is a number of items (lower is better).
 */
export const INDICATOR_KEYS = [
  'PLAN_COMPLETION',
  'REPORT_ON_TIME',
  'PUBLICATION_ON_TIME',
  'PUBLICATION',
  'FINDING',
  'RECTIFICATION_CLOSED',
  'RECHECK_AGREEMENT',
  'OBJECTION_UPHELD',
  'JOINT_SHARE',
  'COVERAGE',
  'OVERDUE',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export const INDICATOR_KINDS = ['RATE', 'COUNT'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export const INDICATOR_DIRECTIONS = ['HIGHER_BETTER', 'LOWER_BETTER'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export interface IndicatorDefinition {
  key: IndicatorKey;
  name: string;
  kind: IndicatorKind;
  direction: IndicatorDirection;
  /** What is counted above the line (a RATE) or at all (a COUNT). */
  numerator: string;
  /** What is counted below the line; null for a COUNT. */
  denominator: string | null;
  /** Which records the drill-down lists as "the ones that make the number" (the rest are in the denominator only). */
  records: string;
  /** Whether the figures split by department (the lead department of the inspection, or the publishing department). */
  byDepartment: boolean;
  /** The scoring a new standard proposes: full points at `full`%, none at `zero`% (a RATE), or `perItem` points off per item (a COUNT). */
  proposed: { weight: number; full?: number; zero?: number; perItem?: number };
}

/**
 * "In the period" is always a due or event date from the period's first day up to, not including,
 * the assessment's cut-off: the day after the period's last day, or today when the period is not over
 * (what falls due today may still be done today).
 */
export const INDICATORS: Record<IndicatorKey, IndicatorDefinition> = {
  PLAN_COMPLETION: {
    key: 'PLAN_COMPLETION',
    name: '计划完成率',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    numerator: '在期间最后一日以前（含当日）结束现场检查的抽查检查',
    denominator: '检查时段在期内截止的抽查检查（撤销的除外）',
    records: '时段已过、期间最后一日以前仍未结束检查的抽查检查',
    byDepartment: true,
    proposed: { weight: 15, full: 100, zero: 60 },
  },
  REPORT_ON_TIME: {
    key: 'REPORT_ON_TIME',
    name: '按时报告率',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    numerator: '在报告期限内提交的检查报告（R39，首次提交未逾期）',
    denominator: '报告期限在期内届满的检查（撤销的除外）',
    records: '逾期提交或尚未提交报告的检查',
    byDepartment: true,
    proposed: { weight: 15, full: 100, zero: 60 },
  },
  PUBLICATION_ON_TIME: {
    key: 'PUBLICATION_ON_TIME',
    name: '按时公示率',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    numerator: '在公示期限内（R47，按北京日期）首次公示的检查结果',
    denominator: '公示期限在期内届满的检查结果公示',
    records: '逾期公示或尚未公示的检查结果',
    byDepartment: true,
    proposed: { weight: 10, full: 100, zero: 60 },
  },
  PUBLICATION: {
    key: 'PUBLICATION',
    name: '公示率',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    numerator: '检查结果已公示的检查',
    denominator: '检查结束日期在期内的检查（撤销的除外）',
    records: '检查结果尚未公示的检查',
    byDepartment: true,
    proposed: { weight: 10, full: 100, zero: 80 },
  },
  FINDING: {
    key: 'FINDING',
    name: '问题发现率',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    numerator: '报告处理意见不是「未发现异常」的检查',
    denominator: '检查结束日期在期内、报告已提交或定稿的检查',
    records: '发现问题的检查',
    byDepartment: true,
    proposed: { weight: 5, full: 20, zero: 0 },
  },
  RECTIFICATION_CLOSED: {
    key: 'RECTIFICATION_CLOSED',
    name: '整改完结率',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    numerator: '已记录复查结果（已整改或未整改转处理）的责令整改通知书',
    denominator: '整改期限在期内届满的责令整改通知书',
    records: '整改期限已过仍未复查的通知书',
    byDepartment: true,
    proposed: { weight: 10, full: 100, zero: 60 },
  },
  RECHECK_AGREEMENT: {
    key: 'RECHECK_AGREEMENT',
    name: '复查一致率',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    numerator: '上级复查结论与原检查结果一致的复查项（R54）',
    denominator: '复查结论日期在期内的复查项',
    records: '复查结论不一致的检查',
    byDepartment: false,
    proposed: { weight: 10, full: 100, zero: 70 },
  },
  OBJECTION_UPHELD: {
    key: 'OBJECTION_UPHELD',
    name: '异议成立率',
    kind: 'RATE',
    direction: 'LOWER_BETTER',
    numerator: '答复为成立的异议（R49）',
    denominator: '答复日期在期内的异议（成立与不成立）',
    records: '成立的异议',
    byDepartment: true,
    proposed: { weight: 5, full: 0, zero: 20 },
  },
  JOINT_SHARE: {
    key: 'JOINT_SHARE',
    name: '联合抽查占比',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    numerator: '两个以上部门参加的联合抽查（R35）',
    denominator: '检查结束日期在期内的抽查检查',
    records: '联合抽查',
    byDepartment: true,
    proposed: { weight: 5, full: 30, zero: 0 },
  },
  COVERAGE: {
    key: 'COVERAGE',
    name: '覆盖率',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    numerator: '期内检查结束的检查对象（去重）',
    denominator: '名录库中在册的检查对象',
    records: '期内尚未检查的检查对象',
    byDepartment: true,
    proposed: { weight: 10, full: 20, zero: 0 },
  },
  OVERDUE: {
    key: 'OVERDUE',
    name: '逾期事项数',
    kind: 'COUNT',
    direction: 'LOWER_BETTER',
    numerator:
      '期限在期内届满、至今未办结的事项：未提交的检查报告、未复查的整改通知书、未公示的检查结果、未答复的异议投诉',
    denominator: null,
    records: '逾期未办结的事项',
    byDepartment: true,
    proposed: { weight: 5, perItem: 0.5 },
  },
};

export function isIndicatorKey(value: string): value is IndicatorKey {
  return (INDICATOR_KEYS as readonly string[]).includes(value);
}

export const ASSESSMENT_PERIODS = ['YEAR', 'H1', 'H2'] as const;
export type AssessmentPeriod = (typeof ASSESSMENT_PERIODS)[number];
export const ASSESSMENT_PERIOD_LABELS: Record<AssessmentPeriod, string> = {
  YEAR: '全年',
  H1: '上半年',
  H2: '下半年',
};

/** The period's first and last day (YYYY-MM-DD). */
export function periodDays(year: number, period: AssessmentPeriod): { start: string; end: string } {
  return {
    start: `${year}-${period === 'H2' ? '07-01' : '01-01'}`,
    end: `${year}-${period === 'H1' ? '06-30' : '12-31'}`,
  };
}

/** The exclusive cut-off of "in the period": the day after its last day, or `today` when earlier. */
export function periodCutoff(year: number, period: AssessmentPeriod, today: string): string {
  const { end } = periodDays(year, period);
  const after = new Date(`${end}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  const dayAfter = after.toISOString().slice(0, 10);
  return today < dayAfter ? today : dayAfter;
}

export const ASSESSMENT_STATUSES = ['DRAFT', 'ISSUED'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
