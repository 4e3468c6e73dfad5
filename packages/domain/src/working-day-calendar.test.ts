import { describe, expect, it } from 'vitest';
import { errorOf } from './test-support';
import { calendarEstimateNote, WorkingDayCalendar, workingDayCalendar } from './working-day-calendar';
import { libraryYearSchedules } from './library-schedule';
import { validateYearSchedule, type YearSchedule } from './holiday-schedule';

const cal = workingDayCalendar();
const working = (d: string) => cal.isWorkingDay(d).working;
const add = (d: string, n: number) => cal.addWorkingDays(d, n);
/** Every day from `from` to `to`, both included. */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

describe('the library data (chinese-days)', () => {
  it('knows the years it has data for, read from the data: 2004 to 2026 in 1.5.7', () => {
    const years = libraryYearSchedules().map((s) => s.year);
    expect(years[0]).toBe(2004);
    expect(years).toContain(2025);
    expect(years).toContain(2026);
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => 2004 + i)); // no gap
    expect(cal.yearSource(2026)).toBe('library');
    expect(cal.yearSource(2031)).toBe('unknown');
    expect(cal.knownYears()).toEqual(years);
  });

  it('2026 is the State Council notice (国办发明电〔2025〕7号, 2025-11-04) day for day', () => {
    const s = cal.schedule(2026);
    const off = s.days.filter((d) => d.kind === 'holiday').map((d) => d.date);
    const on = s.days.filter((d) => d.kind === 'workday').map((d) => d.date);
    expect(off).toEqual([
      ...days('2026-01-01', '2026-01-03'),
      ...days('2026-02-15', '2026-02-23'),
      ...days('2026-04-04', '2026-04-06'),
      ...days('2026-05-01', '2026-05-05'),
      ...days('2026-06-19', '2026-06-21'),
      ...days('2026-09-25', '2026-09-27'),
      ...days('2026-10-01', '2026-10-07'),
    ]);
    expect(on).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(s.days.find((d) => d.date === '2026-02-15')!.name).toBe('春节');
  });
});

describe('R32/R39/R47 2025 Spring Festival (Jan 28 – Feb 4 off; Sun Jan 26 and Sat Feb 8 worked)', () => {
  it('the days off are not working days, and say which festival', () => {
    for (const d of days('2025-01-28', '2025-02-04'))
      expect(cal.isWorkingDay(d), d).toMatchObject({ working: false, type: 'holiday', name: '春节', estimated: false });
  });
  it('the make-up Sunday and Saturday are working days', () => {
    expect(cal.isWorkingDay('2025-01-26')).toEqual({
      date: '2025-01-26',
      working: true,
      type: 'makeup-workday',
      name: '春节',
      estimated: false,
      unknownYears: [],
    });
    expect(cal.isWorkingDay('2025-02-08')).toMatchObject({ working: true, type: 'makeup-workday' });
    expect(cal.isWorkingDay('2025-01-25')).toMatchObject({ working: false, type: 'weekend', name: null });
    expect(cal.isWorkingDay('2025-01-27')).toMatchObject({ working: true, type: 'weekday' });
  });
  it('R39: a check ending Friday 2025-01-24 has its report due Wednesday 2025-02-05 (the make-up Sunday counts)', () => {
    expect(add('2025-01-24', 1)).toEqual({ date: '2025-01-26', estimated: false, unknownYears: [] });
    expect(add('2025-01-24', 2).date).toBe('2025-01-27');
    expect(add('2025-01-24', 3).date).toBe('2025-02-05');
  });
  it('R32: a draw dispatched on Monday 2025-01-27 is confirmed by 2025-02-05', () => {
    expect(add('2025-01-27', 1).date).toBe('2025-02-05');
  });
  it('R39: results within 5 working days of a check ending 2025-02-04 (a holiday): Saturday 02-08 counts', () => {
    expect(add('2025-02-04', 4).date).toBe('2025-02-08');
    expect(add('2025-02-04', 5).date).toBe('2025-02-10');
  });
});

describe('R39/R47 2025 National Day (Oct 1–8 off; Sun Sep 28 and Sat Oct 11 worked)', () => {
  it('the week off, and both make-up days', () => {
    for (const d of days('2025-10-01', '2025-10-08')) expect(working(d), d).toBe(false);
    expect(cal.isWorkingDay('2025-09-28')).toMatchObject({ working: true, type: 'makeup-workday' });
    expect(cal.isWorkingDay('2025-10-11')).toMatchObject({ working: true, type: 'makeup-workday' });
    expect(working('2025-09-27')).toBe(false); // an ordinary Saturday
    expect(working('2025-10-12')).toBe(false); // an ordinary Sunday
  });
  it('R39: results within 5 working days of a check ending Tuesday 2025-09-30: due Tuesday 2025-10-14', () => {
    expect(days('2025-10-01', '2025-10-14').filter(working)).toEqual([
      '2025-10-09',
      '2025-10-10',
      '2025-10-11',
      '2025-10-13',
      '2025-10-14',
    ]);
    expect(add('2025-09-30', 5).date).toBe('2025-10-14');
  });
  it('R47: published within 20 working days of a check ending Friday 2025-09-26: by Thursday 2025-10-30', () => {
    expect(add('2025-09-26', 1).date).toBe('2025-09-28');
    expect(add('2025-09-26', 20).date).toBe('2025-10-30');
  });
});

