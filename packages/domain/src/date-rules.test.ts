import { describe, expect, it } from 'vitest';
import { workingDayCalendar } from './working-day-calendar';
import { checkOutsideWindowRefusal, reportLateness, roundEndedRefusal, scheduleInPastRefusal } from './date-rules';

const cal = workingDayCalendar();

describe('date rules (issue 10 §4)', () => {
  it('R39: a report due 2026-09-30 is late by working days only, across the National Day holiday (10-01…10-07 off, 10-10 worked)', () => {
    expect(reportLateness('2026-09-30', '2026-09-30', cal)).toEqual({ late: false, workingDaysLate: null });
    expect(reportLateness('2026-09-30', '2026-10-07', cal)).toEqual({ late: true, workingDaysLate: 0 }); // eight calendar days, no working day lost
    expect(reportLateness('2026-09-30', '2026-10-08', cal)).toEqual({ late: true, workingDaysLate: 1 });
    expect(reportLateness('2026-09-30', '2026-10-10', cal)).toEqual({ late: true, workingDaysLate: 3 }); // the make-up Saturday counts
    expect(reportLateness('2026-09-30', '2026-10-11', cal)).toEqual({ late: true, workingDaysLate: 3 });
    expect(reportLateness(null, '2026-10-11', cal)).toEqual({ late: false, workingDaysLate: null });
  });

  it('R26/R32/R35/R36: each refusal names its code and field; the last day of a round or window is still allowed', () => {
    expect(roundEndedRefusal('2026-12-03', '2026-12-03', 'windowEnd')).toBeNull();
    expect(roundEndedRefusal('2026-12-02', '2026-12-03', 'windowEnd')).toMatchObject({
      code: 'ROUND_ENDED',
      field: 'windowEnd',
    });
    expect(scheduleInPastRefusal('2026-12-03', '2026-12-03', 'date')).toBeNull();
    expect(scheduleInPastRefusal('2026-12-02', '2026-12-03', 'date')).toMatchObject({
      code: 'SCHEDULE_DATE_IN_PAST',
      field: 'date',
    });
    const window = { start: '2026-09-24', end: '2026-09-30' };
    expect(checkOutsideWindowRefusal('2026-09-24', '2026-09-30', window)).toBeNull();
    expect(checkOutsideWindowRefusal('2026-09-23', '2026-09-24', window)).toMatchObject({
      code: 'CHECK_DATE_OUTSIDE_WINDOW',
      field: 'checkedFrom',
    });
    const after = checkOutsideWindowRefusal('2026-09-30', '2026-10-01', window)!;
    expect(after).toMatchObject({ code: 'CHECK_DATE_OUTSIDE_WINDOW', field: 'checkedTo' });
    expect(after.message).toContain('检查结束时间');
  });
});
