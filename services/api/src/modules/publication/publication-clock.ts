import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { publicationDueDate } from '@dsr/domain';
import type { CalendarService } from '../calendar/calendar.service';
import type { ScheduledTaskSpec } from '../jobs/job-handler';
import { clockCandidates, openClocks } from './publication.queries';

/** How many objects one run opens clocks for, at most (the next run takes the rest). */
const CLOCK_BATCH = 2000;

/**
 * R47's keeper: every finished inspection and every penalty decision gets its pending publication
 * with its due date (the bureau's days, the holiday schedule), so a publication is never late
 * unnoticed. Overdue is read against the day (due_date < today), so nothing needs marking.
 * One transaction; returns how many clocks it opened.
 */
export async function keepPublicationClocks(orm: MikroORM, calendar: CalendarService): Promise<number> {
  const em = orm.em.fork({ clear: true, useContext: false });
  return em.transactional(async (tx: EntityManager) => {
    const candidates = await clockCandidates(tx, CLOCK_BATCH);
    if (candidates.length === 0) return 0;
    const cal = await calendar.calendarFor(tx);
    const clocks = candidates.map((c) => {
      const days = { resultDays: c.days, penaltyDays: c.days };
      return { kind: c.kind, subjectId: c.subject_id, dueDate: publicationDueDate(cal, c.kind, c.event_date, days) };
    });
    return openClocks(tx, clocks);
  });
}

/** The PUBLICATION_CLOCK schedule: every few minutes (pg-boss's grain is a minute). */
export function publicationClockTask(calendar: CalendarService, cron = '*/10 * * * *'): ScheduledTaskSpec {
  return { cron, handler: ({ orm }) => keepPublicationClocks(orm, calendar) };
}
