import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, seedDemoDirectories, syntheticUscc } from '@dsr/db';
import { startTestApp, type TestApp } from '#test/support/harness';
import { chinaToday } from '#test/support/dates';
import { excelJs } from '../../services/api/src/common/sheets/exceljs-lazy';
import {
  expectAccessible,
  expectOutcome,
  guardedPage,
  launchBrowser,
  listen,
  screenshot,
  signInThroughForm,
  type GuardedPage,
} from '#test/support/browser';

/**
 * 两库 in Chromium (issue 13): the target directory paged by the server with its filters in the URL,
 * a target's page with names, and an import: a sheet with one bad row shows that row and writes
 * nothing; a good sheet (over DSR_IMPORT_JOB_ROWS, so a background job) imports with its progress.
 */
const JOB_ROWS = 3;
const HEADERS = ['名称', '类型', '统一社会信用代码', '区域代码', '行业类别', '管理部门'];
const COUNT = `query($name: String) { targets(filter: { nameContains: $name }) { totalCount } }`;

/** An xlsx of 叶县 hotels `<prefix><n>号`; `bad` spoils the credit code of that data row (0-based). */
async function sheet(prefix: string, rows: number, from: number, bad?: number): Promise<Buffer> {
  const wb = new (await excelJs()).Workbook(); // the API's own exceljs (no copy in the test's dependencies)
  const ws = wb.addWorksheet('检查对象');
  ws.addRow(HEADERS);
  for (let i = 0; i < rows; i++) {
    const code = i === bad ? '91410422MA0000000X' : syntheticUscc('410422', from + i);
    ws.addRow([`${prefix}${i + 1}号`, '单位', code, '410422100', 'HOTEL', '治安大队']);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The names of the rows of the list as shown. */
const rowNames = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row td:first-child').allInnerTexts();

describe('两库 in Chromium (desktop 1440×900)', { timeout: 60_000 }, () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let saved: string | undefined;
  const count = async (name: string) =>
    (await t.gql(COUNT, { name }, await t.login('yexian.coordinator'))).body.data?.targets.totalCount as number;

  beforeAll(async () => {
    saved = process.env.DSR_IMPORT_JOB_ROWS;
    process.env.DSR_IMPORT_JOB_ROWS = String(JOB_ROWS);
    t = await startTestApp({
      jobs: { settings: { pollSeconds: 0.5, maintenanceSeconds: 1, progressIntervalMs: 50, cancelPollMs: 50 } },
    });
    await t.server.services.jobQueue.start(t.orm, { work: true });
    await seedDemoDirectories(t.db.ownerUrl); // 叶县: 12 hotels and 8 internet cafés
    const token = await t.login('yexian.coordinator');
    const me = await t.gql(`{ me { user { bureau { departments { id name } } } } }`, {}, token);
    const zhian = (me.body.data?.me.user.bureau.departments as { id: string; name: string }[]).find(
      (d) => d.name === '治安大队',
    );
    for (let n = 0; n < 5; n++) {
      const target = {
        name: `叶县新登记宾馆${n + 1}号`,
        holderKind: 'ORGANISATION',
        uscc: syntheticUscc('410422', 910_000 + n),
        regionCode: '410422101',
        businessCategory: 'HOTEL',
        departmentId: zhian?.id,
      };
      const res = await t.gql(
        `mutation($t: TargetInput!) { createTarget(input: { target: $t }) { target { id } } }`,
        {
          t: target,
        },
        token,
      );
      expect(res.body.errors).toBeUndefined();
      if (n === 0) {
        const risk = {
          targetId: res.body.data?.createTarget.target.id,
          code: 'PUBLIC_SAFETY_TRADE',
          source: '叶公决字〔2026〕1号',
          since: chinaToday(),
        };
        const recorded = await t.gql(
          `mutation($r: RecordRiskInput!) { recordTargetRisk(input: $r) { target { drawWeight } } }`,
          { r: risk },
          token,
        );
        expect(recorded.body.data?.recordTargetRisk.target.drawWeight).toBe(15);
      }
    }
    base = await listen(t);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.DSR_IMPORT_JOB_ROWS;
    else process.env.DSR_IMPORT_JOB_ROWS = saved;
    await browser?.close();
    await t?.close();
  });

  async function signedIn(username: string, path: string): Promise<GuardedPage> {
    const g = await guardedPage(browser);
    await g.page.goto(`${base}/login?next=${encodeURIComponent(path)}`);
    await signInThroughForm(g.page, username, DEMO_PASSWORD);
    await g.page.waitForURL(`${base}${path}`);
    return g;
  }

  it('the target list: a filter in the URL survives a reload, the next page, a target with names', async () => {
    const g = await signedIn('yexian.coordinator', `/targets?name=${encodeURIComponent('宾馆')}&status=ACTIVE`);
    const { page } = g;
    await page.getByText('共 9 个检查对象').waitFor(); // 4 seeded 宾馆 + 5 registered above
    const filtered = await rowNames(page);
    expect(filtered).toHaveLength(9);
    expect(filtered.every((n) => n.includes('宾馆'))).toBe(true);
    await page.reload();
    await page.getByText('共 9 个检查对象').waitFor();
    expect(await rowNames(page)).toEqual(filtered);
    await screenshot(page, 'directory-01-targets-filtered');
    await expectAccessible(page, 'the filtered target list');

    await page.goto(`${base}/targets`);
    await page.getByText('共 25 个检查对象').waitFor();
    const first = await rowNames(page);
    expect(first).toHaveLength(20);
    await page.getByRole('button', { name: '下一页' }).click();
    await page.waitForURL(/after=/);
    await page.locator('.ant-table-tbody tr.ant-table-row').nth(5).waitFor({ state: 'detached' }); // page 2 read
    const second = await rowNames(page);
    expect(second).toHaveLength(5);
    expect(second.some((n) => first.includes(n))).toBe(false);

    await page.getByRole('link', { name: second[0] }).click();
    await page.waitForURL(/\/targets\/[0-9a-f-]{36}$/);
    await page.getByText('风险记录').first().waitFor();
    const text = await page.locator('main').innerText();
    for (const shown of ['治安大队', '许可证件', '检查记录', '在册']) expect(text).toContain(shown);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // names, never ids
    await screenshot(page, 'directory-02-target');
    await expectAccessible(page, "a target's page");
    g.expectClean();
    await g.context.close();
  });

  it('an import: one bad row is shown with its row number and nothing is written; a good sheet imports with progress', async () => {
    const g = await signedIn('yexian.coordinator', '/targets/import');
    const { page } = g;
    const upload = async (name: string, buffer: Buffer) => {
      await page.locator('input[type=file]').setInputFiles({
        name,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer,
      });
      await page.getByRole('button', { name: /校\s*验/ }).click();
    };

    await upload('bad.xlsx', await sheet('叶县导入坏表宾馆', 4, 920_000, 1));
    // The second data row is row 3 of the sheet (the header is row 1).
    const errorRow = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await errorRow.waitFor();
    const cells = await errorRow.locator('td').allInnerTexts();
    expect(cells[0]).toBe('3');
    expect(cells[1]).toBe('统一社会信用代码');
    expect(cells[2]).toMatch(/统一社会信用代码/);
    expect(await page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(1);
    await page.getByRole('link', { name: /下载错误表/ }).waitFor();
    expect(await page.getByRole('button', { name: /^导入/ }).count()).toBe(0);
    expect(await count('叶县导入坏表宾馆')).toBe(0);
    await screenshot(page, 'directory-03-import-errors');
    await expectAccessible(page, 'an import with an error');

    await upload('good.xlsx', await sheet('叶县导入宾馆', 5, 930_000));
    await page.getByText('校验通过：共 5 行，可以导入').waitFor();
    await page.getByRole('button', { name: '导入 5 行' }).click();
    await page.getByRole('progressbar').waitFor();
    await page.getByText('导入完成').waitFor();
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await page.getByText('共 5 行：新增 5，更新 0，未变 0').waitFor();
    expect(await count('叶县导入宾馆')).toBe(5);
    await screenshot(page, 'directory-04-import-done');
    await expectAccessible(page, 'an import done');

    await page.goto(`${base}/targets?name=${encodeURIComponent('叶县导入宾馆')}`);
    await page.getByText('共 5 个检查对象').waitFor();
    expect((await rowNames(page)).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `叶县导入宾馆${n}号`));
    g.expectClean();
    await g.context.close();
  });

  it('a risk entry with the weight it gives; inspectors with their history; readiness and directory review', async () => {
    const g = await signedIn('yexian.coordinator', `/targets?name=${encodeURIComponent('叶县新登记宾馆1号')}`);
    const { page } = g;
    await page.getByRole('link', { name: '叶县新登记宾馆1号' }).click();
    await page.getByText('风险记录（今日抽取权重 15）').waitFor();
    const risk = await page
      .locator('.ant-card')
      .filter({ hasText: '风险记录' })
      .locator('tr.ant-table-row td')
      .allInnerTexts();
    expect(risk).toEqual([
      '涉及公共安全或严格管制的行业、物品',
      '叶公决字〔2026〕1号',
      `${chinaToday()} 至 持续`,
      '',
      '+5',
    ]);

    await page.goto(`${base}/inspectors`);
    await page.getByText(/共 \d+ 名检查人员/).waitFor();
    const first = (await rowNames(page))[0] ?? '';
    await page.getByRole('link', { name: first }).click();
    await page.getByText('变更记录（R14）').waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/治安大队|网安大队/);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    // R30 declared in the dialog: the 利害关系 card is read again with the target's name.
    await page.getByRole('button', { name: '申报利害关系' }).click();
    const dialog = page.locator('.ant-modal');
    await dialog.getByLabel('检查对象').fill('叶县新登记宾馆1号');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '1号' }).click();
    await dialog.getByLabel('关系').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '近亲属' }).click();
    await dialog.getByLabel('起始日').fill('2026-01-05');
    await dialog.getByLabel('起始日').press('Enter');
    await dialog.getByRole('button', { name: /^申\s*报$/ }).click();
    const conflict = page.locator('.ant-card').filter({ hasText: '利害关系' }).locator('tr.ant-table-row');
    await conflict.filter({ hasText: '叶县新登记宾馆1号' }).waitFor();
    expect(await conflict.locator('td').allInnerTexts()).toEqual(
      expect.arrayContaining(['叶县新登记宾馆1号', '近亲属', '2026-01-05 至 持续']),
    );
    // R30 ended (never deleted): today as the last day, with the reason; the row stays, marked 已结束.
    await conflict
      .filter({ hasText: '叶县新登记宾馆1号' })
      .getByRole('button', { name: /^结\s*束$/ })
      .click();
    const ending = page.locator('.ant-modal').filter({ hasText: '结束利害关系' });
    await ending.getByLabel('结束原因').fill('亲属已调离该单位');
    await ending.getByRole('button', { name: '确认结束' }).click();
    const ended = conflict.filter({ hasText: '已结束' });
    await expectOutcome(page, ended);
    expect(await ended.innerText()).toContain(`2026-01-05 至 ${chinaToday()}`);
    expect(await ended.innerText()).toContain('原因：亲属已调离该单位');
    expect(await ended.getByRole('button', { name: /^结\s*束$/ }).count()).toBe(0);
    await screenshot(page, 'directory-05-inspector');
    await expectAccessible(page, "an inspector's page");

    await page.goto(`${base}/directories`);
    const zhian = page.locator('tr.ant-table-row').filter({ hasText: '治安大队' });
    await zhian.getByText('够 6 人').waitFor();
    await screenshot(page, 'directory-06-readiness');
    await expectAccessible(page, 'department readiness');
    g.expectClean();
    await g.context.close();

    const legal = await signedIn('yexian.legal', '/directories');
    const row = legal.page.locator('tr.ant-table-row').filter({ hasText: '治安大队' });
    await row.getByRole('button', { name: '审核人员名录' }).click();
    await legal.page.locator('.ant-modal').getByRole('button', { name: '提交审核结论' }).click();
    await row.getByText('审核通过').first().waitFor(); // the table as read again
    legal.expectClean();
    await legal.context.close();
  });
});
