import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { publicationDueDate, REVOKED_DECISION_WITHDRAWAL_DAYS, type WorkingDayCalendar } from '@dsr/domain';
import { recordAuditEntries } from '../audit/audit.service';
import type { CalendarService } from '../calendar/calendar.service';
import type { ScheduledTaskSpec } from '../jobs/job-handler';
import {
  actAsBureau,
  clockCandidates,
  openClocks,
  openRuleWithdrawals,
  openWithdrawals,
  takeClockLock,
  withdrawalCandidates,
  type OpenedClock,
} from './publication.queries';
import { inOwnTransaction } from '../../common/own-transaction';

/** How many objects one run opens clocks for, at most (the next run takes the rest). */
const CLOCK_BATCH = 2000;
/** The author of the clock job's audit entries (no user: actor_user_id is null). */
export const CLOCK_ACTOR_NAME = '系统（公示时钟）';

async function resultClocks(tx: EntityManager, calendar: () => Promise<WorkingDayCalendar>): Promise<OpenedClock[]> {
  const candidates = await clockCandidates(tx, CLOCK_BATCH);
  if (candidates.length === 0) return [];
  const cal = await calendar();
  const clocks = candidates.map((c) => {
    const days = { resultDays: c.days, penaltyDays: c.days };
    return { kind: c.kind, subjectId: c.subject_id, dueDate: publicationDueDate(cal, c.kind, c.event_date, days) };
  });
  return openClocks(tx, clocks);
}

/** Issue 14: a revoked decision's published result is withdrawn within 5 working days of the revocation. */
async function withdrawalClocks(tx: EntityManager, calendar: () => Promise<WorkingDayCalendar>) {
  const candidates = await withdrawalCandidates(tx, CLOCK_BATCH);
  if (candidates.length === 0) return [];
  const cal = await calendar();
  return openWithdrawals(
    tx,
    candidates.map((c) => ({
      publishedId: c.published_id,
      dueDate: cal.addWorkingDays(c.revoked_on, REVOKED_DECISION_WITHDRAWAL_DAYS, 'revokedOn').date,
    })),
  );
}

/**
 * Every row the job inserted gets its entry in its tenant's hash chain, in the same transaction:
 * per bureau, as that bureau (the insert policy), by the system actor, one request id for the run.
 */
async function auditOpened(tx: EntityManager, opened: readonly OpenedClock[]): Promise<void> {
  const byBureau = new Map<string, OpenedClock[]>();
  for (const row of opened) byBureau.set(row.bureau_id, [...(byBureau.get(row.bureau_id) ?? []), row]);
  const writer = { em: tx, requestId: `job:PUBLICATION_CLOCK:${uuidv7()}`, auditEntries: 0, principal: null };
  for (const rows of byBureau.values()) {
    const b = { scopePath: rows[0].scope_path, bureauId: rows[0].bureau_id, tenantId: rows[0].tenant_id };
    await actAsBureau(tx, b);
    const actor = { ...b, userId: null, name: CLOCK_ACTOR_NAME, departmentId: null };
    const changes = rows.map((r) => ({
      operation: r.action === 'WITHDRAW' ? 'OPEN_WITHDRAWAL_CLOCK' : 'OPEN_PUBLICATION_CLOCK',
      objectType: 'Publication',
      objectId: r.id,
      after: {
        kind: r.kind,
        subjectId: r.subject_id,
        seriesId: r.series_id,
        version: r.version,
        action: r.action,
        status: 'PENDING_APPROVAL',
        dueDate: r.due_date,
        eventDate: r.event_date,
      },
    }));
    await recordAuditEntries(writer, changes, actor);
  }
}

/**
 * R47's keeper: every finished inspection and every penalty decision gets its pending publication
 * with its due date (the bureau's days, the holiday schedule), and every revoked decision whose
 * result is published its pending withdrawal (5 working days), and every document the rules no
 * longer let stand (a target directory turned off, a retired item) its pending withdrawal, so a publication is never late
 * unnoticed. Overdue is read against the day (due_date < today), so nothing needs marking.
 * One transaction, audited like any change; two processes running it at once: the second finds
 * the lock taken and opens nothing (and the unique indexes would refuse a second row anyway).
 * Returns how many clocks it opened.
 */
export async function keepPublicationClocks(orm: MikroORM, calendar: CalendarService): Promise<number> {
  const em = orm.em.fork({ clear: true, useContext: false });
  return inOwnTransaction(em, async (tx: EntityManager) => {
    if (!(await takeClockLock(tx))) return 0;
    let cal: Promise<WorkingDayCalendar> | undefined;
    const calendarOnce = () => (cal ??= calendar.calendarFor(tx));
    const opened = [
      ...(await resultClocks(tx, calendarOnce)),
      ...(await withdrawalClocks(tx, calendarOnce)),
      ...(await openRuleWithdrawals(tx, CLOCK_BATCH)),
    ];
    await auditOpened(tx, opened);
    return opened.length;
  });
}

/** The PUBLICATION_CLOCK schedule: every few minutes (pg-boss's grain is a minute). */
export function publicationClockTask(calendar: CalendarService, cron = '*/10 * * * *'): ScheduledTaskSpec {
  return { cron, handler: ({ orm }) => keepPublicationClocks(orm, calendar) };
}
