// The data file chinese-days publishes beside its code (documented in its README as the JSON
// of every year it knows): { holidays, workdays, inLieuDays }, each date → "English,中文,n".
import chineseDaysData from 'chinese-days/dist/chinese-days.json';
import type { ScheduleDay, YearSchedule } from './holiday-schedule';

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

function chineseName(label: string): string {
  return label.split(',')[1]?.trim() || label;
}

/**
 * The official schedules chinese-days knows, one per year, read from its data (not a constant):
 * a year is known when the library lists days off in it. Days are grouped by their calendar year
 * (a make-up Saturday of late December counts in December's year). Plain data, no I/O at call time.
 */
export function libraryYearSchedules(data: ChineseDaysData = chineseDaysData): YearSchedule[] {
  const byYear = new Map<number, ScheduleDay[]>();
  const add = (date: string, kind: ScheduleDay['kind'], label: string) => {
    const year = Number(date.slice(0, 4));
    let days = byYear.get(year);
    if (!days) byYear.set(year, (days = []));
    days.push({ date, kind, name: chineseName(label) });
  };
  for (const [date, label] of Object.entries(data.holidays)) add(date, 'holiday', label);
  for (const [date, label] of Object.entries(data.workdays)) add(date, 'workday', label);
  return [...byYear.entries()]
    .filter(([, days]) => days.some((d) => d.kind === 'holiday'))
    .sort(([a], [b]) => a - b)
    .map(([year, days]) => ({ year, days: days.sort((a, b) => (a.date < b.date ? -1 : 1)) }));
}
