import { attachment, fail } from '../../common/rest/answer';
import type { Request, Response } from 'express';
import type { RequestContext } from '../../context';
import type { UrlSigner } from '../../common/signed-url';
import { signedIn } from '../../common/principal';
import type { ImportResult } from '../../common/import-answer';
import { readSheet } from '../../common/sheets/sheet-reader';
import { sheetBuffer } from '../../common/sheets/sheet-writer';
import { errorSheet } from '../../common/sheets/error-sheet';
import { SheetReadError, type ColumnSpec, type SheetFormat, type SheetRow } from '../../common/sheets/sheet-types';
import { enterSessionScope } from '../../scope-session';
import {
  ERROR_SHEET_TTL_HOURS,
  errorSheetPath,
  findErrorSheet,
  keepErrorSheet,
  type ImportList,
} from './error-sheet-store';

/** What the JSON answer of an import says about its kept error sheet (all null when there is none). */
export interface ErrorSheetLink {
  errorSheetUrl: string | null;
  errorSheetPath: string | null;
  errorSheetExpiresAt: string | null;
}

export const NO_ERROR_SHEET: ErrorSheetLink = { errorSheetUrl: null, errorSheetPath: null, errorSheetExpiresAt: null };

/**
 * The rows again, from the uploaded bytes, when the import did not keep them (a JSON answer does
 * not hold a large file's rows in memory): read with the same columns and stopped after as many
 * data rows as the import read, so the sheet shows what the import saw. A read error was
 * already reported by the import and ends the rows here.
 */
async function* rereadRows(
  file: Buffer,
  format: SheetFormat,
  columns: readonly ColumnSpec[],
  rows: number,
): AsyncGenerator<SheetRow> {
  try {
    yield* readSheet(file, {
      format,
      columns,
      maxRows: rows,
      maxBytes: file.length,
      maxUnzippedBytes: 512 * 1024 * 1024,
    });
  } catch (e) {
    if (!(e instanceof SheetReadError)) throw e;
  }
}

export interface KeepInput {
  list: ImportList;
  filename: string;
  columns: readonly ColumnSpec[];
  report: ImportResult;
  file: Buffer;
  format: SheetFormat;
}

/**
 * The error sheet of an import's report (xlsx): its rows, the wrong cells marked, each row's errors
 * beside it. The rows come from the report when it kept them, else from the uploaded bytes again.
 */
export function errorSheetContent(input: Omit<KeepInput, 'list' | 'filename'>): Promise<Buffer> {
  const { report } = input;
  const rows =
    report.sheetRows.length > 0 || report.rows === 0
      ? report.sheetRows
      : rereadRows(input.file, input.format, input.columns, report.rows);
  const { header, errors, warnings } = report;
  return sheetBuffer((out) => errorSheet({ columns: input.columns, header, rows, errors, warnings }, out));
}

/** Keeps import error sheets and answers signed links to them. */
export class ErrorSheetLinks {
  constructor(private readonly signer: UrlSigner) {}

  /**
   * Keeps the error sheet of an import that was not written (validate, or a failed commit) and
   * answers a signed link to it. The import's own transaction holds nothing to keep and is rolled
   * back first; the sheet is stored in a transaction of its own, in the same session's scope.
   */
  async keep(ctx: RequestContext, input: KeepInput): Promise<ErrorSheetLink> {
    const { report } = input;
    if (report.errors.length === 0 && report.warnings.length === 0) return NO_ERROR_SHEET;
    const content = await errorSheetContent(input);
    const p = signedIn(ctx);
    if (ctx.em.isInTransaction()) await ctx.em.rollback();
    await ctx.em.begin();
    // Logged out meanwhile: nothing to link to.
    if (!(await enterSessionScope(ctx.em, p.sessionId))) return NO_ERROR_SHEET;
    const kept = await keepErrorSheet(ctx, {
      list: input.list,
      filename: input.filename,
      content,
      errorCount: report.errors.length,
      warningCount: report.warnings.length,
    });
    await ctx.em.commit();
    const path = errorSheetPath(kept.id);
    return {
      errorSheetUrl: this.signer.sign(path, p).url,
      errorSheetPath: path,
      errorSheetExpiresAt: kept.expiresAt.toISOString(),
    };
  }
}

/** GET /import/error-sheets/<id>.xlsx in the caller's scope; another bureau's, expired or no such id: 404. */
export async function serveErrorSheet(ctx: RequestContext, req: Request, res: Response): Promise<void> {
  // The route's `:file` segment is always there (error-sheet.routes.ts).
  const m = /^([0-9a-f-]{36})\.xlsx$/i.exec(String(req.params.file));
  const sheet = m ? await findErrorSheet(ctx, m[1]) : null;
  if (!sheet?.content) {
    const message = `导入错误表不存在、已过期（保留 ${ERROR_SHEET_TTL_HOURS} 小时）或无权访问，请重新校验文件`;
    fail(res, 404, 'NOT_FOUND', message);
    return;
  }
  attachment(res, sheet.filename);
  res.set('Cache-Control', 'private, no-store').send(sheet.content);
}
