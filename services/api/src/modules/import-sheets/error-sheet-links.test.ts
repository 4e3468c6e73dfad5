import ExcelJS from 'exceljs';
import pg from 'pg';
import supertest from 'supertest';
import { DEMO_PASSWORD } from '@dsr/db';
import { organisationCodeCheckChar, usccCheckChar } from '@dsr/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test/support/harness';
import { getBinary } from '#test/support/downloads';

/**
 * Issue 10 §4: an import's error sheet opens from a link. An import that is not written and has
 * something to fix keeps its error sheet for 24 h in the importer's bureau and scope, and its JSON
 * answer carries a signed link to it (R18 imports).
 */
const HEADERS = [
  '名称',
  '类型',
  '统一社会信用代码',
  '登记机关',
  '法定代表人',
  '注册地址',
  '区域代码',
  '行业类别',
  '等级',
  '联系电话',
  '管理部门',
];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHEET_URL = /^\/import\/error-sheets\/([0-9a-f-]{36})\.xlsx\?dl_uid=.+&dl_sid=.+&dl_exp=\d+&dl_sig=/;

function uscc(n: number): string {
  const body = String(n).padStart(8, '0');
  const first17 = `91410923${body}${organisationCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

/** Rows of 南乐 hotels; `badRegion` rows carry a region outside the bureau (an error in 区域代码, column G). */
async function targetsFile(
  count: number,
  offset: number,
  opts: { badRegion?: number[]; extraHeader?: string } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('检查对象');
  ws.addRow(opts.extraHeader ? [...HEADERS, opts.extraHeader] : HEADERS);
  for (let i = 0; i < count; i++) {
    const row: string[] = [
      `南乐链接宾馆${offset + i}号`,
      '单位',
      uscc(offset + i),
      '南乐县市场监督管理局',
      '王五',
      '南乐县城关镇',
      opts.badRegion?.includes(i) ? '410422' : '410923',
      '旅馆业',
      'B',
      '0393-1234567',
      '治安大队',
    ];
    if (opts.extraHeader) row.push('备注');
    ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('issue 10 §4: import error sheets open from a link (R18)', () => {
  let t: TestApp;
  let owner: pg.Client;
  let coordinator: string, colleague: string, stranger: string;

  const post = (file: Buffer, query: string, token = coordinator) =>
    supertest(t.server.app)
      .post(`/import/targets?${query}`)
      .set('authorization', `Bearer ${token}`)
      .set('content-type', XLSX_TYPE)
      .send(file);
  const code = (res: { body: unknown }) =>
    JSON.parse((res.body as Buffer).toString('utf8')).errors[0].extensions.code as string;
  const sessionOf = async (username: string) =>
    (
      await owner.query(
        `select s.id as "sessionId", u.id as "userId" from auth_session s join app_user u on u.id = s.user_id
    where u.username = $1 and s.revoked_at is null order by s.created_at desc limit 1`,
        [username],
      )
    ).rows[0] as { userId: string; sessionId: string };
  const failedImport = async (offset: number, token = coordinator) => {
    const res = await post(await targetsFile(3, offset, { badRegion: [0] }), 'mode=commit', token);
    expect(res.status).toBe(422);
    return res.body.data as {
      errorSheetUrl: string;
      errorSheetPath: string;
      errorSheetExpiresAt: string;
      errorCount: number;
    };
  };

  beforeAll(async () => {
    t = await startTestApp();
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    [coordinator, colleague, stranger] = await Promise.all(
      ['nanle.coordinator', 'nanle.admin', 'yexian.coordinator'].map((u) => t.login(u)),
    );
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  it("a failed import answers with errorSheetUrl; the link opens without a header and returns the user's sheet with the wrong cells red", async () => {
    const data = await failedImport(81_000);
    expect(data.errorCount).toBe(1);
    expect(data.errorSheetUrl).toMatch(SHEET_URL);
    const id = SHEET_URL.exec(data.errorSheetUrl)![1]!;
    expect(data.errorSheetPath).toBe(`/import/error-sheets/${id}.xlsx`);
    const kept = new Date(data.errorSheetExpiresAt).getTime() - Date.now();
    expect(kept).toBeGreaterThan(23 * 3600_000);
    expect(kept).toBeLessThanOrEqual(24 * 3600_000);
    // Owned by the importer's bureau and scope; nothing of the import was written.
    const {
      rows: [row],
    } = await owner.query(
      `select b.division_code, s.scope_path::text = u.scope_path::text as same_scope, s.list from import_error_sheet s
      join bureau b on b.id = s.bureau_id join app_user u on u.id = s.created_by where s.id = $1`,
      [id],
    );
    expect(row).toEqual({ division_code: '410923', same_scope: true, list: 'targets' });
    expect(
      (await owner.query(`select count(*)::int as n from target where name like '南乐链接宾馆81%'`)).rows[0].n,
    ).toBe(0);

    const res = await getBinary(t, data.errorSheetUrl);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX_TYPE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Buffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as string[]).filter(Boolean);
    expect(header).toEqual([...HEADERS, '错误']);
    const fill = (r: number, c: number) =>
      (ws.getRow(r).getCell(c).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null;
    expect(fill(2, 7)).toBe('FFFFC7CE'); // 区域代码 of the wrong row, red
    expect(ws.getRow(2).getCell(7).value).toBe('410422');
    expect(fill(2, 1)).not.toBe('FFFFC7CE');
    expect(fill(3, 7)).not.toBe('FFFFC7CE');
    expect(String(ws.getRow(2).getCell(header.length).value)).toMatch(/不在本单位辖区/);
    expect(ws.getRow(4).getCell(1).value).toBe('南乐链接宾馆81002号'); // every row the user sent, in place
  });

  it('the inspector import links its error sheet the same way (R12/R13): the row with no 警官证号 is red there', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('人员');
    ws.addRow(['姓名', '性别', '部门', '警号', '警官证号', '证件有效期至', '执法证号', '技能']);
    ws.addRow(['链接甲', '男', '治安大队', '130699001', '', '', '', '']);
    ws.addRow(['链接乙', '女', '治安大队', '130699002', '豫链2', '2030-12-31', '', '']);
    const res = await supertest(t.server.app)
      .post('/import/inspectors?mode=validate')
      .set('authorization', `Bearer ${coordinator}`)
      .send(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.body.data).toMatchObject({ errorCount: 1, errors: [{ row: 2, column: '警官证号', code: 'REQUIRED' }] });
    const sheet = await getBinary(t, res.body.data.errorSheetUrl);
    expect(sheet.status).toBe(200);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(sheet.body as Buffer);
    const fill = (r: number, c: number) =>
      (back.worksheets[0]!.getRow(r).getCell(c).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null;
    expect([fill(2, 5), fill(3, 5)]).toEqual(['FFFFC7CE', null]);
    expect(back.worksheets[0]!.getRow(3).getCell(1).value).toBe('链接乙');
  });

  it('validate keeps a sheet for warnings alone; an import with nothing to fix has none, and report=xlsx answers the file as before', async () => {
    const warned = await post(await targetsFile(2, 82_000, { extraHeader: '备用电话' }), 'mode=validate');
    expect(warned.body.data).toMatchObject({ errorCount: 0, warningCount: 1, written: false });
    expect(warned.body.data.errorSheetUrl).toMatch(SHEET_URL);
    const clean = await post(await targetsFile(2, 82_100), 'mode=validate');
    expect(clean.body.data).toMatchObject({
      errorCount: 0,
      warningCount: 0,
      errorSheetUrl: null,
      errorSheetPath: null,
    });
    const asFile = await post(await targetsFile(2, 82_200, { badRegion: [1] }), 'mode=validate&report=xlsx')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(asFile.status).toBe(200);
    expect(asFile.headers['content-type']).toContain(XLSX_TYPE);
    expect(asFile.headers['x-import-error-count']).toBe('1');
  });

  it('the stable path works with the bearer header in scope (the importer and a colleague of the bureau); without either it is 401', async () => {
    const { errorSheetPath: path } = await failedImport(83_000);
    for (const token of [coordinator, colleague]) {
      const res = await getBinary(t, path, token);
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent('检查对象导入结果.xlsx'));
    }
    expect((await getBinary(t, path)).status).toBe(401);
    // downloadUrl signs a fresh link later for the owner.
    const fresh = await t.gql(
      'query($p: String!) { downloadUrl(path: $p) { url expiresAt } }',
      { p: path },
      coordinator,
    );
    expect(fresh.body.data.downloadUrl.url).toMatch(SHEET_URL);
    expect((await getBinary(t, fresh.body.data.downloadUrl.url)).status).toBe(200);
  });

  it('R52: an inspector or a department head of the bureau handed the path gets 404 as for a missing id (the sheet holds every uploaded row), no link either; a superior who reads the whole bureau still opens it', async () => {
    const { errorSheetPath: path } = await failedImport(86_000);
    const none = '/import/error-sheets/00000000-0000-4000-8000-000000000000.xlsx';
    for (const persona of ['nanle.inspector', 'nanle.head']) {
      const token = await t.login(persona);
      const [theirs, missing] = [await getBinary(t, path, token), await getBinary(t, none, token)];
      expect([theirs.status, missing.status], persona).toEqual([404, 404]);
      expect(JSON.parse(theirs.body.toString('utf8'))).toEqual(JSON.parse(missing.body.toString('utf8')));
      const asked = await t.gql('query($p: String!) { downloadUrl(path: $p) { url } }', { p: path }, token);
      expect(asked.body.errors[0].extensions.code, persona).toBe('NOT_FOUND');
    }
    expect((await getBinary(t, path, await t.login('puyang.admin'))).status).toBe(200);
  });

  it("fails for another bureau's user: 404 as for an id that does not exist, no link from downloadUrl, and a link signed for them is 404 too", async () => {
    const { errorSheetPath: path, errorSheetUrl: url } = await failedImport(84_000);
    const theirs = await getBinary(t, path, stranger);
    const none = await getBinary(t, '/import/error-sheets/00000000-0000-4000-8000-000000000000.xlsx', stranger);
    expect([theirs.status, none.status]).toEqual([404, 404]);
    expect(JSON.parse(theirs.body.toString('utf8'))).toEqual(JSON.parse(none.body.toString('utf8')));
    const asked = await t.gql('query($p: String!) { downloadUrl(path: $p) { url } }', { p: path }, stranger);
    expect(asked.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const yexian = await sessionOf('yexian.coordinator');
    expect((await getBinary(t, t.server.services.links.sign(path, yexian).url)).status).toBe(404);
    // The owner's link moved to the stranger's user id is no longer signed.
    expect((await getBinary(t, url.replace(/dl_uid=[^&]+/, `dl_uid=${yexian.userId}`))).status).toBe(403);
  });

  it('after logout the signed link is dead (401), as the other downloads', async () => {
    const login = await t.gql(
      'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }',
      { u: 'nanle.coordinator', p: DEMO_PASSWORD },
    );
    const token = login.body.data.login.token as string;
    const { errorSheetUrl: url } = await failedImport(85_000, token);
    expect((await getBinary(t, url)).status).toBe(200);
    expect((await t.gql('mutation { logout { ok } }', {}, token)).body.data.logout.ok).toBe(true);
    const res = await getBinary(t, url);
    expect(res.status).toBe(401);
    expect(code(res)).toBe('UNAUTHENTICATED');
  });

  it('after expiry: an old link is 401 SIGNED_URL_EXPIRED; a sheet past its 24 h is 404 and the next import removes it (a temporary file, not a record)', async () => {
    const { errorSheetPath: path } = await failedImport(86_000);
    const id = path.split('/').pop()!.replace('.xlsx', '');
    const signer = t.server.services.links;
    const old = signer.sign(
      path,
      await sessionOf('nanle.coordinator'),
      new Date(Date.now() - (signer.ttlSeconds + 1) * 1000),
    );
    const late = await getBinary(t, old.url);
    expect(late.status).toBe(401);
    expect(code(late)).toBe('SIGNED_URL_EXPIRED');

    await owner.query(
      `update import_error_sheet set created_at = now() - interval '25 hours', expires_at = now() - interval '1 hour' where id = $1`,
      [id],
    );
    const gone = await getBinary(t, path, coordinator);
    expect(gone.status).toBe(404);
    expect(
      (await t.gql('query($p: String!) { downloadUrl(path: $p) { url } }', { p: path }, coordinator)).body.errors[0]
        .extensions.code,
    ).toBe('NOT_FOUND');
    const left = async () =>
      (await owner.query('select count(*)::int as n from import_error_sheet where id = $1', [id])).rows[0].n;
    expect(await left()).toBe(1);
    // Any import, of any bureau, removes expired sheets; sheets still in their time stay.
    const stillKept = (await owner.query('select count(*)::int as n from import_error_sheet where expires_at > now()'))
      .rows[0].n;
    await supertest(t.server.app)
      .post('/import/targets?mode=validate')
      .set('authorization', `Bearer ${stranger}`)
      .set('content-type', XLSX_TYPE)
      .send(Buffer.from('not a workbook'));
    expect(await left()).toBe(0);
    expect(
      (await owner.query('select count(*)::int as n from import_error_sheet where expires_at > now()')).rows[0].n,
    ).toBeGreaterThanOrEqual(stillKept);
  });

  it('the service role cannot change or delete a kept sheet, nor read one without a scope', async () => {
    const { errorSheetPath: path } = await failedImport(87_000);
    const id = path.split('/').pop()!.replace('.xlsx', '');
    const app = new pg.Client({ connectionString: t.db.ownerUrl });
    await app.connect();
    try {
      await app.query('set role dsr_app');
      expect((await app.query('select count(*)::int as n from import_error_sheet where id = $1', [id])).rows[0].n).toBe(
        0,
      );
      await expect(
        app.query("update import_error_sheet set expires_at = now() + interval '30 days' where id = $1", [id]),
      ).rejects.toThrow(/permission denied/);
      await expect(app.query('delete from import_error_sheet where id = $1', [id])).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await app.end();
    }
  });
});
