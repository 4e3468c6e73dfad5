import { createHash } from 'node:crypto';
import type { SheetHeader, SheetIssue, SheetRow } from './sheets/sheet-types';

/** What every import (targets, inspectors, items) reports to the route. */
export interface ImportResult {
  rows: number;
  inserted: number;
  /** Rows that changed a record already there (duplicates=update). */
  updated: number;
  /** Rows equal to the record already there: left alone (no new version, no audit entry). */
  unchanged: number;
  errors: SheetIssue[];
  /** Content not imported (unknown or unnamed columns); never stops an import. */
  warnings: SheetIssue[];
  /** The header row as read, for the error sheet. */
  header: SheetHeader | null;
  /** The rows as read, for the error sheet (kept only when it is asked for). */
  sheetRows: SheetRow[];
}

/** The JSON answer lists at most this many errors; errorCount is always the total. */
export const ERROR_LIST_LIMIT = 1000;

/** The JSON answer of an import: counts, then the errors and warnings (lists cut at ERROR_LIST_LIMIT, and saying so). */
export function importAnswer(mode: 'validate' | 'commit', report: ImportResult, written: boolean) {
  const cut = report.errors.length > ERROR_LIST_LIMIT;
  return {
    mode,
    rows: report.rows,
    written,
    inserted: written ? report.inserted : 0,
    updated: written ? report.updated : 0,
    unchanged: written ? report.unchanged : 0,
    errorCount: report.errors.length,
    errors: report.errors.slice(0, ERROR_LIST_LIMIT),
    errorsTruncated: cut,
    ...(cut
      ? {
          errorsNote: `共 ${report.errors.length} 条错误，此处只列出前 ${ERROR_LIST_LIMIT} 条；完整列表见错误表（errorSheetUrl 链接，或加 report=xlsx 下载）`,
        }
      : {}),
    warningCount: report.warnings.length,
    warnings: report.warnings.slice(0, ERROR_LIST_LIMIT),
  };
}

/**
 * The audit entry of an import written (one per file, after the rows' own): its counts and the
 * file's SHA-256, so the entry names exactly what was imported. Recorded by the module's service.
 */
export function importSummaryAudit(operation: string, objectType: string, report: ImportResult, file: Buffer) {
  return {
    operation,
    objectType,
    objectId: null,
    after: {
      rows: report.rows,
      inserted: report.inserted,
      updated: report.updated,
      unchanged: report.unchanged,
      sha256: createHash('sha256').update(file).digest('hex'),
    },
  };
}
