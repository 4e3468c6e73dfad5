import type pg from 'pg';

/**
 * Waits until the job's run, if one is under way, has ended (committed or rolled back): a run holds its job's
 * run lock (lockJobRun in modules/jobs/jobs.queries.ts) for the whole of its transaction, so taking that lock
 * here waits exactly as long. Instead of sleeping "long enough" for a cancelled or lost run to roll back.
 */
export async function jobRunOver(client: pg.Client, jobId: string): Promise<void> {
  await client.query('begin');
  try {
    await client.query("set local lock_timeout = '20s'");
    await client.query(`select pg_advisory_xact_lock(hashtextextended('job:' || $1::text, 0))`, [jobId]);
  } finally {
    await client.query('commit');
  }
}
