/**
 * Risk and credit → draw weight (R10, R27; DRAW.md §2: weights are positive integers, 10 is normal).
 *
 * Risk factors raise how often a target is drawn (000 §14; 001 五(二)); good credit and low risk
 * may lower it (004 §28). Each factor or mitigation is recorded with its period and its source
 * (a decision number, a list entry, a complaint file …) so that the weight can be explained.
 */
import { DomainError } from './errors';
import type { CreditList } from './credit';

export const RISK_FACTORS = [
  'PUBLIC_SAFETY_TRADE', // 涉及公共安全或国家严格管制行业、物品
  'SERIOUS_VIOLATION', // 有严重违法违规记录
  'ABNORMAL_OR_DISHONEST_LIST', // 列入经营异常名录或严重违法失信名单
  'MANY_COMPLAINTS', // 投诉举报多
  'REFUSED_CHECK', // 拒绝、阻碍检查
  'OTHER', // 其他
] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

export const RISK_MITIGATIONS = [
  'GOOD_CREDIT', // 信用较好
  'LOW_RISK', // 风险较低
] as const;
export type RiskMitigation = (typeof RISK_MITIGATIONS)[number];

export interface RiskEntry<K extends string> {
  factor: K;
  /** 'YYYY-MM-DD', first day it applies */
  since: string;
  /** 'YYYY-MM-DD', last day it applies (inclusive); null or absent = still applies */
  until?: string | null;
  /** where it comes from: decision number, list entry, complaint file … */
  source: string;
}
export type RiskFactorEntry = RiskEntry<RiskFactor>;
export type RiskMitigationEntry = RiskEntry<RiskMitigation>;

/**
 * A bureau's rule: weight = base + increment × (distinct active factors)
 *                               − decrement × (distinct active mitigations), clamped to [min, max].
 * Factors and mitigations add up rather than cancel: a blasting unit (a controlled trade) with
 * good credit is drawn a little less than one without.
 */
export interface RiskRule {
  base: number;
  increment: number;
  decrement: number;
  min: number;
  max: number;
}

/**
 * Defaults: normal 10 (DRAW.md §2); each factor +5, so one factor draws 1.5×, two 2×;
 * each mitigation −3 (good credit and low risk together: 4, i.e. 0.4×); never below 1
 * (every target keeps a chance: the draw must stay random) nor above 40 (4×, so that a few
 * high-risk targets do not crowd out the rest of a stratum).
 */
export const DEFAULT_RISK_RULE: Readonly<RiskRule> = Object.freeze({
  base: 10,
  increment: 5,
  decrement: 3,
  min: 1,
  max: 40,
});

