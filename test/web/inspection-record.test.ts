import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@dsr/db';
import { startTestApp, type TestApp } from '#test/support/harness';
import { loadTree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import { signaturePng } from '#test/support/png';
import { addDays, chinaToday } from '#test/support/dates';
import {
  expectAccessible,
  guardedPage,
  screenshot,
  signInThroughForm,
  startBrowserApp,
  type BrowserApp,
} from '#test/support/browser';

/** Opening the inspection signed out: the API answers UNAUTHENTICATED with 401, which Chromium logs. */
const SIGNED_OUT = [/^response 401 POST http:\/\/127\.0\.0\.1:\d+\/graphql$/];
const TARGET = '叶县现场记录旅馆';
const PHONE = { width: 390, height: 844 };
const PHOTO = signaturePng(64, 48, 7); // any small PNG: a photo as the camera input hands it over

/** Strokes on the signature canvas with the mouse (signature_pad listens to pointer events). */
async function drawSignature(page: Page): Promise<void> {
  const canvas = page.getByTestId('signature-canvas');
  await canvas.scrollIntoViewIfNeeded(); // the mouse acts on the viewport
  const box = await canvas.boundingBox();
  if (!box) throw new Error('signature canvas not laid out');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 30, y);
  await page.mouse.down();
  for (let x = 30; x <= box.width - 30; x += 20) await page.mouse.move(box.x + x, y + Math.sin(x / 15) * 40);
  await page.mouse.up();
}

/** Whether the canvas shows ink (the strokes drawn again after a reload). */
function canvasHasInk(page: Page): Promise<boolean> {
  return page.getByTestId('signature-canvas').evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
    return data.some((v, i) => i % 4 === 3 && v > 0);
  });
}

async function noHorizontalScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0], 'page wider than the phone').toBeLessThanOrEqual(widths[1]!);
}

