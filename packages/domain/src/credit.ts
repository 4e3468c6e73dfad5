/**
 * Credit lists (R50, R51): 经营异常名录, 严重违法失信名单 and blacklists with restrictions (抚顺's
 * 网吧 rules: 上网行为限制、行业禁入). An entry is opened by the bureau that decides it, on a finding
 * (an inspection's report or a penalty decision), and closed by removal (移出) or credit repair
 * (信用修复): state changes, never deletes. How an open entry weighs in the draw: risk.ts.
 */
import { DomainError } from './errors';
import { parseIsoDate } from './dates';

export const CREDIT_LISTS = ['ABNORMAL_OPERATION', 'SERIOUS_DISHONESTY', 'BLACKLIST'] as const;
export type CreditList = (typeof CREDIT_LISTS)[number];

export const CREDIT_LIST_NAMES: Readonly<Record<CreditList, string>> = Object.freeze({
  ABNORMAL_OPERATION: '经营异常名录',
  SERIOUS_DISHONESTY: '严重违法失信名单',
  BLACKLIST: '黑名单',
});

/** LISTED is open; REMOVED (移出) and REPAIRED (信用修复) are closed for good. */
export const CREDIT_ENTRY_STATES = ['LISTED', 'REMOVED', 'REPAIRED'] as const;
export type CreditEntryState = (typeof CREDIT_ENTRY_STATES)[number];

/** The finding an entry rests on: an approved inspection report, or a penalty decision after a notice. */
export const CREDIT_CAUSE_KINDS = ['INSPECTION', 'PENALTY'] as const;
export type CreditCauseKind = (typeof CREDIT_CAUSE_KINDS)[number];

export const CREDIT_REASON_MAX = 500;
export const CREDIT_RESTRICTION_MAX = 200;
export const CREDIT_RESTRICTIONS_MAX = 20;

export interface CreditListing {
  list: CreditList;
  reason: string;
  listedOn: string;
  restrictions: readonly string[];
}

function requiredReason(value: string | null | undefined, field: string, what: string): string {
  const reason = (value ?? '').trim();
  if (!reason) throw new DomainError('CREDIT_REASON_REQUIRED', `${what}不能为空`, field);
  if (reason.length > CREDIT_REASON_MAX) {
    throw new DomainError('CREDIT_REASON_TOO_LONG', `${what}不能超过 ${CREDIT_REASON_MAX} 字`, field);
  }
  return reason;
}

function pastDay(value: string, today: string, field: string, what: string): string {
  const day = parseIsoDate(value, field);
  if (day > today) throw new DomainError('CREDIT_DATE_IN_FUTURE', `${what}不能晚于今天（${today}）`, field);
  return day;
}

/**
 * R50: a listing as it may be written: a reason, a day not after today, and restrictions exactly
 * when the list is a blacklist (each a short text, at most 20). Returns it trimmed.
 */
export function checkCreditListing(input: CreditListing, today: string): CreditListing {
  if (!CREDIT_LISTS.includes(input.list)) {
    throw new DomainError('INVALID_CREDIT_LIST', `未知的信用名单：${input.list}`, 'list');
  }
  const reason = requiredReason(input.reason, 'reason', '列入原因');
  const listedOn = pastDay(input.listedOn, today, 'listedOn', '列入日期');
  const restrictions = input.restrictions.map((r) => r.trim()).filter((r) => r.length > 0);
  if (input.list === 'BLACKLIST') {
    if (!restrictions.length) {
      throw new DomainError(
        'CREDIT_RESTRICTIONS_REQUIRED',
        '列入黑名单须写明限制措施（如上网行为限制、行业禁入）',
        'restrictions',
      );
    }
    if (restrictions.length > CREDIT_RESTRICTIONS_MAX || restrictions.some((r) => r.length > CREDIT_RESTRICTION_MAX)) {
      throw new DomainError(
        'CREDIT_RESTRICTIONS_TOO_LONG',
        `限制措施至多 ${CREDIT_RESTRICTIONS_MAX} 项，每项不超过 ${CREDIT_RESTRICTION_MAX} 字`,
        'restrictions',
      );
    }
  } else if (restrictions.length) {
    throw new DomainError('CREDIT_RESTRICTIONS_NOT_ALLOWED', '只有黑名单可以写限制措施', 'restrictions');
  }
  return { list: input.list, reason, listedOn, restrictions };
}

