import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDirectories, seedSyntheticInspections } from '@dsr/db';
import { startTestApp } from '#test/support/harness';
import { chinaToday } from '#test/support/dates';
import {
  expectAccessible,
  guardedPage,
  optionsOf,
  screenshot,
  signInByRequest,
  startBrowserApp,
  type BrowserApp,
} from '#test/support/browser';

const year = Number(chinaToday().slice(0, 4));

/** Console warnings (the guarded page fails on errors only): react-router's, React's, ours. */
function warningsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') seen.push(m.text());
  });
  return seen;
}

/** The text of the SVG chart labelled `label`, its text nodes joined (a wrapped label reads whole). */
async function chartText(page: Page, label: string): Promise<string> {
  const chart = page.getByRole('img', { name: label });
  await chart.locator('svg text').first().waitFor();
  return (await chart.locator('svg text').allTextContents()).join('');
}

/**
 * What a bureau user's walk-through of the workbench found (the session's list, items 1–8): region names instead of
 * bare codes, an empty plan's neutral note, an empty dashboard's reasons, whole trade names on the chart, the public
 * pages on a phone before a bureau is chosen, the inspection page's way back, no HydrateFallback warning, and 考核 only
 * for a bureau with subordinates.
 */
describe('the walk-through’s findings in Chromium', { timeout: 240_000 }, () => {
  let app: BrowserApp;
  const savedExportRows = process.env.DSR_EXPORT_JOB_ROWS;

  beforeAll(async () => {
    // Exports above 5 rows run as jobs (read when the server starts): the archive list of 南乐 is one.
    process.env.DSR_EXPORT_JOB_ROWS = '5';
    // The queue runs here for the archive list's background export.
    app = await startBrowserApp(() =>
      startTestApp({
        jobs: { settings: { pollSeconds: 0.5, maintenanceSeconds: 1, progressIntervalMs: 50, cancelPollMs: 50 } },
      }),
    );
    const { t } = app;
    await t.server.services.jobQueue.start(t.orm, { work: true });
    await seedDemoDirectories(t.db.ownerUrl);
    await seedSyntheticInspections(t.db.ownerUrl, {
      cityCode: '4109',
      inspections: 200,
      inspectorsPerDepartment: 3,
      targetsPerBureau: 60,
      years: 1,
    });
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    await owner.query('select app_private.refresh_statistics()');
    await owner.end();
  });
  afterAll(async () => {
    await app?.close();
    if (savedExportRows === undefined) delete process.env.DSR_EXPORT_JOB_ROWS;
    else process.env.DSR_EXPORT_JOB_ROWS = savedExportRows;
  });

  it('the targets list and filter name the county and township (叶县 · 昆阳街道) beside the code; no console warning', async () => {
    const g = await guardedPage(app.browser);
    const warnings = warningsOf(g.page);
    await signInByRequest(g.context, app.base, 'yexian.coordinator');
    await g.page.goto(`${app.base}/targets`);
    const { page } = g;
    const row = page.locator('tbody tr', { hasText: '昆阳街道' }).first();
    await row.waitFor();
    expect(await row.innerText()).toMatch(/叶县 · 昆阳街道\s*410422100/);
    expect(await page.locator('tbody').innerText()).toContain('叶县 · 廉村镇');
    await page.getByLabel('区域', { exact: true }).click();
    await page.locator('.ant-select-item-option', { hasText: '叶县 · 任店镇（410422102）' }).first().waitFor();
    await page.keyboard.press('Escape');
    await expectAccessible(page, 'the targets list with region names');
    await screenshot(page, 'findings-01-targets-regions');
    // react-router's "No `HydrateFallback` element provided" came on every first load of a lazy route.
    expect(warnings.filter((w) => /HydrateFallback/.test(w))).toEqual([]);
    expect(warnings).toEqual([]);
    g.expectClean();
    await g.context.close();
  });

  it('a plan with no tasks says there is nothing to check yet, not the green “未发现低于要求之处”', async () => {
    const token = await app.t.login('yexian.coordinator');
    const res = await app.t.gql(
      'mutation($i: CreatePlanInput!) { createPlan(input: $i) { plan { id } } }',
      { i: { kind: 'BUREAU', title: `叶县公安局${year + 1}年度抽查计划（空）`, year: year + 1 } },
      token,
    );
    const planId = res.body.data?.createPlan?.plan?.id as string;
    expect(planId, JSON.stringify(res.body.errors)).toBeTruthy();
    const g = await app.signedInPage('yexian.coordinator', `/plans/${planId}`);
    const { page } = g;
    const note = page.locator('.ant-alert', { hasText: '尚无抽查任务' });
    await note.waitFor();
    expect(await note.getAttribute('class')).toContain('ant-alert-info');
    expect(await page.locator('body').innerText()).not.toContain('未发现低于要求之处');
    await screenshot(page, 'findings-02-empty-plan');
    // The task dialog offers the directory's regions by name, and shows a chosen one so (not a bare code).
    await page.getByRole('button', { name: /添加任务/ }).click();
    const dialog = page.getByRole('dialog');
    const region = dialog.getByLabel('对象范围：区域', { exact: true });
    await region.click();
    await (await optionsOf(region)).filter({ hasText: '叶县 · 廉村镇（410422101）' }).first().click();
    await region.press('Escape');
    await dialog.locator('.ant-select-selection-item', { hasText: '叶县 · 廉村镇（410422101）' }).waitFor();
    await expectAccessible(page, 'the task dialog with a region', dialog);
    await screenshot(page, 'findings-02b-task-dialog-region');
    g.expectClean();
    await g.context.close();
  });

  it('a county with nothing inspected sees why each chart is empty, not empty axes; and no 考核 in its menu (R55)', async () => {
    const g = await app.signedInPage('yexian.admin', `/dashboard?year=${year}`);
    const { page } = g;
    await page.getByText('所选期间没有应检查或已检查的对象').waitFor();
    await page.getByText('所选期间没有检查记录').waitFor();
    expect(await page.locator('.ant-empty').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole('img', { name: '按月趋势图' }).count()).toBe(0);
    expect(await page.getByRole('img', { name: '按行业的检查与发现问题' }).count()).toBe(0);
    await expectAccessible(page, 'the empty county dashboard');
    await screenshot(page, 'findings-03-empty-dashboard');
    // 叶县 has no subordinate bureau: nothing to assess, so the menu does not offer 考核.
    await page.getByRole('menuitem', { name: /统计看板/ }).waitFor();
    expect(await page.getByRole('menuitem', { name: /考核/ }).count()).toBe(0);
    g.expectClean();
    await g.context.close();

    const city = await app.signedInPage('pingdingshan.admin', '/todo');
    await city.page.getByRole('menuitem', { name: /考核/ }).waitFor();
    city.expectClean();
    await city.context.close();
  });

  for (const width of [1440, 1920])
    it(`the 按行业 chart shows every trade's whole name at ${width} wide (互联网上网服务营业场所（网吧）)`, async () => {
      const g = await guardedPage(app.browser, { width, height: width === 1920 ? 1080 : 900 });
      await signInByRequest(g.context, app.base, 'nanle.admin');
      const { page } = g;
      await page.goto(`${app.base}/dashboard?year=${year}`);
      const text = await chartText(page, '按行业的检查与发现问题');
      for (const name of ['互联网上网服务营业场所（网吧）', '旅馆业', '娱乐场所', '典当业', '寄递物流业'])
        expect(text, name).toContain(name);
      expect(text).not.toMatch(/\.\.\.|…/);
      // Every label inside the chart's box (none clipped at its left edge).
      const outside = await page.getByRole('img', { name: '按行业的检查与发现问题' }).evaluate((box) => {
        const frame = box.getBoundingClientRect();
        return [...box.querySelectorAll('svg text')]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.left < frame.left - 1 || r.right > frame.right + 1;
          })
          .map((t) => `${t.textContent} ${JSON.stringify(t.getBoundingClientRect())} ${JSON.stringify(frame)}`);
      });
      expect(outside).toEqual([]);
      await page.getByRole('img', { name: '按行业的检查与发现问题' }).scrollIntoViewIfNeeded();
      await screenshot(page, `findings-04-trades-${width}`, { fullPage: false });
      g.expectClean();
      await g.context.close();
    });

  it('导出档案清单 over the sync threshold runs as a background job followed in the page, then its file (R42)', async () => {
    const g = await app.signedInPage('nanle.admin', '/inspections/all');
    const { page } = g;
    await page.locator('.ant-table tbody tr').first().waitFor();
    await page.getByRole('button', { name: /导出档案清单/ }).click();
    await page.getByText('后台导出档案清单').waitFor();
    const file = page.getByRole('link', { name: '下载 检查档案保存期限.xlsx' });
    await file.waitFor({ timeout: 60_000 });
    await page.getByText(/已完成：已导出 \d+ \/ \d+ 行/).waitFor();
    // A reload finds the followed export again (its job id kept in the tab's sessionStorage).
    await page.reload();
    await file.waitFor();
    await expectAccessible(page, 'the archive list run as a job');
    await screenshot(page, 'findings-07-archive-list-job');
    const bytes = await page.request.get(`${app.base}${await file.getAttribute('href')}`);
    expect(bytes.status()).toBe(200);
    expect((await bytes.body()).subarray(0, 2).toString()).toBe('PK'); // an xlsx (a zip)
    g.expectClean();
    await g.context.close();
  });

  it('on a phone: the inspection page leads back to the list (返回), and the public draws and items pages prompt with the bureaus', async () => {
    const owner = new pg.Client({ connectionString: app.t.db.ownerUrl });
    await owner.connect();
    const { rows } = await owner.query<{ id: string }>(
      `select i.id from inspection i join bureau b on b.id = i.bureau_id where b.division_code = '410923' limit 1`,
    );
    await owner.end();
    const phone = { width: 390, height: 844 };
    const g = await app.signedInPage('nanle.admin', `/inspections/${rows[0]!.id}`, { viewport: phone });
    const { page } = g;
    const back = page.getByRole('link', { name: /返回检查办理/ });
    await back.waitFor();
    const box = await back.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await screenshot(page, 'findings-05-inspection-phone', { fullPage: false });
    await back.click();
    await page.waitForURL(/\/inspections\/all$/);
    g.expectClean();
    await g.context.close();

    // Two bureaus have published (an item list each, written here as published): the visitor chooses between them.
    const owner2 = new pg.Client({ connectionString: app.t.db.ownerUrl });
    await owner2.connect();
    await owner2.query(`insert into publication (id, tenant_id, bureau_id, scope_path, kind, subject_id, series_id, version,
        action, status, document, document_sha256, prepared_by, prepared_at, approved_by, approved_at, published_at,
        event_date)
      select x.id, b.tenant_id, b.id, b.path, 'ITEM_LIST', b.id, x.id, 1, 'PUBLISH', 'PUBLISHED', '{"items": []}'::jsonb,
             encode(sha256(convert_to('{"items": []}', 'UTF8')), 'hex'),
             (select u.id from app_user u where u.bureau_id = b.id order by u.username limit 1), now(),
             (select u.id from app_user u where u.bureau_id = b.id order by u.username offset 1 limit 1), now(), now(),
             current_date
        from bureau b cross join lateral (select gen_random_uuid() as id) x
       where b.division_code in ('410422', '410923')`);
    await owner2.end();
    for (const [at, what] of [
      ['/gs/draws', '抽取公示'],
      ['/gs/items', '抽查事项清单'],
    ] as const) {
      const visitor = await guardedPage(app.browser, phone, { isMobile: true, hasTouch: true });
      const { page: p } = visitor;
      await p.goto(`${app.base}${at}`);
      // With no bureau chosen the page says what to do and offers the bureaus that published, never a blank.
      const prompt = p.locator('.public-choose-bureau');
      await prompt.getByText(`${what}按公示机关公布`).waitFor();
      await prompt.getByRole('button', { name: `查看叶县公安局的${what}` }).waitFor();
      await expectAccessible(p, `${at} on a phone`);
      await screenshot(p, `findings-06-public${at.replaceAll('/', '-')}-phone`);
      await prompt.getByRole('button', { name: `查看南乐县公安局的${what}` }).click();
      await p.waitForURL(/bureau=410923/);
      // The form shows the chosen bureau, the prompt gives way to the results.
      await p.locator('.ant-select', { hasText: '南乐县公安局' }).first().waitFor();
      expect(await prompt.count()).toBe(0);
      visitor.expectClean();
      await visitor.context.close();
    }
  });
});
