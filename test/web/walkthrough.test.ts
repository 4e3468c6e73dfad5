import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, seedDemoDirectories } from '@dsr/db';
import { verifyDrawRecord, type VerifiableRecord } from '@dsr/domain';
import { startTestApp, type TestApp } from '#test/support/harness';
import { addDays, chinaToday } from '#test/support/dates';
import { signaturePng } from '#test/support/png';
import {
  expectAccessible,
  expectOutcome,
  expectSuccessMessage,
  guardedPage,
  pickOption,
  screenshot,
  signInThroughForm,
  startBrowserApp,
  type BrowserApp,
  type GuardedPage,
} from '#test/support/browser';

/*
 * Issue 13, "Quality the tests show": 叶县's whole walk-through, clicked in Chromium as the bureau's people
 * do it, on the seeded bureaus, users and directories (12 hotels, 7 治安 inspectors); no GraphQL for a step.
 * item → legal review → publish → plan with a task and a round → filed with 平顶山, acknowledged → draw
 * (commit; the beacon by a second person; run; verified in the page) → the drawn inspector's account linked
 * → the record on a phone (photo, signature drawn by touch) → report → review → notice → follow-up → PDF.
 * Each irreversible step waits for the state the page reads again (expectOutcome), never for a toast.
 */

/** Opening a page signed out: the API answers UNAUTHENTICATED with 401, which Chromium logs. */
const SIGNED_OUT = [/^response 401 POST http:\/\/127\.0\.0\.1:\d+\/graphql$/];
const ITEM = '对旅馆业治安管理的抽查（走查）';
const PLAN = '叶县公安局年度抽查计划（走查）';
const TASK = '旅馆业抽查（走查）';
const PHONE = { width: 390, height: 844 };
const PHOTO = signaturePng(64, 48, 11); // a small PNG, as the camera input hands a photo over

/** antd spaces out two-character button labels ("发 布"). */
const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);
const button = (page: Page, name: string) => page.getByRole('button', { name: label(name) }).first();

/** An irreversible step: the button, its confirmation dialog, then the page as read again (`done`, exact text). */
async function confirmStep(page: Page, name: string, done?: string) {
  await button(page, name).click();
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: label(name) })
    .click();
  // In <main>: a success toast (outside it) may say the same words before the page is read again.
  if (done) await expectOutcome(page, page.locator('main').getByText(done, { exact: true }).first());
  else await expectSuccessMessage(page);
}

/** A section of the inspection page (a card by its title) and its status tag as read again. */
const card = (page: Page, title: string) =>
  page
    .locator('.ant-card')
    .filter({ has: page.locator('.ant-card-head-title', { hasText: new RegExp(`^${title}$`) }) });
const tagReads = (page: Page, title: string, text: string) =>
  expectOutcome(page, card(page, title).locator('.ant-tag', { hasText: new RegExp(`^${text}$`) }));

/** The target's signature, drawn with a finger: touch events through CDP (signature_pad reads pointer events). */
async function signByTouch(page: Page): Promise<void> {
  const canvas = page.getByTestId('signature-canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('signature canvas not laid out');
  const at = (x: number) => [{ x: box.x + x, y: box.y + box.height / 2 + Math.sin(x / 15) * (box.height / 4) }];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(20) });
  for (let x = 30; x <= box.width - 20; x += 15) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(x) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

