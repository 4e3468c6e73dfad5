import type { ColumnSpec } from '../../common/sheets/sheet-types';
import { sheetBuffer, writeSheet, type Rows, type SheetOutRow } from '../../common/sheets/sheet-writer';
import { XLSX } from '../../common/rest/answer';
import { USE_NOTICE } from '../../common/use-notice';
import type { JobRun } from './job-handler';

/** What an export job answers as its result (the file itself: `Job.download`). */
export interface SheetExportResult {
  rows: number;
  filename: string;
  size: number;
}

export interface SheetExport<K extends string> {
  filename: string;
  columns: readonly ColumnSpec<K>[];
  rows: Rows<SheetOutRow<K>>;
  /** The rows expected (counted before): the job's total while it runs. */
  total: number;
  sheetName?: string;
  /**
   * Runs once the workbook is built, before it is kept (an audit entry naming the rows written):
   * late, so the job holds its bureau's audit chain only for the end of its transaction.
   */
  beforeKeep?: (rows: number) => Promise<void>;
}

const PROGRESS_EVERY = 200;

/** The rows as they pass into the workbook: counted, reported as progress, stopped by a cancel. */
async function* watched<T>(rows: Rows<T>, run: Pick<JobRun<unknown>, 'progress' | 'signal'>, total: number) {
  let n = 0;
  for await (const row of rows) {
    run.signal.throwIfAborted();
    yield row;
    if (++n % PROGRESS_EVERY === 0) run.progress(n, total);
  }
  return n;
}

/**
 * Writes the workbook the synchronous route streams (the same columns, rows, sheet name and R52 notice) into
 * memory and keeps it as the job's file, in the job's transaction: a cancel stops it between rows
 * and nothing is kept. Progress ends at the rows written (= total).
 */
export async function exportSheetFile<K extends string>(
  run: Pick<JobRun<unknown>, 'progress' | 'signal' | 'keepFile'>,
  spec: SheetExport<K>,
): Promise<SheetExportResult> {
  let rows = 0;
  async function* counting() {
    rows = yield* watched(spec.rows, run, spec.total);
  }
  run.progress(0, spec.total);
  const content = await sheetBuffer((out) =>
    writeSheet(spec.columns, counting(), out, {
      ...(spec.sheetName ? { sheetName: spec.sheetName } : {}),
      notice: USE_NOTICE,
    }),
  );
  run.signal.throwIfAborted();
  run.progress(rows, rows);
  await spec.beforeKeep?.(rows);
  await run.keepFile({ filename: spec.filename, contentType: XLSX, content });
  return { rows, filename: spec.filename, size: content.length };
}
