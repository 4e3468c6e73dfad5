import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '#test/support/harness';
import { loadTree } from '#test/support/tenancy';
import { ok } from '#test/support/catalog-fixtures';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import { Scenario } from '#test/support/scenario';
import {
  expectAccessible,
  guardedPage,
  pickOption,
  screenshot,
  startBrowserApp,
  type BrowserApp,
  type GuardedPage,
} from '#test/support/browser';

const TARGET = '叶县门户公示宾馆';
const REASON = '结果填写有误';
const PENDING_REASON = '待审核的第二次更正';
const FIELDS = 'id rowVersion documentSha256 document';
const PREPARE = `mutation($i: PreparePublicationInput!) { preparePublication(input: $i) { ${FIELDS} } }`;
const APPROVE = `mutation($i: ApprovePublicationInput!) { approvePublication(input: $i) { ${FIELDS} } }`;
const CORRECT = `mutation($i: SupersedePublicationInput!) { correctPublication(input: $i) { ${FIELDS} } }`;
const WITHDRAW = `mutation($i: SupersedePublicationInput!) { withdrawPublication(input: $i) { ${FIELDS} } }`;
const WITHDRAWN_TARGET = '叶县门户撤回宾馆';

/**
 * The public portal (/gs, issue 14 "The public side") walked anonymously: search by name and by credit
 * code, a target's page with its history, a publication and its earlier version after a correction, the
 * 异议 link, print media, a phone; an unapproved document's id shows the not-found view and nothing of it.
 * Data through the internal GraphQL API: a direct check's result prepared, approved, corrected, approved,
 * and a second correction left pending.
 */
