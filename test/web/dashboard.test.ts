import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSyntheticInspections } from '@dsr/db';
import { startTestApp } from '#test/support/harness';
import { chinaToday } from '#test/support/dates';
import {
  expectAccessible,
  guardedPage,
  pickOption,
  screenshot,
  signInThroughForm,
  startBrowserApp,
  type BrowserApp,
} from '#test/support/browser';
import { DEMO_PASSWORD } from '@dsr/db';
// The API's own loader of exceljs (a dependency of the API package, not of the repository root).
import { excelJs } from '../../services/api/src/common/sheets/exceljs-lazy';

const year = Number(chinaToday().slice(0, 4));

/**
 * Issue 15 in Chromium: 濮阳's dashboard shows 南乐 and never 叶县 on every view, drills down from the
 * city to the county, its departments and the inspection records, downloads the xlsx, and reads on a
 * projector at 1920×1080. The figures come from synthetic inspections over 濮阳 and 平顶山.
 */
describe('统计看板 in Chromium (1440×900 and 1920×1080)', { timeout: 180_000 }, () => {
  let app: BrowserApp;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    app = await startBrowserApp(() => startTestApp());
    const { t } = app;
    for (const city of ['4109', '4104'])
      await seedSyntheticInspections(t.db.ownerUrl, {
        cityCode: city,
        inspections: 400,
        inspectorsPerDepartment: 3,
        targetsPerBureau: 100,
        years: 1,
      });
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    await owner.query(`insert into inspection_report (id, tenant_id, bureau_id, scope_path, inspection_id, status, content, steps,
        findings, assessment, opinion, submitted_by, submitted_at)
      select gen_random_uuid(), i.tenant_id, i.bureau_id, i.scope_path, i.id, 'APPROVED', '内容', '步骤', '发现', '评价',
             (array['NO_ANOMALY', 'NO_ANOMALY', 'RECTIFICATION', 'CASE_FILED', 'REFERRED'])[1 + (row_number() over (order by i.id))::int % 5],
             i.created_by, now()
        from inspection i where i.check_ended_on is not null`);
    await owner.query('select app_private.refresh_statistics()');
    for (const r of (
      await owner.query<{ id: string; name: string }>(
        `select id, name from bureau where division_code in ('4109', '410923', '410422')`,
      )
    ).rows)
      id[r.name] = r.id;
    await owner.end();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('濮阳 sees 南乐 and not 叶县, drills down to the records, downloads the xlsx', async () => {
    const g = await app.signedInPage('puyang.admin', `/dashboard?year=${year}`);
    const { page } = g;
    const units = page.locator('.dashboard-units');
    await units.getByText('南乐县公安局').first().waitFor();
    await page.locator('[role=img] svg').first().waitFor();
    await expect.poll(() => page.locator('[role=img] svg').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('body').innerText()).not.toContain('叶县');
    await expectAccessible(page, 'the city dashboard');
    expect(await page.locator('.dashboard-kpis').innerText()).toContain('已完成 · 截至 12 月底');
    await screenshot(page, 'dashboard-01-puyang');

    // The region filter lists the city and its county only.
    await pickOption(page, '部门', '治安');
    await expect.poll(() => new URL(page.url()).searchParams.get('dept')).toBe('zhian');
    await pickOption(page, '部门', '全部部门');

    // The xlsx: the same figures as the table.
    const nanleDue = await units.locator('tbody tr', { hasText: '南乐县公安局' }).locator('td').nth(1).innerText();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出 Excel/ }).click(),
    ]);
    const book = new (await excelJs()).Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.getWorksheet('下级单位')!;
    const names: unknown[] = [];
    sheet.eachRow((r) => names.push(r.getCell(1).value));
    expect(names).toContain('南乐县公安局');
    expect(names.join()).not.toContain('叶县');
    const nanleRow = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === '南乐县公安局')!;
    expect(nanleRow.getCell(2).value).toBe(Number(nanleDue));

    // City → county: the county's departments; the breadcrumb leads back.
    await page.getByRole('button', { name: '下钻到南乐县公安局' }).click();
    await page.locator('.ant-breadcrumb').getByText('濮阳市公安局').waitFor();
    await units.getByText('治安大队').waitFor();
    expect(new URL(page.url()).searchParams.get('unit')).toBe(id['南乐县公安局']);
    expect(await page.locator('body').innerText()).not.toContain('叶县');
    await screenshot(page, 'dashboard-02-nanle-departments');

    // County → department → the inspection records behind the number → one record.
    const zhian = units.locator('tbody tr', { hasText: '治安大队' });
    const inspected = Number(await zhian.locator('td').nth(4).innerText());
    expect(inspected).toBeGreaterThan(0);
    await zhian.locator('td').nth(4).getByRole('link').click();
    await page.waitForURL(/\/inspections\/all\?/);
    expect(new URL(page.url()).searchParams.get('bureau')).toBe(id['南乐县公安局']);
    await page.getByText(`共 ${inspected} 次检查`).waitFor();
    await screenshot(page, 'dashboard-03-records');
    await page.locator('tbody tr').first().getByRole('link').click();
    await page.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
    await page.getByText('牵头部门').first().waitFor();
    await screenshot(page, 'dashboard-04-record');

    // A drill into 叶县 through the URL: the page that never says whether it exists.
    await page.goto(`${app.base}/dashboard?year=${year}&unit=${id['叶县公安局']}`);
    await page.getByText('不存在或无权访问').waitFor();
    expect(await page.locator('body').innerText()).not.toContain('叶县');
    g.expectClean();
    await g.context.close();
  });

  it('full screen on a projector (1920×1080): large figures, no sideways scrolling, 南乐 without 叶县', async () => {
    const g = await guardedPage(app.browser, { width: 1920, height: 1080 });
    const { page } = g;
    const at = `/dashboard?year=${year}&full=1&refresh=1`;
    await page.goto(`${app.base}/login?next=${encodeURIComponent(at)}`);
    await signInThroughForm(page, 'puyang.leader', DEMO_PASSWORD);
    await page.waitForURL(`${app.base}${at}`);
    await page.locator('.dashboard-full .dashboard-units').getByText('南乐县公安局').first().waitFor();
    await expect.poll(() => page.locator('.dashboard-full [role=img] svg').count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByRole('switch', { name: '自动刷新' }).getAttribute('aria-checked')).toBe('true');
    const kpi = await page
      .locator('.dashboard-kpis .ant-statistic-content')
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(kpi).toBeGreaterThanOrEqual(36);
    const overflow = await page.locator('.dashboard-full').evaluate((e) => e.scrollWidth - e.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('body').innerText()).not.toContain('叶县');
    await page.screenshot({ path: 'test/web/screenshots/dashboard-05-fullscreen-1920.png' });
    await page.getByRole('button', { name: /退出全屏/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('full')).toBeNull();
    g.expectClean();
    await g.context.close();
  });

  it('南乐 sees itself only, by department, and no dashboard menu for an inspector', async () => {
    const g = await app.signedInPage('nanle.admin', `/dashboard?year=${year}`);
    const { page } = g;
    await page.locator('.dashboard-units').getByText('治安大队').waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('濮阳市公安局（本级）');
    expect(text).not.toContain('叶县');
    await screenshot(page, 'dashboard-06-nanle');
    g.expectClean();
    await g.context.close();

    const inspector = await app.signedInPage('nanle.inspector', '/todo');
    await inspector.page.getByRole('menu').first().waitFor();
    expect(await inspector.page.getByRole('menuitem', { name: /统计看板/ }).count()).toBe(0);
    inspector.expectClean();
    await inspector.context.close();
  });
});
