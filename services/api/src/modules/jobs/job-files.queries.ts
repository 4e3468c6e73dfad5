import type { EntityManager } from '@mikro-orm/postgresql';
import { pgTextArray, queryBound } from '../../common/bound-sql';
import type { Principal } from '../../context';

/** A file a job produced, as its run hands it over (job_file, migration 0023). */
export interface JobFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** What is known of a kept file without its bytes. */
export interface JobFileInfo {
  jobId: string;
  filename: string;
  size: number;
  expiresAt: Date;
}

/**
 * Keeps `file` as job `jobId`'s, owned as the job is (its starter's bureau and scope), in the
 * caller's transaction: the job's run, so a rollback (failure, cancel) leaves no file. The same
 * starter's older files of the same kind, and every expired one, are dropped with it.
 */
export async function insertJobFile(
  em: EntityManager,
  p: Principal,
  jobId: string,
  file: JobFile,
  ttlHours: number,
): Promise<void> {
  // Bound parameters: the bytes are not written into the SQL text.
  await queryBound(
    em,
    `insert into job_file (job_id, tenant_id, bureau_id, scope_path, created_by, filename, content_type, content, expires_at)
     values (?, ?, ?, ?::ltree, ?, ?, ?, ?, now() + make_interval(secs => ?))`,
    [
      jobId,
      p.tenantId,
      p.bureauId,
      p.scopePath,
      p.userId,
      file.filename,
      file.contentType,
      file.content,
      Math.round(ttlHours * 3600),
    ],
  );
  await queryBound(em, 'select app_private.drop_replaced_job_files(?::uuid) as n', [jobId]);
}

/** The unexpired files of these jobs the caller's scope may read (row-level security decides). */
export function jobFileInfos(em: EntityManager, jobIds: readonly string[]): Promise<JobFileInfo[]> {
  return queryBound<JobFileInfo>(
    em,
    `select job_id as "jobId", filename, octet_length(content) as size, expires_at as "expiresAt"
       from job_file where job_id = any(?::uuid[]) and expires_at > now()`,
    [pgTextArray(jobIds)],
  );
}

/** The bytes of a job's unexpired file in the caller's scope; null otherwise (never says which). */
export async function jobFileContent(
  em: EntityManager,
  jobId: string,
): Promise<{ filename: string; contentType: string; content: Buffer } | null> {
  const rows = await queryBound<{ filename: string; contentType: string; content: Buffer }>(
    em,
    `select filename, content_type as "contentType", content from job_file where job_id = ? and expires_at > now()`,
    [jobId],
  );
  return rows[0] ?? null;
}

/** Drops expired job files, whatever their scope (the definer function; own transaction, committed at once). */
export async function dropExpiredJobFiles(em: EntityManager): Promise<number> {
  const rows = await em.execute<{ n: number }[]>('select app_private.drop_replaced_job_files(null) as n');
  return rows.at(0)?.n ?? 0;
}
