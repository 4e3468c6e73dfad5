import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobKind, JobState } from '@dsr/domain';
import type { JobError } from '@dsr/db';
import { queryBound } from '../../common/bound-sql';

/** The columns of a job row a state change returns (what its audit entry records). */
export interface JobStateRow {
  id: string;
  kind: JobKind;
  state: JobState;
  attempts: number;
}

const RETURNING = 'returning id, kind, state, attempts';
const OPEN = `state in ('QUEUED', 'RUNNING')`;

/**
 * Serialises the runs of one job across processes for the rest of the transaction: a retry that
 * pg-boss hands out while an earlier run still holds its transaction waits here, then finds the
 * job finished and does nothing (a job's work is written once).
 */
export async function lockJobRun(em: EntityManager, jobId: string): Promise<void> {
  await queryBound(em, `select pg_advisory_xact_lock(hashtextextended('job:' || ?::text, 0))`, [jobId]);
}

/**
 * A cancel under way, told to the job's run at once: a running import holds its tenant's audit chain
 * lock until it ends, so the cancel's own audit entry (and its CANCELLED) would wait for the import to
 * finish. The cancel holds this lock (shared) from its start; the run's watch sees it taken, stops and
 * rolls back (freeing the chain), then waits for the cancel to end (cancelSettled).
 */
const CANCEL_LOCK = `hashtextextended('job-cancel:' || ?::text, 0)`;

export async function announceCancel(em: EntityManager, jobId: string): Promise<void> {
  await queryBound(em, `select pg_advisory_xact_lock_shared(${CANCEL_LOCK})`, [jobId]);
}

/**
 * The job's state, and whether a cancel of it is under way: its lock is held (granted) by some
 * session. Read from pg_locks, never by taking the lock, so a look can't be mistaken for a cancel
 * (a bigint advisory key shows as classid = high half, objid = low half, objsubid = 1).
 */
export async function jobWatch(
  em: EntityManager,
  jobId: string,
): Promise<{ state: JobState | null; cancelling: boolean }> {
  const rows = await queryBound<{ state: JobState | null; free: boolean }>(
    em,
    `select (select state from job where id = ?) as state,
            not exists (select 1 from pg_locks l where l.locktype = 'advisory' and l.objsubid = 1 and l.granted
                          and ((l.classid::bigint << 32) | l.objid::bigint) = ${CANCEL_LOCK}) as free`,
    [jobId, jobId],
  );
  const row = rows.at(0);
  return { state: row?.state ?? null, cancelling: row ? !row.free : false };
}

/** The job's state once no cancel of it is under way (waits for it to commit or roll back). */
export async function stateAfterCancel(em: EntityManager, jobId: string): Promise<JobState | null> {
  await queryBound(em, `select pg_advisory_xact_lock(${CANCEL_LOCK})`, [jobId]);
  return jobState(em, jobId);
}

/** What a run needs of its job: the state it is in and the payload it was started with. */
export async function jobRecord(
  em: EntityManager,
  jobId: string,
): Promise<{ state: JobState; payload: unknown } | null> {
  const rows = await queryBound<{ state: JobState; payload: unknown }>(
    em,
    'select state, payload from job where id = ?',
    [jobId],
  );
  return rows[0] ?? null;
}

export async function jobState(em: EntityManager, jobId: string): Promise<JobState | null> {
  const rows = await queryBound<{ state: JobState }>(em, 'select state from job where id = ?', [jobId]);
  return rows[0]?.state ?? null;
}

/** QUEUED or RUNNING → RUNNING for attempt `attempt`, progress from zero. None: the job was cancelled. */
export async function markRunning(em: EntityManager, jobId: string, attempt: number): Promise<JobStateRow | null> {
  const rows = await queryBound<JobStateRow>(
    em,
    `update job set state = 'RUNNING', attempts = ?, progress = 0, started_at = coalesce(started_at, now())
     where id = ? and ${OPEN} ${RETURNING}`,
    [attempt, jobId],
  );
  return rows[0] ?? null;
}

/** Progress of a running job; returns its state after (CANCELLED: stop). */
export async function writeProgress(
  em: EntityManager,
  jobId: string,
  done: number,
  total: number | null,
): Promise<JobState | null> {
  const rows = await queryBound<{ state: JobState }>(
    em,
    `update job set progress = ?, total = coalesce(?::int, total) where id = ? and state = 'RUNNING'
     returning state`,
    [done, total, jobId],
  );
  return rows[0]?.state ?? (await jobState(em, jobId));
}

/**
 * An ended job's payload without its `file` (an import's upload, kept only while the job may still
 * run: the rows' audit entries and the file's SHA-256 are the record of what was imported).
 */
const PAYLOAD_ENDED = `case when jsonb_typeof(payload) = 'object' then payload - 'file' else payload end`;

/** RUNNING → SUCCEEDED with the result, in the job's own transaction. None: cancelled meanwhile. */
export async function markSucceeded(em: EntityManager, jobId: string, result: unknown): Promise<JobStateRow | null> {
  const rows = await queryBound<JobStateRow>(
    em,
    `update job set state = 'SUCCEEDED', result = ?::jsonb, finished_at = now(), payload = ${PAYLOAD_ENDED},
       progress = greatest(progress, coalesce(total, 0))
     where id = ? and state = 'RUNNING' ${RETURNING}`,
    [JSON.stringify(result ?? null), jobId],
  );
  return rows[0] ?? null;
}

/**
 * An attempt failed: FAILED (no retry left) or QUEUED again, its error appended (and the result of a
 * JobFailure). None: the job had ended.
 */
export async function markAttemptFailed(
  em: EntityManager,
  jobId: string,
  error: JobError,
  final: boolean,
  result?: unknown,
): Promise<JobStateRow | null> {
  const rows = await queryBound<JobStateRow>(
    em,
    `update job set errors = errors || jsonb_build_array(?::jsonb),
       state = case when ? then 'FAILED' else 'QUEUED' end,
       finished_at = case when ? then now() end,
       payload = case when ? then ${PAYLOAD_ENDED} else payload end,
       result = coalesce(?::jsonb, result)
     where id = ? and ${OPEN} ${RETURNING}`,
    [JSON.stringify(error), final, final, final, result === undefined ? null : JSON.stringify(result), jobId],
  );
  return rows[0] ?? null;
}

/** QUEUED or RUNNING → CANCELLED (the caller's request). None: the job had ended, or is not the caller's bureau's. */
export async function markCancelled(em: EntityManager, jobId: string): Promise<JobStateRow | null> {
  const rows = await queryBound<JobStateRow>(
    em,
    `update job set state = 'CANCELLED', finished_at = now(), payload = ${PAYLOAD_ENDED}
     where id = ? and ${OPEN} ${RETURNING}`,
    [jobId],
  );
  return rows[0] ?? null;
}

/** A new job row, QUEUED, owned by its starter (bound: an import's payload may be large). */
export async function insertJob(
  em: EntityManager,
  row: { id: string; tenantId: string; bureauId: string; scopePath: string; kind: JobKind; startedBy: string },
  payload: unknown,
): Promise<void> {
  await queryBound(
    em,
    `insert into job (id, tenant_id, bureau_id, scope_path, kind, payload, started_by)
     values (?, ?, ?, ?::ltree, ?, ?::jsonb, ?)`,
    [row.id, row.tenantId, row.bureauId, row.scopePath, row.kind, JSON.stringify(payload ?? {}), row.startedBy],
  );
}
