import { DomainError } from './errors';
import { parseIsoDate } from './dates';
import { weekdayOf, type ScheduleDay, type YearSchedule } from './holiday-schedule';
import { libraryYearSchedules } from './library-schedule';

/**
 * Chinese working days (R32 confirm within 1 working day, R39 report within 3 and results
 * within 5, R47 publication within 20 and 7): Monday to Friday, minus the official days off,
 * plus the make-up working Saturdays and Sundays (调休上班).
 *
 * Where the schedule of a year is not known (chinese-days does not have it and no administrator
 * loaded it), its days are counted as Monday to Friday and every answer that touched such a day
 * says so: `estimated: true` and the years in `unknownYears`. Never a silent guess.
 */

/** Where a year's schedule comes from. */
export type YearSource = 'library' | 'loaded' | 'unknown';

/** What every answer carries: whether a year without a known schedule was involved. */
export interface CalendarCertainty {
  /** True when a day of an unknown year was counted as if Monday to Friday were the working days. */
  estimated: boolean;
  /** Those years, ascending (empty when not estimated). */
  unknownYears: number[];
}

export type DayType = 'weekday' | 'weekend' | 'holiday' | 'makeup-workday';

export interface WorkingDayAnswer extends CalendarCertainty {
  date: string;
  working: boolean;
  /** weekday / weekend by the week; holiday (放假) / makeup-workday (调休上班) by the schedule. */
  type: DayType;
  /** The festival of a holiday or make-up day, e.g. 春节; null otherwise. */
  name: string | null;
}

export interface DeadlineAnswer extends CalendarCertainty {
  date: string;
}

export interface WorkingDayCount extends CalendarCertainty {
  count: number;
}

export interface EffectiveYearSchedule {
  year: number;
  source: YearSource;
  /** The days of that year's notice (loaded: as loaded; library: the library's days of that year; unknown: none). */
  days: ScheduleDay[];
}

const DAY_MS = 86_400_000;
/** How far one call may step: bounds the work of a request (about 40 working years). */
export const MAX_WORKING_DAYS_STEP = 10_000;
/** How long a span workingDaysBetween counts (100 years of days). */
export const MAX_COUNTED_SPAN_DAYS = 36_525;

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
/** The days the calendar answers for: 1900 to 2199 (a step may end up to MAX_WORKING_DAYS_STEP later). */
export const CALENDAR_YEAR_MIN = 1900;
export const CALENDAR_YEAR_MAX = 2199;

function calendarDay(value: string, field: string): number {
  const iso = parseIsoDate(value, field);
  const year = Number(iso.slice(0, 4));
  if (year < CALENDAR_YEAR_MIN || year > CALENDAR_YEAR_MAX) {
    throw new DomainError(
      'DATE_OUT_OF_RANGE',
      `日期 ${iso} 超出日历范围（${CALENDAR_YEAR_MIN}—${CALENDAR_YEAR_MAX} 年）`,
      field,
      { date: iso },
    );
  }
  return dayNumber(iso);
}
const isoOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const yearOf = (n: number) => new Date(n * DAY_MS).getUTCFullYear();

export class WorkingDayCalendar {
  private readonly sources = new Map<number, YearSource>();
  private readonly notices = new Map<number, ScheduleDay[]>();
  /** date → the day as the calendar uses it (later notices and loaded years take precedence). */
  private readonly explicit = new Map<string, ScheduleDay>();

  /**
   * `library`: the schedules a library knows; `loaded`: what administrators loaded. A loaded year
   * replaces the library's days of that year entirely; where two notices name the same date (the
   * notice for Y moving a day of December Y-1), the later year's notice wins.
   */
  constructor(library: readonly YearSchedule[], loaded: readonly YearSchedule[] = []) {
    const loadedYears = new Set(loaded.map((s) => s.year));
    for (const s of library) {
      if (loadedYears.has(s.year)) continue;
      this.sources.set(s.year, 'library');
      this.notices.set(s.year, s.days);
      for (const d of s.days) this.explicit.set(d.date, d);
    }
    for (const s of [...loaded].sort((a, b) => a.year - b.year)) {
      this.sources.set(s.year, 'loaded');
      this.notices.set(s.year, s.days);
      for (const d of s.days) this.explicit.set(d.date, d);
    }
  }

  /** Where the schedule of `year` comes from. */
  yearSource(year: number): YearSource {
    return this.sources.get(year) ?? 'unknown';
  }

  /** Every year whose schedule is known (library or loaded), ascending. */
  knownYears(): number[] {
    return [...this.sources.keys()].sort((a, b) => a - b);
  }

