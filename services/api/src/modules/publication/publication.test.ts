import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { ok } from '#test/support/catalog-fixtures';
import { loadTree, type Tree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import { CalendarService } from '../calendar/calendar.service';
import { keepPublicationClocks } from './publication-clock';

/**
 * Issue 14 (R46–R48) through the API: the clock job opens a finished check's pending result, the
 * department prepares, the named approver (never the preparer) masks, freezes and publishes; a
 * correction and a withdrawal supersede, both documents stay; a withdrawn one is not corrected.
 */
const FIELDS = `id bureauId kind subjectId seriesId version action status supersedesId preparedBy dueDate eventDate overdue
  returnComment document documentSha256 rowVersion`;
const PREPARE = `mutation($i: PreparePublicationInput!) { preparePublication(input: $i) { ${FIELDS} } }`;
const APPROVE = `mutation($i: ApprovePublicationInput!) { approvePublication(input: $i) { ${FIELDS} } }`;
const RETURN = `mutation($i: ReturnPublicationInput!) { returnPublication(input: $i) { ${FIELDS} } }`;
const CORRECT = `mutation($i: SupersedePublicationInput!) { correctPublication(input: $i) { ${FIELDS} } }`;
const WITHDRAW = `mutation($i: SupersedePublicationInput!) { withdrawPublication(input: $i) { ${FIELDS} } }`;
const QUEUE = `query($o: Boolean) { publicationQueue(overdueOnly: $o) { ${FIELDS} } }`;
const SERIES = `query($f: PublicationFilter) { publications(filter: $f) { ${FIELDS} } }`;
const STATS = `{ subordinatePublicationStats { bureauName overdueCount dueCount publishedCount publishedRatio } }`;

describe('publication: approval, masking, supersession and clocks (R46–R48)', () => {
  let t: TestApp;
  let tree: Tree;
  let owner: pg.Client;
  let head: string, leader: string, coordinator: string;
  let inspectionId: string;
  const written = async () =>
    (await owner.query('select (select count(*) from publication) p, (select count(*) from audit_entry) a')).rows[0];

  beforeAll(async () => {
    t = await startTestApp();
    tree = await loadTree(t.db.ownerUrl);
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    ({ inspectionId } = await hotelUnderDirectCheck(t, tree, {
      serial: 9725,
      targetName: '叶县昆阳镇公示宾馆',
      reference: '12345热线 2026-09-2201',
      badgePrefix: 'ZA-4104229',
      representative: '赵六',
    }));
    // The check ended on Tuesday 2026-09-22 and its report (R38: nothing found) was approved.
    await owner.query(`update inspection set check_ended_on = '2026-09-22' where id = $1`, [inspectionId]);
    await owner.query(
      `insert into inspection_report (id, tenant_id, bureau_id, scope_path, inspection_id, status, content, steps,
         findings, assessment, opinion, submitted_by, submitted_at)
       select gen_random_uuid(), i.tenant_id, i.bureau_id, i.scope_path, i.id, 'APPROVED', '检查旅客登记', '查验',
              '未发现问题', '合规', 'NO_ANOMALY', i.created_by, now()
         from inspection i where i.id = $1`,
      [inspectionId],
    );
    [head, leader, coordinator] = await Promise.all(
      ['yexian.head', 'yexian.leader', 'yexian.coordinator'].map((p) => t.login(p)),
    );
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  it('R47: the clock job opens the pending result, due 20 working days after the check across 中秋/国庆 2026', async () => {
    expect(await keepPublicationClocks(t.orm, new CalendarService())).toBeGreaterThanOrEqual(1);
    expect(await keepPublicationClocks(t.orm, new CalendarService())).toBe(0);
    const queue = ok(await t.gql(QUEUE, { o: true }, coordinator), 'queue').publicationQueue;
    const mine = queue.find((q: { subjectId: string }) => q.subjectId === inspectionId);
    expect(mine).toMatchObject({ dueDate: '2026-10-27', eventDate: '2026-09-22', overdue: true, preparedBy: null });
    const stats = ok(await t.gql(STATS, {}, await t.login('pingdingshan.leader')), 'stats').subordinatePublicationStats;
    expect(stats.find((s: { bureauName: string }) => s.bureauName === '叶县公安局')).toMatchObject({
      overdueCount: 1,
      publishedCount: 0,
      publishedRatio: 0,
    });
    // A county elsewhere sees nothing of it.
    const nanle = ok(await t.gql(QUEUE, { o: false }, await t.login('nanle.coordinator')), 'nanle').publicationQueue;
    expect(nanle.map((q: { subjectId: string }) => q.subjectId)).not.toContain(inspectionId);
  });

  it('R48: the preparer cannot approve (code, nothing written); another role is refused; the leader returns, then approves', async () => {
    const prepared = ok(
      await t.gql(PREPARE, { i: { kind: 'INSPECTION_RESULT', subjectId: inspectionId } }, head),
      'prepare',
    ).preparePublication;
    expect(prepared).toMatchObject({
      status: 'PENDING_APPROVAL',
      version: 1,
      action: 'PUBLISH',
      dueDate: '2026-10-27',
    });
    const before = await written();
    const self = await t.gql(APPROVE, { i: { id: prepared.id, rowVersion: prepared.rowVersion } }, head);
    expect(errorCode(self)).toBe('PUBLICATION_SELF_APPROVAL');
    const office = await t.gql(APPROVE, { i: { id: prepared.id, rowVersion: prepared.rowVersion } }, coordinator);
    expect(errorCode(office)).toBe('FORBIDDEN');
    expect(await written()).toEqual(before);
    const returned = ok(
      await t.gql(RETURN, { i: { id: prepared.id, rowVersion: prepared.rowVersion, comment: '请核对结果' } }, leader),
      'return',
    ).returnPublication;
    expect(returned).toMatchObject({ status: 'RETURNED', returnComment: '请核对结果' });
    const again = ok(
      await t.gql(PREPARE, { i: { kind: 'INSPECTION_RESULT', subjectId: inspectionId } }, head),
      'again',
    ).preparePublication;
    const approved = ok(
      await t.gql(APPROVE, { i: { id: again.id, rowVersion: again.rowVersion, secretFields: ['address'] } }, leader),
      'approve',
    ).approvePublication;
    expect(approved).toMatchObject({ status: 'PUBLISHED', overdue: false });
    expect(approved.document.fields).toMatchObject({
      result: '未发现问题',
      checkType: '检查',
      authority: '叶县公安局',
    });
    expect(approved.document.fields).not.toHaveProperty('address');
    expect(approved.documentSha256).toMatch(/^[0-9a-f]{64}$/);
    const { rows } = await owner.query('select target_name, document_sha256 from publication where id = $1', [
      approved.id,
    ]);
    expect(rows[0]).toEqual({ target_name: '叶县昆阳镇公示宾馆', document_sha256: approved.documentSha256 });
    // Frozen: not even the table owner changes a published document.
    await expect(owner.query(`update publication set document = '{}' where id = $1`, [approved.id])).rejects.toThrow(
      /已公示/,
    );
  });

  it('R48: a correction and a withdrawal supersede (both stay); a withdrawn document is not corrected, nothing written', async () => {
    const [first] = ok(await t.gql(SERIES, { f: { subjectId: inspectionId } }, coordinator), 'series').publications;
    const correction = ok(
      await t.gql(CORRECT, { i: { id: first.id, reason: '结果填写有误', result: 'ORDERED_TO_CORRECT' } }, head),
      'correct',
    ).correctPublication;
    expect(correction).toMatchObject({ version: 2, action: 'CORRECT', supersedesId: first.id, seriesId: first.id });
    ok(await t.gql(APPROVE, { i: { id: correction.id, rowVersion: correction.rowVersion } }, leader), 'approve 2');
    const withdrawal = ok(
      await t.gql(WITHDRAW, { i: { id: correction.id, reason: '检查对象主体资格有误' } }, head),
      'withdraw',
    ).withdrawPublication;
    const withdrawn = ok(
      await t.gql(APPROVE, { i: { id: withdrawal.id, rowVersion: withdrawal.rowVersion } }, leader),
      'approve 3',
    ).approvePublication;
    expect(withdrawn.document.fields).toEqual({
      partyName: '叶县昆阳镇公示宾馆',
      partyCategory: '法人及非法人组织',
      creditCode: withdrawn.document.fields.creditCode,
    });
    const series = ok(await t.gql(SERIES, { f: { seriesId: first.id } }, coordinator), 'all').publications;
    expect(series.map((s: { version: number; status: string }) => [s.version, s.status])).toEqual([
      [1, 'SUPERSEDED'],
      [2, 'SUPERSEDED'],
      [3, 'PUBLISHED'],
    ]);
    expect(series[1].document.fields.result).toBe('发现问题已责令改正');
    const before = await written();
    const refused = await t.gql(CORRECT, { i: { id: withdrawn.id, reason: '再次更正' } }, head);
    expect(errorCode(refused)).toBe('PUBLICATION_WITHDRAWN');
    expect(await written()).toEqual(before);
    const stats = ok(await t.gql(STATS, {}, await t.login('pingdingshan.leader')), 'stats').subordinatePublicationStats;
    expect(stats.find((s: { bureauName: string }) => s.bureauName === '叶县公安局')).toMatchObject({
      overdueCount: 0,
      publishedCount: 1,
      publishedRatio: 1,
    });
  });
  it('R47/R46: a penalty decision gets its clock (7 working days, across 国庆) and a 双公示 document', async () => {
    const { rows } = await owner.query(
      `insert into rectification_notice (id, tenant_id, bureau_id, scope_path, inspection_id, document_no, findings,
         legal_basis, deadline, status, issued_by, follow_up_result, follow_up_on, follow_up_by, case_no,
         penalty_decision_no, penalty_decided_on)
       select gen_random_uuid(), i.tenant_id, i.bureau_id, i.scope_path, i.id, '叶公（治）责改字〔2026〕97号',
              '未登记旅客身份', '《旅馆业治安管理办法》第六条', '2026-09-25', 'ESCALATED', i.created_by,
              'NOT_RECTIFIED', '2026-09-26', i.created_by, '叶公（治）立字〔2026〕9号',
              '叶公（治）行罚决字〔2026〕97号', '2026-09-29'
         from inspection i where i.id = $1 returning id`,
      [inspectionId],
    );
    const noticeId = rows[0].id as string;
    expect(await keepPublicationClocks(t.orm, new CalendarService())).toBeGreaterThanOrEqual(1);
    const queue = ok(await t.gql(QUEUE, { o: false }, coordinator), 'queue').publicationQueue;
    expect(queue.find((q: { subjectId: string }) => q.subjectId === noticeId)).toMatchObject({
      kind: 'PENALTY_RESULT',
      dueDate: '2026-10-14',
      eventDate: '2026-09-29',
    });
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
      await t.gql(PREPARE, { i: { kind: 'PENALTY_RESULT', subjectId: noticeId, penalty } }, head),
      'prepare',
    ).preparePublication;
    const approved = ok(
      await t.gql(APPROVE, { i: { id: prepared.id, rowVersion: prepared.rowVersion } }, leader),
      'approve',
    ).approvePublication;
    expect(approved.document.fields).toMatchObject({
      decisionNo: '叶公（治）行罚决字〔2026〕97号',
      penaltyCategory: '罚款',
      amount: '0.05',
      decidedOn: '2026-09-29',
      penaltyAuthority: '叶县公安局',
      partyName: '叶县昆阳镇公示宾馆',
    });
  });
  it('names for the workbench: preparer, approver, department, the inspection and the target (one look-up per request)', async () => {
    const NAMES = `query($f: PublicationFilter) { publications(filter: $f) {
      kind status preparer { username } approver { username } department { name } inspectionId targetName } }`;
    const rows = ok(await t.gql(NAMES, { f: { status: 'PUBLISHED' } }, coordinator), 'names').publications;
    const ours = rows.filter((r: { targetName: string | null }) => r.targetName === '叶县昆阳镇公示宾馆');
    expect(ours.map((r: { kind: string }) => r.kind).sort()).toEqual(['INSPECTION_RESULT', 'PENALTY_RESULT']);
    for (const r of ours) {
      expect(r).toMatchObject({
        preparer: { username: 'yexian.head' },
        approver: { username: 'yexian.leader' },
        inspectionId,
      });
      expect(r.department?.name).toBeTruthy();
    }
  });
});
