import { readSheet, type ReadSheetOptions } from './sheets/sheet-reader';
import { SheetReadError, sheetReadInfo, type SheetIssue, type SheetRow } from './sheets/sheet-types';
import type { ImportResult } from './import-answer';
import {
  betweenChunks,
  checkNotCancelled,
  IMPORT_CHUNK_ROWS,
  ImportProgress,
  type ImportControl,
} from './import-control';
import { reportEmptySheet } from './import-rows';

/**
 * One pass over an import's file in chunks of rows: each chunk is checked and, while the file has
 * no error and the mode is commit, written at once, in the caller's transaction. An error found
 * later stops the writing (the rest is still checked, for the full report) and the caller rolls
 * back: all rows or none, as before, while no more than a chunk of rows is held (unless the error
 * sheet asks for them) and other requests are served between chunks.
 */

export interface ChunkedImportOptions extends ImportControl {
  mode: 'validate' | 'commit';
  /** Keep the rows as read, for an error sheet (memory: only when asked). */
  keepRows?: boolean;
}

/**
 * A module's step for one chunk: check its rows, putting each row's issues into `report.errors` in
 * row order (its cell problems, `row.errors`, first), then, if `writable()`, write them and add
 * to the report's counts.
 */
export type ChunkStep<K extends string> = (
  rows: readonly SheetRow<K>[],
  report: ImportResult,
  writable: () => boolean,
) => Promise<void>;

export async function importInChunks<K extends string>(
  file: Buffer,
  read: Omit<ReadSheetOptions<K>, 'info'>,
  opts: ChunkedImportOptions,
  step: ChunkStep<K>,
): Promise<ImportResult> {
  const info = sheetReadInfo();
  const report: ImportResult = {
    rows: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    errors: [],
    warnings: info.warnings,
    header: null,
    sheetRows: [],
  };
  let failure: SheetIssue | null = null;
  const writable = () => failure === null && opts.mode === 'commit' && report.errors.length === 0;
  const progress = new ImportProgress(opts, () => info.rowsEstimate);
  let chunk: SheetRow<K>[] = [];
  checkNotCancelled(opts.signal);
  const flush = async () => {
    checkNotCancelled(opts.signal);
    const rows = chunk;
    chunk = [];
    await step(rows, report, writable);
    report.rows += rows.length;
    progress.add(rows.length);
    await betweenChunks(opts.signal);
  };
  try {
    for await (const row of readSheet(file, { ...read, info })) {
      if (opts.keepRows) report.sheetRows.push(row);
      chunk.push(row);
      if (chunk.length >= IMPORT_CHUNK_ROWS) await flush();
    }
  } catch (e) {
    if (!(e instanceof SheetReadError)) throw e;
    failure = e.issue; // the rows before it are still checked (not written), and it comes after their issues
  }
  if (chunk.length > 0) await flush();
  if (failure) report.errors.push(failure);
  report.header = info.header;
  reportEmptySheet(report.rows, report.errors);
  progress.finish();
  return report;
}
