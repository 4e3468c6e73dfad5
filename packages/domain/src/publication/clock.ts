import { hash } from 'node:crypto';
import { canonicalJson } from '../canonical-json';
import type { WorkingDayCalendar } from '../working-day-calendar';
import type { PublicationKind } from '../vocabularies/publication';

/**
 * R47: results within 20 working days of the end of the check, penalty results within 7 working
 * days of the decision (bureau settings, these defaults); a revoked decision withdrawn within 5.
 */
export const DEFAULT_RESULT_PUBLICATION_DAYS = 20;
export const DEFAULT_PENALTY_PUBLICATION_DAYS = 7;
export const REVOKED_DECISION_WITHDRAWAL_DAYS = 5;

export interface PublicationClockSettings {
  resultDays: number;
  penaltyDays: number;
}

/** The kinds with a clock; others are published when the bureau chooses. */
export function clockDaysOf(kind: PublicationKind, settings: PublicationClockSettings): number | null {
  if (kind === 'INSPECTION_RESULT') return settings.resultDays;
  if (kind === 'PENALTY_RESULT') return settings.penaltyDays;
  return null;
}

/**
 * The last day to publish: `days` working days after the event (the event's day not counted),
 * with the holiday schedule of the calendar; null for a kind without a clock.
 */
export function publicationDueDate(
  calendar: WorkingDayCalendar,
  kind: PublicationKind,
  eventDate: string,
  settings: PublicationClockSettings,
): string | null {
  const days = clockDaysOf(kind, settings);
  return days === null ? null : calendar.addWorkingDays(eventDate, days, 'eventDate').date;
}

/** Late: still unpublished after its last day (China day `today`). */
export function isOverdue(dueDate: string | null, today: string): boolean {
  return dueDate !== null && today > dueDate;
}

/** The SHA-256 (hex) of a frozen document's canonical JSON: what the public can check it against. */
export function documentSha256(document: unknown): string {
  return hash('sha256', canonicalJson(document), 'hex');
}
