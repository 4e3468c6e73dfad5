import type { JobKind } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { importAnswer, type ImportResult } from '../../common/import-answer';
import type { ImportControl } from '../../common/import-control';
import type { ColumnSpec, SheetFormat, SourceLimits } from '../../common/sheets/sheet-types';
import { XLSX } from '../../common/rest/answer';
import { errorSheetContent } from '../import-sheets/error-sheet-links';
import { SHEET_DEFAULTS } from '../../common/sheets/sheet-reader';
import type { BackgroundImport, ImportOptions } from '../import-sheets/import-route';
import type { PrincipalCheck } from '../../common/rest/rest-scope';
import { checkStarterAgain, JobFailure, type JobKindSpec } from '../jobs/job-handler';
import type { JobService } from '../jobs/jobs.service';
import { TARGET_SHEET_LIMITS } from './target-import.service';

/** Data rows above which an uploaded commit runs as a job (DSR_IMPORT_JOB_ROWS). */
export const DEFAULT_IMPORT_JOB_ROWS = 5000;

export function importJobRowsFromEnv(): number {
  const n = Number(process.env.DSR_IMPORT_JOB_ROWS);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_IMPORT_JOB_ROWS;
}

/**
 * What an import job is given: the uploaded file itself (base64) and how to import it. It lives in
 * the job's record, under the job table's row-level security: only the starter's scope reads it.
 */
export interface ImportJobPayload {
  format: SheetFormat;
  duplicates: 'refuse' | 'update';
  file: string;
}

type ImportCommit = (
  ctx: RequestContext,
  file: Buffer,
  opts: { format: SheetFormat; mode: 'commit'; duplicates: 'refuse' | 'update'; keepRows: false } & ImportControl,
) => Promise<ImportResult>;

export type ImportJobResult = ReturnType<typeof importAnswer>;

/**
 * TARGET_IMPORT / INSPECTOR_IMPORT: the upload's commit, run as its starter with the job's progress
 * and cancel. All rows or none: a file with errors ends FAILED at once with the same report the upload
 * would have answered (its error rows) and its error sheet to download (`sheet`: the list's name and
 * columns, as the upload route has them), nothing written, never retried (JobFailure: the file will not
 * change). A crash is retried: the run starts again from a clean transaction.
 */
export function importJob(
  run: ImportCommit,
  check: PrincipalCheck,
  sheet: { name: string; columns: readonly ColumnSpec[] },
): JobKindSpec<ImportJobPayload, ImportJobResult> {
  return {
    handler: async ({ ctx, payload, progress, signal }) => {
      checkStarterAgain(check, ctx);
      const file = Buffer.from(payload.file, 'base64');
      // The base64 text is a third larger than the file and is not read again: let it go (a job's
      // peak heap grows with what stays live during the import).
      payload.file = '';
      const { format, duplicates } = payload;
      const report = await run(ctx, file, {
        format,
        mode: 'commit',
        duplicates,
        keepRows: false,
        onProgress: progress,
        signal,
      });
      const written = report.errors.length === 0;
      const answer = importAnswer('commit', report, written);
      if (!written) {
        const message = `文件中有 ${report.errors.length} 处错误，未写入任何数据；错误所在的行见结果（result.errors）`;
        // The error sheet the upload links, built now: the uploaded file is dropped when the job ends.
        const content = await errorSheetContent({ columns: sheet.columns, report, file, format });
        const errorSheet = { filename: `${sheet.name}导入结果.xlsx`, contentType: XLSX, content };
        throw new JobFailure('IMPORT_ROWS_INVALID', message, answer, errorSheet);
      }
      return answer;
    },
  };
}

/** An upload of more than `rows` data rows to commit, handed to a job of `kind`. */
export function backgroundImport(
  jobs: Pick<JobService, 'start'>,
  kind: JobKind,
  rows: number,
  limits: SourceLimits,
): BackgroundImport {
  return {
    rows,
    limits,
    start: async (ctx, file: Buffer, opts: ImportOptions) => {
      const payload: ImportJobPayload = {
        format: opts.format,
        duplicates: opts.duplicates,
        file: file.toString('base64'),
      };
      const job = await jobs.start(ctx, kind, { ...payload });
      return { id: job.id, state: job.state };
    },
  };
}

export const TARGET_IMPORT_LIMITS: SourceLimits = {
  maxBytes: TARGET_SHEET_LIMITS.maxBytes,
  maxUnzippedBytes: TARGET_SHEET_LIMITS.maxUnzippedBytes,
  maxColumns: SHEET_DEFAULTS.maxColumns,
};
export const INSPECTOR_IMPORT_LIMITS: SourceLimits = {
  maxBytes: SHEET_DEFAULTS.maxBytes,
  maxUnzippedBytes: SHEET_DEFAULTS.maxUnzippedBytes,
  maxColumns: SHEET_DEFAULTS.maxColumns,
};
