import { parentPort, workerData } from 'node:worker_threads';
import { readSheet } from './sheet-reader';
import { SheetReadError, sheetReadInfo, type SheetRow } from './sheet-types';
import type { SheetBatch, SheetThreadStart } from './sheet-thread';

/**
 * The worker thread of sheet-thread.ts: reads the sheet (exceljs's parser, or the csv reader) and
 * posts its rows in batches, each after the reading thread has given a credit for it, so no more
 * than `readAhead` batches wait there. The last batch says how the read ended.
 */
if (!parentPort) throw new Error('sheet-read-worker runs as a worker thread');
const port = parentPort;
const start = workerData as SheetThreadStart;
let credit = start.readAhead;
let wake: (() => void) | null = null;

port.on('message', () => {
  credit++;
  wake?.();
  wake = null;
});

async function run(): Promise<void> {
  const info = sheetReadInfo();
  // A view of the shared copy: the file is not copied again here.
  const file = Buffer.from(start.file.buffer, start.file.byteOffset, start.file.byteLength);
  let warningsSent = 0;
  let headerSent = false;
  let rows: SheetRow[] = [];
  const post = async (end?: SheetBatch['end']) => {
    while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
    credit--;
    const batch: SheetBatch = { rows, rowsEstimate: info.rowsEstimate, warnings: info.warnings.slice(warningsSent) };
    if (info.header && !headerSent) batch.header = info.header;
    if (end) batch.end = end;
    headerSent = info.header !== null;
    warningsSent = info.warnings.length;
    rows = [];
    port.postMessage(batch);
  };
  try {
    for await (const row of readSheet(file, { ...start.options, info })) {
      if (!start.cells) row.cells = [];
      rows.push(row);
      if (rows.length >= start.batchRows) await post();
    }
    await post({});
  } catch (e) {
    // The rows before the problem go first, as the same-thread reader yields them before it throws.
    if (e instanceof SheetReadError) await post({ failed: e.issue });
    else await post({ crashed: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
}

void run();