describe('R39/R47 2026 Spring Festival (Feb 15–23 off; Sat Feb 14 and Sat Feb 28 worked)', () => {
  it('the nine days off and the two make-up Saturdays', () => {
    for (const d of days('2026-02-15', '2026-02-23')) expect(working(d), d).toBe(false);
    expect(cal.isWorkingDay('2026-02-14')).toMatchObject({ working: true, type: 'makeup-workday', name: '春节' });
    expect(cal.isWorkingDay('2026-02-28')).toMatchObject({ working: true, type: 'makeup-workday' });
  });
  it('R39: a check ending Friday 2026-02-13: report due Wednesday 2026-02-25, Saturday 02-14 being the first day', () => {
    expect(add('2026-02-13', 1).date).toBe('2026-02-14');
    expect(add('2026-02-13', 3).date).toBe('2026-02-25');
  });
  it('R47: penalty results within 7 working days of a decision on 2026-02-20 (a holiday): Saturday 02-28 counts', () => {
    // 24, 25, 26, 27, 28 (Sat), Mar 2, Mar 3
    expect(add('2026-02-20', 7).date).toBe('2026-03-03');
  });
});

describe('R39/R47 2026 National Day (Oct 1–7 off, Mid-Autumn Sep 25–27; Sun Sep 20 and Sat Oct 10 worked)', () => {
  it('the week off, Mid-Autumn, and both make-up days', () => {
    for (const d of [...days('2026-10-01', '2026-10-07'), ...days('2026-09-25', '2026-09-27')])
      expect(working(d), d).toBe(false);
    expect(cal.isWorkingDay('2026-09-20')).toMatchObject({ working: true, type: 'makeup-workday', name: '国庆节' });
    expect(cal.isWorkingDay('2026-10-10')).toMatchObject({ working: true, type: 'makeup-workday' });
    expect(cal.isWorkingDay('2026-09-25')).toMatchObject({ working: false, name: '中秋' });
  });
  it('R47: penalty results within 7 working days of a decision on Thursday 2026-09-24: by Monday 2026-10-12', () => {
    // 28, 29, 30, Oct 8, 9, 10 (Sat), 12
    expect(add('2026-09-24', 7)).toEqual({ date: '2026-10-12', estimated: false, unknownYears: [] });
  });
  it('R39: a check ending Saturday 2026-09-19: the make-up Sunday is the first working day', () => {
    expect(add('2026-09-19', 1).date).toBe('2026-09-20');
    expect(add('2026-09-19', 3).date).toBe('2026-09-22');
  });
});

describe('semantics', () => {
  it('n = 0 is the day itself when it is a working day, otherwise the next one (a deadline on a day off moves on)', () => {
    expect(add('2025-02-08', 0).date).toBe('2025-02-08');
    expect(add('2025-10-01', 0).date).toBe('2025-10-09');
    expect(add('2025-10-12', 0).date).toBe('2025-10-13');
  });
  it('n < 0 counts backwards: the |n|-th working day before', () => {
    expect(add('2025-10-09', -1).date).toBe('2025-09-30');
    expect(add('2025-10-09', -3).date).toBe('2025-09-28');
    expect(add('2025-10-09', -4).date).toBe('2025-09-26');
  });
  it('workingDaysBetween: the first day not counted, the last counted', () => {
    expect(cal.workingDaysBetween('2025-01-24', '2025-02-05')).toEqual({
      count: 3,
      estimated: false,
      unknownYears: [],
    });
    expect(cal.workingDaysBetween('2026-09-30', '2026-10-10').count).toBe(3);
    expect(cal.workingDaysBetween('2025-10-01', '2025-10-01').count).toBe(0);
    expect(cal.workingDaysBetween('2025-10-09', '2025-09-28').count).toBe(-3);
    expect(cal.workingDaysBetween('2025-01-01', '2025-12-31').count).toBe(248); // 2025: 365 days − 104 weekend days − 18 weekday holidays + 5 make-up days
  });
  it('workingDaysBetween(s, addWorkingDays(s, n)) is n, from every day of 2025 and 2026', () => {
    for (const s of days('2025-01-01', '2026-12-01')) {
      for (const n of [-25, -7, -3, -1, 1, 2, 3, 5, 7, 20]) {
        expect(cal.workingDaysBetween(s, add(s, n).date).count, `${s} ${n}`).toBe(n);
      }
    }
  });
  it('the answer of addWorkingDays is always a working day', () => {
    for (const s of days('2025-09-20', '2025-10-20'))
      for (const n of [-2, 0, 1, 4]) expect(working(add(s, n).date)).toBe(true);
  });
});

