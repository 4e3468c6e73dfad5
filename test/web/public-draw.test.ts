import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '#test/support/harness';
import { ok } from '#test/support/catalog-fixtures';
import { chinaToday } from '#test/support/dates';
import { Scenario } from '#test/support/scenario';
import { expectAccessible, guardedPage, screenshot, startBrowserApp, type BrowserApp } from '#test/support/browser';
import { checkpointAllChainsNow } from '../../services/api/src/modules/audit/audit-checkpoints';

/*
 * Issue 14, "Draws in public": an anonymous visitor on a phone finds 叶县's draw by bureau and date,
 * reads the commitment (large digests, QR code) and the result (targets and teams by name), and
 * verifies the draw in the browser with the engine of packages/domain; then the audit checkpoints
 * the city published. Data set up through GraphQL; nothing is clicked but what the visitor does.
 */
const PHONE = { width: 390, height: 844 };
const TASK = '网吧业抽查（公示）';
const COMMIT = 'mutation($i: CommitDrawInput!) { commitDraw(input: $i) { draw { id poolDigest } } }';
const RUN = 'mutation($i: RunDrawInput!) { runDraw(input: $i) { draw { id } } }';

describe('a draw in public, verified on a phone (anonymous)', { timeout: 60_000 }, () => {
  let app: BrowserApp;
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let poolDigest: string;
  let cityCode: string;

  beforeAll(async () => {
    app = await startBrowserApp(() => startTestApp());
    ({ t, base, browser } = app);
    const yexian = await Scenario.of(t, 'yexian');
    const office = await t.login('yexian.coordinator');
    await yexian.importTargets(
      Array.from({ length: 12 }, (_, i) => ({
        name: `公示网吧${i + 1}`,
        category: 'INTERNET_CAFE',
        department: '网安大队',
        region: '410422100',
        serial: 8100 + i,
      })),
    );
    await yexian.inspectors('网安大队', 6, (n) => ({ name: `网安公示${n}` }));
    const item = await yexian.item({
      name: '网吧抽查（公示）',
      law: '《互联网上网服务营业场所管理条例》',
      department: '网安大队',
      targetType: '全县网吧业',
      categories: ['INTERNET_CAFE'],
      samplingRatioBp: 2000,
      frequencyPerYear: 1,
      checkContents: [],
    });
    const year = Number(chinaToday().slice(0, 4)) + 1;
    const task = {
      name: TASK,
      itemVersionIds: [item],
      departmentIds: [yexian.department('网安大队')],
      joint: false,
      ratioBp: 2000,
      timesPerYear: 1,
      teamSize: 2,
    };
    const work = await yexian.plan({
      year,
      tasks: [{ task, rounds: [[`${year}-03-01`, `${year}-03-31`]] }],
      until: 'ACKNOWLEDGED',
    });
    const draw = ok(await t.gql(COMMIT, { i: { roundId: work.rounds[0]![0], beaconSource: 'NONE' } }, office), 'commit')
      .commitDraw.draw;
    poolDigest = draw.poolDigest;
    ok(await t.gql(RUN, { i: { drawId: draw.id } }, office), 'run');
    await checkpointAllChainsNow(t.orm, t.server.services.auditCheckpoints, 'PUBLICATION');
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    cityCode = (await owner.query(`select division_code from bureau where name = '平顶山市公安局'`)).rows[0]
      .division_code;
    await owner.end();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('finds the draw by bureau and date, reads commitment and result, and verifies it in the browser', async () => {
    const g = await guardedPage(browser, PHONE, { isMobile: true, hasTouch: true });
    const { page } = g;
    const today = chinaToday();
    await page.goto(`${base}/gs/draws?bureau=410422&from=${today}&to=${today}`);
    await page.getByRole('link', { name: `${TASK} · 第 1 轮抽取` }).click();
    // The commitment in large type, grouped by four to be read out, and its QR code.
    await page
      .getByText(poolDigest.slice(0, 4) + ' ' + poolDigest.slice(4, 8), { exact: false })
      .first()
      .waitFor();
    await page.getByLabel('快照摘要与承诺值的二维码').waitFor();
    await page.getByText('抽取结果：3 个检查对象').waitFor();
    await page
      .getByText(/^\d+\. 公示网吧\d+$/)
      .first()
      .waitFor();
    await page
      .getByText(/^网安公示\d/)
      .first()
      .waitFor();
    const download = await page.getByRole('link', { name: /下载抽取记录/ }).getAttribute('href');
    expect(download).toMatch(/^\/public\/draws\/.+\/record\.json$/);
    await page.getByRole('button', { name: '在本机验证' }).click();
    await page.getByText('本机验证通过：各项检查均一致').waitFor();
    expect(await page.getByText('未通过', { exact: true }).count()).toBe(0);
    await expectAccessible(page, 'the public draw page on a phone');
    await screenshot(page, 'public-draw-phone');
    // The 异议 every record carries: here the result, the document in force.
    await page.getByRole('link', { name: '异议', exact: true }).click();
    await page.waitForURL(/\/gs\/appeal\?publication=[0-9a-f-]{36}$/);
    await page.getByText('抽取结果', { exact: true }).waitFor();
    await page.getByText('叶县公安局', { exact: true }).waitFor();

    await page.goto(`${base}/gs/audit?bureau=${cityCode}&from=${today}&to=${today}`);
    await page.getByText('验证用公钥').waitFor();
    await page.getByText('该条记录的哈希').first().waitFor();
    const checkpoints = await page.getByText('该条记录的哈希').count();
    expect(await page.getByRole('link', { name: '异议', exact: true }).count()).toBe(checkpoints);
    await expectAccessible(page, 'the audit checkpoints on a phone');
    await screenshot(page, 'public-audit-phone');
    await page.getByRole('link', { name: '异议', exact: true }).first().click();
    await page.locator('.ant-descriptions').getByText('审计检查点', { exact: true }).waitFor();
    await page.getByText('平顶山市公安局', { exact: true }).waitFor();
    g.expectClean();
  });
});