/** A bureau's rule: the defaults with its overrides, checked. */
export function riskRule(overrides: Partial<RiskRule> = {}): RiskRule {
  const rule = { ...DEFAULT_RISK_RULE, ...overrides };
  const bad = (Object.keys(rule) as (keyof RiskRule)[]).find((k) => !Number.isInteger(rule[k]) || rule[k] < 0);
  if (bad) throw new DomainError('INVALID_RISK_RULE', `风险权重规则的${bad}应为非负整数`, bad);
  if (rule.min < 1 || rule.min > rule.base || rule.base > rule.max) {
    throw new DomainError('INVALID_RISK_RULE', '风险权重规则应满足 1 ≤ 最小值 ≤ 基础权重 ≤ 最大值', 'base');
  }
  return rule;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isActive(entry: RiskEntry<string>, onDate: string): boolean {
  if (!DATE.test(entry.since) || (entry.until != null && !DATE.test(entry.until))) {
    throw new DomainError('INVALID_RISK_ENTRY', `风险记录的日期应为 YYYY-MM-DD：${entry.factor}`, 'since');
  }
  if (entry.until != null && entry.until < entry.since) {
    throw new DomainError('INVALID_RISK_ENTRY', `风险记录的截止日期早于起始日期：${entry.factor}`, 'until');
  }
  // ISO dates compare as strings.
  return entry.since <= onDate && (entry.until == null || onDate <= entry.until);
}

/** The distinct kinds active on `onDate` (a factor recorded twice counts once). */
export function activeKinds<K extends string>(
  entries: readonly RiskEntry<K>[],
  known: readonly K[],
  onDate: string,
): Set<K> {
  const kinds = new Set<K>();
  for (const e of entries) {
    if (!known.includes(e.factor)) {
      throw new DomainError('INVALID_RISK_ENTRY', `未知的风险类型：${e.factor}`, 'factor');
    }
    if (isActive(e, onDate)) kinds.add(e.factor);
  }
  return kinds;
}

/** The draw weight on `onDate` ('YYYY-MM-DD'): a positive integer. */
export function drawWeight(
  factors: readonly RiskFactorEntry[],
  mitigations: readonly RiskMitigationEntry[],
  rule: RiskRule,
  onDate: string,
): number {
  if (!DATE.test(onDate)) throw new RangeError(`onDate 应为 YYYY-MM-DD: ${onDate}`);
  const f = activeKinds(factors, RISK_FACTORS, onDate).size;
  const m = activeKinds(mitigations, RISK_MITIGATIONS, onDate).size;
  const w = rule.base + rule.increment * f - rule.decrement * m;
  return Math.min(rule.max, Math.max(rule.min, w));
}

/**
 * The credit rule (R51, R10, R27), beside the rule above: an entry of a credit list in force on the
 * day of the draw counts as the risk factors below, merged with the recorded ones before
 * drawWeight. A factor counts once whatever its sources, so a credit entry and a hand-recorded
 * ABNORMAL_OR_DISHONEST_LIST for the same listing are not counted twice.
 *   经营异常名录      → ABNORMAL_OR_DISHONEST_LIST                      (defaults: 10 → 15, 1.5×)
 *   严重违法失信名单  → ABNORMAL_OR_DISHONEST_LIST + SERIOUS_VIOLATION  (10 → 20, 2×: the list is
 *                       for serious violations, 000 §39–40)
 *   黑名单            → SERIOUS_VIOLATION                               (10 → 15: 抚顺 lists 违法违规网吧)
 * An entry applies from its 列入日期 up to the day before its 移出日期 (removal or repair);
 * a target with no entry keeps exactly the weight of the rule above.
 */
export const CREDIT_LIST_FACTORS: Readonly<Record<CreditList, readonly RiskFactor[]>> = Object.freeze({
  ABNORMAL_OPERATION: ['ABNORMAL_OR_DISHONEST_LIST'],
  SERIOUS_DISHONESTY: ['ABNORMAL_OR_DISHONEST_LIST', 'SERIOUS_VIOLATION'],
  BLACKLIST: ['SERIOUS_VIOLATION'],
});

/** A credit-list entry as the risk rule reads it. */
export interface CreditRiskEntry {
  id: string;
  list: CreditList;
  listedOn: string;
  /** The removal or repair day (the entry no longer applies on it); null while open. */
  removedOn: string | null;
}

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The risk factors credit entries stand for (the credit rule above), each with the entry as its source. */
export function creditRiskFactors(entries: readonly CreditRiskEntry[]): RiskFactorEntry[] {
  return entries.flatMap((e) => {
    const until = e.removedOn == null ? null : dayBefore(e.removedOn);
    // Removed on the day it was listed: it never applied.
    if (until != null && until < e.listedOn) return [];
    return CREDIT_LIST_FACTORS[e.list].map((factor) => ({
      factor,
      since: e.listedOn,
      until,
      source: `信用名单 ${e.id}`,
    }));
  });
}

/** The bands of the draw weight, lowest first. */
export const RISK_LEVELS = ['LOW', 'NORMAL', 'ELEVATED', 'HIGH'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * A label for a weight, relative to the rule: below base LOW; base up to one increment NORMAL;
 * one increment more ELEVATED; two or more HIGH. Defaults: 1–9 LOW, 10–14 NORMAL,
 * 15–19 ELEVATED, 20+ HIGH.
 */
export function riskLevel(weight: number, rule: RiskRule = DEFAULT_RISK_RULE): RiskLevel {
  if (weight < rule.base) return 'LOW';
  const step = Math.max(1, rule.increment);
  if (weight < rule.base + step) return 'NORMAL';
  if (weight < rule.base + 2 * step) return 'ELEVATED';
  return 'HIGH';
}
