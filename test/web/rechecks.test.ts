import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '#test/support/harness';
import { loadTree } from '#test/support/tenancy';
import { finishedYexianHotels } from '#test/support/recheck-fixture';
import { signaturePng } from '#test/support/png';
import {
  expectAccessible,
  expectOutcome,
  pickOption,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from '#test/support/browser';

const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

/**
 * R54 in Chromium (1440×900): 平顶山市's 法制 opens a re-check over 叶县 and commits its sample, 督察 enters
 * the beacon, 法制 runs it and records a re-examination that differs; 叶县's office finds the finding on
 * its to-do page and answers it. Screenshots kept; no console error anywhere.
 */
describe('复查 in Chromium: open, beacon, run, re-examine, the county answers (R54)', { timeout: 240_000 }, () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp(() => startTestApp());
    const tree = await loadTree(app.t.db.ownerUrl);
    await finishedYexianHotels(app.t, tree, { serial: 5421, count: 3 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('R54: the city re-checks 叶县 step by step, and 叶县 answers the difference from its to-do page', async () => {
    const legal = await app.signedInPage('pingdingshan.legal', '/rechecks');
    const { page } = legal;
    await page.getByText('尚无复查').waitFor();
    await page.getByRole('button', { name: label('发起复查') }).click();
    const dialog = page.getByRole('dialog');
    await pickOption(dialog, '下级单位', '叶县公安局'); // its direct subordinates by name (R54: optionally one bureau)
    await dialog.getByLabel('复查事由').fill('2026 年第四季度执法质量复查');
    await dialog.getByRole('button', { name: '发起并承诺' }).click();
    await expectOutcome(page, page.locator('.ant-tag', { hasText: '已承诺，待抽样' }));
    const url = page.url();
    await page.getByText('3 件已办结检查').waitFor();
    await page.getByText('复查范围：叶县公安局。').waitFor();
    await expectAccessible(page, 'the committed re-check');
    await screenshot(page, 'recheck-01-committed');

    const oversight = await app.signedInPage('pingdingshan.oversight', new URL(url).pathname);
    await oversight.page.getByRole('button', { name: label('录入信标') }).click();
    await oversight.page.getByRole('dialog').getByLabel('信标').fill('福彩3D 2026335：4 1 7');
    await oversight.page
      .getByRole('dialog')
      .getByRole('button', { name: label('录入') })
      .click();
    await expectOutcome(oversight.page, oversight.page.getByText('福彩3D 2026335：4 1 7'));
    oversight.expectClean();
    await oversight.context.close();

    await page.reload();
    await page.getByRole('button', { name: label('执行抽样') }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: label('执行抽样') })
      .click();
    await expectOutcome(page, page.locator('.ant-tag', { hasText: /^已抽样$/ }));
    await page.getByText('叶县公安局：3 件中抽 2 件').waitFor(); // the stratum (division code 410422) by name
    expect(await page.locator('.ant-tag', { hasText: /^待复查$/ }).count()).toBe(2);
    // each drawn inspection shows its county and its target by name, not a division code
    expect(await page.locator('td', { hasText: /^叶县公安局$/ }).count()).toBe(2);
    expect(await page.locator('td a', { hasText: /^叶县(昆阳镇)?复查宾馆\d+$/ }).count()).toBe(2);
    await expectAccessible(page, 'the drawn re-check');
    await screenshot(page, 'recheck-02-drawn');

    await page
      .getByRole('button', { name: label('记录复查') })
      .first()
      .click();
    const exam = page.getByRole('dialog');
    await exam.getByLabel('实地复查').check();
    await exam.getByLabel('不正常').nth(1).check();
    await exam.getByLabel('第 2 项情况说明').fill('消防通道堆放杂物');
    await pickOption(exam, '应有的处理意见', '责令整改');
    await exam.getByLabel('复查情况').fill('实地复查：消防通道堆放杂物，应责令整改');
    // The re-examination's own evidence (R54): uploaded at once, listed with its hash.
    await exam.locator('input[type=file]').setInputFiles({
      name: '复查现场照片.png',
      mimeType: 'image/png',
      buffer: signaturePng(64, 48, 9),
    });
    await exam.getByRole('link', { name: /复查现场照片\.png/ }).waitFor();
    await expectAccessible(page, 'the re-examination dialog', exam);
    await screenshot(page, 'recheck-03-exam-dialog');
    await exam.getByRole('button', { name: '提交复查结论' }).click();
    await expectOutcome(page, page.locator('.ant-tag', { hasText: /^复查不一致$/ }));
    await page.locator('.ant-tag', { hasText: /^待下级答复$/ }).waitFor();
    await page
      .getByRole('button', { name: /展开行|Expand row/ })
      .first()
      .click();
    await page.getByText(/第 2 项 是否落实治安安全管理制度：原为「正常」，复查为「不正常」/).waitFor();
    expect(await page.getByRole('link', { name: /复查现场照片\.png/ }).count()).toBe(1); // frozen with the conclusion
    await screenshot(page, 'recheck-04-differing');
    legal.expectClean();

    const county = await app.signedInPage('yexian.coordinator', '/todo');
    const card = county.page.locator('.ant-card', { hasText: '待答复的上级复查问题' });
    await card.getByText(/^1$/).waitFor();
    await screenshot(county.page, 'recheck-05-county-todo');
    await card.getByRole('link').first().click();
    await county.page.getByText(/处理意见：原为「未发现异常」，复查为「责令整改」/).waitFor();
    await county.page.getByRole('button', { name: label('答复') }).click();
    const answer = county.page.getByRole('dialog');
    await answer.getByLabel('说明理由，维持原结果').check();
    await answer.getByLabel('答复').fill('经核实，检查当日消防通道畅通，现场照片附卷');
    await answer.getByRole('button', { name: '提交答复' }).click();
    await expectOutcome(county.page, county.page.locator('.ant-tag', { hasText: '已答复，待销号' }));
    await expectAccessible(county.page, 'the answered finding');
    await screenshot(county.page, 'recheck-06-county-answered');
    county.expectClean();
  });
});