  /** The schedule of a year as the calendar uses it, and where it comes from. */
  schedule(year: number): EffectiveYearSchedule {
    if (!Number.isInteger(year) || year < CALENDAR_YEAR_MIN || year > CALENDAR_YEAR_MAX) {
      throw new DomainError(
        'INVALID_YEAR',
        `年份应为 ${CALENDAR_YEAR_MIN} 至 ${CALENDAR_YEAR_MAX} 之间的整数`,
        'year',
        { year },
      );
    }
    const source = this.yearSource(year);
    return { year, source, days: [...(this.notices.get(year) ?? [])] };
  }

  /** Whether `date` is a working day, why, and whether that is an estimate. */
  isWorkingDay(date: string, field = 'date'): WorkingDayAnswer {
    const day = calendarDay(date, field);
    const unknown = new Set<number>();
    const { working, type, name } = this.classify(day, unknown);
    return { date: isoOf(day), working, type, name, ...certainty(unknown) };
  }

  /**
   * The deadline `n` working days after `start`. The start day itself is never counted (期间开始之日
   * 不计算在期间内): with n ≥ 1 the answer is the n-th working day strictly after `start`, so a check
   * ending on Friday 2025-01-24 with "3 working days" is due Tuesday 2025-02-... — see the tests.
   * n = 0 gives `start` when it is a working day, otherwise the next working day (a deadline on a
   * day off moves to the next working day). n < 0 counts backwards: the |n|-th working day
   * strictly before `start`. The answer is always a working day.
   */
  addWorkingDays(start: string, n: number, field = 'start'): DeadlineAnswer {
    const from = calendarDay(start, field);
    if (!Number.isInteger(n) || Math.abs(n) > MAX_WORKING_DAYS_STEP) {
      throw new DomainError(
        'INVALID_WORKING_DAYS',
        `工作日数应为绝对值不超过 ${MAX_WORKING_DAYS_STEP} 的整数`,
        'workingDays',
        { value: n },
      );
    }
    const unknown = new Set<number>();
    let day = from;
    if (n === 0) {
      while (!this.classify(day, unknown).working) day++;
    } else {
      const step = n > 0 ? 1 : -1;
      for (let left = Math.abs(n); left > 0;) {
        day += step;
        if (this.classify(day, unknown).working) left--;
      }
    }
    return { date: isoOf(day), ...certainty(unknown) };
  }

  /**
   * Working days from `from` to `to`: the day `from` is not counted, the day `to` is. Forwards
   * (to ≥ from) the count of working days in (from, to]; backwards (to < from) minus the count in
   * [to, from). So workingDaysBetween(s, addWorkingDays(s, n).date).count === n for every n ≠ 0,
   * and "more than 3 working days since the check ended on E" is workingDaysBetween(E, today) > 3.
   */
  workingDaysBetween(from: string, to: string): WorkingDayCount {
    const a = calendarDay(from, 'from');
    const b = calendarDay(to, 'to');
    if (Math.abs(b - a) > MAX_COUNTED_SPAN_DAYS) {
      throw new DomainError('DATE_RANGE_TOO_LONG', '起止日期相隔不能超过 100 年', 'to', { from, to });
    }
    const unknown = new Set<number>();
    let count = 0;
    const [lo, hi, sign] = b >= a ? [a + 1, b, 1] : [b, a - 1, -1];
    for (let day = lo; day <= hi; day++) if (this.classify(day, unknown).working) count++;
    return { count: sign * count, ...certainty(unknown) };
  }

  private classify(day: number, unknown: Set<number>): { working: boolean; type: DayType; name: string | null } {
    const year = yearOf(day);
    if (!this.sources.has(year)) unknown.add(year);
    const iso = isoOf(day);
    const entry = this.explicit.get(iso);
    if (entry)
      return entry.kind === 'holiday'
        ? { working: false, type: 'holiday', name: entry.name }
        : { working: true, type: 'makeup-workday', name: entry.name };
    const weekday = weekdayOf(iso);
    return weekday === 0 || weekday === 6
      ? { working: false, type: 'weekend', name: null }
      : { working: true, type: 'weekday', name: null };
  }
}

function certainty(unknown: Set<number>): CalendarCertainty {
  const unknownYears = [...unknown].sort((a, b) => a - b);
  return { estimated: unknownYears.length > 0, unknownYears };
}

/** The sentence to show beside an estimated answer, or null when the answer is certain. */
export function calendarEstimateNote(answer: CalendarCertainty): string | null {
  if (!answer.estimated) return null;
  return `${answer.unknownYears.map((y) => `${y} 年`).join('、')}的节假日安排未知（尚未公布或未导入），按周一至周五为工作日估算`;
}

let libraryCache: YearSchedule[] | null = null;

/** The calendar of the official schedules chinese-days knows, with the years administrators loaded. */
export function workingDayCalendar(loaded: readonly YearSchedule[] = []): WorkingDayCalendar {
  libraryCache ??= libraryYearSchedules();
  return new WorkingDayCalendar(libraryCache, loaded);
}