export interface CreditClosing {
  reason: string;
  closedOn: string;
}

/**
 * R50: closing an open entry (移出 or 信用修复): only a LISTED entry, with a reason, on a day
 * between its listing day and today. Returns the closing trimmed.
 */
export function checkCreditClosing(
  entry: { state: CreditEntryState; listedOn: string; removedOn: string | null },
  input: CreditClosing,
  today: string,
): CreditClosing {
  if (entry.state !== 'LISTED') {
    const how = entry.state === 'REPAIRED' ? '信用修复' : '移出';
    throw new DomainError(
      'CREDIT_ENTRY_CLOSED',
      `该名单条目已于 ${entry.removedOn ?? ''} ${how}，不能再次移出或修复`,
      'entryId',
    );
  }
  const reason = requiredReason(input.reason, 'reason', '移出原因');
  const closedOn = pastDay(input.closedOn, today, 'removedOn', '移出日期');
  if (closedOn < entry.listedOn) {
    throw new DomainError('CREDIT_DATE_BEFORE_LISTING', `移出日期不能早于列入日期（${entry.listedOn}）`, 'removedOn');
  }
  return { reason, closedOn };
}

/** An entry applies from its listing day up to, not including, its removal day. */
export function creditEntryInForce(entry: { listedOn: string; removedOn: string | null }, onDate: string): boolean {
  return entry.listedOn <= onDate && (entry.removedOn == null || onDate < entry.removedOn);
}

/** What publishing an entry needs of it, its target and its bureau. */
export interface CreditEntryFacts {
  list: CreditList;
  state: CreditEntryState;
  reason: string;
  listedOn: string;
  restrictions: readonly string[];
  causeDocumentNo: string | null;
  removalReason: string | null;
  removedOn: string | null;
  target: { name: string; holderKind: 'ORGANISATION' | 'PERSON'; uscc: string | null };
  bureauName: string;
}

/** The public fields of an entry, in the order they are shown (stable names: open data reads them). */
export interface PublicCreditEntry {
  名称: string;
  主体类别: '单位' | '个人';
  统一社会信用代码: string | null;
  名单: string;
  列入原因: string;
  列入依据: string | null;
  列入日期: string;
  决定机关: string;
  限制措施: string[];
  状态: '列入' | '已移出' | '已信用修复';
  移出原因: string | null;
  移出日期: string | null;
  移出决定机关: string | null;
}

const STATE_NAMES: Readonly<Record<CreditEntryState, PublicCreditEntry['状态']>> = {
  LISTED: '列入',
  REMOVED: '已移出',
  REPAIRED: '已信用修复',
};

/**
 * R50 (publication, R46): an entry as the public may read it. Never an internal id, the person who
 * wrote it nor a natural person's ID number: a person without a credit code shows none; masking a
 * person's name is the publication's table, applied when the document is frozen.
 */
export function publicCreditEntry(e: CreditEntryFacts): PublicCreditEntry {
  const closed = e.state !== 'LISTED';
  return {
    名称: e.target.name,
    主体类别: e.target.holderKind === 'ORGANISATION' ? '单位' : '个人',
    统一社会信用代码: e.target.uscc,
    名单: CREDIT_LIST_NAMES[e.list],
    列入原因: e.reason,
    列入依据: e.causeDocumentNo,
    列入日期: e.listedOn,
    决定机关: e.bureauName,
    限制措施: e.list === 'BLACKLIST' ? [...e.restrictions] : [],
    状态: STATE_NAMES[e.state],
    移出原因: closed ? e.removalReason : null,
    移出日期: closed ? e.removedOn : null,
    移出决定机关: closed ? e.bureauName : null,
  };
}
