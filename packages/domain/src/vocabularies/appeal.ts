/** Appeals and complaints (issue 14, R49, R57): what a member of the public files about a published record. */
export const APPEAL_KINDS = ['OBJECTION', 'COMPLAINT'] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number];
export const APPEAL_KIND_LABELS: Record<AppealKind, string> = { OBJECTION: '异议', COMPLAINT: '投诉' };

/** Filed → in handling (督察 accepted it) → answered: upheld or rejected. */
export const APPEAL_STATUSES = ['FILED', 'IN_HANDLING', 'UPHELD', 'REJECTED'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_STATUS_LABELS: Record<AppealStatus, string> = {
  FILED: '已受理登记',
  IN_HANDLING: '办理中',
  UPHELD: '成立',
  REJECTED: '不成立',
};

export const APPEAL_DECISIONS = ['UPHELD', 'REJECTED'] as const;
export type AppealDecision = (typeof APPEAL_DECISIONS)[number];

/** Working days 督察 has to answer when the bureau sets nothing (bureau_setting.appeal_answer_days). */
export const DEFAULT_APPEAL_ANSWER_DAYS = 15;
/** Attachments of one appeal: how many, and the size of each (images or PDF, type by content). */
export const APPEAL_MAX_ATTACHMENTS = 5;
export const APPEAL_ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

const PHONE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

/** A phone (mobile or landline) or an e-mail address, normalised; null when it is neither. */
export function appealContactOf(raw: string): string | null {
  const s = raw.trim();
  const digits = s.replace(/[\s-]/g, '');
  if (PHONE.test(digits)) return digits;
  if (LANDLINE.test(s.replace(/\s/g, ''))) return s.replace(/\s/g, '');
  if (s.length <= 100 && EMAIL.test(s)) return s.toLowerCase();
  return null;
}