describe('a year nobody published yet: weekdays alone, and said so', () => {
  it('2031: Monday to Friday, marked estimated with the year', () => {
    expect(cal.isWorkingDay('2031-10-01')).toEqual({
      date: '2031-10-01',
      working: true,
      type: 'weekday',
      name: null,
      estimated: true,
      unknownYears: [2031],
    });
    expect(cal.isWorkingDay('2031-01-25')).toMatchObject({ working: false, type: 'weekend', estimated: true });
    expect(add('2031-09-30', 3)).toEqual({ date: '2031-10-03', estimated: true, unknownYears: [2031] });
    expect(cal.workingDaysBetween('2031-01-01', '2031-12-31')).toEqual({
      count: 260,
      estimated: true,
      unknownYears: [2031],
    });
  });
  it('R39: a deadline that crosses from a known year into an unknown one is marked, naming the unknown year', () => {
    expect(add('2026-12-30', 3)).toEqual({ date: '2027-01-04', estimated: true, unknownYears: [2027] });
    expect(add('2026-12-28', 2)).toEqual({ date: '2026-12-30', estimated: false, unknownYears: [] });
    expect(cal.workingDaysBetween('2026-12-01', '2028-01-03').unknownYears).toEqual([2027, 2028]);
  });
  it('the note shown beside an estimate', () => {
    expect(calendarEstimateNote(add('2026-12-30', 3))).toBe(
      '2027 年的节假日安排未知（尚未公布或未导入），按周一至周五为工作日估算',
    );
    expect(calendarEstimateNote(add('2026-12-28', 1))).toBeNull();
  });
});

describe('years an administrator loads', () => {
  const y2031: YearSchedule = validateYearSchedule({
    year: 2031,
    days: [
      ...days('2031-01-22', '2031-01-28').map((date) => ({ date, kind: 'holiday', name: '春节' })),
      { date: '2031-01-26', kind: 'workday', name: '春节' },
    ].filter((d) => !(d.date === '2031-01-26' && d.kind === 'holiday')),
  });

  it('a loaded year is known: its holidays and make-up days count, nothing is estimated', () => {
    const c = workingDayCalendar([y2031]);
    expect(c.yearSource(2031)).toBe('loaded');
    expect(c.isWorkingDay('2031-01-23')).toMatchObject({
      working: false,
      type: 'holiday',
      estimated: false,
      unknownYears: [],
    });
    expect(c.isWorkingDay('2031-01-26')).toMatchObject({ working: true, type: 'makeup-workday', estimated: false });
    expect(c.addWorkingDays('2031-01-21', 1)).toEqual({ date: '2031-01-26', estimated: false, unknownYears: [] });
    expect(c.schedule(2031)).toMatchObject({ year: 2031, source: 'loaded' });
    expect(c.schedule(2031).days).toHaveLength(7);
    // the library calendar alone still says 2031 is unknown
    expect(cal.isWorkingDay('2031-01-23')).toMatchObject({ working: true, estimated: true });
  });

  it('a loaded year replaces what the library says of that year', () => {
    const c = workingDayCalendar([
      validateYearSchedule({ year: 2026, days: [{ date: '2026-10-01', kind: 'holiday', name: '国庆节' }] }),
    ]);
    expect(c.yearSource(2026)).toBe('loaded');
    expect(c.isWorkingDay('2026-02-16')).toMatchObject({ working: true, type: 'weekday', estimated: false }); // no longer 春节
    expect(c.isWorkingDay('2026-02-14')).toMatchObject({ working: false, type: 'weekend' }); // no longer a make-up day
    expect(c.isWorkingDay('2026-10-01')).toMatchObject({ working: false, type: 'holiday' });
    expect(c.schedule(2026).days).toEqual([{ date: '2026-10-01', kind: 'holiday', name: '国庆节' }]);
    expect(c.isWorkingDay('2025-01-26').working).toBe(true); // other years untouched
  });

  it('the notice for a year may move a day of the December before, and wins over the older notice', () => {
    const y2027 = validateYearSchedule({
      year: 2027,
      days: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2026-12-26', kind: 'workday', name: '元旦' },
      ],
    });
    const c = workingDayCalendar([y2027]);
    expect(c.isWorkingDay('2026-12-26')).toMatchObject({ working: true, type: 'makeup-workday', estimated: false });
    expect(c.yearSource(2026)).toBe('library');
  });

  it('a calendar can be built from any schedules (the library is only the default)', () => {
    const c = new WorkingDayCalendar([], [y2031]);
    expect(c.knownYears()).toEqual([2031]);
    expect(c.isWorkingDay('2025-01-28')).toMatchObject({ working: true, estimated: true, unknownYears: [2025] });
  });
});

