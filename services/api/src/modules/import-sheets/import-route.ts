import type { Request, RequestHandler, Response } from 'express';
import type { RequestContext } from '../../context';
import { importAnswer, type ImportResult } from '../../common/import-answer';
import { sheetBuffer } from '../../common/sheets/sheet-writer';
import { errorSheet } from '../../common/sheets/error-sheet';
import type { ColumnSpec, SheetFormat, SourceLimits } from '../../common/sheets/sheet-types';
import { estimateSheetRows } from '../../common/sheets/row-estimate';
import { attachment, fail, queryText } from '../../common/rest/answer';
import { inScope, type PrincipalCheck, type RestDeps } from '../../common/rest/rest-scope';
import { NO_ERROR_SHEET, type ErrorSheetLinks } from './error-sheet-links';
import { purgeExpiredErrorSheets, type ImportList } from './error-sheet-store';

export type ImportMode = 'validate' | 'commit';

export interface ImportOptions {
  format: SheetFormat;
  mode: ImportMode;
  duplicates: 'refuse' | 'update';
  keepRows: boolean;
}

/** A module's import of one list: reads the file, checks every row, writes all rows or none. */
export type ImportRun = (ctx: RequestContext, file: Buffer, opts: ImportOptions) => Promise<ImportResult>;

/** One import route: the list it fills, its name in file names, its columns and its run. */
export interface ImportSpec {
  list: ImportList;
  name: string;
  columns: readonly ColumnSpec[];
  run: ImportRun;
  /** Who may import (the module's permission table). */
  check: PrincipalCheck;
  /** Absent: every import is answered in the request. */
  background?: BackgroundImport;
}

/**
 * A commit of a file with more than `rows` data rows runs as a background job (issue 12 §3): `start`
 * keeps the file for it and queues it in the caller's transaction, and the upload is answered 202.
 */
export interface BackgroundImport {
  rows: number;
  /** The limits the import reads the file with (the row count is taken under them). */
  limits: SourceLimits;
  start(ctx: RequestContext, file: Buffer, opts: ImportOptions): Promise<{ id: string; state: string }>;
}

/** Queues a big commit as a job and answers 202 (true); false: the file is small (or unreadable), import it here. */
async function startedInBackground(
  ctx: RequestContext,
  res: Response,
  bg: BackgroundImport,
  file: Buffer,
  options: ImportOptions,
): Promise<boolean> {
  if (options.mode !== 'commit') return false;
  const estimate = await estimateSheetRows(file, options.format, bg.limits);
  const rows = (estimate ?? 0) - 1; // the header row
  if (rows <= bg.rows) return false;
  const job = await bg.start(ctx, file, options);
  await ctx.em.commit();
  const message =
    `文件约有 ${rows} 行（超过 ${bg.rows} 行），已转为后台任务导入：全部写入或全部不写入。` +
    `请用 job(id: "${job.id}") 查看进度（progress / total）和结果，需要时可用 cancelJob 取消`;
  res
    .status(202)
    .json({ data: { mode: options.mode, written: false, jobId: job.id, state: job.state, rows, message } });
  return true;
}

interface ImportQuery {
  options: ImportOptions;
  reportAs: 'json' | 'xlsx';
}

/** The query string and body of an import, or the 400 answer (null) when one of them is wrong. */
function readImportQuery(req: Request, res: Response): ImportQuery | null {
  const mode = queryText(req.query.mode, 'validate');
  const duplicates = queryText(req.query.duplicates, 'refuse');
  const reportAs = queryText(req.query.report, 'json');
  const badRequest = (code: string, message: string) => (fail(res, 400, code, message), null);
  if (mode !== 'validate' && mode !== 'commit') {
    return badRequest('BAD_USER_INPUT', 'mode 应为 validate（只校验）或 commit（导入）');
  }
  if (duplicates !== 'refuse' && duplicates !== 'update') {
    return badRequest('BAD_USER_INPUT', 'duplicates 应为 refuse（拒绝重复）或 update（更新已有）');
  }
  if (reportAs !== 'json' && reportAs !== 'xlsx') return badRequest('BAD_USER_INPUT', 'report 应为 json 或 xlsx');
  const csv = req.query.format === 'csv' || /csv/.test(req.headers['content-type'] ?? '');
  if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
    return badRequest('SHEET_EMPTY', '请在请求体中上传 .xlsx 或 .csv 文件');
  }
  return { options: { format: csv ? 'csv' : 'xlsx', mode, duplicates, keepRows: reportAs === 'xlsx' }, reportAs };
}

/** The report as an xlsx error sheet, its counts in headers. */
async function sendReportSheet(
  res: Response,
  spec: ImportSpec,
  report: ImportResult,
  status: number,
  written: boolean,
): Promise<void> {
  attachment(res, `${spec.name}导入结果.xlsx`);
  res.status(status).set({
    'X-Import-Written': String(written),
    'X-Import-Error-Count': String(report.errors.length),
    'X-Import-Warning-Count': String(report.warnings.length),
  });
  const { header, sheetRows: rows, errors, warnings } = report;
  res.send(await sheetBuffer((out) => errorSheet({ columns: spec.columns, header, rows, errors, warnings }, out)));
}

/**
 * POST /import/<list>?mode=validate|commit&duplicates=refuse|update&report=json|xlsx, the file as the body.
 * A JSON answer of an import not written, with errors or warnings, links its kept error sheet.
 */
export function importRoute(
  deps: RestDeps,
  errorSheets: Pick<ErrorSheetLinks, 'keep'>,
  spec: ImportSpec,
): RequestHandler {
  return async (req, res) => {
    const query = readImportQuery(req, res);
    if (!query) return;
    const { options, reportAs } = query;
    const file = req.body as Buffer;
    // Error sheets past their time are temporary files, removed here (and at start), not records.
    await purgeExpiredErrorSheets(deps.orm).catch((e: unknown) => deps.log('purging expired error sheets failed', e));
    await inScope(deps, req, res, spec.check, async (ctx) => {
      if (spec.background && (await startedInBackground(ctx, res, spec.background, file, options))) return;
      const report = await spec.run(ctx, file, options);
      const written = options.mode === 'commit' && report.errors.length === 0;
      // Committed before anything is answered: a client that sees "written" finds the rows.
      if (written) await ctx.em.commit();
      // A failed import is 422 whichever form its report takes.
      const status = options.mode === 'commit' && !written ? 422 : 200;
      if (reportAs === 'xlsx') return sendReportSheet(res, spec, report, status, written);
      // Not written and something to fix: the error sheet is kept for a link (issue 10 §4).
      const { list, columns, name } = spec;
      const kept = { list, filename: `${name}导入结果.xlsx`, columns, report, file, format: options.format };
      const link = written ? NO_ERROR_SHEET : await errorSheets.keep(ctx, kept);
      res.status(status).json({ data: { ...importAnswer(options.mode, report, written), ...link } });
    });
  };
}
