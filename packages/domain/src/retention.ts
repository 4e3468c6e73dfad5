/**
 * How long an inspection's records are kept (R42): 现场检查记录表、责令整改通知书、处罚决定书等
 * "保存期限有规定的，从其规定；没有规定的，保存期限为行政管理相对人存续的时间加上两年" (000 §35),
 * and "不少于两年" (001 四(六)). Nothing is ever deleted; this is the date before which nobody may.
 */
import { DomainError } from './errors';

export const RETENTION_MINIMUM_YEARS = 2;
/** An item's own rule is a whole number of years in this range (permanent keeping is not modelled). */
export const RETENTION_MAXIMUM_YEARS = 100;

export const RETENTION_BASES = ['ITEM_RULE', 'TARGET_LIFETIME', 'MINIMUM'] as const;
export type RetentionBasis = (typeof RETENTION_BASES)[number];

export interface RetentionFacts {
  /** The 2-year floor: two years after the last document of the file was made (stored as inspection.retention_until). */
  earliest: string;
  /** The inspection's frozen item versions (R45) and their own rule, null when they have none. */
  items: readonly { name: string; retentionYears: number | null }[];
  /** The day (China) the target was terminated (R11); null while it exists. */
  targetTerminatedOn: string | null;
}

export interface Retention {
  basis: RetentionBasis;
  /** Keep at least until this day; null while the target exists and its lifetime decides (the end is not known yet). */
  until: string | null;
  earliest: string;
  description: string;
}

/**
 * `day` plus `years` calendar years. A 29 February with no match in the target year ends on the
 * last day of February (民法典 第二百零二条: 没有对应日的，到期月的末日为期间的最后一日).
 */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-') as [string, string, string];
  const year = Number(y) + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${m}-${m === '02' && d === '29' && !leap ? '28' : d}`;
}

/** The floor for a file whose latest document was made on `day`. */
export function retentionFloor(day: string): string {
  return addYears(day, RETENTION_MINIMUM_YEARS);
}

/** An item's own rule: null (none) or a whole number of years, at least the 2-year minimum. */
export function validateRetentionYears(years: number | null | undefined): number | null {
  if (years === null || years === undefined) return null;
  if (!Number.isInteger(years) || years < RETENTION_MINIMUM_YEARS || years > RETENTION_MAXIMUM_YEARS) {
    throw new DomainError(
      'RETENTION_YEARS_INVALID',
      `档案保存期限应为 ${RETENTION_MINIMUM_YEARS} 至 ${RETENTION_MAXIMUM_YEARS} 年的整数（不少于两年）；没有特别规定的留空`,
      'retentionYears',
      { value: years },
    );
  }
  return years;
}

/**
 * The period that applies to an inspection's records. Each item version decides for itself: its own
 * rule, or else the target's lifetime plus two years; the 2-year floor always applies. Where
 * several apply the longest is kept (never destroyed early): an open-ended lifetime beats any date.
 * A rule of N years runs from the same day as the floor (the last document), i.e. floor + (N − 2).
 */
export function retentionOf(f: RetentionFacts): Retention {
  const ruled = f.items.filter((i): i is { name: string; retentionYears: number } => i.retentionYears !== null);
  const longestRule = ruled.reduce<(typeof ruled)[number] | null>(
    (a, b) => (!a || b.retentionYears > a.retentionYears ? b : a),
    null,
  );
  const lifetimeApplies = ruled.length < f.items.length || f.items.length === 0;
  const lifetimeUntil = f.targetTerminatedOn ? addYears(f.targetTerminatedOn, RETENTION_MINIMUM_YEARS) : null;
  const ruleUntil = longestRule ? fromFloor(f.earliest, longestRule.retentionYears) : null;

  // Candidates in order of preference when two end on the same day: the rule, the lifetime, the floor.
  const candidates: { basis: RetentionBasis; until: string | null }[] = [];
  if (ruleUntil) candidates.push({ basis: 'ITEM_RULE', until: ruleUntil });
  if (lifetimeApplies) candidates.push({ basis: 'TARGET_LIFETIME', until: lifetimeUntil });
  candidates.push({ basis: 'MINIMUM', until: f.earliest });
  const best = candidates.reduce((a, b) => (later(b.until, a.until) ? b : a));

  const floorText = `至少保存至 ${f.earliest}`;
  let description: string;
  if (best.basis === 'ITEM_RULE' && longestRule) {
    description = `按检查事项「${longestRule.name}」的规定保存 ${longestRule.retentionYears} 年（保存至 ${best.until}）`;
  } else if (best.basis === 'TARGET_LIFETIME') {
    description = best.until
      ? `检查对象已于 ${f.targetTerminatedOn} 注销，保存至注销后两年（${best.until}），且不少于两年（${floorText}）`
      : `检查对象存续期间及其注销后两年，且不少于两年（${floorText}）`;
  } else {
    description =
      `保存期限不少于两年，自最后一份检查文书形成之日起算（保存至 ${f.earliest}）` +
      (lifetimeApplies && f.targetTerminatedOn
        ? `；检查对象已于 ${f.targetTerminatedOn} 注销，注销后两年早于此日`
        : '');
  }
  return { basis: best.basis, until: best.until, earliest: f.earliest, description };
}

/** null (open-ended) is later than any day. */
function later(a: string | null, b: string | null): boolean {
  if (a === b) return false;
  return a === null || (b !== null && a > b);
}

/**
 * floor + (years − 2). The floor of a file started on 29 February is 28 February; when the end
 * year is a leap year the 29th is taken, so a rule never ends a day early.
 */
function fromFloor(floor: string, years: number): string {
  const until = addYears(floor, years - RETENTION_MINIMUM_YEARS);
  const year = Number(until.slice(0, 4));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap && until.endsWith('-02-28') ? `${until.slice(0, 4)}-02-29` : until;
}
