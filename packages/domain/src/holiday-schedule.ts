import { DomainError } from './errors';
import { parseIsoDate } from './dates';

/**
 * One day of a year's official holiday schedule (国务院办公厅关于部分节假日安排的通知):
 * `holiday` = a day off (放假, including the weekend days inside a holiday block),
 * `workday` = a make-up working day on a Saturday or Sunday (调休上班).
 */
export type ScheduleDayKind = 'holiday' | 'workday';

export interface ScheduleDay {
  date: string; // YYYY-MM-DD
  kind: ScheduleDayKind;
  /** The festival it belongs to, e.g. 春节. */
  name: string;
}

/** The schedule published for one year (the notice for year Y may move a day of late December Y-1). */
export interface YearSchedule {
  year: number;
  days: ScheduleDay[];
}

/** Years an administrator may load: the notice for 2000 onwards, up to 2100. */
export const SCHEDULE_YEAR_MIN = 2000;
export const SCHEDULE_YEAR_MAX = 2100;
/** A year has about 30 days off and under 15 make-up days; 80 leaves room, not room for nonsense. */
export const SCHEDULE_MAX_DAYS = 80;

/** Weekday of a YYYY-MM-DD day: 0 Sunday … 6 Saturday. */
export function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

/**
 * Checks a schedule an administrator loads for `year` and returns it normalised (trimmed names,
 * sorted by date). Dates lie in that year, or in December of the year before (the notice for
 * 2019 made Saturday 2018-12-29 a working day); make-up working days fall on a Saturday or
 * Sunday; no date twice; at least one holiday.
 */
export function validateYearSchedule(input: {
  year: number;
  days: readonly { date: string; kind: string; name: string }[];
}): YearSchedule {
  const { year } = input;
  if (!Number.isInteger(year) || year < SCHEDULE_YEAR_MIN || year > SCHEDULE_YEAR_MAX) {
    throw new DomainError('INVALID_YEAR', `年份应为 ${SCHEDULE_YEAR_MIN} 至 ${SCHEDULE_YEAR_MAX} 之间的整数`, 'year', {
      year,
    });
  }
  if (input.days.length === 0) throw new DomainError('EMPTY_SCHEDULE', `${year} 年的节假日安排不能为空`, 'days');
  if (input.days.length > SCHEDULE_MAX_DAYS) {
    throw new DomainError('SCHEDULE_TOO_LONG', `一年的节假日安排不应超过 ${SCHEDULE_MAX_DAYS} 天`, 'days', {
      count: input.days.length,
    });
  }
  const seen = new Set<string>();
  const days: ScheduleDay[] = input.days.map((d, i) => {
    const field = `days.${i}`;
    const date = parseIsoDate(d.date, `${field}.date`);
    const inYear = date.startsWith(`${year}-`) || date.startsWith(`${year - 1}-12-`);
    if (!inYear) {
      throw new DomainError(
        'DATE_OUTSIDE_YEAR',
        `日期 ${date} 不属于 ${year} 年的安排（只能是该年内，或上一年 12 月的调休日）`,
        `${field}.date`,
        { date, year },
      );
    }
    if (seen.has(date)) throw new DomainError('DUPLICATE_DATE', `日期 ${date} 出现了两次`, `${field}.date`, { date });
    seen.add(date);
    if (d.kind !== 'holiday' && d.kind !== 'workday') {
      throw new DomainError('INVALID_DAY_KIND', '类型应为放假（holiday）或调休上班（workday）', `${field}.kind`, {
        kind: d.kind,
      });
    }
    const weekday = weekdayOf(date);
    if (d.kind === 'workday' && weekday !== 0 && weekday !== 6) {
      throw new DomainError('MAKEUP_DAY_NOT_WEEKEND', `调休上班日 ${date} 应为星期六或星期日`, `${field}.date`, {
        date,
      });
    }
    const name = d.name.trim();
    if (name.length < 1 || name.length > 20) {
      throw new DomainError('INVALID_HOLIDAY_NAME', '节日名称应为 1 至 20 个字', `${field}.name`);
    }
    return { date, kind: d.kind, name };
  });
  if (!days.some((d) => d.kind === 'holiday')) {
    throw new DomainError('SCHEDULE_WITHOUT_HOLIDAY', `${year} 年的安排中没有放假日`, 'days');
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { year, days };
}
