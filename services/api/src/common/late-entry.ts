import { DomainError, LATE_ENTRY_REASON_MIN } from '@dsr/domain';
import { hasRole, type RequestContext } from '../context';

/** What the audit entry keeps when an administrator entered past work (`after.lateEntry`). */
// A type, not an interface: it goes into the audit entry as JSON.
export type LateEntry = {
  reason: string;
  /** The rule set aside, e.g. ROUND_ENDED. */
  rule: string;
};

/**
 * Issue 10 §4: a date rule's refusal stands unless an administrator enters past work with a
 * reason. `refusal` is null when the rule holds (the reason is then not needed and not kept).
 * Decided here, in one place, for rounds, draws, schedules and records.
 */
export function allowLateEntry(
  ctx: RequestContext,
  refusal: DomainError | null,
  reason: string | null | undefined,
): LateEntry | null {
  if (!refusal) return null;
  const given = reason?.trim() ?? '';
  if (!given) throw refusal;
  if (!hasRole(ctx, 'ADMIN')) {
    throw new DomainError(
      'LATE_ENTRY_ADMIN_ONLY',
      `只有单位管理员可以补录过去的工作（补录理由）：${refusal.message}`,
      'lateEntryReason',
      { rule: refusal.code },
    );
  }
  if (given.length < LATE_ENTRY_REASON_MIN) {
    throw new DomainError(
      'LATE_ENTRY_REASON_REQUIRED',
      `请写明补录理由（至少 ${LATE_ENTRY_REASON_MIN} 个字）`,
      'lateEntryReason',
      { rule: refusal.code },
    );
  }
  return { reason: given, rule: refusal.code };
}
