import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { chinaDay } from '@dsr/domain';
import { startTestApp, type GqlResult, type TestApp } from '#test/support/harness';
import { checkedToday } from '#test/support/dates';
import { loadTree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';

/**
 * Double submit (a double click, a retry after a timeout, two tabs): the same state change sent two or three
 * times at once. Exactly one wins; the others get CONFLICT with a Chinese message; one row and one audit entry
 * are written. Each step of an inspection's life, from the record to the publication of its result (R36–R48).
 */
const RECORD = 'mutation($i: InspectionRecordInput!) { submitInspectionRecord(input: $i) { record { id } } }';
const REPORT = 'mutation($i: InspectionReportInput!) { submitInspectionReport(input: $i) { report { id version } } }';
const REVIEW = 'mutation($i: ReviewInspectionReportInput!) { reviewInspectionReport(input: $i) { report { id } } }';
const DRAFT = 'mutation($i: IssueRectificationInput!) { draftRectificationNotice(input: $i) { draft { id version } } }';
const ISSUE = 'mutation($i: IssueRectificationDraftInput!) { issueRectificationDraft(input: $i) { notice { id } } }';
const PREPARE = 'mutation($i: PreparePublicationInput!) { preparePublication(input: $i) { id rowVersion } }';
const APPROVE = 'mutation($i: ApprovePublicationInput!) { approvePublication(input: $i) { id status } }';

describe('double submit: the same state change sent at once, exactly one wins (R36–R48)', () => {
  let t: TestApp;
  let owner: pg.Client;
  let head: string, inspector: string, leader: string;
  let fixture: Awaited<ReturnType<typeof hotelUnderDirectCheck>>;
  beforeAll(async () => {
    t = await startTestApp();
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    [head, inspector, leader] = await Promise.all(
      ['yexian.head', 'yexian.inspector', 'yexian.leader'].map((p) => t.login(p)),
    );
    fixture = await hotelUnderDirectCheck(t, await loadTree(t.db.ownerUrl), {
      serial: 972,
      targetName: '叶县双击宾馆',
      reference: '12345热线 双击',
      badgePrefix: 'ZA-4104227',
    });
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  /** Sends the same mutation `times` at once; the one answer with data (exactly one), after checking the others. */
  async function once(query: string, variables: Record<string, unknown>, token: string, times = 3) {
    const answers: GqlResult[] = await Promise.all(Array.from({ length: times }, () => t.gql(query, variables, token)));
    const won = answers.filter((a) => !a.body.errors);
    expect(won, JSON.stringify(answers.map((a) => a.body.errors ?? 'ok'))).toHaveLength(1);
    for (const lost of answers.filter((a) => a.body.errors)) {
      expect(lost.status).toBeLessThan(500);
      expect(lost.body.errors![0]!.extensions!.code).toBe('CONFLICT');
      expect(lost.body.errors![0]!.message).toMatch(/[\u4e00-\u9fff]/);
    }
    return won[0]!.body.data!;
  }
  const rows = async (table: string, column = 'inspection_id') =>
    (await owner.query(`select count(*)::int as n from ${table} where ${column} = $1`, [fixture.inspectionId])).rows[0]
      .n as number;
  const audits = async (operation: string) =>
    (await owner.query('select count(*)::int as n from audit_entry where operation = $1', [operation])).rows[0]
      .n as number;

  it('R36–R48 record, report, approval, notice draft and issue, publication prepared and approved: one each, one audit entry each', async () => {
    const { inspectionId, inspectors, itemVersion } = fixture;
    await once(
      RECORD,
      {
        i: {
          inspectionId,
          ...checkedToday(),
          place: '前台及客房',
          presentInspectorIds: inspectors,
          answers: [
            { itemVersionId: itemVersion, no: 1, result: 'ABNORMAL', remark: '2 名旅客未登记' },
            { itemVersionId: itemVersion, no: 2, result: 'NORMAL' },
          ],
          methods: ['ON_SITE'],
          findings: '旅客身份登记不全',
          representative: '钱某（店主）',
          refusalReason: '店主称须请示投资人，拒绝签字',
          witness: '昆阳镇网格员孙某',
          nonCooperation: [],
        },
      },
      inspector,
    );
    expect([await rows('inspection_record'), await audits('SUBMIT_INSPECTION_RECORD')]).toEqual([1, 1]);
    const report = (
      await once(
        REPORT,
        {
          i: {
            inspectionId,
            content: '旅馆业治安管理',
            steps: '出示证件；查验登记',
            findings: '2 名旅客未登记',
            assessment: '违反《旅馆业治安管理办法》第六条',
            opinion: 'RECTIFICATION',
            suggestions: '加强前台培训',
          },
        },
        inspector,
      )
    ).submitInspectionReport.report;
    expect([await rows('inspection_report'), await audits('SUBMIT_INSPECTION_REPORT')]).toEqual([1, 1]);
    await once(REVIEW, { i: { reportId: report.id, version: report.version, approve: true } }, head, 2);
    expect(await audits('APPROVE_INSPECTION_REPORT')).toBe(1);
    const notice = {
      inspectionId,
      documentNo: '不用',
      findings: '1. 未按规定登记旅客身份信息',
      legalBasis: '《旅馆业治安管理办法》第六条',
      deadline: chinaDay(new Date()),
      contactPhone: '0375-8123456',
    };
    const draft = (await once(DRAFT, { i: notice }, inspector)).draftRectificationNotice.draft;
    expect(await rows('rectification_draft')).toBe(1);
    await once(ISSUE, { i: { draftId: draft.id, version: draft.version } }, head, 2);
    expect(await rows('rectification_notice')).toBe(1);
    // R48: the result prepared for publication and approved: one publication, published once.
    const i = { kind: 'INSPECTION_RESULT', subjectId: fixture.inspectionId };
    const prepared = (await once(PREPARE, { i }, head)).preparePublication;
    expect(await rows('publication', 'subject_id')).toBe(1);
    const approved = (await once(APPROVE, { i: { id: prepared.id, rowVersion: prepared.rowVersion } }, leader, 2))
      .approvePublication;
    expect(approved.status).toBe('PUBLISHED');
    expect(await rows('publication', 'subject_id')).toBe(1);
    expect(await audits('APPROVE_PUBLICATION')).toBe(1);
  });
});
