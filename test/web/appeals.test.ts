import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '#test/support/harness';
import { ok } from '#test/support/catalog-fixtures';
import { loadTree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import {
  expectAccessible,
  expectOutcome,
  guardedPage,
  pickOption,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from '#test/support/browser';

const PREPARE = `mutation($i: PreparePublicationInput!) { preparePublication(input: $i) { id rowVersion } }`;
const APPROVE = `mutation($i: ApprovePublicationInput!) { approvePublication(input: $i) { id } }`;
const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

/** R49, R57 in Chromium: the target objects from the public form on a phone, follows it with the code; 督察 answers. */
describe(
  '异议投诉 in Chromium: the public form on a phone (390×844), the workbench (1440×900)',
  { timeout: 120_000 },
  () => {
    let app: BrowserApp;
    let publicationId: string;

    beforeAll(async () => {
      app = await startBrowserApp(() => startTestApp());
      const { t } = app;
      const tree = await loadTree(t.db.ownerUrl);
      const { inspectionId } = await hotelUnderDirectCheck(t, tree, {
        serial: 9741,
        targetName: '叶县昆阳镇异议宾馆',
        reference: '12345热线 2026-09-2203',
        badgePrefix: 'ZA-4104227',
        representative: '孙八',
      });
      const owner = new pg.Client({ connectionString: t.db.ownerUrl });
      await owner.connect();
      await owner.query(`update inspection set check_ended_on = '2026-09-22' where id = $1`, [inspectionId]);
      await owner.query(
        `insert into inspection_report (id, tenant_id, bureau_id, scope_path, inspection_id, status, content, steps,
         findings, assessment, opinion, submitted_by, submitted_at)
       select gen_random_uuid(), i.tenant_id, i.bureau_id, i.scope_path, i.id, 'APPROVED', '检查旅客登记', '查验',
              '未发现问题', '合规', 'NO_ANOMALY', i.created_by, now()
         from inspection i where i.id = $1`,
        [inspectionId],
      );
      await owner.end();
      const prepared = ok(
        await t.gql(
          PREPARE,
          { i: { kind: 'INSPECTION_RESULT', subjectId: inspectionId } },
          await t.login('yexian.head'),
        ),
        'prepare',
      ).preparePublication;
      const i = { id: prepared.id, rowVersion: prepared.rowVersion };
      publicationId = ok(await t.gql(APPROVE, { i }, await t.login('yexian.leader')), 'approve').approvePublication.id;
    });
    afterAll(async () => {
      await app?.close();
    });

    it('files an objection, follows it with the code, and 督察 answers it in the workbench', async () => {
      const phone = await guardedPage(app.browser, { width: 390, height: 844 }, { isMobile: true, hasTouch: true });
      const { page } = phone;
      await page.goto(`${app.base}/gs/appeal?publication=${publicationId}`);
      await page.getByText('叶县昆阳镇异议宾馆').waitFor();
      await page.getByRole('button', { name: label('提交') }).click();
      await page.getByText('请填写联系方式').waitFor(); // the form's own check: nothing sent
      await page.getByLabel('姓名或单位名称').fill('叶县昆阳镇异议宾馆');
      await page.getByLabel('联系方式').fill('15237469276');
      await page.getByLabel('理由与事实').fill('检查当日已整改完毕，请核实');
      await expectAccessible(page, 'the objection form');
      await page.getByRole('button', { name: label('提交') }).click();
      const receiptNo = (await page.locator('.appeal-receipt').innerText()).trim();
      const code = (await page.locator('.appeal-code').innerText()).trim();
      expect(receiptNo).toMatch(/^410422-\d{4}-\d{6}$/);
      await screenshot(page, 'appeal-01-filed-phone');

      await page.getByRole('link', { name: '查看办理情况' }).click();
      await page.getByLabel('受理编号').fill(receiptNo);
      await page.getByLabel('查询码').fill(code);
      await page.getByRole('button', { name: label('查询') }).click();
      await page.locator('.appeal-status-tag', { hasText: '已受理登记' }).waitFor();
      await expectAccessible(page, 'the status page');
      await screenshot(page, 'appeal-02-status-phone');
      phone.expectClean();
      await phone.context.close();

      const desk = await app.signedInPage('yexian.oversight', '/appeals');
      await desk.page.getByRole('link', { name: receiptNo }).click();
      await desk.page.getByText('检查当日已整改完毕，请核实').waitFor();
      await desk.page.getByRole('button', { name: label('答复') }).click();
      const dialog = desk.page.getByRole('dialog');
      await dialog.getByLabel('不成立').check();
      await dialog.getByLabel('书面答复').fill('经核查，公示结果与检查记录一致');
      await dialog.getByRole('button', { name: '提交答复' }).click();
      await expectOutcome(desk.page, desk.page.locator('.ant-tag', { hasText: /^不成立$/ }));
      await desk.page.getByText('经核查，公示结果与检查记录一致').waitFor();
      await expectAccessible(desk.page, 'the answered appeal');
      await screenshot(desk.page, 'appeal-03-answered');
      desk.expectClean();
    });

    it('R57/R23: 督察 opens a direct check from a complaint; the check is shown and linked on the appeal', async () => {
      const FILE = `mutation($i: FileAppealInput!) { fileAppeal(input: $i) { receiptNo } }`;
      const i = {
        publicationId,
        kind: 'COMPLAINT',
        name: '王某',
        contact: '15237469276',
        reason: '该宾馆夜间仍不登记',
      };
      const filed = await supertest(app.t.server.app).post('/public/graphql').send({ query: FILE, variables: { i } });
      const receiptNo = filed.body.data.fileAppeal.receiptNo as string;
      const desk = await app.signedInPage('yexian.oversight', '/appeals');
      const { page } = desk;
      await page.getByRole('link', { name: receiptNo }).click();
      await page.getByText('该宾馆夜间仍不登记').waitFor();
      await page.getByRole('button', { name: '启动直接检查' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: '启动检查' }).click();
      await dialog.getByText('至少选择一个已发布的事项').waitFor(); // the form's own check: nothing sent
      await pickOption(dialog, '检查事项', '对旅馆业的抽查');
      await pickOption(dialog, '检查人员', '治安检查员1');
      await dialog.getByText('检查人员至少 2 人').waitFor();
      await pickOption(dialog, '检查人员', '治安检查员2');
      await expectAccessible(page, 'the direct check dialog', dialog);
      await screenshot(page, 'appeal-04-check-dialog');
      await dialog.getByRole('button', { name: '启动检查' }).click();
      const card = page.locator('.appeal-check');
      await expectOutcome(page, card);
      expect(await card.innerText()).toContain(receiptNo); // the check names the complaint (事由文号)
      await expect(page.getByRole('button', { name: '启动直接检查' }).count()).resolves.toBe(0);
      await screenshot(page, 'appeal-05-check-opened');
      await card.getByRole('link', { name: '叶县昆阳镇异议宾馆' }).click();
      await page.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
      await page.getByText(receiptNo).first().waitFor();
      desk.expectClean();
    });
  },
);
