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
