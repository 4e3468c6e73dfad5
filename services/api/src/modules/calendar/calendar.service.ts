import type { EntityManager } from '@mikro-orm/postgresql';
import { HolidayScheduleDay } from '@dsr/db';
import {
  validateYearSchedule,
  workingDayCalendar,
  type JsonValue,
  type ScheduleDay,
  type WorkingDayCalendar,
  type YearSchedule,
} from '@dsr/domain';
import type { RequestContext } from '../../context';
import { recordAudit } from '../audit/audit.service';
import { signedIn } from '../../common/principal';
import { executeBound } from '../../common/bound-sql';
import { requireRootAdmin } from './calendar.access';
import type { LoadHolidayScheduleInput } from './calendar.types';

interface CalendarState {
  calendar: WorkingDayCalendar;
  loadedAt: Map<number, Date>;
}

// One read of the loaded years per request (EntityManager fork), however many deadlines it computes.
const states = new WeakMap<EntityManager, Promise<CalendarState>>();

async function readState(em: EntityManager): Promise<CalendarState> {
  const rows = await em.find(HolidayScheduleDay, { supersededAt: null }, { orderBy: { year: 'asc', date: 'asc' } });
  const byYear = new Map<number, ScheduleDay[]>();
  const loadedAt = new Map<number, Date>();
  for (const r of rows) {
    const days = byYear.get(r.year) ?? [];
    days.push({ date: r.date, kind: r.kind, name: r.name });
    byYear.set(r.year, days);
    const at = loadedAt.get(r.year);
    if (!at || r.loadedAt > at) loadedAt.set(r.year, r.loadedAt);
  }
  const loaded: YearSchedule[] = [...byYear].map(([year, days]) => ({ year, days }));
  return { calendar: workingDayCalendar(loaded), loadedAt };
}

function stateFor(em: EntityManager): Promise<CalendarState> {
  let state = states.get(em);
  if (!state) {
    state = readState(em);
    states.set(em, state);
    state.catch(() => states.delete(em));
  }
  return state;
}

/**
 * The working-day calendar as this request sees it: chinese-days' schedules plus the years
 * administrators loaded (a loaded year replaces the library's). For deadlines (R32, R39, R47):
 * `(await calendarFor(ctx.em)).addWorkingDays(end, 3)` → { date, estimated, unknownYears }.
 */
export async function calendarFor(em: EntityManager): Promise<WorkingDayCalendar> {
  return (await stateFor(em)).calendar;
}

function snapshot(days: readonly ScheduleDay[]): JsonValue {
  return days.map((d) => ({ date: d.date, kind: d.kind, name: d.name }));
}

/** Holiday schedules: everybody signed in reads; an administrator of a root bureau loads a year. */
export class CalendarService {
  calendarFor(em: EntityManager): Promise<WorkingDayCalendar> {
    return calendarFor(em);
  }

  async holidaySchedule(ctx: RequestContext, year: number) {
    const { calendar, loadedAt } = await stateFor(ctx.em);
    const s = calendar.schedule(year);
    return { ...s, loadedAt: s.source === 'loaded' ? (loadedAt.get(year) ?? null) : null };
  }

  /**
   * Replaces the schedule of one year (all or nothing). The audit entry comes first: the SQL
   * function that writes the rows refuses unless the caller's chain ends with this load.
   */
  async loadHolidaySchedule(ctx: RequestContext, input: LoadHolidayScheduleInput) {
    await requireRootAdmin(ctx);
    const schedule = validateYearSchedule({ year: input.year, days: input.days });
    const before = (await calendarFor(ctx.em)).schedule(schedule.year);
    await recordAudit(ctx, {
      operation: 'LOAD_HOLIDAY_SCHEDULE',
      objectType: 'HolidaySchedule',
      objectId: String(schedule.year),
      before: { source: before.source, days: snapshot(before.days) },
      after: { source: 'loaded', days: snapshot(schedule.days) },
    });
    await executeBound(ctx, 'select app_private.replace_holiday_schedule(?, ?, ?::jsonb) as n', [
      signedIn(ctx).sessionId,
      schedule.year,
      JSON.stringify(schedule.days),
    ]);
    states.delete(ctx.em);
    return this.holidaySchedule(ctx, schedule.year);
  }
}