describe('the public portal, anonymous (desktop 1440×900 and phone 390×844)', { timeout: 120_000 }, () => {
  let app: BrowserApp;
  let t: TestApp;
  let base: string;
  let g: GuardedPage;
  let page: Page;
  const pub = {} as Record<'first' | 'corrected' | 'pending' | 'code' | 'sha' | 'withdrawn' | 'withdrawal', string>;

  beforeAll(async () => {
    app = await startBrowserApp(() => startTestApp());
    ({ t, base } = app);
    const tree = await loadTree(t.db.ownerUrl);
    const { inspectionId, inspectors } = await hotelUnderDirectCheck(t, tree, {
      serial: 9841,
      targetName: TARGET,
      reference: '门户测试-结果',
      badgePrefix: 'GS-41042298',
    });
    await (await Scenario.of(t, 'yexian', tree)).link(inspectors[0]!, null); // the next fixture links yexian.inspector again
    const { inspectionId: withdrawnId } = await hotelUnderDirectCheck(t, tree, {
      serial: 9842,
      targetName: WITHDRAWN_TARGET,
      reference: '门户测试-撤回',
      badgePrefix: 'GS-41042299',
    });
    // The checks ended and their reports (nothing found, R38) are approved: the results may be published.
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    await owner.query(`update inspection set check_ended_on = current_date - 1 where id = any($1)`, [
      [inspectionId, withdrawnId],
    ]);
    await owner.query(
      `insert into inspection_report (id, tenant_id, bureau_id, scope_path, inspection_id, status, content, steps,
         findings, assessment, opinion, submitted_by, submitted_at)
       select gen_random_uuid(), i.tenant_id, i.bureau_id, i.scope_path, i.id, 'APPROVED', '检查旅客登记', '查验',
              '未发现问题', '合规', 'NO_ANOMALY', i.created_by, now()
         from inspection i where i.id = any($1)`,
      [[inspectionId, withdrawnId]],
    );
    await owner.end();
    const [head, leader] = await Promise.all(['yexian.head', 'yexian.leader'].map((p) => t.login(p)));
    const approve = async (d: { id: string; rowVersion: number }) =>
      ok(await t.gql(APPROVE, { i: { id: d.id, rowVersion: d.rowVersion } }, leader), 'approve').approvePublication;
    const prepared = ok(await t.gql(PREPARE, { i: { kind: 'INSPECTION_RESULT', subjectId: inspectionId } }, head), 'p');
    const first = await approve(prepared.preparePublication);
    const fix = { i: { id: first.id, reason: REASON, result: 'ORDERED_TO_CORRECT' } };
    const corrected = await approve(ok(await t.gql(CORRECT, fix, head), 'correct').correctPublication);
    const again = { i: { id: corrected.id, reason: PENDING_REASON, result: 'PENDING_FOLLOW_UP' } };
    const pending = ok(await t.gql(CORRECT, again, head), 'pending').correctPublication;
    // Another result, published and then withdrawn (撤回): its first version's content is public no more.
    const other = ok(await t.gql(PREPARE, { i: { kind: 'INSPECTION_RESULT', subjectId: withdrawnId } }, head), 'p2');
    const withdrawn = await approve(other.preparePublication);
    const pull = { i: { id: withdrawn.id, reason: '检查对象认定有误，撤回公示' } };
    const withdrawal = await approve(ok(await t.gql(WITHDRAW, pull, head), 'withdraw').withdrawPublication);
    Object.assign(pub, {
      first: first.id,
      corrected: corrected.id,
      pending: pending.id,
      code: first.document.fields.creditCode,
      sha: corrected.documentSha256,
      withdrawn: withdrawn.id,
      withdrawal: withdrawal.id,
    });
    g = await guardedPage(app.browser);
    page = g.page;
  });
  afterAll(async () => {
    await app?.close();
  });

  const card = (name = TARGET) => page.locator('.public-card').filter({ hasText: name });

  it('searches by name (a one-character name refused with the server’s words) and by credit code', async () => {
    await page.goto(`${base}/gs`);
    const box = page.getByLabel('统一社会信用代码或名称');
    await box.fill('宾');
    await box.press('Enter');
    await page.getByText('按名称查询至少需要两个字').waitFor();
    await box.fill('门户公示');
    await box.press('Enter');
    await card().waitFor();
    await card().getByText('发现问题已责令改正').waitFor();
    await expectAccessible(page, 'the portal’s search by name');
    await screenshot(page, 'public-search-name');
    await box.fill(pub.code.toLowerCase());
    await box.press('Enter');
    await page.waitForURL(`${base}/gs?q=${pub.code.toLowerCase()}`);
    await card().waitFor();
    expect(await card().count()).toBe(1);
    await card().getByRole('link', { name: '该主体的全部公示' }).click();
    await page.waitForURL(`${base}/gs/target/${pub.code}`);
  });

  it('shows a target’s results with their history: the first version superseded, the correction’s reason', async () => {
    await page.getByRole('heading', { name: TARGET, level: 1 }).waitFor();
    await page.mouse.move(0, 0); // the click's pointer would hover a link of the new page (a lighter colour)
    await page.getByRole('heading', { name: '抽查检查结果' }).waitFor();
    const history = page.locator('.public-history');
    await history.getByText('第 1 版 · 公示').waitFor();
    await history.getByText('已被取代').waitFor();
    await history.getByText(`原因：${REASON}`).waitFor();
    expect(await page.getByText(PENDING_REASON).count()).toBe(0);
    expect(await card('抽查检查结果（').getByRole('link', { name: '异议' }).getAttribute('href')).toBe(
      `/gs/appeal?publication=${pub.corrected}`,
    );
    await expectAccessible(page, 'a target’s page');
    await screenshot(page, 'public-target');
  });

  it('opens the publication: labelled fields, its SHA-256, the 异议 link, the history; the first version marked', async () => {
    await page.getByRole('link', { name: '抽查检查结果（' }).click();
    await page.waitForURL(`${base}/gs/publication/${pub.corrected}`);
    const fields = page.locator('.public-fields');
    await fields.getByText('检查结果').waitFor();
    await fields.getByText('发现问题已责令改正').waitFor();
    await fields.getByText('检查实施机关').waitFor();
    expect(await page.locator('.public-digest').innerText()).toContain(pub.sha);
    expect(await page.getByRole('link', { name: '异议' }).getAttribute('href')).toBe(
      `/gs/appeal?publication=${pub.corrected}`,
    );
    const text = await page.locator('body').innerText();
    for (const id of [pub.corrected, pub.first]) expect(text).not.toContain(id); // ids only in addresses
    await expectAccessible(page, 'a publication');
    await screenshot(page, 'public-publication');
    await page.getByRole('link', { name: '查看第 1 版' }).click();
    await page.waitForURL(`${base}/gs/publication/${pub.first}`);
    await page.getByText('本文书已被第 2 版更正，以下为历史版本').waitFor();
    await page.locator('.public-fields').getByText('未发现问题', { exact: true }).waitFor();
  });

  it('prints the document and its digest, without navigation or buttons', async () => {
    await page.goto(`${base}/gs/publication/${pub.corrected}`);
    await page.locator('.public-digest').waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.locator('.public-portal-nav').waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: '异议' }).waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: /打\s*印/ }).waitFor({ state: 'hidden' });
    expect(await page.locator('.public-digest').innerText()).toContain(pub.sha);
    await page.locator('.public-fields').waitFor();
    await screenshot(page, 'public-publication-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows an unapproved, withdrawn or unknown document as not found, and nothing of it; a withdrawal names no link to it', async () => {
    await page.goto(`${base}/gs/publication/${pub.withdrawal}`);
    await page.locator('.public-history').getByText('（已撤回，内容不再公示）').waitFor();
    expect(await page.getByRole('link', { name: '查看第 1 版' }).count()).toBe(0);
    await screenshot(page, 'public-withdrawn');
    for (const id of [pub.pending, pub.withdrawn, randomUUID()]) {
      await page.goto(`${base}/gs/publication/${id}`);
      await page.getByText('不存在或无权访问').waitFor();
      expect(await page.locator('body').innerText()).not.toContain(PENDING_REASON);
      expect(await page.locator('body').innerText()).not.toContain(TARGET);
      expect(await page.locator('body').innerText()).not.toContain(WITHDRAWN_TARGET);
    }
    await expectAccessible(page, 'the portal’s not-found');
    await screenshot(page, 'public-not-found');
  });

  it('looks up by bureau, kind and dates; a bureau’s plans page', async () => {
    await page.goto(`${base}/gs?tab=bureau`);
    await pickOption(page, '公示机关', '叶县公安局');
    await pickOption(page, '公示类别', '抽查检查结果');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await card().waitFor();
    expect(page.url()).toMatch(/bureau=410422&kind=INSPECTION_RESULT/);
    await expectAccessible(page, 'the look-up by bureau');
    await screenshot(page, 'public-bureau');
    // A bureau's plans: its own page, the same look-up with the kind fixed (none published here yet).
    await page.getByRole('link', { name: '抽查计划' }).click();
    await pickOption(page, '公示机关', '叶县公安局');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.getByText('没有找到已公示的信息，请核对查询条件').waitFor();
    expect(page.url()).toMatch(/\/gs\/plans\?bureau=410422&from=/);
    await expectAccessible(page, 'a bureau’s plans');
    g.expectClean();
  });

  it('reads well on a phone: no sideways scrolling, the document in one column', async () => {
    const phone = await guardedPage(app.browser, { width: 390, height: 844 }, { isMobile: true, hasTouch: true });
    for (const [path, shot] of [
      [`/gs/target/${pub.code}`, 'public-phone-target'],
      [`/gs/publication/${pub.corrected}`, 'public-phone-publication'],
    ] as const) {
      await phone.page.goto(`${base}${path}`);
      await phone.page.getByRole('heading', { name: TARGET, level: 1 }).waitFor();
      await phone.page.locator('.public-card, .public-digest').first().waitFor();
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await expectAccessible(phone.page, shot);
      await screenshot(phone.page, shot);
    }
    // Only 叶县 has published here: its 抽取公示 shows at once, the bureau chosen, not a blank form to fill first.
    await phone.page.goto(`${base}/gs/draws`);
    await phone.page.waitForURL(/bureau=410422/);
    await phone.page.locator('.ant-select', { hasText: '叶县公安局' }).first().waitFor();
    await phone.page.getByText('该期间没有已公示的抽取').waitFor();
    await screenshot(phone.page, 'public-phone-draws-one-bureau');
    // The choice replaced the address without a bureau: Back leaves the page, it does not land there to choose again.
    await phone.page.goBack();
    await phone.page.waitForURL(/\/gs\/publication\//);
    phone.expectClean();
    await phone.context.close();
  });

  it('pages a name search with 更多: 20 at a time, the rest below, no 更多 after the last', async () => {
    // 24 more current documents under one name (copies of the corrected one, each its own series).
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      await owner.query(
        `with g as (select n, gen_random_uuid() as id from generate_series(1, 24) n)
       insert into publication
       select (jsonb_populate_record(null::publication, to_jsonb(o) || jsonb_build_object(
                 'id', g.id, 'series_id', g.id, 'subject_id', gen_random_uuid(), 'supersedes_id', null, 'version', 1,
                 'action', 'PUBLISH', 'supersede_reason', null,
                 'target_name', '叶县分页测试商行' || lpad(g.n::text, 2, '0'),
                 'published_at', o.published_at - make_interval(mins => g.n)))).*
         from publication o, g where o.id = $1`,
        [pub.corrected],
      );
    } finally {
      await owner.end();
    }
    await page.goto(`${base}/gs?q=${encodeURIComponent('分页测试')}`);
    const cards = page.locator('.public-card');
    await cards.nth(19).waitFor();
    expect(await cards.count()).toBe(20);
    await page.getByRole('button', { name: /^更\s*多$/ }).click();
    await cards.nth(23).waitFor();
    expect(await cards.count()).toBe(24);
    expect(await page.getByRole('button', { name: /^更\s*多$/ }).count()).toBe(0);
    // Newest first, none twice across the pages.
    const titles = await page.locator('.public-card-title').allInnerTexts();
    expect(new Set(titles).size).toBe(24);
    expect(titles[0]).toBe('叶县分页测试商行01');
    expect(titles.at(-1)).toBe('叶县分页测试商行24');
    await screenshot(page, 'public-search-more');
    g.expectClean();
  });

  it('on a 375 px phone the six sections sit in two even rows of three', async () => {
    const phone = await guardedPage(app.browser, { width: 375, height: 812 }, { isMobile: true, hasTouch: true });
    await phone.page.goto(`${base}/gs`);
    const links = phone.page.getByRole('navigation', { name: '公示栏目' }).getByRole('link');
    await links.first().waitFor();
    const boxes = await links.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(boxes).toHaveLength(6);
    expect(new Set(boxes.slice(0, 3)).size).toBe(1);
    expect(new Set(boxes.slice(3)).size).toBe(1);
    expect(boxes[3]).toBeGreaterThan(boxes[0]!);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(phone.page, 'public-phone-nav-375');
    phone.expectClean();
    await phone.context.close();
  });
});
