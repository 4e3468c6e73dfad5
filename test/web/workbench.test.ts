import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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
  type GuardedPage,
} from '#test/support/browser';

/** Asking for a page while signed out: the API answers UNAUTHENTICATED with 401, which Chromium logs. */
const SIGNED_OUT = [/^response 401 POST http:\/\/127\.0\.0\.1:\d+\/graphql$/];
const TARGET = '叶县网页旅馆';

describe('the web workbench in Chromium (desktop 1440×900)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let inspectionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const tree = await loadTree(t.db.ownerUrl);
    ({ inspectionId } = await hotelUnderDirectCheck(t, tree, {
      serial: 913,
      targetName: TARGET,
      reference: '网页测试-1',
      badgePrefix: 'WB',
      address: '河南省平顶山市叶县昆阳大道 18 号',
    }));
    base = await listen(t);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
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
    await screenshot(g.page, '05-session-lapsed');
    await signInThroughForm(g.page, 'yexian.inspector', DEMO_PASSWORD);
    await g.page.waitForURL(`${base}/todo`);
    await g.page.getByText('本人参加').waitFor();
    g.expectClean(SIGNED_OUT);
    await g.context.close();
  });

  it('a 南乐 user who types a 叶县 inspection’s address sees “不存在或无权访问”', async () => {
    const g = await guardedPage(browser);
    await signedInAt(g, `/inspections/${inspectionId}`, 'nanle.inspector');
    await g.page.getByText('不存在或无权访问').waitFor();
    const text = await g.page.locator('main').innerText();
    expect(text).not.toContain(TARGET);
    await screenshot(g.page, '06-neighbour-not-found');
    await expectAccessible(g.page, 'the not-found page');
    g.expectClean(SIGNED_OUT);
    await g.context.close();
  });
});
