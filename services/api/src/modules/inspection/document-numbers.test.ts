import { checkedToday } from '#test/support/dates';
import pg from 'pg';
import { chinaDay } from '@dsr/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test/support/harness';
import { ok } from '#test/support/catalog-fixtures';
import { loadTree, type Tree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import { Scenario } from '#test/support/scenario';
import type { RequestContext } from '../../context';
import { createLoaders } from '../../loaders';
import { enterSessionScope } from '../../scope-session';
import { nextDocumentNo } from './document-numbers';

/**
 * Document numbers (issue 10 §4) against PostgreSQL: a counter row per bureau, department, kind and
 * year, moved up in the request's transaction — consecutive under concurrency, no gap after a rollback.
 */
describe('document numbers', () => {
  let t: TestApp;
  let tree: Tree;
  let owner: pg.Client;
  let sessionId: string, zhian: string;

  /** A request context of yexian.head in its own open transaction, as a request has. */
  async function context(): Promise<RequestContext> {
    const em = t.orm.em.fork({ clear: true, useContext: false }) as EntityManager;
    await em.begin();
    const principal = await enterSessionScope(em, sessionId);
    return {
      requestId: 'test',
      em,
      principal,
      loaders: createLoaders(em),
      clientIp: '127.0.0.1',
      userAgent: null,
      auditEntries: 0,
    };
  }

  beforeAll(async () => {
    t = await startTestApp();
    tree = await loadTree(t.db.ownerUrl);
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    await t.login('yexian.head');
    const head = tree.users.find((u) => u.username === 'yexian.head')!;
    sessionId = (
      await owner.query(
        'select id from auth_session where user_id = $1 and revoked_at is null order by created_at desc limit 1',
        [head.id],
      )
    ).rows[0].id;
    zhian = tree.departments.find((d) => d.bureau_id === head.bureau_id && d.name === '治安大队')!.id;
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  it('two concurrent issues get distinct consecutive numbers: the second waits on the counter row', async () => {
    const at = new Date('2031-05-01T00:00:00+08:00');
    const [a, b] = [await context(), await context()];
    const first = await nextDocumentNo(a, 'RECTIFICATION_NOTICE', zhian, at);
    // b blocks on a's row lock until a commits.
    const second = nextDocumentNo(b, 'RECTIFICATION_NOTICE', zhian, at);
    await new Promise((r) => setTimeout(r, 100));
    await a.em.commit();
    const got = [first, await second];
    await b.em.commit();
    expect(got).toEqual(['叶公（治）责改字〔2031〕第001号', '叶公（治）责改字〔2031〕第002号']);
    // And many at once, each in its own transaction: 3…8, none twice.
    const many = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const c = await context();
        const no = await nextDocumentNo(c, 'RECTIFICATION_NOTICE', zhian, at);
        await c.em.commit();
        return no;
      }),
    );
    expect(many.map((n) => Number(/第(\d+)号/.exec(n)![1])).sort((x, y) => x - y)).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('a failed transaction gives its number back: no gap; kinds, years and departments count apart', async () => {
    const at = new Date('2032-03-01T00:00:00+08:00');
    const failed = await context();
    expect(await nextDocumentNo(failed, 'ON_SITE_RECORD', zhian, at)).toBe('叶公（治）检记字〔2032〕第001号');
    await failed.em.rollback();
    const next = await context();
    expect(await nextDocumentNo(next, 'ON_SITE_RECORD', zhian, at)).toBe('叶公（治）检记字〔2032〕第001号');
    expect(await nextDocumentNo(next, 'INSPECTION_REPORT', zhian, at)).toBe('叶公（治）检报字〔2032〕第001号');
    expect(await nextDocumentNo(next, 'ON_SITE_RECORD', zhian, new Date('2033-01-01T00:00:00+08:00'))).toBe(
      '叶公（治）检记字〔2033〕第001号',
    );
    await next.em.commit();
    // The counter only goes up by one, even for the owner: a number is never reused.
    await expect(
      owner.query("update document_counter set last_no = 1 where kind = 'RECTIFICATION_NOTICE' and year = 2031"),
    ).rejects.toThrow(/不能重用/);
    await expect(owner.query('delete from document_counter')).rejects.toThrow();
  });

  it("the bureau's own mark (bureau setting documentMark) replaces the default 叶公", async () => {
    const admin = await t.login('yexian.admin');
    const s = ok(
      await t.gql('{ bureauSettings { version minimumRatioBp jointMinimumRatioBp documentMark } }', {}, admin),
      'settings',
    ).bureauSettings;
    expect(s.documentMark).toBeNull();
    ok(
      await t.gql(
        'mutation($i: UpdateBureauSettingsInput!) { updateBureauSettings(input: $i) { settings { documentMark } } }',
        {
          i: {
            version: s.version,
            minimumRatioBp: s.minimumRatioBp,
            jointMinimumRatioBp: s.jointMinimumRatioBp,
            documentMark: '叶县公',
          },
        },
        admin,
      ),
      'mark',
    );
    const c = await context();
    expect(await nextDocumentNo(c, 'INSPECTION_REPORT', zhian, new Date('2034-06-01T00:00:00+08:00'))).toBe(
      '叶县公（治）检报字〔2034〕第001号',
    );
    await c.em.rollback();
  });

  it("records submitted at the same time through the API get consecutive numbers of the bureau's style", async () => {
    const first = await hotelUnderDirectCheck(t, tree, {
      serial: 971,
      targetName: '叶县编号测试宾馆',
      reference: '12345热线 2026-11-0201',
      badgePrefix: 'ZA-4104227',
    });
    // A second hotel under a direct check by the same team.
    const [copy] = await (
      await Scenario.of(t, 'yexian', tree)
    ).targets([
      { name: '叶县编号测试宾馆二', category: 'HOTEL', department: '治安大队', region: '410422100', serial: 972 },
    ]);
    const today = chinaDay(new Date());
    const secondId = ok(
      await t.gql(
        'mutation($i: CreateDirectCheckInput!) { createDirectCheck(input: $i) { inspection { id } } }',
        {
          i: {
            targetId: copy,
            reason: 'COMPLAINT',
            reference: '12345热线 2026-11-0202',
            itemVersionIds: [first.itemVersion],
            inspectorIds: first.inspectors,
            windowStart: today,
            windowEnd: today,
          },
        },
        await t.login('yexian.head'),
      ),
      'second',
    ).createDirectCheck.inspection.id as string;
    const checks = [first, { ...first, inspectionId: secondId }];
    const inspector = await t.login('yexian.inspector');
    const submit = (c: (typeof checks)[number]) =>
      t.gql(
        'mutation($i: InspectionRecordInput!) { submitInspectionRecord(input: $i) { record { id } } }',
        {
          i: {
            inspectionId: c.inspectionId,
            ...checkedToday(),
            place: '前台',
            presentInspectorIds: c.inspectors,
            answers: [
              { itemVersionId: c.itemVersion, no: 1, result: 'NORMAL' },
              { itemVersionId: c.itemVersion, no: 2, result: 'NORMAL' },
            ],
            methods: ['ON_SITE'],
            findings: '未发现问题',
            representative: '店主',
            refusalReason: '不在场',
            witness: '网格员',
            nonCooperation: [],
          },
        },
        inspector,
      );
    (await Promise.all(checks.map(submit))).forEach((r, i) => ok(r, `record ${i}`));
    const { rows } = await owner.query(
      'select document_no from inspection_record where inspection_id = any($1) order by document_no',
      [checks.map((c) => c.inspectionId)],
    );
    const serials = rows.map((r) => Number(/^叶县?公（治）检记字〔\d{4}〕第(\d{3})号$/.exec(r.document_no)![1]));
    expect(serials[1]).toBe(serials[0]! + 1);
  });
});
