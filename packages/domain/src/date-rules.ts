import { DomainError } from './errors';
import type { WorkingDayCalendar } from './working-day-calendar';

/**
 * The date rules of planning and inspection work (issue 10 §4 "Dates"), on China days
 * (`chinaDay`, never the database's UTC current_date): a round that has ended is not added or
 * drawn (R26, R32), a visit is not scheduled in the past (R35), a check is recorded inside the
 * inspection's window and not in the future (R36). An administrator may enter past work with a
 * reason (`lateEntryReason`, audited); the future never.
 */
export const DATE_RULE_CODES = [
  'ROUND_ENDED',
  'SCHEDULE_DATE_IN_PAST',
  'CHECK_DATE_OUTSIDE_WINDOW',
  'LATE_ENTRY_ADMIN_ONLY',
  'LATE_ENTRY_REASON_REQUIRED',
] as const;
export type DateRuleCode = (typeof DATE_RULE_CODES)[number];

/** The shortest reason an administrator gives for entering past work. */
export const LATE_ENTRY_REASON_MIN = 4;

/** R26/R32: a round whose window ended before today (China) cannot be added or drawn. */
export function roundEndedRefusal(windowEnd: string, today: string, field: string): DomainError | null {
  if (windowEnd >= today) return null;
  return new DomainError(
    'ROUND_ENDED',
    `抽查轮次的结束日（${windowEnd}）早于今天（${today}）：已经结束的轮次不能再添加或抽取；补录过去的工作须由单位管理员填写补录理由`,
    field,
    { windowEnd, today },
  );
}

/** R35: a visit is scheduled for today or later. */
export function scheduleInPastRefusal(date: string, today: string, field: string): DomainError | null {
  if (date >= today) return null;
  return new DomainError(
    'SCHEDULE_DATE_IN_PAST',
    `检查日期（${date}）早于今天（${today}）；补录过去的工作须由单位管理员填写补录理由`,
    field,
    { date, today },
  );
}

/** R36: the days the check ran on (China days of its start and end) lie inside the inspection's window. */
export function checkOutsideWindowRefusal(
  checkedFromDay: string,
  checkedToDay: string,
  window: { start: string; end: string },
): DomainError | null {
  if (checkedFromDay < window.start) {
    return new DomainError(
      'CHECK_DATE_OUTSIDE_WINDOW',
      `检查开始时间（${checkedFromDay}）早于检查时段（${window.start} 至 ${window.end}）`,
      'checkedFrom',
      { checkedOn: checkedFromDay, windowStart: window.start, windowEnd: window.end },
    );
  }
  if (checkedToDay > window.end) {
    return new DomainError(
      'CHECK_DATE_OUTSIDE_WINDOW',
      `检查结束时间（${checkedToDay}）晚于检查时段（${window.start} 至 ${window.end}）`,
      'checkedTo',
      { checkedOn: checkedToDay, windowStart: window.start, windowEnd: window.end },
    );
  }
  return null;
}

export interface ReportLateness {
  late: boolean;
  /** Working days after the due day up to the day of submission; null when on time. */
  workingDaysLate: number | null;
}

/**
 * R39: a report submitted after its due day is late by the working days in (due, submitted]:
 * submitted on the Monday after a Friday deadline is 1 working day late; on the Sunday between, 0
 * (late, but no working day lost yet).
 */
export function reportLateness(due: string | null, submittedDay: string, calendar: WorkingDayCalendar): ReportLateness {
  if (!due || submittedDay <= due) return { late: false, workingDaysLate: null };
  return { late: true, workingDaysLate: calendar.workingDaysBetween(due, submittedDay).count };
}
