import type pg from 'pg';
import { chinaDay } from '@dsr/domain';
import { syntheticUscc } from '@dsr/db';
import type { TestApp } from './harness';
import type { Tree } from './tenancy';
import { ok, publishItem } from './catalog-fixtures';
import { addDays } from './dates';

const YEXIAN = '41.4104.410422';

/**
 * A 叶县 hotel under a direct check from a complaint (R23), open today: two 治安 inspectors (the
 * first linked to `yexian.inspector`), a published hotel item with two checklist lines; the
 * inspection opened by `yexian.head` through the API. For the tests of what comes after (evidence,
 * forms); `serial` and `badgePrefix` keep credit codes and badge numbers apart between test files.
 */
export async function hotelUnderDirectCheck(t: TestApp, owner: pg.Client, tree: Tree, opts: {
  serial: number; targetName: string; reference: string; badgePrefix: string; address?: string; representative?: string;
}): Promise<{ targetId: string; inspectors: string[]; itemVersion: string; inspectionId: string }> {
  const yexian = tree.bureaus.find((b) => b.path === YEXIAN)!.id;
  const zhian = tree.departments.find((d) => d.bureau_id === yexian && d.name === '治安大队')!.id;
  const { rows: [b] } = await owner.query('select tenant_id from bureau where id = $1', [yexian]);
  const targetId = (await owner.query(
    `insert into target (id, tenant_id, bureau_id, scope_path, department_id, holder_kind, name, uscc, region_code, business_category, status, registered_address, legal_representative)
     values (gen_random_uuid(), $1, $2, $3::ltree, $4, 'ORGANISATION', $5, $6, '410422100', 'HOTEL', 'ACTIVE', $7, $8) returning id`,
    [b.tenant_id, yexian, YEXIAN, zhian, opts.targetName, syntheticUscc('410422', opts.serial), opts.address ?? null, opts.representative ?? null])).rows[0].id as string;
  const inspectors: string[] = [];
  for (let n = 1; n <= 2; n++) {
    inspectors.push((await owner.query(`insert into inspector (id, tenant_id, bureau_id, scope_path, department_id, name, gender, badge_no, warrant_no, warrant_valid_until, status)
      values (gen_random_uuid(), $1, $2, $3::ltree, $4, $5, 'M', $6, $6, '2035-12-31', 'ACTIVE') returning id`,
      [b.tenant_id, yexian, YEXIAN, zhian, `治安检查员${n}`, `${opts.badgePrefix}${n}`])).rows[0].id);
  }
  const itemVersion = await publishItem(t, 'yexian', {
    name: '对旅馆业的抽查', legalBasis: [{ law: '《旅馆业治安管理办法》' }], departmentId: zhian, targetType: '旅馆', businessCategories: ['HOTEL'], category: 'GENERAL',
    samplingRatioBp: 500, frequencyPerYear: 1, methods: ['ON_SITE'], checkContents: ['是否按规定登记旅客身份信息', '是否落实治安安全管理制度'] });
  const me = tree.users.find((u) => u.username === 'yexian.inspector')!.id;
  ok(await t.gql('mutation($i: LinkInspectorUserInput!) { linkInspectorUser(input: $i) { inspectorId } }', { i: { inspectorId: inspectors[0], userId: me } },
    await t.login('yexian.admin')), 'link');
  // From yesterday: a check of the last few hours lies inside the window even just after midnight (R36).
  const today = chinaDay(new Date());
  const inspectionId = ok(await t.gql('mutation($i: CreateDirectCheckInput!) { createDirectCheck(input: $i) { inspection { id } } }', { i: {
    targetId, reason: 'COMPLAINT', reference: opts.reference, itemVersionIds: [itemVersion], inspectorIds: inspectors, windowStart: addDays(today, -1), windowEnd: today } },
  await t.login('yexian.head')), 'direct').createDirectCheck.inspection.id as string;
  return { targetId, inspectors, itemVersion, inspectionId };
}
