import ExcelJS from 'exceljs';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationCodeCheckChar, usccCheckChar } from '@dsr/domain';
import { startTestApp, type TestApp } from '#test/support/harness';
import { withRequestContext } from '#test/support/request-context';
import { executeBound } from '../../common/bound-sql';
import { IMPORT_CHUNK_ROWS } from '../../common/import-control';
import { importTargets, type ImportOptions } from './target-import.service';

/**
 * Issue 12 §3: the import engine as a background job drives it, through the service with a real
 * database: progress per chunk, and a cancel (AbortSignal) mid-way that leaves nothing behind.
 */

const HEADERS = ['名称', '类型', '统一社会信用代码', '登记机关', '区域代码', '行业类别', '管理部门'];

function uscc(n: number): string {
  const body = String(n).padStart(8, '0');
  const first17 = `91410923${body}${organisationCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

const rows = (count: number, from: number) =>
  Array.from({ length: count }, (_, i) => [
    `南乐任务宾馆${from + i}号`,
    '单位',
    uscc(from + i),
    '南乐县市场监督管理局',
    '410923',
    '旅馆业',
    '治安大队',
  ]);

async function xlsx(data: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('检查对象');
  ws.addRow(HEADERS);
  data.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csv = (data: string[][]) => Buffer.from([HEADERS, ...data].map((r) => r.join(',')).join('\r\n') + '\r\n');

describe('issue 12: an import run as a job reports progress and can be cancelled', () => {
  let t: TestApp;
  let owner: pg.Client;
  const ownerCount = async (sql: string) => Number((await owner.query(sql)).rows[0].n);
  const targets = () => ownerCount(`select count(*) as n from target where name like '南乐任务宾馆%'`);
  const audit = () => ownerCount(`select count(*) as n from audit_entry where operation like 'IMPORT_TARGET%'`);
  const commit: ImportOptions = { format: 'xlsx', mode: 'commit', duplicates: 'refuse' };

  beforeAll(async () => {
    t = await startTestApp();
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('a cancel mid-way throws CANCELLED; the rows written so far in the transaction go with its rollback', async () => {
    const file = await xlsx(rows(5 * IMPORT_CHUNK_ROWS, 1));
    const before = { targets: await targets(), audit: await audit() };
    const abort = new AbortController();
    const seen: number[] = [];
    let inTransaction = 0;
    await withRequestContext(t, 'nanle.coordinator', async (ctx) => {
      const run = importTargets(ctx, file, {
        ...commit,
        signal: abort.signal,
        onProgress: (done) => {
          seen.push(done);
          if (done >= 2 * IMPORT_CHUNK_ROWS) abort.abort();
        },
      });
      const error = await run.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions.code).toBe('CANCELLED');
      const [{ n }] = await executeBound<{ n: number }>(
        ctx,
        `select count(*)::int as n from target where name like '南乐任务宾馆%'`,
        [],
      );
      inTransaction = n;
    });
    // Stopped at the first chunk boundary after the cancel, not at the end of the file.
    expect(seen).toEqual([IMPORT_CHUNK_ROWS, 2 * IMPORT_CHUNK_ROWS]);
    expect(inTransaction).toBe(2 * IMPORT_CHUNK_ROWS);
    expect(await targets()).toBe(before.targets);
    expect(await audit()).toBe(before.audit);
  });

  it('an error found after chunks were written takes them back: nothing stays even if the caller commits', async () => {
    const data = rows(3 * IMPORT_CHUNK_ROWS, 50_000);
    data[data.length - 2][6] = '不存在的大队';
    const before = { targets: await targets(), audit: await audit() };
    const report = await withRequestContext(
      t,
      'nanle.coordinator',
      (ctx) => importTargets(ctx, csv(data), { ...commit, format: 'csv' }),
      {
        commit: true,
      },
    );
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([[data.length, 'UNKNOWN_DEPARTMENT']]);
    expect(await targets()).toBe(before.targets);
    expect(await audit()).toBe(before.audit);
  });

  it('a signal aborted before the start writes nothing', async () => {
    const before = await targets();
    const abort = new AbortController();
    abort.abort();
    const progress: number[] = [];
    const error = await withRequestContext(t, 'nanle.coordinator', async (ctx) =>
      importTargets(ctx, await xlsx(rows(10, 9000)), {
        ...commit,
        signal: abort.signal,
        onProgress: (d) => progress.push(d),
      }).catch((e: unknown) => e),
    );
    expect((error as GraphQLError).extensions.code).toBe('CANCELLED');
    expect(progress).toEqual([]);
    expect(await targets()).toBe(before);
  });

  it.each([
    ['xlsx', (d: string[][]) => xlsx(d)],
    ['csv', async (d: string[][]) => csv(d)],
  ] as const)(
    '%s: progress never goes back, never passes its total, and ends at total = rows',
    async (format, make) => {
      const count = 2 * IMPORT_CHUNK_ROWS + 17;
      const from = format === 'xlsx' ? 20_000 : 30_000;
      const file = await make(rows(count, from));
      const calls: [number, number][] = [];
      const report = await withRequestContext(
        t,
        'nanle.coordinator',
        (ctx) =>
          importTargets(ctx, file, { ...commit, format, onProgress: (done, total) => calls.push([done, total]) }),
        { commit: true },
      );
      expect(report).toMatchObject({ rows: count, inserted: count, errors: [] });
      expect(calls.length).toBeGreaterThanOrEqual(3);
      for (const [i, [done, total]] of calls.entries()) {
        expect(done).toBeLessThanOrEqual(total);
        if (i > 0) expect(done).toBeGreaterThanOrEqual(calls[i - 1][0]);
      }
      // The total is known from the first chunk on (the file's rows counted before parsing).
      expect(calls[0]).toEqual([IMPORT_CHUNK_ROWS, count]);
      expect(calls.at(-1)).toEqual([count, count]);
    },
  );

  it('a file with an error reports progress to its end too, and writes nothing', async () => {
    const data = rows(IMPORT_CHUNK_ROWS + 5, 40_000);
    data[3][2] = '914109230000000X00';
    const calls: [number, number][] = [];
    const report = await withRequestContext(t, 'nanle.coordinator', (ctx) =>
      importTargets(ctx, csv(data), { ...commit, format: 'csv', onProgress: (d, n) => calls.push([d, n]) }),
    );
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([[5, 'INVALID_USCC']]);
    expect(calls).toEqual([
      [IMPORT_CHUNK_ROWS, IMPORT_CHUNK_ROWS + 5],
      [IMPORT_CHUNK_ROWS + 5, IMPORT_CHUNK_ROWS + 5],
    ]);
  });
});

describe('issue 12: the inspector import takes the same controls', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  const sheet = async (n: number) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('人员');
    ws.addRow(['姓名', '性别', '部门', '警号', '警官证号']);
    for (let i = 1; i <= n; i++) ws.addRow([`任务民警${i}`, '男', '治安大队', `13063499${i}`, `冀公任务${i}`]);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  const opts = { format: 'xlsx', mode: 'commit', duplicates: 'refuse', keepRows: false } as const;
  const active = (ctx: Parameters<Parameters<typeof withRequestContext>[2]>[0]) =>
    executeBound<{ n: number }>(ctx, `select count(*)::int as n from inspector where name like '任务民警%'`, []);

  it('progress ends at the row count; a cancelled signal throws CANCELLED before anything is written', async () => {
    const file = await sheet(3);
    const calls: [number, number][] = [];
    const abort = new AbortController();
    abort.abort();
    await withRequestContext(t, 'quyang.admin', async (ctx) => {
      const service = t.server.services.inspectorImport;
      const error = await service.importInspectors(ctx, file, { ...opts, signal: abort.signal }).catch((e) => e);
      expect((error as GraphQLError).extensions.code).toBe('CANCELLED');
      expect((await active(ctx))[0].n).toBe(0);
      const report = await service.importInspectors(ctx, file, { ...opts, onProgress: (d, n) => calls.push([d, n]) });
      expect(report).toMatchObject({ rows: 3, inserted: 3, errors: [] });
      expect((await active(ctx))[0].n).toBe(3);
    });
    expect(calls).toEqual([[3, 3]]);
  });
});