describe('叶县’s whole walk-through in Chromium, clicked only', { timeout: 180_000 }, () => {
  let app: BrowserApp;
  let t: TestApp;
  let base: string;
  let browser: Browser;
  /** What a step leaves for the next: the item's and the plan's pages, the draw, the drawn team and target. */
  const walk = { itemPath: '', planPath: '', drawPath: '', inspector: '', target: '', inspectionPath: '' };
  /** The office's desk (steps 1–3) and the head's (3 and 5): signed in once, moving on by the menu. */
  let office: GuardedPage;
  let head: GuardedPage;

  beforeAll(async () => {
    app = await startBrowserApp(() => startTestApp());
    ({ t, base, browser } = app);
    await seedDemoDirectories(t.db.ownerUrl);
  });
  /** The pages open at a failure, shown as walk-failed-N; the steps after a failed one are skipped. */
  const open = new Set<GuardedPage>();
  let failed = false;
  beforeEach((ctx) => {
    if (failed) ctx.skip();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    failed = true;
    let n = 0;
    for (const g of open) await screenshot(g.page, `walk-failed-${++n}`).catch(() => undefined);
  });
  afterAll(async () => {
    await app?.close();
  });

  /** A fresh browser context signed in as `username` through the form, landing on `path`. */
  async function as(username: string, path: string, phone = false): Promise<GuardedPage> {
    const g = phone
      ? await guardedPage(browser, PHONE, { isMobile: true, hasTouch: true })
      : await guardedPage(browser);
    g.context.setDefaultTimeout(30_000);
    open.add(g);
    await g.page.goto(`${base}${path}`);
    await g.page.waitForURL(/\/login\?next=/);
    await signInThroughForm(g.page, username, DEMO_PASSWORD);
    await g.page.waitForURL(`${base}${path}`);
    return g;
  }
  async function toArea(g: GuardedPage, area: string, path: string) {
    await g.page.getByRole('menuitem', { name: new RegExp(`${area}$`) }).click();
    await g.page.waitForURL(`${base}${path}`);
  }
  async function done(g: GuardedPage, allowed = SIGNED_OUT) {
    g.expectClean(allowed);
    open.delete(g);
    await g.context.close();
  }

  it('1. the office drafts an item, 法制 approves it, the office publishes it', async () => {
    office = await as('yexian.coordinator', '/items');
    const { page } = office;
    await page.getByRole('button', { name: '新建抽查事项' }).click();
    await page.waitForURL(`${base}/items/new`);
    await page.getByLabel('抽查事项名称').fill(ITEM);
    await pickOption(page, '检查主体', '治安大队');
    await page.getByLabel('检查对象').fill('旅馆从业单位');
    await page.getByPlaceholder(/法律、法规或规章名称/).fill('《旅馆业治安管理办法》');
    await page.getByPlaceholder('检查内容').first().fill('是否按规定登记旅客身份信息');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/items\/[0-9a-f-]{36}$/);
    walk.itemPath = new URL(page.url()).pathname;
    await confirmStep(page, '提交法制审核', '法制审核中');

    const legal = await as('yexian.legal', '/items/review');
    await legal.page.getByRole('link', { name: ITEM }).click();
    await legal.page.waitForURL(`${base}${walk.itemPath}`);
    await screenshot(legal.page, 'walk-01-item-legal-review');
    await expectAccessible(legal.page, 'an item in legal review');
    await confirmStep(legal.page, '审核通过', '审核通过待发布');
    await done(legal);

    await page.reload();
    await confirmStep(page, '发布', '已发布');
    await page.getByText('第 1 版').first().waitFor();
    const text = await page.locator('main').innerText();
    for (const shown of ['已发布', '治安大队', '叶县公安局', '《旅馆业治安管理办法》']) expect(text).toContain(shown);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // names, never ids
    await screenshot(page, 'walk-02-item-published');
    office.expectClean(SIGNED_OUT);
  });

  it('2. a plan with a task and a round, filed by 叶县 and acknowledged by 平顶山', async () => {
    const { page } = office;
    await toArea(office, '抽查计划', '/plans');
    await page.getByRole('button', { name: '新建计划' }).click();
    await page.getByLabel('标题').fill(PLAN);
    await page.locator('.ant-modal').getByRole('button', { name: '创建草稿' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    walk.planPath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: '添加任务' }).click();
    await page.getByLabel('任务名称').fill(TASK);
    await pickOption(page, '抽查事项', ITEM);
    await page.keyboard.press('Escape');
    await pickOption(page, '参加部门', '治安大队');
    await page.keyboard.press('Escape');
    await pickOption(page, '对象范围：行业类别', '旅馆');
    await page.keyboard.press('Escape');
    await page
      .locator('.ant-modal')
      .getByRole('button', { name: label('保存') })
      .click();
    await page.getByRole('cell', { name: TASK }).waitFor();
    await page.getByRole('button', { name: '添加轮次' }).click();
    await page.getByPlaceholder('开始日期').fill(chinaToday());
    await page.getByPlaceholder('结束日期').fill(addDays(chinaToday(), 9));
    await page.keyboard.press('Enter');
    await page
      .locator('.ant-modal')
      .getByRole('button', { name: label('保存') })
      .click();
    await page.getByText(`第 1 轮：${chinaToday()} 至 ${addDays(chinaToday(), 9)}`).waitFor();
    await screenshot(page, 'walk-03-plan-draft');
    await expectAccessible(page, 'a draft plan');
    await confirmStep(page, '报备', '已报备待处理');
    office.expectClean();

    const city = await as('pingdingshan.coordinator', '/plans/filings');
    await city.page.getByRole('link', { name: PLAN }).waitFor();
    await screenshot(city.page, 'walk-04-filing-queue');
    await expectAccessible(city.page, 'the filing queue');
    await city.page.getByRole('link', { name: PLAN }).click();
    await city.page.waitForURL(`${base}${walk.planPath}`);
    // Not '已确认备案': that is also the success message; the plan as read again shows the status 已备案.
    await confirmStep(city.page, '确认备案', '已备案');
    const text = await city.page.locator('main').innerText();
    for (const shown of ['已备案', '叶县公安局', TASK, ITEM, '治安大队']) expect(text).toContain(shown);
    await screenshot(city.page, 'walk-05-plan-acknowledged');
    await done(city);
  });

  it('3. the draw: committed by the office, the beacon entered by the head, run, verified in the page', async () => {
    const { page } = office;
    await toArea(office, '抽取', '/draws');
    await page.getByRole('heading', { name: '抽取' }).waitFor();
    await page.getByRole('button', { name: '承诺抽取' }).click();
    await screenshot(page, 'walk-06-draw-rounds');
    await page.getByRole('dialog').getByLabel('信标说明').fill('福彩3D 当期开奖号码');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: label('承诺') })
      .click();
    await page.waitForURL(/\/draws\/[^/]+$/);
    await page.getByText('快照摘要 poolDigest').waitFor();
    walk.drawPath = new URL(page.url()).pathname;
    await expectAccessible(page, 'the committed draw');
    await screenshot(page, 'walk-07-draw-committed');

    // The witness learns of the draw from their to-dos (DRAW.md §1: the beacon comes from a second person).
    head = await as('yexian.head', '/todo');
    await head.page.locator('.ant-card', { hasText: '待录入信标的抽取' }).getByRole('link', { name: '查看' }).click();
    await head.page.waitForURL(`${base}${walk.drawPath}`);
    const witness = head;
    await witness.page.waitForLoadState('networkidle'); // the draw read, so the field is not drawn again under the typing
    await witness.page.getByLabel('信标值').fill('385');
    await expect.poll(() => witness.page.getByLabel('信标值').inputValue()).toBe('385');
    await witness.page.getByRole('button', { name: '录入信标' }).click();
    await witness.page
      .getByRole('dialog')
      .getByRole('button', { name: label('录入') })
      .click();
    await expectOutcome(witness.page, witness.page.getByText('信标：385'));
    witness.expectClean(SIGNED_OUT);

    await page.reload();
    await page.getByRole('button', { name: '执行抽取' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '执行抽取' }).click();
    await expectOutcome(page, page.getByText(/抽取结果：\d+ 个检查对象/));
    // The stepper shows all three steps done (the last one once read as its number, as if still to do).
    expect(await page.locator('.ant-steps-item-finish').count()).toBe(3);
    // Issue 14: the commitment (at commit) and the result (at the run) are published; the page says so.
    await card(page, '公示')
      .locator('.ant-tag', { hasText: /^已公示$/ })
      .nth(1)
      .waitFor();
    await page.getByRole('button', { name: '在本机复核' }).click();
    await page.getByText('本机复核通过：各项检查均一致').waitFor();
    expect(await page.getByText('通过', { exact: true }).count()).toBeGreaterThanOrEqual(5);
    // A check that passed never reads as a disagreement (the beacon source's condition once showed "≠").
    expect(await card(page, '在本机复核').innerText()).not.toContain('≠');
    // The dispatch to 治安大队, confirmed (R32): the page read again shows when.
    await page.getByRole('button', { name: '确认接收' }).click();
    await expectOutcome(page, card(page, '派发与确认').locator('.ant-tag', { hasText: /^已确认/ }));
    await expectAccessible(page, 'the drawn and verified draw');
    await screenshot(page, 'walk-08-draw-verified');

    // The first drawn target and its team's first member (`name badge（department）`), for the steps after.
    const first = card(page, '抽取结果：\\d+ 个检查对象').locator('tbody tr').first();
    walk.target = (await first.locator('strong').innerText()).trim();
    walk.inspector = (await first.locator('.ant-tag').first().innerText()).split(' ')[0]!.trim();
    expect(walk.target).toMatch(/^叶县/);
    // The stratum (R25's region) by the township's name beside its code, not a bare 410422100.
    expect(await first.innerText()).toMatch(/叶县 · (昆阳街道|廉村镇|任店镇)\s*41042210[0-2]/);

    // The record as a file through the API's signed link, verified again here by the server's verifier.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载抽取记录' }).click(),
    ]);
    const record = JSON.parse(readFileSync((await download.path())!, 'utf8')) as VerifiableRecord;
    expect(record.drawId).toBe(walk.drawPath.split('/').pop());
    expect(verifyDrawRecord(record).ok).toBe(true);
    await done(office, []);

    // Not a step (an assertion): a county beside it gets no link to 叶县's record, the answer for a missing one.
    const link = `query($p: String!) { downloadUrl(path: $p) { url } }`;
    const neighbour = await t.gql(link, { p: `${walk.drawPath}/record.json` }, await t.login('nanle.admin'));
    expect(neighbour.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('4. the admin links the drawn inspector to yexian.inspector, who records the check on a phone', async () => {
    const admin = await as('yexian.admin', '/inspectors');
    await admin.page.getByLabel('姓名包含').fill(walk.inspector);
    await admin.page.getByLabel('姓名包含').press('Enter');
    await admin.page.getByRole('link', { name: walk.inspector, exact: true }).click();
    await admin.page.getByRole('button', { name: '关联登录用户' }).click();
    await pickOption(admin.page, '登录用户', 'yexian.inspector');
    await admin.page
      .getByRole('dialog')
      .getByRole('button', { name: label('保存') })
      .click();
    await expectSuccessMessage(admin.page); // its only answer here; the inspector's list below is the state
    await done(admin);

    const phone = await as('yexian.inspector', '/todo', true);
    const { page } = phone;
    await page.locator('.ant-card', { hasText: '我的检查' }).getByRole('link', { name: '查看' }).click();
    await page.getByRole('link', { name: walk.target }).click();
    await page.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
    walk.inspectionPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: walk.target }).waitFor();
    await screenshot(page, 'walk-09-inspection-phone');
    await page.getByRole('button', { name: '填写现场检查记录' }).click();
    await page.waitForURL(`${base}${walk.inspectionPath}/record`);
    await page.getByText(/已保存在本机/).waitFor();

    const lines = page.locator('.record-line');
    await expect.poll(() => lines.count()).toBe(1);
    await lines.first().getByText('不正常', { exact: true }).click();
    await lines.first().getByLabel('情况说明（必填）').fill('2 名旅客未登记身份信息');
    const representative = page.getByLabel('检查对象在场负责人');
    if (!(await representative.inputValue())) await representative.fill('值班经理');
    await page.getByLabel('检查情况与发现的问题').fill('旅客登记不全，已当场指出');
    await page
      .locator('#record-photo-input')
      .setInputFiles({ name: 'scene.png', mimeType: 'image/png', buffer: PHOTO });
    await page.getByRole('img', { name: '现场照片 1' }).waitFor();
    await signByTouch(page);
    await page.getByText('已签字', { exact: true }).waitFor();
    await screenshot(page, 'walk-10-record-phone');
    await page.getByRole('button', { name: '提交记录' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: label('提交') })
      .click();
    await expectOutcome(page, page.getByText('现场检查记录已提交'));
    await screenshot(page, 'walk-11-record-submitted');
    await done(phone);
  });

  it('5. report, the head’s review, the notice, the follow-up, and the notice’s PDF', async () => {
    const inspector = await as('yexian.inspector', walk.inspectionPath);
    let page = inspector.page;
    await page.getByRole('heading', { name: walk.target }).waitFor();
    expect(await card(page, '检查组').innerText()).toContain(walk.inspector);
    await button(page, '出具检查报告').click();
    const dialog = page.getByRole('dialog', { name: '检查报告' });
    await dialog.getByLabel('检查内容').fill('旅馆业治安管理');
    await dialog.getByLabel('检查步骤').fill('出示执法证件；查验旅客登记');
    await dialog.getByLabel('检查发现').fill('2 名旅客未登记身份信息');
    await dialog.getByLabel('评估').fill('违反《旅馆业治安管理办法》第六条');
    await pickOption(page, '处理意见', '责令整改');
    await button(page, '提交审核').click();
    await tagReads(page, '检查报告', '待审核');
    // The inspection's own status says where the report is (it once still read 待出具报告).
    await page
      .locator('.ant-descriptions .ant-tag', { hasText: /^报告待审核$/ })
      .first()
      .waitFor();
    await screenshot(page, 'walk-12-report-submitted');
    await done(inspector);

    page = head.page;
    // R38: the head finds the report among their to-dos, in the list of reports to review.
    await toArea(head, '待办', '/todo');
    await page.locator('.ant-card', { hasText: '待审核的检查报告' }).getByRole('link', { name: '查看' }).click();
    await page.waitForURL(`${base}/inspections/all?view=review`);
    // Checked on site (not scheduled beforehand): the row shows the day of the check, not "未安排".
    const row = await page.getByRole('row', { name: new RegExp(walk.target) }).innerText();
    expect(row).not.toContain('未安排');
    expect(row).toContain('报告待审核'); // the list says where the report is, as the inspection page does
    await page.getByRole('link', { name: walk.target }).click();
    await page.waitForURL(`${base}${walk.inspectionPath}`);
    await button(page, '审核通过').click();
    await page
      .getByRole('dialog', { name: '审核通过检查报告' })
      .getByRole('button', { name: /审核通过/ })
      .click();
    await tagReads(page, '检查报告', '已定稿');

    const deadline = addDays(chinaToday(), 10);
    await button(page, '签发责令整改通知书').click();
    const issue = page.getByRole('dialog', { name: '签发责令整改通知书' });
    await issue.getByLabel('法律依据').fill('《旅馆业治安管理办法》第六条');
    await issue.getByLabel('整改期限').fill(deadline);
    await issue.getByLabel('整改期限').press('Enter');
    await issue.getByRole('button', { name: label('签发') }).click();
    await tagReads(page, '责令整改', '整改中待复查');
    expect(await card(page, '责令整改').innerText()).toContain(deadline);
    await screenshot(page, 'walk-13-notice-issued');

    await button(page, '记录复查结果').click();
    const follow = page.getByRole('dialog', { name: '复查' });
    // Clicked until checked: a click while the dialog zooms in can miss (the radio's input itself is hidden).
    await expect
      .poll(async () => {
        await follow.getByText('已按期整改', { exact: true }).click();
        return follow.getByRole('radio', { name: '已按期整改' }).isChecked();
      })
      .toBe(true);
    await follow.getByLabel('复查情况').fill('已补登记，前台人员已培训');
    await follow.getByRole('button', { name: label('记录') }).click();
    await tagReads(page, '责令整改', '复查合格已结案');
    await screenshot(page, 'walk-14-closed');

    // The notice's PDF in a new tab, by the session cookie alone.
    const [tab, pdf] = await Promise.all([
      head.context.waitForEvent('page'),
      head.context.waitForEvent('response', (r) => r.url().endsWith('/notice.pdf')),
      page.getByRole('link', { name: /责令整改通知书/ }).click(),
    ]);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toMatch(/^inline;/);
    // The new tab's own load (the headless shell has no PDF viewer to show it: its address stays blank).
    expect(pdf.request().isNavigationRequest()).toBe(true);
    expect(pdf.frame().page()).toBe(tab);
    await done(head, []);
  });
});
