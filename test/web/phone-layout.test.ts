import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@dsr/db';
import { startTestApp, type TestApp } from '#test/support/harness';
import { loadTree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import {
  expectAccessible,
  guardedPage,
  launchBrowser,
  listen,
  screenshot,
  signInThroughForm,
} from '#test/support/browser';

const PHONE = { width: 390, height: 844 };
const TARGET = '叶县手机旅馆';

/**
 * The page fits the phone: nothing scrolls sideways (wide tables scroll inside their own box), nothing
 * in the header is cut off, and the page's content gets the screen's width (no side menu beside it).
 */
async function fitsThePhone(page: Page, what: string): Promise<void> {
  const [pageWidth, headerOverflow, mainWidth] = await page.evaluate(() => {
    const header = document.querySelector('header');
    const main = document.querySelector('main');
    return [
      document.documentElement.scrollWidth,
      header ? header.scrollWidth - header.clientWidth : -1,
      main?.getBoundingClientRect().width ?? 0,
    ];
  });
  expect(pageWidth, `${what} wider than the phone`).toBeLessThanOrEqual(PHONE.width);
  expect(headerOverflow, `${what}: the header cut off`).toBe(0);
  expect(mainWidth, `${what}: the content squeezed`).toBe(PHONE.width);
}

/** Waits for the CSS animations and transitions of `selector` and its descendants to end. */
async function settled(page: Page, selector: string): Promise<void> {
  await page
    .locator(selector)
    .evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
}

/** Opens the menu drawer by its button and follows one of its entries. */
async function viaMenu(page: Page, entry: string): Promise<void> {
  await page.getByRole('button', { name: '菜单', exact: true }).click();
  const drawer = page.getByRole('dialog');
  // A menu item's name starts with its icon's ("carry-out 待办").
  await drawer.getByRole('menuitem', { name: new RegExp(`\\s${entry}$`) }).click();
  await drawer.waitFor({ state: 'hidden' });
}

describe('the workbench on a phone (390×844) in Chromium', { timeout: 60_000 }, () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let inspectionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ inspectionId } = await hotelUnderDirectCheck(t, await loadTree(t.db.ownerUrl), {
      serial: 931,
      targetName: TARGET,
      reference: '手机布局-1',
      badgePrefix: 'PH',
      address: '河南省平顶山市叶县九龙街道 3 号',
    }));
    base = await listen(t);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('to-do, my inspections and an inspection fit the screen; the menu is a drawer behind a button', async () => {
    const g = await guardedPage(browser, PHONE);
    const { page } = g;
    await page.goto(`${base}/login`);
    await signInThroughForm(page, 'yexian.inspector', DEMO_PASSWORD);
    await page.waitForURL(`${base}/todo`);
    const mine = page.locator('.ant-card', { hasText: '本人参加' });
    await expect.poll(() => mine.locator('.ant-statistic-content-value').textContent()).toBe('1');
    // The header keeps the essentials: the bureau, the menu button, the user menu; the side menu is gone.
    const header = page.locator('header');
    expect(await header.innerText()).toContain('叶县公安局');
    expect(await header.innerText()).not.toContain('双随机');
    expect(await page.locator('.ant-layout-sider').count()).toBe(0);
    await fitsThePhone(page, 'the to-do page');
    await screenshot(page, 'phone-01-todo');
    await expectAccessible(page, 'the to-do page on a phone');

    await page.getByRole('button', { name: '菜单', exact: true }).click();
    await page
      .getByRole('dialog')
      .getByRole('menuitem', { name: /\s待办$/ })
      .waitFor();
    await settled(page, '.ant-drawer-content-wrapper'); // the drawer slides in
    await screenshot(page, 'phone-02-menu-drawer');
    await expectAccessible(page, 'the menu drawer');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    await viaMenu(page, '我的检查');
    await page.waitForURL(`${base}/inspections`);
    await page.getByRole('link', { name: TARGET }).waitFor();
    await fitsThePhone(page, 'my inspections');
    await screenshot(page, 'phone-03-my-inspections');
    await expectAccessible(page, 'my inspections on a phone');

    await page.getByRole('link', { name: TARGET }).click();
    await page.waitForURL(`${base}/inspections/${inspectionId}`);
    await page.getByRole('heading', { name: TARGET }).waitFor();
    await fitsThePhone(page, 'the inspection page');
    // The team: one block per member (a table would cut 部门 at the edge), the numbers on labelled lines.
    const team = page.locator('.ant-card').filter({ has: page.getByText('检查组', { exact: true }) });
    expect(await team.locator('table').count()).toBe(0);
    expect(await team.getByRole('listitem').first().innerText()).toMatch(
      /^治安检查员\d\n执法证号：PH\d\n警号：PH\d\n部门：叶县公安局 治安大队\n加入方式：/,
    );
    await screenshot(page, 'phone-04-inspection');
    await expectAccessible(page, 'the inspection page on a phone');

    await viaMenu(page, '待办');
    await page.waitForURL(`${base}/todo`);
    await page.getByRole('button', { name: '账户' }).click();
    await page.getByRole('menuitem', { name: /退出登录/ }).click();
    await page.waitForURL(`${base}/login`);
    g.expectClean();
    await g.context.close();
  });
});
