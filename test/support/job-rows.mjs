// A job handler for the tests of background jobs (test/jobs*.test.ts), shared by the test process and
// the child worker it kills (job-worker-child.mjs): it writes `rows` rows, one every `delayMs`, each in
// the job's own transaction, reporting progress after each. The rows are import error sheets named
// `<prefix>-<jobId>-<n>`: a table the service role may insert into in its own bureau.

const INSERT = `insert into import_error_sheet (tenant_id, bureau_id, scope_path, created_by, list, filename, content,
  error_count, warning_count, expires_at) values (?, ?, ?::ltree, ?, 'items', ?, '\\x00'::bytea, 0, 0, now() + interval '1 hour')`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {import('../../services/api/src/modules/jobs/job-handler').JobRun<{ rows: number; delayMs: number; prefix: string }>} job */
export async function writeRows(job) {
  const { ctx, payload, signal } = job;
  const p = ctx.principal;
  if (!p) throw new Error('a job runs with its starter as principal');
  const trx = ctx.em.getTransactionContext();
  job.progress(0, payload.rows);
  for (let n = 1; n <= payload.rows; n++) {
    signal.throwIfAborted();
    await ctx.em
      .getConnection()
      .execute(
        INSERT,
        [p.tenantId, p.bureauId, p.scopePath, p.userId, `${payload.prefix}-${job.jobId}-${n}`],
        'run',
        trx,
      );
    job.progress(n, payload.rows);
    await sleep(payload.delayMs);
  }
  return { rows: payload.rows, attempt: job.attempt };
}
