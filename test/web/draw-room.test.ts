import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, seedDemoDirectories } from '@dsr/db';
import { verifyDrawRecord, type VerifiableRecord } from '@dsr/domain';
import { startTestApp, type TestApp } from '#test/support/harness';
import { clockAt, loadWalkthrough, resolvePlaceholders } from '#test/support/walkthrough';
import {
  expectAccessible,
  expectSuccessMessage,
  guardedPage,
  launchBrowser,
  listen,
  screenshot,
  signInThroughForm,
  type GuardedPage,
} from '#test/support/browser';

describe('the draw room in Chromium (desktop 1440×900)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoDirectories(t.db.ownerUrl);
    // README step 7 up to the acknowledged city plan: 平顶山市 治安管理支队, 5 % of 叶县's hotels.
    const answers = new Map<string, unknown>();
    const clock = clockAt(new Date());
    for (const step of loadWalkthrough().filter((s) => s.file >= '31' && s.file < '42')) {
      for (const run of step.runs) {
        const variables = resolvePlaceholders(run.variables, answers, clock) as Record<string, unknown>;
        const res = await t.gql(step.text, variables, run.as ? await t.login(run.as) : null);
        expect(res.body.errors, run.name).toBeUndefined();
        answers.set(run.name, res.body.data);
      }
    }
    base = await listen(t);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signedIn(username: string, path: string): Promise<GuardedPage> {
    const g = await guardedPage(browser);
    await g.page.goto(`${base}/login?next=${encodeURIComponent(path)}`);
    await signInThroughForm(g.page, username, DEMO_PASSWORD);
    await g.page.waitForURL(`${base}${path}`);
    return g;
  }

  it('commit, the beacon entered by a second person, run, and the record verified in the page', async () => {
    const office = await signedIn('pingdingshan.coordinator', '/draws');
    await office.page.getByRole('heading', { name: '抽取' }).waitFor();
    await office.page.getByRole('button', { name: '承诺抽取' }).first().click();
    await screenshot(office.page, 'draw-01-rounds');
    await office.page
      .getByRole('dialog')
      .getByRole('button', { name: /承\s*诺/ })
      .click();
    await office.page.waitForURL(/\/draws\/[^/]+$/);
    await office.page.getByText('快照摘要 poolDigest').waitFor();
    await expectAccessible(office.page, 'the committed draw');
    await screenshot(office.page, 'draw-02-committed');
    const drawPath = new URL(office.page.url()).pathname;

    const witness = await signedIn('pingdingshan.head', drawPath);
    await witness.page.waitForLoadState('networkidle'); // the draw read, so the field is not drawn again under the typing
    await witness.page.getByLabel('信标值').fill('385');
    await witness.page.getByRole('button', { name: '录入信标' }).click();
    await witness.page
      .getByRole('dialog')
      .getByRole('button', { name: /录\s*入/ })
      .click();
    await expectSuccessMessage(witness.page);
    await witness.page.getByText('信标：385').waitFor();
    witness.expectClean();

    await office.page.reload();
    await office.page.getByRole('button', { name: '执行抽取' }).click();
    await office.page.getByRole('dialog').getByRole('button', { name: '执行抽取' }).click();
    await office.page.getByText(/抽取结果：\d+ 个检查对象/).waitFor();
    await office.page.getByRole('button', { name: '在本机复核' }).click();
    await office.page.getByText('本机复核通过：各项检查均一致').waitFor();
    expect(await office.page.getByText('通过', { exact: true }).count()).toBeGreaterThanOrEqual(5);
    await expectAccessible(office.page, 'the drawn and verified draw');
    await screenshot(office.page, 'draw-03-drawn-verified');

    // The record as a file through the API's signed link, verified again here by the server's verifier.
    const [download] = await Promise.all([
      office.page.waitForEvent('download'),
      office.page.getByRole('button', { name: '下载抽取记录' }).click(),
    ]);
    const record = JSON.parse(readFileSync((await download.path())!, 'utf8')) as VerifiableRecord;
    expect(record.drawId).toBe(drawPath.split('/').pop());
    expect(verifyDrawRecord(record).ok).toBe(true);
    office.expectClean();

    // A county beside it gets no link to the city's record (the same answer as for a missing one).
    const link = `query($p: String!) { downloadUrl(path: $p) { url } }`;
    const neighbour = await t.gql(link, { p: `${drawPath}/record.json` }, await t.login('nanle.admin'));
    expect(neighbour.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  }, 90_000);
});
