import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The built API is CommonJS: there `import('exceljs')` gives the package's exports as `default` only
 * (vitest, running the sources, spreads them too). Writing and reading an xlsx through dist shows the
 * lazily loaded exceljs works where `pnpm start` runs it (`pnpm test` builds before it runs).
 */
const DIST = path.join(__dirname, '../services/api/dist/common/sheets');
const script = `
const { sheetBuffer, writeSheet } = require(${JSON.stringify(path.join(DIST, 'sheet-writer.js'))});
const { readSheet } = require(${JSON.stringify(path.join(DIST, 'sheet-reader.js'))});
(async () => {
  const columns = [{ key: 'name', header: '名称' }, { key: 'code', header: '代码' }];
  const file = await sheetBuffer((out) => writeSheet(columns, [{ name: '南乐县宾馆', code: 'A1' }], out));
  const rows = [];
  for await (const row of readSheet(file, { format: 'xlsx', columns, maxRows: 10 })) rows.push(row.values);
  console.log(JSON.stringify(rows));
})().catch((e) => { console.error(e); process.exit(1); });
`;

describe('xlsx in the built API (exceljs loaded on first use)', () => {
  it('writes a sheet and reads it back', () => {
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([{ name: '南乐县宾馆', code: 'A1' }]);
  });
});

/**
 * A big upload's sheet is read in a worker thread (common/sheets/sheet-thread.ts): from the build only
 * (under vitest the sources read on the calling thread), so it is checked here. Its rows, header,
 * warnings and stopping problems equal the same reader's on the calling thread, in batches (700 rows),
 * exceljs stays out of the calling thread, leaving the rows early ends the thread, and rows without
 * their cells (an import that builds no error sheet) are otherwise the same.
 */
describe('a sheet read in a worker thread (built API)', () => {
  it('gives what the reader gives on the calling thread, and stops when left', () => {
    const child = path.join(__dirname, 'support', 'sheet-thread-dist.mjs');
    const run = spawnSync(process.execPath, [child, DIST], {
      encoding: 'utf8',
      env: { ...process.env, DSR_SHEET_THREAD_FROM: '0' },
      timeout: 80_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as {
      excelLoadedByThread: boolean;
      stopped: number;
      withoutCells: unknown[];
      threaded: Record<string, { rows: unknown[]; failed: { issue: { code: string } } | null }>;
      here: Record<string, unknown>;
    };
    expect(out.threaded).toEqual(out.here);
    expect(out.threaded.xlsx.rows).toHaveLength(700);
    expect(out.threaded.xlsx.failed).toBeNull();
    expect(out.threaded.csv.rows).toHaveLength(700);
    expect(out.threaded.tooMany.rows).toHaveLength(500);
    expect(out.threaded.tooMany.failed?.issue.code).toBe('SHEET_TOO_MANY_ROWS');
    expect(out.threaded.damaged.failed?.issue.code).toBe('SHEET_UNREADABLE');
    expect(out.here).toMatchObject({ xlsx: { info: { warnings: [{ code: 'SHEET_UNKNOWN_COLUMN' }] } } });
    expect(out.excelLoadedByThread).toBe(false);
    expect(out.stopped).toBe(1);
    const first = out.threaded.xlsx.rows.slice(0, 2) as { cells: unknown[] }[];
    expect(out.withoutCells).toEqual(first.map((row) => ({ ...row, cells: [] })));
    expect(first[0].cells).toEqual(['单位0', 'C0', 'x']);
  }, 90_000); // about 2 s of CPU: five threads start and load exceljs, slow on a loaded machine
});
