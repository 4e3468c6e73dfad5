import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@dsr/db';
import { startTestApp, type TestApp } from '#test/support/harness';
import { chinaToday } from '#test/support/dates';
import {
  expectAccessible,
  expectOutcome,
  expectSuccessMessage,
  guardedPage,
  launchBrowser,
  listen,
  screenshot,
  signInThroughForm,
  type GuardedPage,
} from '#test/support/browser';

/** Opening a page signed out: the API answers UNAUTHENTICATED with 401, which Chromium logs. */
const SIGNED_OUT = [/^response 401 POST http:\/\/127\.0\.0\.1:\d+\/graphql$/];
const ITEM = '对旅馆业的抽查（网页）';
const PLAN = '叶县公安局年度抽查计划（网页）';

/** antd spaces out two-character button labels ("发 布"). */
const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

async function pickOption(page: Page, field: string, option: string) {
  await page.getByLabel(field, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

/**
 * An irreversible step: the button, then the confirmation dialog, then the page as read again after the
 * answer (`done`, exact text), or the success message where the page shows no new state.
 */
async function confirmStep(page: Page, button: string, done?: string) {
  await page
    .getByRole('button', { name: label(button) })
    .first()
    .click();
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: label(button) })
    .click();
  if (done) await expectOutcome(page, page.getByText(done, { exact: true }).first());
  else await expectSuccessMessage(page);
}

describe('一单 and 计划 in Chromium (desktop 1440×900)', { timeout: 120_000 }, () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    base = await listen(t);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Opens `path` signed out, signs in as `username` through the form, and is back at `path`. */
  async function as(username: string, path: string): Promise<GuardedPage> {
    const g = await guardedPage(browser);
    await g.page.goto(`${base}${path}`);
    await g.page.waitForURL(/\/login\?next=/);
    await signInThroughForm(g.page, username, DEMO_PASSWORD);
    await g.page.waitForURL(`${base}${path}`);
    return g;
  }

  it('an item drafted and submitted by the office, approved by 法制, published by the office', async () => {
    const office = await as('yexian.coordinator', '/items/new');
    const { page } = office;
    await page.getByLabel('抽查事项名称').fill(ITEM);
    await pickOption(page, '检查主体', '治安大队');
    await page.getByLabel('检查对象').fill('旅馆从业单位');
    await page.getByPlaceholder(/法律、法规或规章名称/).fill('《旅馆业治安管理办法》');
    await page.getByPlaceholder('检查内容').first().fill('是否按规定登记旅客身份信息');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/items\/[0-9a-f-]{36}$/);
    const itemPath = new URL(page.url()).pathname;
    await confirmStep(page, '提交法制审核', '法制审核中');

    const legal = await as('yexian.legal', '/items/review');
    await legal.page.getByRole('link', { name: ITEM }).click();
    await legal.page.waitForURL(`${base}${itemPath}`);
    await screenshot(legal.page, 'items-01-legal-review');
    await expectAccessible(legal.page, 'an item in legal review');
    await confirmStep(legal.page, '审核通过');
    legal.expectClean(SIGNED_OUT);
    await legal.context.close();

    await page.reload();
    await confirmStep(page, '发布', '已发布');
    await page.getByText('第 1 版').first().waitFor();
    const text = await page.locator('main').innerText();
    for (const shown of ['已发布', '治安大队', '叶县公安局', '《旅馆业治安管理办法》']) expect(text).toContain(shown);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // names, never ids
    await screenshot(page, 'items-02-published');
    office.expectClean(SIGNED_OUT);
    await office.context.close();
  });

  it('a plan with a task and a round filed by 叶县 and acknowledged by 平顶山', async () => {
    const office = await as('yexian.coordinator', '/plans');
    const { page } = office;
    await page.getByRole('button', { name: '新建计划' }).click();
    await page.getByLabel('标题').fill(PLAN);
    await page.locator('.ant-modal').getByRole('button', { name: '创建草稿' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    const planPath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: '添加任务' }).click();
    await page.getByLabel('任务名称').fill('旅馆业抽查');
    await pickOption(page, '抽查事项', ITEM);
    await page.keyboard.press('Escape');
    await pickOption(page, '参加部门', '治安大队');
    await page.keyboard.press('Escape');
    await page
      .locator('.ant-modal')
      .getByRole('button', { name: label('保存') })
      .click();
    await page.getByRole('button', { name: '添加轮次' }).click();
    await page.getByPlaceholder('开始日期').fill(chinaToday());
    await page.getByPlaceholder('结束日期').fill(chinaToday());
    await page.keyboard.press('Enter');
    await page
      .locator('.ant-modal')
      .getByRole('button', { name: label('保存') })
      .click();
    await page.getByText(`第 1 轮：${chinaToday()} 至 ${chinaToday()}`).waitFor();
    await screenshot(page, 'plans-01-draft');
    await expectAccessible(page, 'a draft plan');
    await confirmStep(page, '报备', '已报备待处理');
    office.expectClean(SIGNED_OUT);
    await office.context.close();

    const city = await as('pingdingshan.coordinator', '/plans/filings');
    await city.page.getByRole('link', { name: PLAN }).waitFor();
    await screenshot(city.page, 'plans-02-filing-queue');
    await expectAccessible(city.page, 'the filing queue');
    await city.page.getByRole('link', { name: PLAN }).click();
    await city.page.waitForURL(`${base}${planPath}`);
    // Not '已确认备案': that is also the success message; the plan as read again shows the status 已备案.
    await confirmStep(city.page, '确认备案', '已备案');
    const text = await city.page.locator('main').innerText();
    for (const shown of ['已备案', '叶县公安局', '旅馆业抽查', ITEM, '治安大队']) expect(text).toContain(shown);
    await screenshot(city.page, 'plans-03-acknowledged');
    city.expectClean(SIGNED_OUT);
    await city.context.close();
  });
});
