import type { MikroORM } from '@mikro-orm/postgresql';
import type { ScheduledTaskSpec } from '../jobs/job-handler';
import { inOwnTransaction } from '../../common/own-transaction';

/**
 * Recomputes the dashboards' summaries (migration 0033) in one transaction, through the one
 * function that may read every bureau's rows for it. Returns the number of summary rows written.
 * No audit entry: the summaries are derived figures, not records, and change nothing a user did.
 */
export async function refreshStatistics(orm: MikroORM): Promise<number> {
  const em = orm.em.fork({ clear: true, useContext: false });
  return inOwnTransaction(em, async (tx) => {
    const rows = await tx.getConnection().execute<{ n: number }[]>('select app_private.refresh_statistics() as n');
    return rows.at(0)?.n ?? 0;
  });
}

/** The STATISTICS_REFRESH schedule: every five minutes (a dashboard shows when its figures were refreshed). */
export function statisticsRefreshTask(cron = '*/5 * * * *'): ScheduledTaskSpec {
  return { cron, handler: ({ orm }) => refreshStatistics(orm) };
}
