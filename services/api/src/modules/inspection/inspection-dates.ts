import {
  DomainError,
  chinaDay,
  checkOutsideWindowRefusal,
  reportLateness,
  scheduleInPastRefusal,
  type ReportLateness,
} from '@dsr/domain';
import type { Inspection, InspectionRecord } from '@dsr/db';
import type { RequestContext } from '../../context';
import { allowLateEntry, type LateEntry } from '../../common/late-entry';
import { calendarFor } from '../calendar/calendar.service';

/** How far ahead of the server's clock a device's "now" may be (clock skew). */
const CLOCK_SKEW_MS = 5 * 60_000;

/** R35: the visit's day lies in the window (always) and is not in the past (unless an administrator enters past work). */
export function checkScheduleDate(
  ctx: RequestContext,
  inspection: Inspection,
  date: string,
  reason?: string | null,
): LateEntry | null {
  if (date < inspection.windowStart || date > inspection.windowEnd) {
    throw new DomainError(
      'DATE_OUTSIDE_WINDOW',
      `检查日期须在检查时段内（${inspection.windowStart} 至 ${inspection.windowEnd}）`,
      'date',
    );
  }
  return allowLateEntry(ctx, scheduleInPastRefusal(date, chinaDay(new Date()), 'date'), reason);
}

/**
 * R36: a check is never recorded in the future; its days (China) lie inside the inspection's
 * window, unless an administrator enters past work with a reason.
 */
export function checkRecordDates(
  ctx: RequestContext,
  inspection: Inspection,
  from: Date,
  to: Date,
  reason?: string | null,
  corrected?: InspectionRecord | null,
): LateEntry | null {
  if (to <= from) throw new DomainError('TIME_INVALID', '检查结束时间须晚于开始时间', 'checkedTo');
  if (to.getTime() > Date.now() + CLOCK_SKEW_MS)
    throw new DomainError('TIME_IN_FUTURE', '检查结束时间不能晚于现在', 'checkedTo');
  // A correction that keeps the times already accepted (perhaps entered late by an administrator) is not judged again.
  if (corrected && corrected.checkedFrom.getTime() === from.getTime() && corrected.checkedTo.getTime() === to.getTime())
    return null;
  const outside = checkOutsideWindowRefusal(chinaDay(from), chinaDay(to), {
    start: inspection.windowStart,
    end: inspection.windowEnd,
  });
  return allowLateEntry(ctx, outside, reason);
}

/** R39: whether the report comes after its due day, in working days; fixed at submission. */
export async function lateness(
  ctx: RequestContext,
  inspection: Inspection,
  submittedAt: Date,
): Promise<ReportLateness> {
  if (!inspection.reportDue || chinaDay(submittedAt) <= inspection.reportDue)
    return { late: false, workingDaysLate: null };
  return reportLateness(inspection.reportDue, chinaDay(submittedAt), await calendarFor(ctx.em));
}
