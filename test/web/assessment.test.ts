import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '@dsr/domain';
import { startTestApp } from '#test/support/harness';
import { loadTree } from '#test/support/tenancy';
import { siblingCounty } from '#test/support/scenario';
import { expectAccessible, expectOutcome, screenshot, startBrowserApp, type BrowserApp } from '#test/support/browser';
import { demoBureau, seedCounty } from '../supervision/assessment-fixture';

const Y = Number(chinaDay(new Date()).slice(0, 4)) - 1;
const d = (md: string) => `${Y}-${md}`;
const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

/** R55 in Chromium: 平顶山市 sets its standard, scores 叶县 and 鲁山县, drills into the late reports, adjusts and issues. */
describe('考核 in Chromium (1440×900)', { timeout: 180_000 }, () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp(() => startTestApp());
    const { t } = app;
    const tree = await loadTree(t.db.ownerUrl);
    const pds = demoBureau(tree, 'pingdingshan');
    const yexian = demoBureau(tree, 'yexian');
    const lushan = await siblingCounty(t, {
      parentPath: pds.path,
      divisionCode: '410423',
      name: '鲁山县公安局',
      prefix: 'lushan',
    });
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    const lushanUsers = (
      await owner.query<{ id: string }>('select id from app_user where bureau_id = $1 order by username', [lushan.id])
    ).rows.map((r) => r.id) as [string, string];
    const lushanOffice = (
      await owner.query<{ id: string }>('select id from department where bureau_id = $1', [lushan.id])
    ).rows[0]!.id;
    await owner.end();
    await seedCounty(t, {
      bureauId: yexian.bureauId,
      path: yexian.path,
      divisionCode: '410422',
      departments: yexian.departments,
      users: [yexian.user('head').id, yexian.user('admin').id],
      activeTargets: 4,
      inspections: [
        {
          windowEnd: d('03-31'),
          ended: d('03-20'),
          reportDue: d('03-25'),
          report: 'ON_TIME',
          pub: { due: d('04-20'), on: d('04-10') },
        },
        {
          windowEnd: d('04-30'),
          ended: d('04-15'),
          reportDue: d('04-20'),
          report: 'LATE',
          pub: { due: d('05-15'), on: null },
        },
        { windowEnd: d('05-31'), ended: d('05-10'), reportDue: d('05-13'), report: 'ON_TIME', joint: true },
      ],
    });
    await seedCounty(t, {
      bureauId: lushan.id,
      path: lushan.path,
      divisionCode: '410423',
      departments: [lushanOffice],
      users: lushanUsers,
      activeTargets: 4,
      inspections: [
        { windowEnd: d('03-31'), ended: d('03-30'), reportDue: d('04-02'), report: 'LATE' },
        { windowEnd: d('04-30'), ended: null },
      ],
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('R55 sets a standard (weights must add up to 100%), computes, drills down, adjusts with a reason and issues', async () => {
    const desk = await app.signedInPage('pingdingshan.admin', `/assessment?year=${Y}&period=H1`);
    const { page } = desk;
    await page.getByText('该期间尚未制定考核标准').waitFor();
    await page.getByRole('button', { name: label('制定标准') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('权重合计 100%').waitFor();
    await dialog.getByLabel('计划完成率权重').fill('20');
    await dialog.getByText('权重合计 105%（须为 100%）').waitFor();
    await screenshot(page, 'assessment-01-standard-105');
    await dialog.getByRole('button', { name: label('制定') }).click();
    await page.locator('.ant-message-error', { hasText: '各指标权重之和应为 100%，现为 105%' }).waitFor();
    await page.locator('.ant-message-error').waitFor({ state: 'hidden' }); // the toast goes; the next answer is the save's
    await dialog.getByLabel('计划完成率权重').fill('15');
    await dialog.getByText('权重合计 100%').waitFor();
    // the dialog's own primary button, once the refused save has let go of it (its name reads "loading 制定" meanwhile)
    const save = dialog.locator('.ant-modal-footer .ant-btn-primary:not(.ant-btn-loading)');
    await save.click();
    await expectOutcome(page, page.getByText(/考核标准：.*（第 1 版）/));
    await expectAccessible(page, 'the standard');

    await page.getByRole('button', { name: label('计算得分') }).click();
    const ranking = page.locator('.assessment-ranking');
    await expectOutcome(page, ranking.getByText('叶县公安局'));
    expect(await ranking.locator('tbody > tr.ant-table-row').count()).toBe(2);
    await screenshot(page, 'assessment-02-ranking');

    // 叶县's row opens to its indicators, and 按时报告率 to the late report behind it.
    const yeRow = ranking.locator('tr.ant-table-row', { hasText: '叶县公安局' });
    await yeRow.getByRole('button', { name: /展开行|Expand row/ }).click();
    await page.getByRole('button', { name: '查看记录：叶县公安局按时报告率' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('叶县公安局 · 按时报告率').waitFor();
    const records = drawer.locator('.assessment-records tbody tr.ant-table-row');
    await records.first().waitFor();
    expect(await records.count()).toBe(1);
    expect(await records.first().getByRole('link').getAttribute('href')).toMatch(/^\/inspections\//);
    await expectAccessible(page, 'the drill-down');
    await screenshot(page, 'assessment-03-records');
    await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();

    const luRow = ranking.locator('tr.ant-table-row', { hasText: '鲁山县公安局' });
    await luRow.getByRole('button', { name: label('调整') }).click();
    const adjust = page.getByRole('dialog');
    await adjust.getByLabel(/调整分值/).fill('3');
    await adjust.getByRole('button', { name: label('调整') }).click();
    await adjust.getByText('请填写理由').waitFor(); // the form's own check: nothing sent
    await adjust.getByLabel('理由').fill('承办全市联合抽查现场会');
    await adjust.getByRole('button', { name: label('调整') }).click();
    await expectOutcome(page, luRow.getByText('3.00'));
    await screenshot(page, 'assessment-04-adjusted');

    await page.getByRole('button', { name: label('发布') }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: label('发布') })
      .click();
    await expectOutcome(page, page.locator('.ant-tag', { hasText: '已发布' }));
    expect(await page.getByRole('button', { name: label('调整') }).count()).toBe(0);
    await expectAccessible(page, 'the issued assessment');
    await screenshot(page, 'assessment-05-issued');

    // the dashboard of that year charts the issued ranking (R55), the first place on top
    await page.goto(`${app.base}/dashboard?year=${Y}`);
    const rankingCard = page.locator('.ant-card', { hasText: `考核排名（${Y} 年上半年` });
    await rankingCard.getByText('已发布', { exact: false }).waitFor();
    await rankingCard.getByLabel('考核排名').waitFor();
    await screenshot(page, 'assessment-07-dashboard-ranking');
    desk.expectClean([/ASSESSMENT_WEIGHTS_NOT_100|status of 200/]);
    await desk.context.close();
  });

  it('R55 a county is told it has nothing to assess; it never sees its superior’s ranking', async () => {
    const county = await app.signedInPage('yexian.admin', `/assessment?year=${Y}&period=H1`);
    await county.page.getByText('该期间尚未制定考核标准').waitFor();
    expect(await county.page.locator('.assessment-ranking').count()).toBe(0);
    await screenshot(county.page, 'assessment-06-county');
    county.expectClean();
    await county.context.close();
  });
});
