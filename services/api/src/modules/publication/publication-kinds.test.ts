import pg from 'pg';
import supertest from 'supertest';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { ok } from '#test/support/catalog-fixtures';
import { loadTree, type Tree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import { chinaToday } from '#test/support/dates';
import { Scenario } from '#test/support/scenario';
import { CalendarService } from '../calendar/calendar.service';
import { keepPublicationClocks } from './publication-clock';

/**
 * Issue 14 (R46–R48), the other kinds: item list, inspector list, target directory (where the bureau
 * chooses), plans and credit entries are prepared, approved by another person and only then found on
 * /public/graphql and in the open data; a revoked decision's result is withdrawn on a 5-working-day
 * clock (across 国庆 2026); the clock job's rows are audited in the hash chain and opened once.
 */
const FIELDS =
  'id kind subjectId seriesId version action status supersedesId preparedBy dueDate eventDate overdue rowVersion';
const PREPARE = `mutation($i: PreparePublicationInput!) { preparePublication(input: $i) { ${FIELDS} } }`;
const APPROVE = `mutation($i: ApprovePublicationInput!) { approvePublication(input: $i) { ${FIELDS} document } }`;
const WITHDRAW = `mutation($i: SupersedePublicationInput!) { withdrawPublication(input: $i) { ${FIELDS} } }`;
const SERIES = `query($f: PublicationFilter) { publications(filter: $f) { ${FIELDS} } }`;
const QUEUE = `query { publicationQueue { ${FIELDS} } }`;
const SETTINGS = '{ bureauSettings { version minimumRatioBp jointMinimumRatioBp publishTargetDirectory } }';
const UPDATE_SETTINGS = `mutation($i: UpdateBureauSettingsInput!) {
  updateBureauSettings(input: $i) { settings { publishTargetDirectory } } }`;
const LIST = 'mutation($i: ListCreditEntryInput!) { listCreditEntry(input: $i) { entry { id version } } }';
const REMOVE = 'mutation($i: CloseCreditEntryInput!) { removeCreditEntry(input: $i) { entry { id state } } }';
const REVOKE = `mutation($i: PenaltyRevocationInput!) {
  recordPenaltyRevocation(input: $i) { notice { penaltyRevokedOn penaltyRevocationReason } } }`;
const PUBLIC_ONE = `query($id: ID!) { publication(id: $id) { id kind current action document history { version action } } }`;
const PUBLIC_BY_BUREAU = `query($f: PublicLookUp!) { publications(filter: $f, page: { limit: 50 }) { items { id } } }`;
const VERIFY = '{ verifyAuditChain { ok firstBreak { seq reason } } }';
const STATS = '{ subordinatePublicationStats { bureauName overdueCount publishedCount } }';

describe('publication kinds, withdrawal clock and the audited clock job (R46–R48)', () => {
  let t: TestApp;
  let tree: Tree;
  let owner: pg.Client;
  let yexian: Scenario;
  let leader: string, coordinator: string;
  let hotel: Awaited<ReturnType<typeof hotelUnderDirectCheck>>;
  let noticeId: string;
  let division: string;
  /** What the first test published, withdrawn by rule in the last. */
  let listed: { itemId: string; item: string; target: string };

  const publicGql = async (query: string, variables: Record<string, unknown>) =>
    (await supertest(t.server.app).post('/public/graphql').send({ query, variables })).body as {
      data?: Record<string, any>;
      errors?: { extensions?: { code?: string } }[];
    };
  const publicOne = (id: string) => publicGql(PUBLIC_ONE, { id });
  const approve = async (p: { id: string; rowVersion: number }) =>
    ok(await t.gql(APPROVE, { i: { id: p.id, rowVersion: p.rowVersion } }, leader), 'approve').approvePublication;
  const openData = async () => {
    const res = await supertest(t.server.app)
      .get(`/public/open-data/${division}.zip`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    return JSZip.loadAsync(res.body as Buffer);
  };
  /** The CSV of a kind as rows of column → cell (a minimal reader: our cells are all quoted). */
  const csvRows = async (zip: JSZip, kind: string) => {
    const text = (await zip.file(`${kind}.csv`)!.async('string')).replace(/^\uFEFF/, '');
    const [header, ...lines] = text.split('\r\n').filter(Boolean);
    const cells = (line: string) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"'));
    return lines.map((l) => Object.fromEntries(header!.split(',').map((c, i) => [c, cells(l)[i]])));
  };

  beforeAll(async () => {
    t = await startTestApp();
    tree = await loadTree(t.db.ownerUrl);
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    yexian = await Scenario.of(t, 'yexian', tree);
    division = yexian.path.split('.').at(-1)!;
    hotel = await hotelUnderDirectCheck(t, tree, {
      serial: 9731,
      targetName: '叶县昆阳镇名录宾馆',
      reference: '12345热线 2026-09-2931',
      badgePrefix: 'ZA-4104231',
      representative: '钱七',
    });
    [leader, coordinator] = await Promise.all(['yexian.leader', 'yexian.coordinator'].map((p) => t.login(p)));
    // A penalty decided on Tuesday 2026-09-29 (the notice written as the inspection module would).
    const { rows } = await owner.query(
      `insert into rectification_notice (id, tenant_id, bureau_id, scope_path, inspection_id, document_no, findings,
         legal_basis, deadline, status, issued_by, follow_up_result, follow_up_on, follow_up_by, case_no,
         penalty_decision_no, penalty_decided_on)
       select gen_random_uuid(), i.tenant_id, i.bureau_id, i.scope_path, i.id, '叶公（治）责改字〔2026〕131号',
              '未登记旅客身份', '《旅馆业治安管理办法》第六条', '2026-09-25', 'ESCALATED', i.created_by,
              'NOT_RECTIFIED', '2026-09-26', i.created_by, '叶公（治）立字〔2026〕31号',
              '叶公（治）行罚决字〔2026〕131号', '2026-09-29'
         from inspection i where i.id = $1 returning id`,
      [hotel.inspectionId],
    );
    noticeId = rows[0].id as string;
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  /** Prepared by the office, not public; approved by the leader, public by id and by bureau, and in the zip. */
  async function publishAndFind(kind: string, subjectId: string) {
    const prepared = ok(await t.gql(PREPARE, { i: { kind, subjectId } }, coordinator), kind).preparePublication;
    expect(prepared).toMatchObject({ kind, status: 'PENDING_APPROVAL', dueDate: null });
    expect(
      errorCode(await t.gql(APPROVE, { i: { id: prepared.id, rowVersion: prepared.rowVersion } }, coordinator)),
    ).toBe('PUBLICATION_SELF_APPROVAL');
    expect((await publicOne(prepared.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const approved = await approve(prepared);
    expect(approved.status).toBe('PUBLISHED');
    const found = (await publicOne(prepared.id)).data!.publication;
    expect(found).toMatchObject({ id: prepared.id, kind, current: true });
    const today = chinaToday();
    const byBureau = await publicGql(PUBLIC_BY_BUREAU, { f: { bureauCode: division, kind, from: today, to: today } });
    expect(byBureau.data!.publications.items.map((i: { id: string }) => i.id)).toContain(prepared.id);
    return { id: prepared.id as string, fields: JSON.parse(found.document).fields as Record<string, unknown> };
  }

  it('R46: item list, inspector list, plan and target directory — only after approval, masked, in the open data', async () => {
    const { rows } = await owner.query('select item_id from inspection_item_version where id = $1', [
      hotel.itemVersion,
    ]);
    const item = await publishAndFind('ITEM_LIST', rows[0].item_id);
    expect(item.fields).toMatchObject({ itemName: '对旅馆业的抽查', department: '治安大队', samplingRatio: '5%' });
    const inspector = await publishAndFind('INSPECTOR_LIST', hotel.inspectors[0]!);
    expect(inspector.fields).toEqual({ inspectorName: '治安检查员1', department: '治安大队', badgeNo: 'ZA-41042311' });
    const year = Number(chinaToday().slice(0, 4)) + 1;
    const task = {
      name: '旅馆业公示任务',
      itemVersionIds: [hotel.itemVersion],
      departmentIds: [yexian.department('治安大队')],
      ratioBp: 500,
      timesPerYear: 1,
      teamSize: 2,
    };
    const { planId } = await yexian.plan({ year, tasks: [{ task, rounds: [[`${year}-03-01`, `${year}-03-31`]] }] });
    const draftPlan = await yexian.plan({ year: year + 1, title: '未备案的计划', tasks: [], until: 'DRAFT' });
    const notFiled = await t.gql(PREPARE, { i: { kind: 'PLAN', subjectId: draftPlan.planId } }, coordinator);
    expect(errorCode(notFiled)).toBe('PLAN_NOT_FILED');
    // A bureau publishes only its own: the city's office cannot publish 叶县's plan.
    const city = await t.login('pingdingshan.coordinator');
    expect(errorCode(await t.gql(PREPARE, { i: { kind: 'PLAN', subjectId: planId } }, city))).toBe(
      'PUBLICATION_NOT_OWN',
    );
    const plan = await publishAndFind('PLAN', planId);
    expect(plan.fields).toMatchObject({ planYear: year, planFiling: '已备案（上级已确认）' });
    expect(plan.fields.planRounds).toEqual([`旅馆业公示任务 第1轮：${year}-03-01 至 ${year}-03-31`]);

    // The target directory only where the bureau chooses (off by default).
    const refused = await t.gql(PREPARE, { i: { kind: 'TARGET_DIRECTORY', subjectId: hotel.targetId } }, coordinator);
    expect(errorCode(refused)).toBe('TARGET_DIRECTORY_NOT_PUBLIC');
    const admin = await yexian.token('admin');
    const s = ok(await t.gql(SETTINGS, {}, admin), 'settings').bureauSettings;
    expect(s.publishTargetDirectory).toBe(false);
    const i = { version: s.version, minimumRatioBp: s.minimumRatioBp, jointMinimumRatioBp: s.jointMinimumRatioBp };
    ok(await t.gql(UPDATE_SETTINGS, { i: { ...i, publishTargetDirectory: true } }, admin), 'setting on');
    const target = await publishAndFind('TARGET_DIRECTORY', hotel.targetId);
    expect(target.fields).toMatchObject({ partyName: '叶县昆阳镇名录宾馆', legalRepresentative: '钱七' });

    const zip = await openData();
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.version).toBe('2');
    for (const [kind, id] of [
      ['ITEM_LIST', item.id],
      ['INSPECTOR_LIST', inspector.id],
      ['PLAN', plan.id],
      ['TARGET_DIRECTORY', target.id],
    ] as const) {
      const columns = manifest.kindColumns[kind] as string[];
      expect(new Set(columns).size).toBe(columns.length);
      expect(columns.slice(0, 2)).toEqual(['id', 'series_id']);
      expect(columns.at(-1)).toBe('document');
      expect((await csvRows(zip, kind)).find((r) => r.id === id)).toBeDefined();
    }
    const inspectorRow = (await csvRows(zip, 'INSPECTOR_LIST')).find((r) => r.id === inspector.id)!;
    expect(inspectorRow).toMatchObject({
      inspector_name: '治安检查员1',
      department: '治安大队',
      badge_no: 'ZA-41042311',
    });
    expect((await csvRows(zip, 'PLAN')).find((r) => r.id === plan.id)!.plan_rounds).toContain('第1轮');
    listed = { itemId: rows[0].item_id, item: item.id, target: target.id };
  });

  it('R50/R48: a listing prepares the entry’s publication, a removal its correction; each public only once approved', async () => {
    const listed = ok(
      await t.gql(
        LIST,
        {
          i: {
            targetId: hotel.targetId,
            list: 'ABNORMAL_OPERATION',
            reason: '逾期未整改，已作出行政处罚',
            listedOn: chinaToday(),
            causeKind: 'PENALTY',
            noticeId,
          },
        },
        coordinator,
      ),
      'list',
    ).listCreditEntry.entry;
    const [pending] = ok(
      await t.gql(SERIES, { f: { kind: 'CREDIT_ENTRY', subjectId: listed.id } }, leader),
      's',
    ).publications;
    expect(pending).toMatchObject({ version: 1, status: 'PENDING_APPROVAL', action: 'PUBLISH' });
    expect((await publicOne(pending.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await csvRows(await openData(), 'CREDIT_ENTRY')).map((r) => r.id)).not.toContain(pending.id);
    const first = await approve(pending);
    expect(first.document.fields).toMatchObject({
      creditList: '经营异常名录',
      entryState: '列入',
      listReason: '逾期未整改，已作出行政处罚',
      decisionAuthority: '叶县公安局',
      causeDocumentNo: '叶公（治）行罚决字〔2026〕131号',
    });
    const i = { id: listed.id, version: listed.version, reason: '已履行处罚决定并完成整改', removedOn: chinaToday() };
    ok(await t.gql(REMOVE, { i }, coordinator), 'remove');
    const series = ok(await t.gql(SERIES, { f: { seriesId: pending.id } }, leader), 'series').publications;
    expect(series.map((p: { action: string; status: string }) => [p.action, p.status])).toEqual([
      ['PUBLISH', 'PUBLISHED'],
      ['CORRECT', 'PENDING_APPROVAL'],
    ]);
    expect((await publicOne(pending.id)).data!.publication.document).not.toContain('已移出');
    const removed = await approve(series[1]);
    expect(removed.document.fields).toMatchObject({ entryState: '已移出', removalReason: '已履行处罚决定并完成整改' });
    const shown = (await publicOne(removed.id)).data!.publication;
    expect(shown.history.map((h: { action: string }) => h.action)).toEqual(['PUBLISH', 'CORRECT']);
    const row = (await csvRows(await openData(), 'CREDIT_ENTRY')).find((r) => r.id === removed.id)!;
    expect(row).toMatchObject({ entry_state: '已移出', credit_list: '经营异常名录', current: 'true' });
  });

  it('R47/R48: a revoked decision: its published result gets a 5-working-day withdrawal clock across 国庆, audited; once withdrawn its content is public no more (by id, open data); a pending one is never overdue', async () => {
    const penalty = {
      violationType: '违反旅馆业管理规定',
      violationFacts: '未按规定登记住宿旅客身份信息',
      legalBasis: '《旅馆业治安管理办法》第十五条',
      penaltyCategories: ['罚款'],
      penaltyContent: '罚款人民币伍佰元',
      amount: 0.05,
      publicUntil: '2027-03-29',
    };
    const prepared = ok(
      await t.gql(PREPARE, { i: { kind: 'PENALTY_RESULT', subjectId: noticeId, penalty } }, coordinator),
      'prepare',
    ).preparePublication;
    const published = await approve(prepared);
    const revoke = { inspectionId: hotel.inspectionId, revokedOn: '2026-09-30', reason: '经行政复议撤销' };
    expect(ok(await t.gql(REVOKE, { i: revoke }, coordinator), 'revoke').recordPenaltyRevocation.notice).toEqual({
      penaltyRevokedOn: '2026-09-30',
      penaltyRevocationReason: '经行政复议撤销',
    });
    expect(errorCode(await t.gql(REVOKE, { i: revoke }, coordinator))).toBe('CONFLICT');

    const auditBefore = Number((await owner.query('select count(*) from audit_entry')).rows[0].count);
    // Two keepers at once: one opens, the other finds the lock taken (or nothing left).
    const calendar = new CalendarService();
    const runs = await Promise.all([keepPublicationClocks(t.orm, calendar), keepPublicationClocks(t.orm, calendar)]);
    const opened = runs[0] + runs[1];
    expect(opened).toBeGreaterThanOrEqual(1);
    const { rows: clockRows } = await owner.query(
      `select p.id, a.operation from publication p join audit_entry a on a.object_id = p.id::text
        where a.actor_user_id is null and a.actor_name = '系统（公示时钟）' and a.request_id like 'job:PUBLICATION_CLOCK:%'
          and p.prepared_by is null`,
    );
    expect(clockRows.length).toBe(opened); // each inserted row: one entry, none twice
    expect(Number((await owner.query('select count(*) from audit_entry')).rows[0].count)).toBe(auditBefore + opened);
    expect(await keepPublicationClocks(t.orm, calendar)).toBe(0);

    // 10-1…7 off, Saturday 10-10 worked: 10-8, 10-9, 10-10, 10-12, 10-13.
    const withdrawal = ok(await t.gql(QUEUE, {}, coordinator), 'queue').publicationQueue.find(
      (q: { subjectId: string; action: string }) => q.subjectId === noticeId && q.action === 'WITHDRAW',
    );
    expect(withdrawal).toMatchObject({
      kind: 'PENALTY_RESULT',
      dueDate: '2026-10-13',
      eventDate: '2026-09-30',
      supersedesId: published.id,
      preparedBy: null,
      overdue: chinaToday() > '2026-10-13',
    });
    expect(clockRows.map((r: { id: string; operation: string }) => [r.id, r.operation])).toContainEqual([
      withdrawal.id,
      'OPEN_WITHDRAWAL_CLOCK',
    ]);
    const stats = async () =>
      ok(await t.gql(STATS, {}, await t.login('pingdingshan.leader')), 'stats').subordinatePublicationStats.find(
        (b: { bureauName: string }) => b.bureauName === '叶县公安局',
      );
    expect(await stats()).toMatchObject({ overdueCount: chinaToday() > '2026-10-13' ? 1 : 0 });
    expect(ok(await t.gql(VERIFY, {}, await t.login('pingdingshan.admin')), 'verify').verifyAuditChain).toEqual({
      ok: true,
      firstBreak: null,
    });

    // The department prepares the clock's withdrawal (the same row), another person approves it.
    const prepared2 = ok(
      await t.gql(WITHDRAW, { i: { id: published.id, reason: '处罚决定经行政复议撤销' } }, coordinator),
      'withdraw',
    ).withdrawPublication;
    expect(prepared2).toMatchObject({ id: withdrawal.id, status: 'PENDING_APPROVAL', action: 'WITHDRAW' });
    const done = await approve(prepared2);
    expect(done.document.fields).toEqual({
      partyName: '叶县昆阳镇名录宾馆',
      partyCategory: '法人及非法人组织',
      creditCode: expect.any(String),
    });
    // Withdrawn (撤回, 行政处罚法 §48): the notice is public, the revoked decision's content no longer is — not by
    // its id (the history names it), not in the open data.
    expect((await publicOne(published.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await publicOne(done.id)).data!.publication).toMatchObject({ current: true, action: 'WITHDRAW' });
    const penalties = (await csvRows(await openData(), 'PENALTY_RESULT')).map((r) => r.id);
    expect(penalties).toContain(done.id);
    expect(penalties).not.toContain(published.id);
    expect(await stats()).toMatchObject({ overdueCount: 0 });
    // A revoked decision is not prepared again.
    const again = await t.gql(
      'mutation($i: SupersedePublicationInput!) { correctPublication(input: $i) { id } }',
      { i: { id: done.id, reason: '再次公示', penalty } },
      coordinator,
    );
    expect(errorCode(again)).toBe('PUBLICATION_WITHDRAWN');

    // A result prepared before its decision was revoked is not approved afterwards (nothing written).
    const { rows } = await owner.query(
      `with i as (insert into inspection
                  select (jsonb_populate_record(null::inspection, to_jsonb(o) || jsonb_build_object('id', gen_random_uuid()))).*
                    from inspection o where o.id = $1 returning id, tenant_id, bureau_id, scope_path, created_by)
       insert into rectification_notice (id, tenant_id, bureau_id, scope_path, inspection_id, document_no, findings,
         legal_basis, deadline, status, issued_by, follow_up_result, follow_up_on, follow_up_by, case_no,
         penalty_decision_no, penalty_decided_on)
       select gen_random_uuid(), i.tenant_id, i.bureau_id, i.scope_path, i.id, '叶公（治）责改字〔2026〕132号', '未登记',
              '第六条', '2026-09-25', 'ESCALATED', i.created_by, 'NOT_RECTIFIED', '2026-09-26', i.created_by, '立字32号',
              '叶公（治）行罚决字〔2026〕132号', '2026-09-29'
         from i returning id, inspection_id`,
      [hotel.inspectionId],
    );
    const draft = ok(
      await t.gql(PREPARE, { i: { kind: 'PENALTY_RESULT', subjectId: rows[0].id, penalty } }, coordinator),
      'prepare 2',
    ).preparePublication;
    // Before the revocation it is due (7 working days after 09-29, across 国庆: 10-14) and overdue by now.
    const queued = async () =>
      ok(await t.gql(QUEUE, {}, coordinator), 'queue').publicationQueue.filter(
        (q: { id: string }) => q.id === draft.id,
      );
    expect(draft).toMatchObject({ dueDate: '2026-10-14', overdue: chinaToday() > '2026-10-14' });
    expect(await queued()).toHaveLength(1);
    const overdueBefore = (await stats()).overdueCount;
    const revoke2 = { inspectionId: rows[0].inspection_id, revokedOn: '2026-10-09', reason: '自行纠错撤销' };
    ok(await t.gql(REVOKE, { i: revoke2 }, coordinator), 'revoke 2');
    // It can never be published now: out of the queue (to-do), not overdue, not in the superior's counts.
    expect(await queued()).toEqual([]);
    const series = ok(await t.gql(SERIES, { f: { subjectId: rows[0].id } }, coordinator), 'series').publications;
    expect(series).toEqual([expect.objectContaining({ id: draft.id, status: 'PENDING_APPROVAL', overdue: false })]);
    expect((await stats()).overdueCount).toBe(overdueBefore - (chinaToday() > '2026-10-14' ? 1 : 0));
    const refused = await t.gql(APPROVE, { i: { id: draft.id, rowVersion: draft.rowVersion } }, leader);
    expect(errorCode(refused)).toBe('PENALTY_REVOKED');
    expect((await publicOne(draft.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('R46/R48: a target directory turned off and a retired item: the clock opens their withdrawals; the department prepares, another approves', async () => {
    const admin = await yexian.token('admin');
    const s = ok(await t.gql(SETTINGS, {}, admin), 'settings').bureauSettings;
    const i = { version: s.version, minimumRatioBp: s.minimumRatioBp, jointMinimumRatioBp: s.jointMinimumRatioBp };
    ok(await t.gql(UPDATE_SETTINGS, { i: { ...i, publishTargetDirectory: false } }, admin), 'setting off');
    await owner.query(`update inspection_item set status = 'RETIRED' where id = $1`, [listed.itemId]);

    const calendar = new CalendarService();
    expect(await keepPublicationClocks(t.orm, calendar)).toBe(2);
    expect(await keepPublicationClocks(t.orm, calendar)).toBe(0); // opened once
    const queue = ok(await t.gql(QUEUE, {}, coordinator), 'queue').publicationQueue;
    const pending = (old: string) =>
      queue.find((q: { supersedesId: string | null }) => q.supersedesId === old) as Record<string, unknown>;
    expect(pending(listed.target)).toMatchObject({ kind: 'TARGET_DIRECTORY', action: 'WITHDRAW', preparedBy: null });
    expect(pending(listed.item)).toMatchObject({ kind: 'ITEM_LIST', action: 'WITHDRAW', preparedBy: null });
    const { rows } = await owner.query(
      `select p.supersede_reason, a.operation from publication p join audit_entry a on a.object_id = p.id::text
        where p.id = $1 and a.actor_name = '系统（公示时钟）'`,
      [pending(listed.target).id],
    );
    expect(rows).toEqual([
      { supersede_reason: '本单位已设置不再公示检查对象名录（R46）', operation: 'OPEN_WITHDRAWAL_CLOCK' },
    ]);
    // Still public until the withdrawal is approved (R48): the department prepares it, not its own approver.
    expect((await publicOne(listed.target)).data!.publication).toMatchObject({ current: true });
    for (const old of [listed.target, listed.item]) {
      const reason = old === listed.target ? '本单位不再公示检查对象名录' : '抽查事项已停用';
      const prepared = ok(
        await t.gql(WITHDRAW, { i: { id: old, reason } }, coordinator),
        'withdraw',
      ).withdrawPublication;
      expect(prepared).toMatchObject({ id: pending(old).id, status: 'PENDING_APPROVAL', action: 'WITHDRAW' });
      const own = await t.gql(APPROVE, { i: { id: prepared.id, rowVersion: prepared.rowVersion } }, coordinator);
      expect(errorCode(own)).toBe('PUBLICATION_SELF_APPROVAL');
      expect((await approve(prepared)).status).toBe('PUBLISHED');
      expect((await publicOne(old)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND'); // withdrawn: no longer public
    }
  });

  it('R48: a penalty result is public until its 公示截止期, not after: by id, credit code, bureau and in the open data', async () => {
    // Two decisions on copies of the hotel's inspection: one public until a day gone by, one until a day to come.
    const decided = '2026-09-29';
    const penalties: Record<'gone' | 'open', { id: string; creditCode: string }> = {} as never;
    for (const [which, publicUntil, no] of [
      ['gone', '2026-10-31', 141],
      ['open', `${Number(chinaToday().slice(0, 4)) + 3}-09-29`, 142],
    ] as const) {
      const { rows } = await owner.query(
        `with i as (insert into inspection
                    select (jsonb_populate_record(null::inspection, to_jsonb(o) || jsonb_build_object('id', gen_random_uuid()))).*
                      from inspection o where o.id = $1 returning id, tenant_id, bureau_id, scope_path, created_by)
         insert into rectification_notice (id, tenant_id, bureau_id, scope_path, inspection_id, document_no, findings,
           legal_basis, deadline, status, issued_by, follow_up_result, follow_up_on, follow_up_by, case_no,
           penalty_decision_no, penalty_decided_on)
         select gen_random_uuid(), i.tenant_id, i.bureau_id, i.scope_path, i.id, '叶公（治）责改字〔2026〕' || $2 || '号',
                '未登记', '第六条', '2026-09-25', 'ESCALATED', i.created_by, 'NOT_RECTIFIED', '2026-09-26', i.created_by,
                '立字' || $2 || '号', '叶公（治）行罚决字〔2026〕' || $2 || '号', $3::date
           from i returning id`,
        [hotel.inspectionId, String(no), decided],
      );
      const penalty = {
        violationType: '违反旅馆业管理规定',
        violationFacts: '未按规定登记住宿旅客身份信息',
        legalBasis: '《旅馆业治安管理办法》第十五条',
        penaltyCategories: ['罚款'],
        penaltyContent: '罚款人民币伍佰元',
        amount: 0.05,
        publicUntil,
      };
      const prepared = ok(
        await t.gql(PREPARE, { i: { kind: 'PENALTY_RESULT', subjectId: rows[0].id, penalty } }, coordinator),
        `prepare ${which}`,
      ).preparePublication;
      const approved = await approve(prepared);
      penalties[which] = { id: approved.id, creditCode: approved.document.fields.creditCode };
    }
    const { gone, open } = penalties;
    expect((await publicOne(gone.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await publicOne(open.id)).data!.publication).toMatchObject({ id: open.id, current: true });
    const BY_CODE = `query($f: PublicLookUp!) { publications(filter: $f) { items { id } } }`;
    const byCode = (await publicGql(BY_CODE, { f: { creditCode: open.creditCode } })).data!.publications.items;
    expect(byCode.map((i: { id: string }) => i.id)).toContain(open.id);
    expect(byCode.map((i: { id: string }) => i.id)).not.toContain(gone.id);
    const today = chinaToday();
    const byBureau = await publicGql(PUBLIC_BY_BUREAU, {
      f: { bureauCode: division, kind: 'PENALTY_RESULT', from: today, to: today },
    });
    const ofBureau = byBureau.data!.publications.items.map((i: { id: string }) => i.id);
    expect(ofBureau).toContain(open.id);
    expect(ofBureau).not.toContain(gone.id);
    const inZip = (await csvRows(await openData(), 'PENALTY_RESULT')).map((r) => r.id);
    expect(inZip).toContain(open.id);
    expect(inZip).not.toContain(gone.id);
  });
});
