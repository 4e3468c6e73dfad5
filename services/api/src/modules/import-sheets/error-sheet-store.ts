import type { MikroORM } from '@mikro-orm/postgresql';
import { ROLE_SETS, holdsAnyRole } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { executeBound } from '../../common/bound-sql';
import { notFound } from '../../common/errors';
import { signedIn } from '../../common/principal';
import { isUuid } from '../../loaders';
import { registerDownload } from '../downloads/download-links';

/**
 * Import error sheets kept for a link (issue 10 §4; table import_error_sheet, migration 0019).
 * Row-level security bounds who reads one to the importing user's bureau and scope, as for every
 * record; within it, a sheet is the business of its importer and of those who read the whole
 * bureau, as a failed import job's sheet is (jobs.access.ts). The sheet holds every uploaded row,
 * whatever its department (an inspector file: ID and warrant numbers, phones), so an inspector or a
 * department head who is handed the path is told it does not exist. They are temporary files, not records: expired ones are removed (a DELETE through the
 * definer function), by the next import and at start.
 */
export const ERROR_SHEET_TTL_HOURS = 24;

export const IMPORT_LISTS = ['targets', 'inspectors', 'items'] as const;
export type ImportList = (typeof IMPORT_LISTS)[number];

/** The stable path of a kept sheet; a signed link to it is made with `downloadUrl` or on import. */
export const errorSheetPath = (id: string) => `/import/error-sheets/${id}.xlsx`;
const PATH = /^\/import\/error-sheets\/([^/]+)\.xlsx$/;

export interface KeptSheet {
  id: string;
  expiresAt: Date;
}

/** Stores the sheet in the caller's bureau and scope (the transaction must be one that commits). */
export async function keepErrorSheet(
  ctx: RequestContext,
  sheet: { list: ImportList; filename: string; content: Buffer; errorCount: number; warningCount: number },
): Promise<KeptSheet> {
  const p = signedIn(ctx);
  // Bound parameters: the bytes are not written into the SQL text.
  const [row] = await executeBound<{ id: string; expires_at: Date }>(
    ctx,
    `insert into import_error_sheet (tenant_id, bureau_id, scope_path, created_by, list, filename, content, error_count, warning_count, expires_at)
     values (?, ?, ?::ltree, ?, ?, ?, ?, ?, ?, now() + make_interval(hours => ?)) returning id, expires_at`,
    [
      p.tenantId,
      p.bureauId,
      p.scopePath,
      p.userId,
      sheet.list,
      sheet.filename,
      sheet.content,
      sheet.errorCount,
      sheet.warningCount,
      ERROR_SHEET_TTL_HOURS,
    ],
  );
  return { id: row.id, expiresAt: new Date(row.expires_at) };
}

/**
 * The sheet when it is in the caller's scope, theirs (or they read the whole bureau) and not expired;
 * null otherwise (never says which).
 */
export async function findErrorSheet(
  ctx: RequestContext,
  id: string,
  withContent = true,
): Promise<{ filename: string; content: Buffer | null } | null> {
  if (!isUuid(id)) return null;
  const p = signedIn(ctx);
  const rows = await executeBound<{ filename: string; content: Buffer | null }>(
    ctx,
    `select filename, ${withContent ? 'content' : 'null::bytea as content'} from import_error_sheet
      where id = ? and expires_at > now() and (created_by = ? or ?::boolean)`,
    [id, p.userId, holdsAnyRole(p.roles, ROLE_SETS.READS_WHOLE_BUREAU)],
  );
  return rows[0] ?? null;
}

/** Removes expired sheets (any scope: the definer function sees only expired ones). Own statement, committed at once. */
export async function purgeExpiredErrorSheets(orm: MikroORM): Promise<number> {
  const rows = await orm.em
    .fork({ clear: true, useContext: false })
    .execute<{ n: number }[]>('select app_private.purge_expired_import_error_sheets() as n');
  return rows.at(0)?.n ?? 0;
}

registerDownload({
  pattern: PATH,
  may: async (ctx, m) => {
    if (!(await findErrorSheet(ctx, m[1], false))) throw notFound('导入错误表');
  },
});