describe('bad input: a DomainError with a code and the field', () => {
  it('days that do not exist', () => {
    expect(errorOf(() => cal.isWorkingDay('2025-02-29'))).toMatchObject({ code: 'INVALID_DATE', field: 'date' });
    expect(errorOf(() => cal.addWorkingDays('2026-13-01', 1))).toMatchObject({ code: 'INVALID_DATE', field: 'start' });
    expect(errorOf(() => cal.workingDaysBetween('2026-01-01', '2026/02/01'))).toMatchObject({
      code: 'INVALID_DATE',
      field: 'to',
    });
    expect(errorOf(() => cal.isWorkingDay('2025-02-29')).message).toMatch(/不存在/);
  });
  it('counts and ranges', () => {
    expect(errorOf(() => cal.addWorkingDays('2026-01-05', 1.5))).toMatchObject({
      code: 'INVALID_WORKING_DAYS',
      field: 'workingDays',
    });
    expect(errorOf(() => cal.addWorkingDays('2026-01-05', 20_000))).toMatchObject({ code: 'INVALID_WORKING_DAYS' });
    expect(errorOf(() => cal.workingDaysBetween('1950-01-01', '2060-01-01'))).toMatchObject({
      code: 'DATE_RANGE_TOO_LONG',
    });
    expect(errorOf(() => cal.isWorkingDay('1899-12-31'))).toMatchObject({ code: 'DATE_OUT_OF_RANGE', field: 'date' });
    expect(errorOf(() => cal.schedule(1899))).toMatchObject({ code: 'INVALID_YEAR', field: 'year' });
    expect(errorOf(() => cal.schedule(2026.5))).toMatchObject({ code: 'INVALID_YEAR' });
    expect(cal.schedule(2199)).toEqual({ year: 2199, source: 'unknown', days: [] });
  });
  it('a schedule to load is checked day by day', () => {
    const ok = { date: '2031-10-01', kind: 'holiday', name: '国庆节' };
    const check = (days: { date: string; kind: string; name: string }[], year = 2031) =>
      errorOf(() => validateYearSchedule({ year, days }));
    expect(check([ok], 1999)).toMatchObject({ code: 'INVALID_YEAR', field: 'year' });
    expect(check([])).toMatchObject({ code: 'EMPTY_SCHEDULE', field: 'days' });
    expect(check([ok, { date: '2031-02-30', kind: 'holiday', name: '春节' }])).toMatchObject({
      code: 'INVALID_DATE',
      field: 'days.1.date',
    });
    expect(check([ok, { date: '2032-01-01', kind: 'holiday', name: '元旦' }])).toMatchObject({
      code: 'DATE_OUTSIDE_YEAR',
      field: 'days.1.date',
    });
    expect(check([ok, { date: '2030-11-30', kind: 'workday', name: '元旦' }])).toMatchObject({
      code: 'DATE_OUTSIDE_YEAR',
    });
    expect(check([ok, { ...ok }])).toMatchObject({ code: 'DUPLICATE_DATE', field: 'days.1.date' });
    expect(check([ok, { date: '2031-10-01', kind: 'workday', name: '国庆节' }])).toMatchObject({
      code: 'DUPLICATE_DATE',
    });
    expect(check([ok, { date: '2031-10-08', kind: 'workday', name: '国庆节' }])).toMatchObject({
      code: 'MAKEUP_DAY_NOT_WEEKEND',
      field: 'days.1.date',
    });
    expect(check([ok, { date: '2031-10-02', kind: 'off', name: '国庆节' }])).toMatchObject({
      code: 'INVALID_DAY_KIND',
      field: 'days.1.kind',
    });
    expect(check([{ ...ok, name: '  ' }])).toMatchObject({ code: 'INVALID_HOLIDAY_NAME', field: 'days.0.name' });
    expect(check([{ date: '2031-09-28', kind: 'workday', name: '国庆节' }])).toMatchObject({
      code: 'SCHEDULE_WITHOUT_HOLIDAY',
    });
  });
  it('a valid schedule comes back sorted and trimmed', () => {
    expect(
      validateYearSchedule({
        year: 2031,
        days: [
          { date: '2031-10-02', kind: 'holiday', name: ' 国庆节 ' },
          { date: '2030-12-28', kind: 'workday', name: '元旦' },
        ],
      }),
    ).toEqual({
      year: 2031,
      days: [
        { date: '2030-12-28', kind: 'workday', name: '元旦' },
        { date: '2031-10-02', kind: 'holiday', name: '国庆节' },
      ],
    });
  });
});
