import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@dsr/db';
import { startTestApp, type TestApp } from '#test/support/harness';
import { loadTree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import {
  expectAccessible,
  guardedPage,
  screenshot,
  signInThroughForm,
  startBrowserApp,
  type BrowserApp,
  type GuardedPage,
} from '#test/support/browser';

/** Asking for a page while signed out: the API answers UNAUTHENTICATED with 401, which Chromium logs. */
const SIGNED_OUT = [/^response 401 POST http:\/\/127\.0\.0\.1:\d+\/graphql$/];
const TARGET = '叶县网页旅馆';
const PHONE = { width: 390, height: 844 };

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

// A browser on a loaded 2-core machine: each scenario takes seconds, more when the other test files run beside it.
describe('the web workbench in Chromium (desktop 1440×900, and a phone 390×844)', { timeout: 90_000 }, () => {
  let app: BrowserApp;
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let inspectionId: string;

  beforeAll(async () => {
    app = await startBrowserApp(() => startTestApp());
    ({ t, base, browser } = app);
    const tree = await loadTree(t.db.ownerUrl);
    ({ inspectionId } = await hotelUnderDirectCheck(t, tree, {
      serial: 913,
      targetName: TARGET,
      reference: '网页测试-1',
      badgePrefix: 'WB',
      address: '河南省平顶山市叶县昆阳大道 18 号',
    }));
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Opens `path` signed out, lands on the sign-in form, signs in as `username`: back at `path`. */
  async function signedInAt(g: GuardedPage, path: string, username: string) {
    await g.page.goto(`${base}${path}`);
    await g.page.waitForURL(/\/login\?next=/);
    expect(new URL(g.page.url()).searchParams.get('next')).toBe(path);
    await signInThroughForm(g.page, username, DEMO_PASSWORD);
    await g.page.waitForURL(`${base}${path}`);
  }

  it('signs in as yexian.inspector: the to-do page, my inspections and an inspection with names, not ids', async () => {
    const g = await guardedPage(browser);
    const { page } = g;
    await page.goto(base);
    await page.getByRole('button', { name: /登\s*录/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, '01-sign-in');
    await expectAccessible(page, 'the sign-in page');

    await signInThroughForm(page, 'yexian.inspector', 'wrong-password-1');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('用户名或密码错误');
    await signInThroughForm(page, 'yexian.inspector', DEMO_PASSWORD);
    await page.waitForURL(`${base}/todo`);
    await page.getByText('我的检查', { exact: true }).first().waitFor();
    const mine = page.locator('.ant-card', { hasText: '本人参加' });
    await expect.poll(() => mine.locator('.ant-statistic-content-value').textContent()).toBe('1');
    await screenshot(page, '02-todo-inspector');
    await expectAccessible(page, 'the to-do page');

    await mine.getByRole('link', { name: '查看' }).click();
    await page.waitForURL(`${base}/inspections`);
    await page.getByRole('link', { name: TARGET }).waitFor();
    await screenshot(page, '03-my-inspections');
    await expectAccessible(page, 'my inspections');

    await page.getByRole('link', { name: TARGET }).click();
    await page.waitForURL(`${base}/inspections/${inspectionId}`);
    await page.getByRole('heading', { name: TARGET }).waitFor();
    const text = await page.locator('main').innerText();
    for (const shown of ['治安检查员1', 'WB1', '治安大队', '对旅馆业的抽查', '昆阳大道']) expect(text).toContain(shown);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // names, never ids
    await screenshot(page, '04-inspection');
    await expectAccessible(page, 'the inspection page');

    await page.getByRole('button', { name: /退出登录/ }).click();
    await page.waitForURL(`${base}/login`);
    await page.goto(`${base}/todo`);
    await page.waitForURL(/\/login\?next=%2Ftodo$/); // signed out: the session is gone
    g.expectClean(SIGNED_OUT);
    await g.context.close();
  });

  it('a lapsed session returns to sign-in and then to the page the user was on', async () => {
    const g = await guardedPage(browser);
    const path = `/inspections/${inspectionId}`;
    await signedInAt(g, path, 'yexian.inspector');
    await g.page.getByRole('heading', { name: TARGET }).waitFor();
    await g.context.clearCookies(); // the cookie lapsed (its Max-Age passed)
    await g.page.getByRole('menuitem', { name: /待办/ }).click();
    await g.page.waitForURL(/\/login\?next=%2Ftodo$/);
    await g.page.getByRole('button', { name: /登\s*录/ }).waitFor(); // painted, not only routed: the shot shows the form
    await screenshot(g.page, '05-session-lapsed');
    await signInThroughForm(g.page, 'yexian.inspector', DEMO_PASSWORD);
    await g.page.waitForURL(`${base}/todo`);
    await g.page.getByText('本人参加').waitFor();
    g.expectClean(SIGNED_OUT);
    await g.context.close();
  });

  it('a 南乐 user who types a 叶县 inspection’s address sees “不存在或无权访问”', async () => {
    // Signed in by request: the form and the return to a deep link are the two scenarios above.
    const g = await app.signedInPage('nanle.inspector', `/inspections/${inspectionId}`);
    await g.page.getByText('不存在或无权访问').waitFor();
    const text = await g.page.locator('main').innerText();
    expect(text).not.toContain(TARGET);
    await screenshot(g.page, '06-neighbour-not-found');
    await expectAccessible(g.page, 'the not-found page');
    g.expectClean();
    await g.context.close();
  });

  // On a phone (390×844): here, not in a file of its own, to share the app, the browser and the inspection.
  it('to-do, my inspections and an inspection fit a phone; the menu is a drawer behind a button', async () => {
    const g = await app.signedInPage('yexian.inspector', '/todo', { viewport: PHONE });
    const { page } = g;
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
    await expectAccessible(page, 'the menu drawer', page.getByRole('dialog'));
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    await viaMenu(page, '我的检查');
    await page.waitForURL(`${base}/inspections`);
    await page.getByRole('link', { name: TARGET }).waitFor();
    await fitsThePhone(page, 'my inspections');
    // One block per inspection (a table cut 检查期间 and 状态 at the edge): status, period, date, lead department.
    expect(await page.locator('main table').count()).toBe(0);
    expect(await page.getByRole('listitem').first().innerText()).toMatch(
      new RegExp(
        `^${TARGET}\\n.+\\n检查期间：\\d{4}-\\d\\d-\\d\\d 至 \\d{4}-\\d\\d-\\d\\d\\n检查日期：.+\\n牵头部门：治安大队$`,
      ),
    );
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
      /^治安检查员\d\n执法证号：WB\d\n警号：WB\d\n部门：叶县公安局 治安大队\n加入方式：/,
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
