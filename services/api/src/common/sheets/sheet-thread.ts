import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { readSheet, type ReadSheetOptions } from './sheet-reader';
import { SheetReadError, sheetIssue, type SheetHeader, type SheetIssue, type SheetRow } from './sheet-types';

/**
 * A big upload's sheet read in a worker thread (sheet-read-worker.ts), its rows handed to the
 * reading thread a batch at a time. The parse (exceljs's zip, XML and cell objects, or the csv
 * reader) then neither holds the API's event loop nor churns its heap: the request thread keeps
 * only the batches it is writing. Back-pressure: the worker posts a batch only for a credit, one
 * given per batch taken, so at most READ_AHEAD batches wait; the worker parses the next while the
 * rows of the last are checked and written. The file goes over as one shared copy, never
 * transferred (a detached ArrayBuffer switches V8's ArrayBufferDetaching protector off for the
 * whole isolate). Leaving the rows early (a cancel, a failed write) terminates the worker.
 *
 * Compiled next to this file; when the sources run directly (vitest) there is no compiled worker
 * and the sheet is read on the calling thread: the same reader (test/sheets-dist.test.ts runs the
 * thread from the build).
 */
const WORKER_FILE = __filename.endsWith('.js') ? path.join(__dirname, 'sheet-read-worker.js') : '';

/** Rows per batch: the import's chunk. */
const BATCH_ROWS = 250;
const READ_AHEAD = 2;
/**
 * The worker's heap: a small young generation (a parse makes short-lived objects, a row at a time),
 * and a ceiling, so a sheet that would need more fails as too large instead of taking the API down.
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 1024 };

/** Uploads of at least this many bytes are read in a worker thread (DSR_SHEET_THREAD_FROM; 0: all). */
export const SHEET_THREAD_FROM = threadFrom();

function threadFrom(): number {
  const value = Number(process.env.DSR_SHEET_THREAD_FROM);
  return process.env.DSR_SHEET_THREAD_FROM && Number.isSafeInteger(value) && value >= 0 ? value : 1024 * 1024;
}

/** What the worker is started with. */
export interface SheetThreadStart {
  file: Uint8Array;
  options: Omit<ReadSheetOptions<string>, 'info'>;
  batchRows: number;
  readAhead: number;
  /** Whether the rows keep `cells` (every cell as text, for an error sheet); without, less to copy over. */
  cells: boolean;
}

/** Rows read, and what the read learned since the last batch; the last batch has `end`. */
export interface SheetBatch {
  rows: SheetRow[];
  rowsEstimate: number | null;
  header?: SheetHeader;
  warnings: SheetIssue[];
  end?: { failed?: SheetIssue; crashed?: string };
}

/**
 * The rows of a sheet, as readSheet yields them: from a worker thread when the file is big enough.
 * `cells: false`: the caller does not read `row.cells` (a thread then leaves them empty).
 */
export function readSheetRows<K extends string>(
  file: Buffer,
  opts: ReadSheetOptions<K> & { cells?: boolean },
): AsyncGenerator<SheetRow<K>, void, undefined> {
  const { cells = true, ...read } = opts;
  return WORKER_FILE && file.length >= SHEET_THREAD_FROM ? readSheetInThread(file, read, cells) : readSheet(file, read);
}

async function* readSheetInThread<K extends string>(
  file: Buffer,
  opts: ReadSheetOptions<K>,
  cells: boolean,
): AsyncGenerator<SheetRow<K>, void, undefined> {
  const { info, ...options } = opts;
  const shared = new Uint8Array(new SharedArrayBuffer(file.length));
  shared.set(file);
  const start: SheetThreadStart = { file: shared, options, batchRows: BATCH_ROWS, readAhead: READ_AHEAD, cells };
  const inbox = new Inbox(new Worker(WORKER_FILE, { workerData: start, resourceLimits: RESOURCE_LIMITS }));
  try {
    for (;;) {
      const batch = await inbox.next();
      inbox.credit();
      if (info) {
        info.rowsEstimate = batch.rowsEstimate;
        if (batch.header) info.header = batch.header;
        info.warnings.push(...batch.warnings);
      }
      yield* batch.rows as SheetRow<K>[];
      if (batch.end?.failed) throw new SheetReadError(batch.end.failed);
      if (batch.end?.crashed !== undefined) throw new Error(`读表线程出错：${batch.end.crashed}`);
      if (batch.end) return;
    }
  } finally {
    inbox.close();
  }
}

/** The worker's batches in order, awaited one at a time; its failure (or exit before the end) as an error. */
class Inbox {
  private readonly batches: SheetBatch[] = [];
  private failure: Error | null = null;
  private waiter: { resolve: () => void } | null = null;

  constructor(private readonly worker: Worker) {
    worker.on('message', (batch: SheetBatch) => this.arrive(() => this.batches.push(batch)));
    worker.on('error', (error) => this.arrive(() => (this.failure ??= threadFailure(error))));
    worker.on('exit', (code) => this.arrive(() => (this.failure ??= new Error(`读表线程意外退出（${code}）`))));
  }

  async next(): Promise<SheetBatch> {
    for (;;) {
      const batch = this.batches.shift();
      if (batch) return batch;
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => (this.waiter = { resolve }));
    }
  }

  /** One more batch may come. */
  credit(): void {
    this.worker.postMessage(1);
  }

  close(): void {
    this.batches.length = 0;
    void this.worker.terminate();
  }

  private arrive(record: () => void): void {
    record();
    this.waiter?.resolve();
    this.waiter = null;
  }
}

/** A sheet too big for the worker's heap is the upload's problem, said as such; anything else is a fault. */
function threadFailure(error: Error): Error {
  if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new SheetReadError(sheetIssue('SHEET_TOO_LARGE', '文件内容过多，读取时超出内存上限，请拆分后分批上传'));
  }
  return error;
}
