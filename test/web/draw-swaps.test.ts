import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seedDemoDirectories } from '@dsr/db';
import { startTestApp, type TestApp } from '#test/support/harness';
import { chinaToday } from '#test/support/dates';
import { pendingSituationReport } from '../../services/api/src/modules/supervision/report.service';
import { clockAt, loadWalkthrough, resolvePlaceholders } from '#test/support/walkthrough';
import {
  expectAccessible,
  guardedPage,
  optionsOf,
  screenshot,
  signInByRequest,
  startBrowserApp,
  type BrowserApp,
  type GuardedPage,
} from '#test/support/browser';

/** antd spaces out two-character button labels ("驳 回"). */
const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

/**
 * What the draw room does after the draw, each step by the role that does it, through the UI: the
 * office asks for a swap, the department head declines one and approves another, confirms the
 * dispatch (the to-do count goes from 1 to 0), and approves a redraw. Plan, filing, commit and run
 * through GraphQL (README step 7: 平顶山市 治安管理支队, 5 % of 叶县's hotels).
 */
describe('swaps, dispatches and a redraw in the draw room (desktop 1440×900)', { timeout: 60_000 }, () => {
  let app: BrowserApp;
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let drawPath: string;

  beforeAll(async () => {
    app = await startBrowserApp(() => startTestApp());
    ({ t, base, browser } = app);
    await seedDemoDirectories(t.db.ownerUrl);
    const answers = new Map<string, unknown>();
    const clock = clockAt(new Date());
    for (const step of loadWalkthrough().filter((s) => s.file >= '31' && s.file < '44')) {
      for (const run of step.runs) {
        const variables = resolvePlaceholders(run.variables, answers, clock) as Record<string, unknown>;
        const res = await t.gql(step.text, variables, run.as ? await t.login(run.as) : null);
        expect(res.body.errors, run.name).toBeUndefined();
        answers.set(run.name, res.body.data);
      }
    }
    drawPath = `/draws/${(answers.get('42') as { commitDraw: { draw: { id: string } } }).commitDraw.draw.id}`;
  });
  afterAll(async () => {
    await app?.close();
  });

  async function signedIn(username: string, path: string): Promise<GuardedPage> {
    const g = await guardedPage(browser);
    await signInByRequest(g.context, base, username);
    await g.page.goto(`${base}${path}`);
    await g.page.getByText(/抽取结果：\d+ 个检查对象/).waitFor();
    return g;
  }

  /** The office asks to take the first team's first member off (their name returned); the request shows as 待批准. */
  async function requestSwap(page: Page, reason: string): Promise<string> {
    await page.reload();
    const button = page.getByRole('button', { name: /^换人：申请换下/ }).first();
    const removed = ((await button.getAttribute('aria-label')) ?? '').replace('换人：申请换下', '');
    await button.click();
    await page.getByRole('dialog').getByLabel('理由').fill(reason);
    await page.getByRole('dialog').getByRole('button', { name: '提交申请' }).click();
    await page
      .getByRole('row', { name: new RegExp(reason) })
      .getByText('待批准')
      .waitFor();
    return removed;
  }

  const requestRow = (page: Page, reason: string) => page.getByRole('row', { name: new RegExp(reason) });
  /** A to-do card by its title: its count, and its link. */
  const todo = (page: Page, title: string) => page.locator('.ant-card', { hasText: title });
  const todoCount = (page: Page, title: string) =>
    todo(page, title).locator('.ant-statistic-content-value').textContent();

  let office: GuardedPage;
  let head: GuardedPage;

  it('the office asks for a swap, the department head declines it with a reason', async () => {
    office = await signedIn('pingdingshan.coordinator', drawPath);
    head = await signedIn('pingdingshan.head', drawPath);
    await requestSwap(office.page, '与检查对象负责人系同学，申请回避');
    await head.page.reload();
    await requestRow(head.page, '系同学')
      .getByRole('button', { name: label('驳回') })
      .click();
    await head.page.getByRole('dialog').getByLabel('驳回理由').fill('同学关系不属于回避情形');
    await head.page
      .getByRole('dialog')
      .getByRole('button', { name: label('驳回') })
      .click();
    await requestRow(head.page, '系同学').getByText('已驳回：同学关系不属于回避情形').waitFor();
  });

  it('another request, approved: the replacement drawn at random joins the team', async () => {
    const removed = await requestSwap(office.page, '与检查对象负责人系近亲属，须回避');
    await screenshot(office.page, 'draw-swaps-01-requested');
    // The head finds it on the to-do page (R31: their department's request) and follows the link.
    await head.page.goto(`${base}/todo`);
    await expect.poll(() => todoCount(head.page, '待批准的换人申请')).toBe('1');
    await todo(head.page, '待批准的换人申请').getByRole('link', { name: '查看' }).click();
    await head.page.waitForURL(`${base}${drawPath}`);
    await requestRow(head.page, '近亲属')
      .getByRole('button', { name: label('批准') })
      .click();
    await head.page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: label('批准') })
      .click();
    await requestRow(head.page, '近亲属').getByText('已批准').waitFor();
    // The swap made: who left, who came in at random, and why.
    const swaps = head.page.locator('.ant-card', { hasText: '换人申请与换人记录' }).locator('.ant-table').nth(1);
    const swap = swaps.getByRole('row', { name: /近亲属/ });
    await swap.waitFor();
    const [, out = '', came = ''] = await swap.locator('td').allInnerTexts();
    expect(out.split(' ')[0]).toBe(removed);
    expect(came.split(' ')[0]).not.toBe(removed); // someone else, by name and badge number
    expect(came).toMatch(/^\S+ \S+/);
    await expectAccessible(head.page, 'the draw room after a swap');
    await screenshot(head.page, 'draw-swaps-02-decided');
  });

  it('the to-do pages of the office and the head count the dispatch; the head confirms it in the draw room', async () => {
    // The office's to-do page: the dispatch of any department, and its other counts.
    await office.page.goto(`${base}/todo`);
    await expect.poll(() => todoCount(office.page, '待确认的抽取派发')).toBe('1');
    for (const title of ['待处理的计划备案', '待出具检查报告', '整改中的检查对象', '到期应复查']) {
      await expect.poll(() => todoCount(office.page, title), title).toBe('0');
    }
    expect(await todo(office.page, '待批准的换人申请').count()).toBe(0); // the office does not decide swaps
    await expectAccessible(office.page, 'the office’s to-do page');
    await screenshot(office.page, 'draw-swaps-todo-office');
    // The department head's: the dispatch to 治安管理支队, then confirmed in the draw room.
    await head.page.goto(`${base}/todo`);
    await expect.poll(() => todoCount(head.page, '待确认的抽取派发')).toBe('1');
    await expect.poll(() => todoCount(head.page, '待批准的换人申请')).toBe('0');
    await screenshot(head.page, 'draw-swaps-todo-head');
    await todo(head.page, '待确认的抽取派发').getByRole('link', { name: '查看' }).click();
    await head.page.waitForURL(`${base}${drawPath}`);
    const dispatch = head.page.getByRole('row', { name: /治安管理支队/ });
    await dispatch.getByRole('button', { name: '确认接收' }).click();
    await dispatch.getByText(/^已确认/).waitFor();
    await head.page.goto(`${base}/todo`);
    await expect.poll(() => todoCount(head.page, '待确认的抽取派发')).toBe('0');
  });

  it('a redraw approved by the head, and the rounds page of the year with both draws', async () => {
    // A redraw (department head, R31): a new draw committed in its place, the old record kept.
    await head.page.goto(`${base}${drawPath}`);
    await head.page.getByRole('button', { name: '重抽' }).click();
    await head.page.getByRole('dialog').getByLabel('重抽理由').fill('抽取时名录有误，经批准重抽');
    await head.page.getByRole('dialog').getByRole('button', { name: '批准重抽' }).click();
    await head.page.waitForURL((url) => url.pathname.startsWith('/draws/') && url.pathname !== drawPath);
    await head.page.getByRole('link', { name: '取代的原抽取' }).waitFor();
    expect(await head.page.locator('main').innerText()).toContain('抽取时名录有误，经批准重抽');
    await expectAccessible(head.page, 'the redraw');
    await screenshot(head.page, 'draw-swaps-03-redraw');
    head.expectClean();

    // The rounds page of this year: the round with its draw and the redraw; another year has none.
    const year = chinaToday().slice(0, 4);
    await office.page.goto(`${base}/draws?year=${year}`);
    await office.page.getByText(/^重抽 已承诺/).waitFor();
    await office.page.getByText(/^已被重抽取代 · /).waitFor();
    await expectAccessible(office.page, 'the rounds page');
    await screenshot(office.page, 'draw-swaps-04-rounds');
    await office.page.goto(`${base}/draws?year=${Number(year) - 2}`);
    await office.page.getByText('没有符合条件的计划').waitFor();

    // R22: the city office is reminded of the half-year situation report (the day decides which one, and whether
    // late); its link leads to 报告, whose round picker offers what the server finds for two typed characters.
    const due = pendingSituationReport(chinaToday());
    const reminder = todo(office.page, `半年情况报告（${due.asOf.endsWith('-06-01') ? '6月1日' : '12月1日'}）待生成`);
    await office.page.goto(`${base}/todo`);
    await reminder
      .getByText(due.overdue ? `已过报送日期 ${due.asOf}，请尽快生成并报送` : `应于 ${due.asOf} 前生成并报送（R22）`)
      .waitFor();
    await reminder.getByRole('link', { name: '查看' }).click();
    await office.page.getByRole('button', { name: label('生成报告') }).click();
    await office.page.getByRole('dialog').getByText('轮次总结').click();
    const picker = office.page.getByRole('dialog').getByLabel('抽查轮次', { exact: true });
    await picker.fill('旅馆');
    const round = (await optionsOf(picker)).filter({ hasText: `${year}年 全市旅馆业抽查（叶县） 第1轮` });
    await round.waitFor();
    await picker.fill('网吧'); // no plan, task or bureau of that name: the server's answer empties the list
    await round.waitFor({ state: 'detached' });
    office.expectClean();
  });
});