describe('the on-site record on a phone (390×844) in Chromium', { timeout: 90_000 }, () => {
  let app: BrowserApp;
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let inspectionId: string;

  beforeAll(async () => {
    // The whole Chromium: the record's date-time fields show its own Chinese, as a bureau's browser does.
    app = await startBrowserApp(() => startTestApp(), { chromiumStrings: true });
    ({ t, base, browser } = app);
    ({ inspectionId } = await hotelUnderDirectCheck(t, await loadTree(t.db.ownerUrl), {
      serial: 927,
      targetName: TARGET,
      reference: '现场记录-1',
      badgePrefix: 'RC',
      address: '河南省平顶山市叶县盐都街道 9 号',
      representative: '王经理',
    }));
    // R13/R43: a body 叶县 engages, whose name the record's 检测机构 offers.
    const registered = await t.gql(
      'mutation($i: TechnicianInput!) { registerTechnician(input: $i) { technician { id } } }',
      { i: { name: '周工', organisation: '叶县消防设施检测站' } },
      await t.login('yexian.coordinator'),
    );
    expect(registered.body.errors).toBeUndefined();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('checklist, photo and signature survive a reload; offline it waits, back online it is submitted', async () => {
    const g = await guardedPage(browser, PHONE);
    const { page, context } = g;
    await page.goto(`${base}/inspections/${inspectionId}`);
    await page.waitForURL(/\/login\?next=/);
    await signInThroughForm(page, 'yexian.inspector', DEMO_PASSWORD);
    await page.getByRole('button', { name: '填写现场检查记录' }).click();
    await page.waitForURL(`${base}/inspections/${inspectionId}/record`);
    await page.getByText(/已保存在本机/).waitFor();
    await expect.poll(() => page.getByLabel('检查地点').inputValue()).toContain('盐都街道 9 号');
    expect(await page.getByLabel('检查对象在场负责人').inputValue()).toBe('王经理');
    await noHorizontalScroll(page);
    await screenshot(page, 'record-01-new');
    await expectAccessible(page, 'the record page');

    const lines = page.locator('.record-line');
    await expect.poll(() => lines.count()).toBe(2);
    await lines.nth(0).getByText('正常', { exact: true }).click();
    await lines.nth(1).getByText('不正常', { exact: true }).click();
    await page.getByLabel('检查情况与发现的问题').fill('旅客登记不全，已当场指出');
    await page.getByRole('button', { name: '提交记录' }).click();
    await lines.nth(1).getByRole('alert').filter({ hasText: '“不正常”的检查内容须写明情况' }).waitFor();
    await page.getByText('请检查对象在签名区签字').waitFor();
    await screenshot(page, 'record-02-validation');
    await lines.nth(1).getByLabel('情况说明（必填）').fill('2 名旅客未登记身份信息');
    // The status bar sticks on top as the page scrolls: the field a check scrolls back to, and one focused with the
    // keyboard's "previous", label and all, stop below the bar, never under it.
    const bar = page.locator('.record-status');
    const expectClearOfBar = async (field: Locator) => {
      const [b, f] = [(await bar.boundingBox())!, (await field.boundingBox())!];
      expect(b.y, 'the bar stuck at the top').toBe(0);
      expect(f.y, 'the field below the bar').toBeGreaterThanOrEqual(b.height);
      expect(f.y + f.height, 'the field on the screen').toBeLessThanOrEqual(PHONE.height);
    };
    const findings = page.getByLabel('检查情况与发现的问题');
    const findingsField = page.locator('#field-findings');
    await findings.fill('');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.getByRole('button', { name: '提交记录' }).click();
    await findingsField.getByText('请填写检查情况与发现的问题').waitFor();
    await expectClearOfBar(findingsField);
    await screenshot(page, 'record-02b-validation-screen', { fullPage: false });
    const remaining = page.getByText(/^还有 \d+ 处需要填写或改正$/);
    const before = Number(/\d+/.exec(await remaining.innerText())![0]);
    await findings.fill('旅客登记不全，已当场指出');
    // Put right, the field's error goes and the count above the button drops at once, before the next 提交.
    await findingsField.getByText('请填写检查情况与发现的问题').waitFor({ state: 'detached' });
    if (before > 1) await page.getByText(`还有 ${before - 1} 处需要填写或改正`, { exact: true }).waitFor();
    else await remaining.waitFor({ state: 'detached' });
    // Tabbed back to once the page has scrolled on: on the screen but under the bar, Chromium would not scroll.
    await page.keyboard.press('Tab');
    await findings.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 4));
    await page.keyboard.press('Shift+Tab');
    expect(await findings.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectClearOfBar(findingsField);
    await screenshot(page, 'record-02c-focused-screen', { fullPage: false });
    // R43: with the third-party test as a method, its body and report number are asked; without it, they go.
    const methods = page.getByRole('group', { name: '检查方式' });
    await methods.getByText('委托第三方检测').click();
    // The bureau's technicians' bodies are offered (the field stays free text: another agency's conclusion too).
    await page.locator('datalist#technician-bodies option[value="叶县消防设施检测站"]').waitFor({ state: 'attached' });
    expect(await page.getByLabel('检测机构', { exact: true }).getAttribute('list')).toBe('technician-bodies');
    await page.getByLabel('检测机构', { exact: true }).fill('河南省消防技术服务中心');
    await page.getByLabel('检测报告编号', { exact: true }).waitFor();
    await page.locator('#field-thirdPartyBody').scrollIntoViewIfNeeded();
    await screenshot(page, 'record-02d-third-party', { fullPage: false });
    await methods.getByText('委托第三方检测').click();
    await page.getByLabel('检测机构', { exact: true }).waitFor({ state: 'detached' });

    await page
      .locator('#record-photo-input')
      .setInputFiles({ name: 'scene.png', mimeType: 'image/png', buffer: PHOTO });
    await page.getByRole('img', { name: '现场照片 1' }).waitFor();
    await drawSignature(page);
    await page.getByText('已签字', { exact: true }).waitFor();
    await page.getByText(/^已保存在本机/).waitFor();

    await page.reload();
    await page.getByText('已恢复本机保存的草稿').waitFor();
    await page.getByRole('img', { name: '现场照片 1' }).waitFor();
    expect(await lines.nth(1).getByLabel('情况说明（必填）').inputValue()).toBe('2 名旅客未登记身份信息');
    expect(await page.getByLabel('检查情况与发现的问题').inputValue()).toBe('旅客登记不全，已当场指出');
    await page.getByText('已签字', { exact: true }).waitFor();
    await expect.poll(() => canvasHasInk(page)).toBe(true);
    await screenshot(page, 'record-03-restored');

    // A start before the window: the server refuses with its own message, shown as is and under the field;
    // the photo and signature went up already and are not sent again; the draft stays.
    const from = page.getByLabel('检查开始时间');
    const started = await from.inputValue();
    await from.fill(`${addDays(chinaToday(), -3)}T09:00`);
    await page.getByRole('button', { name: '提交记录' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^提\s*交$/ })
      .click();
    const refusal = page.getByText(/^检查开始时间（\d{4}-\d{2}-\d{2}）早于检查时段/);
    // the banner and the field, once the photo and the signature are up and the server has answered
    await expect.poll(() => refusal.count(), { timeout: 15_000 }).toBe(2);
    await page.getByText('已上传', { exact: true }).waitFor();
    await page.getByRole('button', { name: '提交记录' }).waitFor();
    await screenshot(page, 'record-04-server-refusal');
    await from.fill(started);

    await context.setOffline(true);
    await page.getByText('离线：填写的内容已保存在本机，可继续填写').waitFor();
    await page.getByRole('button', { name: '提交记录' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^提\s*交$/ })
      .click();
    await page.getByText('离线：记录已保存在本机，联网后自动提交').waitFor();
    await page.getByRole('button', { name: '等待联网后提交' }).waitFor();
    await noHorizontalScroll(page);
    await screenshot(page, 'record-05-offline-queued');

    await context.setOffline(false);
    await page.getByText('现场检查记录已提交').waitFor();
    await screenshot(page, 'record-06-submitted');
    await expectAccessible(page, 'the submitted record');
    g.expectClean(SIGNED_OUT);

    const stored = await t.gql(
      `query($id: ID!) { inspection(id: $id) { status
        records { revision signatureRef refusalReason present { name } answers { no result remark } }
        evidence { id kind mime sha256 } } }`,
      { id: inspectionId },
      await t.login('yexian.inspector'),
    );
    expect(stored.body.errors).toBeUndefined();
    const i = stored.body.data.inspection;
    expect(i.status).toBe('RECORDED');
    expect(i.records).toHaveLength(1);
    const [record] = i.records;
    expect(record.answers).toEqual([
      { no: 1, result: 'NORMAL', remark: null },
      { no: 2, result: 'ABNORMAL', remark: '2 名旅客未登记身份信息' },
    ]);
    expect(record.present.map((p: { name: string }) => p.name).sort()).toEqual(['治安检查员1', '治安检查员2']);
    const photo = i.evidence.find((e: { kind: string }) => e.kind === 'PHOTO');
    const signature = i.evidence.find((e: { kind: string }) => e.kind === 'SIGNATURE');
    expect(photo).toMatchObject({ mime: 'image/png', sha256: createHash('sha256').update(PHOTO).digest('hex') });
    expect(signature).toMatchObject({ mime: 'image/png' });
    expect(i.evidence).toHaveLength(2); // uploaded before the refusal, not again after it
    expect(record.signatureRef).toBe(`evidence:${signature.id}`);
    expect(record.refusalReason).toBeNull();

    await page.reload(); // the draft is gone from the device: the page says the record is in
    await page.getByText(/现场检查记录已提交（第 1 版/).waitFor();
    g.expectClean();
    await context.close();
  });

  it('a 南乐 inspector who types the 叶县 record page’s address sees “不存在或无权访问”', async () => {
    // Signed in by request: the form and its return to a deep link are clicked through above.
    const g = await app.signedInPage('nanle.inspector', `/inspections/${inspectionId}/record`, { viewport: PHONE });
    await g.page.getByText('不存在或无权访问').waitFor();
    expect(await g.page.locator('main').innerText()).not.toContain(TARGET);
    g.expectClean();
    await g.context.close();
  });
});
