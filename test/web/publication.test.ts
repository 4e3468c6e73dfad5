import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '#test/support/harness';
import { loadTree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import { ok } from '#test/support/catalog-fixtures';
import { excelJs } from '../../services/api/src/common/sheets/exceljs-lazy';
import {
  expectAccessible,
  expectOutcome,
  pickOption,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from '#test/support/browser';

const TARGET = '叶县公示网页测试宾馆';

/**
 * 一公开 in the workbench (issue 14, R47/R48/R50) at 1440×900: the head prepares the inspection's result from
 * its page and is offered no approval; the leader approves it from the 待审核 queue, withholding the
 * address; it shows as published, masked; the head corrects it with a reason, which the history shows; the
 * superior sees 叶县's published ratio. The office prepares the penalty's 双公示 items, lists the target on
 * 经营异常名录 from the inspection (the target's page shows +5 weight) and removes it from the 信用名单 page;
 * it sees how long the inspection's file is kept and downloads the archive list from 检查办理 (R42).
 */
describe('publication and credit pages in Chromium (desktop 1440×900)', { timeout: 90_000 }, () => {
  let app: BrowserApp;
  let t: TestApp;
  let base: string;
  let inspectionId: string;

  beforeAll(async () => {
    app = await startBrowserApp(() => startTestApp());
    ({ t, base } = app);
    const tree = await loadTree(t.db.ownerUrl);
    ({ inspectionId } = await hotelUnderDirectCheck(t, tree, {
      serial: 9731,
      targetName: TARGET,
      reference: '网页测试-公示',
      badgePrefix: 'GS',
      address: '河南省平顶山市叶县昆阳大道 31 号',
    }));
    // The check ended, its report (R38: rectification ordered) was approved: the result may be published.
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      await owner.query(`update inspection set check_ended_on = current_date - 1 where id = $1`, [inspectionId]);
      await owner.query(
        `insert into inspection_report (id, tenant_id, bureau_id, scope_path, inspection_id, status, content, steps,
           findings, assessment, opinion, submitted_by, submitted_at)
         select gen_random_uuid(), i.tenant_id, i.bureau_id, i.scope_path, i.id, 'APPROVED', '旅馆业治安管理',
                '查验旅客登记', '2 名旅客未登记身份证件', '违反登记规定', 'RECTIFICATION', i.created_by, now()
           from inspection i where i.id = $1`,
        [inspectionId],
      );
      // A penalty decision on the notice of this inspection (R40): the 双公示 clock starts on its day.
      await owner.query(
        `insert into rectification_notice (id, tenant_id, bureau_id, scope_path, inspection_id, document_no, findings,
           legal_basis, deadline, status, issued_by, follow_up_result, follow_up_on, follow_up_by, case_no,
           penalty_decision_no, penalty_decided_on)
         select gen_random_uuid(), i.tenant_id, i.bureau_id, i.scope_path, i.id, '叶公（治）责改字〔2026〕931号',
                '未登记旅客身份', '《旅馆业治安管理办法》第六条', current_date, 'ESCALATED', i.created_by,
                'NOT_RECTIFIED', current_date, i.created_by, '叶公（治）立字〔2026〕931号',
                '叶公（治）行罚决字〔2026〕931号', current_date
           from inspection i where i.id = $1`,
        [inspectionId],
      );
    } finally {
      await owner.end();
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  const card = (page: Page, title: string) =>
    page.locator('.ant-card', { has: page.getByText(title, { exact: true }) });
  const button = (page: Page, name: string) =>
    page.getByRole('button', { name: new RegExp(name.split('').join('\\s*')) });
  const tag = (scope: Page | ReturnType<Page['locator']>, label: string) =>
    scope.locator('.ant-tag', { hasText: new RegExp(`^${label}$`) }).first();

  it('prepare → the approver approves (the preparer cannot) → published and masked; a correction with its reason in the history', async () => {
    const head = await app.signedInPage('yexian.head', `/inspections/${inspectionId}`);
    let page = head.page;
    const publication = card(page, '公示与信用').locator('.ant-space-item', { hasText: '检查结果' });
    await button(publication, '编制公示').click();
    const prepare = page.getByRole('dialog', { name: '编制检查结果公示' });
    await expectAccessible(page, 'the prepare dialog', prepare);
    await button(prepare, '提交审核').click();
    await expectOutcome(page, tag(publication, '待审核'));
    await publication.getByRole('link', { name: '查看公示' }).click();
    await page.getByText('由您编制，待本单位指定的审核人审核').waitFor();
    expect(await button(page, '审核通过并公示').count()).toBe(0); // R48: never offered to the preparer
    expect(await page.locator('main').innerText()).toContain('发现问题待后续处理'); // R40: not rectified
    await screenshot(page, 'publication-01-prepared');
    const path = new URL(page.url()).pathname;

    // The approver's to-do card opens the 待审核 queue (R48: the leader is the bureau's default approver).
    const leader = await app.signedInPage('yexian.leader', '/todo');
    const todo = leader.page.locator('.ant-card', { hasText: '待审核的公示' });
    await todo.locator('.ant-statistic-content-value', { hasText: /^1$/ }).waitFor();
    await todo.getByRole('link', { name: '查看' }).click();
    await leader.page.getByRole('link', { name: TARGET }).waitFor();
    await screenshot(leader.page, 'publication-01b-approval-queue');
    await expectAccessible(leader.page, 'the approval queue');
    await leader.page.getByRole('link', { name: TARGET }).click();
    await leader.page.waitForURL(`${base}${path}`);
    await button(leader.page, '审核通过并公示').click();
    const approve = leader.page.getByRole('dialog', { name: '审核通过并公示' });
    await approve.getByLabel('住所（经营场所）').check(); // the approver's privacy mark (R48)
    await expectAccessible(leader.page, 'the approval dialog', approve);
    await button(approve, '公示').click();
    await expectOutcome(leader.page, tag(leader.page, '已公示'));
    const shown = await leader.page.locator('main').innerText();
    expect(shown).toContain('公示文书（已脱敏、冻结，公众所见）');
    expect(shown).not.toContain('昆阳大道 31 号');
    expect(shown).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // names, never ids
    await screenshot(leader.page, 'publication-02-published');
    await expectAccessible(leader.page, 'the published document');
    leader.expectClean();
    await leader.context.close();

    page = head.page;
    await page.reload();
    await tag(page, '已公示').waitFor();
    await button(page, '更正').click();
    const correct = page.getByRole('dialog', { name: '更正公示' });
    await correct.getByLabel('理由').fill('检查结果填写有误');
    await pickOption(correct, '检查结果', '未发现问题');
    await button(correct, '提交审核').click();
    const history = card(page, '公示历史（更正、撤回均保留）');
    await expectOutcome(page, history.getByRole('cell', { name: '检查结果填写有误' }));
    expect(await history.locator('tbody tr').count()).toBe(2);
    await screenshot(page, 'publication-03-correction');
    await expectAccessible(page, 'the publication with its history');
    head.expectClean();
    await head.context.close();

    // R47 for the superior: 叶县's published ratio among 平顶山's counties.
    const city = await app.signedInPage('pingdingshan.leader', '/publications?view=stats');
    const yexian = city.page.locator('tr', { hasText: '叶县公安局' });
    await yexian.locator('.ant-progress').waitFor();
    await screenshot(city.page, 'publication-04-subordinates');
    await expectAccessible(city.page, 'the subordinates’ publication figures');
    city.expectClean();
    await city.context.close();
  });

  it('the office lists the target on 经营异常名录 with the inspection as the cause, and removes it with a reason; R42 the file’s retention and the archive list', async () => {
    const office = await app.signedInPage('yexian.coordinator', `/inspections/${inspectionId}`);
    const page = office.page;
    // R42: how long the file is kept, as the API computes it, is in the inspection's facts.
    const { inspection } = ok(
      await t.gql(
        'query($id: ID!) { inspection(id: $id) { retention { until description } } }',
        { id: inspectionId },
        await t.login('yexian.coordinator'),
      ),
      'retention',
    ) as { inspection: { retention: { until: string | null; description: string } } };
    const kept = page.locator('th:has-text("档案保存期限") + td'); // the bordered facts: label and value cells
    await kept.getByText(inspection.retention.description).waitFor();
    expect(await kept.innerText()).toContain(inspection.retention.until ?? '检查对象存续期间，注销后再保存两年');
    // 双公示: the office prepares the penalty result from the decision with the items of the standard.
    const penalty = card(page, '公示与信用').locator('.ant-space-item', { hasText: '行政处罚结果（双公示）' });
    await button(penalty, '编制公示').click();
    const facts = page.getByRole('dialog', { name: '编制行政处罚结果公示（双公示）' });
    await facts.getByLabel('违法行为类型').fill('违反旅馆业管理规定');
    await facts.getByLabel('违法事实').fill('未按规定登记住宿旅客身份信息');
    await facts.getByLabel('处罚依据').fill('《旅馆业治安管理办法》第十五条');
    await pickOption(facts, '处罚类别', '罚款');
    await facts.getByLabel('处罚内容').fill('罚款人民币伍佰元');
    await facts.getByLabel('罚没金额（万元）').fill('0.05');
    await facts.getByLabel('公示截止期').fill('2027-06-30');
    await facts.getByLabel('公示截止期').press('Enter');
    await screenshot(page, 'publication-05-penalty-form');
    await button(facts, '提交审核').click();
    await expectOutcome(page, tag(penalty, '待审核'));
    await button(card(page, '公示与信用'), '列入信用名单').click();
    const list = page.getByRole('dialog', { name: `列入信用名单：${TARGET}` });
    await pickOption(list, '名单', '经营异常名录');
    await list.getByLabel('列入原因').fill('检查发现未按规定登记旅客身份');
    await button(list, '列入').click();
    await list.waitFor({ state: 'hidden' });
    await page.goto(`${base}/credit?list=ABNORMAL_OPERATION`);
    const row = page.locator('tr', { has: page.getByRole('link', { name: TARGET }) });
    await tag(row, '列入中').waitFor();
    expect(await row.innerText()).toContain('检查发现问题');
    await screenshot(page, 'credit-01-listed');
    await expectAccessible(page, 'the credit list');
    // R51: the target's page shows the entry and what it adds to today's draw weight (10 → 15).
    await row.getByRole('link', { name: TARGET }).click();
    const credit = card(page, '信用名单（今日抽取权重 15）');
    await credit.getByRole('cell', { name: '+5' }).waitFor();
    await screenshot(page, 'credit-02-target');
    await page.goBack();
    await button(row, '移出').click();
    const remove = page.getByRole('dialog', { name: `移出经营异常名录：${TARGET}` });
    await remove.getByLabel('移出原因').fill('已改正并经复查合格');
    await button(remove, '移出').click();
    await expectOutcome(page, tag(row, '已移出'));

    // R42: the office takes the archive list from 检查办理 (a few rows: the direct link, downloaded at once).
    await page.getByRole('menuitem', { name: /检查办理/ }).click();
    await page.waitForURL(`${base}/inspections/all`);
    await page.locator('.ant-table').getByRole('link', { name: TARGET }).waitFor();
    await screenshot(page, 'inspections-01-archive-list-button');
    await expectAccessible(page, 'the 检查办理 list with 导出档案清单');
    const [archive] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出档案清单/ }).click(),
    ]);
    expect(archive.suggestedFilename()).toBe('检查档案保存期限.xlsx');
    const workbook = new (await excelJs()).Workbook();
    await workbook.xlsx.readFile((await archive.path())!);
    const sheet = workbook.worksheets[0]!;
    const names = sheet.getColumn(3).values.map(String);
    expect(names).toContain(TARGET);
    office.expectClean();
  });
});
