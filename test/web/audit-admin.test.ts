import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@dsr/db';
import { startTestApp } from '#test/support/harness';
import {
  expectAccessible,
  optionsOf,
  pickOption,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from '#test/support/browser';
import { addDays, chinaToday } from '#test/support/dates';

const CLERK = '新来的督察';
/** antd spaces out two-character button labels ("新 建"). */
const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

/** The province administrator: a city or province admin may verify the chains, only the top bureau's loads holidays. */
describe('管理 and 审计 in Chromium (desktop 1440×900)', { timeout: 120_000 }, () => {
  let app: BrowserApp;
  let base: string;

  beforeAll(async () => {
    app = await startBrowserApp(() =>
      startTestApp({ jobs: { settings: { pollSeconds: 0.5, progressIntervalMs: 50, cancelPollMs: 100 } } }),
    );
    base = app.base;
    await app.t.server.services.jobQueue.start(app.t.orm, { work: true });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a user, a setting and a holiday year through 管理; the trail filtered and the chain verified in 审计', async () => {
    const g = await app.signedInPage('henan.admin', '/admin');
    const { page } = g;

    // 用户: the form's Chinese validation, then a user with a role, read again in the list.
    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: label('新建') }).click();
    await dialog.getByText('请填写登录名').waitFor();
    await dialog.getByLabel('登录名').fill('henan.newoversight');
    await dialog.getByLabel('姓名').fill(CLERK);
    await pickOption(page, '所属部门', '督察总队');
    await dialog.getByLabel('督察', { exact: true }).check();
    await dialog.getByLabel('初始密码', { exact: true }).fill('Ducha2026check');
    await dialog.getByLabel('再次输入初始密码').fill('Ducha2026check');
    await dialog.getByRole('button', { name: label('新建') }).click();
    const row = page.getByRole('row').filter({ hasText: CLERK });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/henan\.newoversight[\s\S]*督察总队[\s\S]*督察[\s\S]*启用/);
    await screenshot(page, 'admin-01-users');
    await expectAccessible(page, 'the users tab');

    // 单位设置: a stricter team size, saved; the form is read again at version 1.
    await page.getByRole('tab', { name: '单位设置' }).click();
    await page.waitForURL(`${base}/admin/settings`);
    await page.getByText('设置版本：第 0 版').waitFor();
    await page.getByLabel('每组最少检查人员数').fill('3');
    expect(await page.getByLabel('异议、投诉答复期限（工作日）').inputValue()).toBe('15');
    await page.getByLabel('异议、投诉答复期限（工作日）').fill('10');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('设置版本：第 1 版').waitFor();
    expect(await page.getByLabel('每组最少检查人员数').inputValue()).toBe('3');
    expect(await page.getByLabel('异议、投诉答复期限（工作日）').inputValue()).toBe('10');
    await screenshot(page, 'admin-02-settings');
    await expectAccessible(page, 'the settings tab');

    // 节假日安排: this year's from the library; a year not yet published loaded by hand.
    await page.getByRole('tab', { name: '节假日安排' }).click();
    await page.getByText('内置（国务院办公厅通知）').waitFor();
    await page.getByRole('cell', { name: '春节' }).first().waitFor();
    await page.getByLabel('年份').fill('2099');
    await page.getByLabel('年份').press('Enter');
    await page.waitForURL(/year=2099/);
    await page.getByText(/^未知/).waitFor();
    await page.getByRole('button', { name: '导入 2099 年安排' }).click();
    const load = page.getByRole('dialog');
    await load.getByRole('textbox').fill('2099-01-01 休息 元旦');
    await load.getByRole('button', { name: label('导入') }).click();
    await load.getByText('第 1 行格式不对').waitFor();
    await load.getByRole('textbox').fill('2099-01-01 放假 元旦\n2099-01-02 放假 元旦\n2099-01-03 上班 元旦');
    await load.getByRole('button', { name: label('导入') }).click();
    await page.getByText('管理员导入').waitFor();
    expect(await page.getByRole('row').filter({ hasText: '2099-01-03' }).innerText()).toMatch(
      /星期六\s+调休上班\s+元旦/,
    );
    await screenshot(page, 'admin-03-holidays');
    await expectAccessible(page, 'the holiday tab');

    // 审计: the trail filtered to user creations, the filter kept in the URL through a reload.
    await page.getByRole('menuitem', { name: '审计' }).click();
    await page.waitForURL(`${base}/audit`);
    await pickOption(page, '操作', '新建用户');
    await page.waitForURL(/operation=CREATE_USER/);
    const entry = page.getByRole('row').filter({ hasText: `用户：${CLERK}` });
    await entry.waitFor();
    // The actor's bureau is named by the entry itself: at once, while the bureau filter's own query is held back.
    let answer = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('query BureauOptions')) await held;
      await route.continue();
    });
    await page.reload();
    await entry.waitFor();
    expect(await entry.innerText()).toMatch(/管理员 · 河南省公安厅\s+新建用户/);
    const options = page.waitForResponse((r) => r.request().postData()?.includes('query BureauOptions') ?? false);
    answer();
    await options; // through the route before it goes
    await page.unroute('**/graphql');
    // 操作人所属机关 asks the server by name (a province has more bureaus than a list shows): "河南" finds one.
    const bureauInput = page.getByLabel('操作人所属机关', { exact: true });
    const asked = page.waitForRequest((r) => r.postData()?.includes('"name":"河南"') ?? false);
    await bureauInput.fill('河南');
    await asked;
    const found = await optionsOf(bureauInput);
    await expect.poll(() => found.allInnerTexts()).toEqual(['河南省公安厅']);
    await found.first().click();
    await page.waitForURL(/bureauId=/);
    await entry.waitFor();
    expect(await page.locator('.ant-table-tbody > tr.ant-table-row').count()).toBe(1); // the one creation
    // The actor (a click on the name) and the China days in the URL: today holds the creation, yesterday nothing.
    await entry.getByRole('button', { name: '管理员 · 河南省公安厅' }).click();
    await page.waitForURL(/actor=/);
    await entry.waitFor();
    const days = (from: string, to: string) => {
      const url = new URL(page.url());
      url.searchParams.set('from', from);
      url.searchParams.set('to', to);
      return url.toString();
    };
    await page.goto(days(chinaToday(), chinaToday()));
    await entry.waitFor();
    expect(await page.getByPlaceholder('起始日').inputValue()).toBe(chinaToday());
    const actorSelect = page.locator('.ant-select').filter({ has: page.getByLabel('操作人', { exact: true }) });
    expect(await actorSelect.innerText()).toContain('管理员 · 河南省公安厅'); // a name, never the id
    const bureauSelect = page.locator('.ant-select').filter({ has: bureauInput });
    expect(await bureauSelect.innerText()).toContain('河南省公安厅');
    const yesterday = addDays(chinaToday(), -1);
    await page.goto(days(yesterday, yesterday));
    await page.getByText('没有符合条件的审计记录').waitFor();
    await page.goto(`${base}/audit`);

    // The chain verification as a job: started, followed, its result shown in the page.
    await page.getByRole('button', { name: '开始校验' }).click();
    await page.waitForURL(/job=/);
    await page.getByText(/^审计链完好：\d+ 条链/).waitFor();
    await page.getByRole('cell', { name: '河南省公安厅', exact: true }).waitFor();
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await screenshot(page, 'audit-01-verified');
    await expectAccessible(page, 'the audit page');

    // The new user signs in with its role: 督察 reads the trail, has no 管理, and does not verify.
    const ducha = await app.signedInPage('henan.newoversight', '/audit', { password: 'Ducha2026check' });
    await ducha.page.getByRole('heading', { name: '审计记录' }).waitFor();
    await ducha.page.locator('.ant-table-tbody > tr.ant-table-row').first().waitFor();
    // 操作人 asks the server by name (a province has thousands of users, the list shows 20): "新来" finds the new
    // 督察, and the trail then holds only their sign-in, none of the administrator's entries.
    const rows = ducha.page.locator('.ant-table-tbody > tr.ant-table-row');
    const actorInput = ducha.page.getByLabel('操作人', { exact: true });
    const askedUser = ducha.page.waitForRequest((r) => r.postData()?.includes('"name":"新来"') ?? false);
    await actorInput.fill('新来');
    await askedUser;
    const people = await optionsOf(actorInput);
    await expect.poll(() => people.allInnerTexts()).toEqual([`${CLERK} · 河南省公安厅`]);
    await people.first().click();
    await ducha.page.waitForURL(/actor=/);
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringMatching(`${CLERK} · 河南省公安厅\\s+登录`)]);
    await screenshot(ducha.page, 'audit-02-actor-search');
    expect(await ducha.page.getByRole('menuitem', { name: '管理' }).count()).toBe(0);
    expect(await ducha.page.getByRole('button', { name: '开始校验' }).count()).toBe(0);
    await ducha.page.goto(`${base}/admin/users`);
    await ducha.page.getByText('不存在或无权访问').waitFor();
    ducha.expectClean();
    await ducha.context.close();

    // The user's own password, from the header.
    await page.getByRole('button', { name: '修改密码' }).click();
    const pw = page.getByRole('dialog');
    await pw.getByLabel('当前密码').fill(DEMO_PASSWORD);
    await pw.getByLabel('新密码', { exact: true }).fill('Henan2026renewed');
    await pw.getByLabel('再次输入新密码').fill('Henan2026other');
    await pw.getByRole('button', { name: label('修改') }).click();
    await pw.getByText('两次输入的密码不一致').waitFor();
    await pw.getByLabel('再次输入新密码').fill('Henan2026renewed');
    await pw.getByRole('button', { name: label('修改') }).click();
    await pw.waitFor({ state: 'hidden' }); // it closes on success only (a refusal shows under its field)
    g.expectClean();
    await g.context.close();
    // The outcome: the new password signs in, the old one no longer does.
    const renewed = await app.signedInPage('henan.admin', '/audit', { password: 'Henan2026renewed' });
    await renewed.page.getByRole('heading', { name: '审计记录' }).waitFor();
    renewed.expectClean();
    await renewed.context.close();
    const old = await app.t.gql('mutation($i: LoginInput!) { login(input: $i) { __typename } }', {
      i: { username: 'henan.admin', password: DEMO_PASSWORD },
    });
    expect(old.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
