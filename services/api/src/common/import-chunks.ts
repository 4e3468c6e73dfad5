import type { ReadSheetOptions } from './sheets/sheet-reader';
import { readSheetRows } from './sheets/sheet-thread';
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
 * What a module checks and writes, a chunk at a time. Each row's cell problems (`row.errors`) go to
 * the report first, then what `check` finds; a row gives a plan only when it added no issue.
 */
export interface ChunkRules<K extends string, P> {
  /** Before the chunk's rows are checked: read what they are checked against (once per chunk). */
  prepare?: (rows: readonly SheetRow<K>[]) => Promise<void>;
  /** One row (its index in the chunk): its issues pushed to `errors`, its plan back (or null). */
  check: (row: SheetRow<K>, index: number, errors: SheetIssue[]) => P | null;
  /** The plans of a clean chunk of a commit: written and audited, the report's counts added to. */
  write: (plans: P[], report: ImportResult) => Promise<void>;
}

/** Groups rows in chunks and runs `step` on each: cancel checked before, progress told and the event loop served after. */
export async function forEachChunk<T>(
  rows: AsyncIterable<T>,
  control: ImportControl & { estimate?: () => number | null },
  step: (chunk: readonly T[]) => Promise<void>,
): Promise<void> {
  const progress = new ImportProgress(control, control.estimate ?? (() => null));
  let chunk: T[] = [];
  checkNotCancelled(control.signal);
  const flush = async () => {
    checkNotCancelled(control.signal);
    const done = chunk;
    chunk = [];
    await step(done);
    progress.add(done.length);
    await betweenChunks(control.signal);
  };
  for await (const row of rows) {
    chunk.push(row);
    if (chunk.length >= IMPORT_CHUNK_ROWS) await flush();
  }
  if (chunk.length > 0) await flush();
  progress.finish();
}

/** The rows of a sheet up to a problem with the whole file, which is handed to `stopped` (the rows before it are still checked). */
async function* rowsUntilUnreadable<K extends string>(
  rows: AsyncIterable<SheetRow<K>>,
  stopped: (issue: SheetIssue) => void,
): AsyncGenerator<SheetRow<K>> {
  try {
    yield* rows;
  } catch (e) {
    if (!(e instanceof SheetReadError)) throw e;
    stopped(e.issue);
  }
}

export async function importInChunks<K extends string, P>(
  file: Buffer,
  read: Omit<ReadSheetOptions<K>, 'info'>,
  opts: ChunkedImportOptions,
  rules: ChunkRules<K, P>,
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
  const stop: { issue: SheetIssue | null } = { issue: null };
  const writable = () => stop.issue === null && opts.mode === 'commit' && report.errors.length === 0;
  const rows = rowsUntilUnreadable(
    readSheetRows(file, { ...read, info, cells: !!opts.keepRows }),
    (issue) => (stop.issue = issue),
  );
  const control = { ...opts, estimate: () => info.rowsEstimate };
  await forEachChunk(rows, control, async (chunk) => {
    if (opts.keepRows) report.sheetRows.push(...chunk);
    await rules.prepare?.(chunk);
    const plans: P[] = [];
    chunk.forEach((row, i) => {
      const before = report.errors.length;
      report.errors.push(...row.errors);
      const plan = rules.check(row, i, report.errors);
      if (plan !== null && report.errors.length === before) plans.push(plan);
    });
    report.rows += chunk.length;
    if (writable()) await rules.write(plans, report);
  });
  if (stop.issue) report.errors.push(stop.issue); // after the issues of the rows before it
  report.header = info.header;
  reportEmptySheet(report.rows, report.errors);
  return report;
}
