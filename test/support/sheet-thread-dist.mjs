// Run by test/sheets-dist.test.ts with DSR_SHEET_THREAD_FROM=0: the built API's sheet reader in a
// worker thread (sheet-thread.js) against the same reader on this thread, printed as JSON.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const DIST = process.argv[2];
const { readSheet } = require(`${DIST}/sheet-reader.js`);
const { readSheetRows } = require(`${DIST}/sheet-thread.js`);
const { sheetReadInfo } = require(`${DIST}/sheet-types.js`);

const written = [
  { key: 'name', header: '名称' },
  { key: 'code', header: '代码' },
  { key: 'note', header: '备注' },
];
const columns = written.slice(0, 2);
const rows = Array.from({ length: 700 }, (_, i) => ({ name: `单位${i}`, code: i === 650 ? null : `C${i}`, note: 'x' }));
// Written on a thread of its own: exceljs must not be loaded on this one before the reads.
const writer = `
  const { parentPort, workerData: w } = require('node:worker_threads');
  const { sheetBuffer, writeSheet } = require(w.dist + '/sheet-writer.js');
  sheetBuffer((out) => writeSheet(w.written, w.rows, out)).then((b) => parentPort.postMessage(b));
`;
const xlsx = await new Promise((resolve, reject) => {
  const w = new Worker(writer, { eval: true, workerData: { dist: DIST, written, rows } });
  w.once('message', (b) => resolve(Buffer.from(b))).once('error', reject);
});
const csv = Buffer.from(['名称,代码,备注', ...rows.map((r) => `${r.name},${r.code ?? ''},x`)].join('\n'));
const excelLoaded = () => Object.keys(require.cache).some((k) => k.includes('/exceljs/'));

/** Everything a read gives: its rows, what it learned, and the problem that stopped it. */
async function read(reader, file, opts, stopAfter = Infinity) {
  const info = sheetReadInfo();
  const got = [];
  let failed = null;
  try {
    for await (const row of reader(file, { ...opts, info })) {
      got.push(row);
      if (got.length >= stopAfter) break;
    }
  } catch (e) {
    failed = { name: e.name, issue: e.issue };
  }
  return { rows: got, info, failed };
}

const cases = {
  xlsx: [xlsx, { format: 'xlsx', columns, maxRows: 1000 }],
  csv: [csv, { format: 'csv', columns, maxRows: 1000 }],
  tooMany: [xlsx, { format: 'xlsx', columns, maxRows: 500 }],
  damaged: [Buffer.concat([xlsx.subarray(0, 2000), Buffer.alloc(3000, 7)]), { format: 'xlsx', columns, maxRows: 1000 }],
};
const out = { excelLoadedByThread: null, threaded: {}, here: {} };
for (const [name, [file, opts]] of Object.entries(cases)) out.threaded[name] = await read(readSheetRows, file, opts);
out.excelLoadedByThread = excelLoaded();
for (const [name, [file, opts]] of Object.entries(cases)) out.here[name] = await read(readSheet, file, opts);
// An import that keeps no rows for an error sheet: their cells are not copied over.
out.withoutCells = (await read((f, o) => readSheetRows(f, { ...o, cells: false }), xlsx, cases.xlsx[1], 2)).rows;
// Left after one row: the worker is terminated, or this process would not end.
out.stopped = (await read(readSheetRows, xlsx, cases.xlsx[1], 1)).rows.length;
console.log(JSON.stringify(out));
