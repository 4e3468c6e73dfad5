import { checkedToday } from '#test/support/dates';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '@dsr/domain';
import { startTestApp, type TestApp } from '#test/support/harness';
import { ok } from '#test/support/catalog-fixtures';
import { loadTree, type Tree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import { getBinary, pdfText } from '#test/support/downloads';

/**
 * The printable forms through the real HTTP stack (issue 5): a direct check with a record (one item
 * 不正常, the signature refused before a witness), an approved report ordering rectification and the
 * notice; each PDF read back with pdf.js.
 */

const TARGET = '叶县昆阳镇悦来宾馆';
const REFUSAL = '店主称须请示投资人，拒绝签字';
const YEAR = chinaDay(new Date()).slice(0, 4);
/** Issue 10: numbers from the bureau's counter, in its style (叶县公安局 → 叶公, 治安大队 → 治). */
const NUMBER = (word: string) => new RegExp(`^叶公（治）${word}〔${YEAR}〕第\\d{3,}号$`);

describe('printable forms: GET record.pdf, report.pdf, notice.pdf (issue 5)', () => {
  let t: TestApp;
  let tree: Tree;
  let owner: pg.Client;
  let bureauName: string;
  let inspectionId: string, noticeId: string, itemVersion: string, noticeNo: string, headName: string;
  let office: string, head: string, inspector: string;

  const get = (path: string, token?: string) => getBinary(t, path, token);

  beforeAll(async () => {
    t = await startTestApp();
    tree = await loadTree(t.db.ownerUrl);
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    [office, head, inspector] = await Promise.all(
      ['yexian.coordinator', 'yexian.head', 'yexian.inspector'].map((p) => t.login(p)),
    );
    bureauName = (await owner.query("select name from bureau where division_code = '410422'")).rows[0].name;
    let inspectors: string[];
    ({ inspectors, itemVersion, inspectionId } = await hotelUnderDirectCheck(t, tree, {
      serial: 951,
      targetName: TARGET,
      reference: '12345热线 2026-11-0077',
      badgePrefix: 'ZA-4104229',
      address: '叶县昆阳镇健康路 8 号',
      representative: '赵某',
    }));
    // Before any record: record.pdf is "not found".
    expect((await get(`/inspections/${inspectionId}/record.pdf`, office)).status).toBe(404);
    ok(
      await t.gql(
        'mutation($i: InspectionRecordInput!) { submitInspectionRecord(input: $i) { record { id } } }',
        {
          i: {
            inspectionId,
            ...checkedToday(),
            place: '悦来宾馆前台及客房',
            presentInspectorIds: inspectors,
            answers: [
              { itemVersionId: itemVersion, no: 1, result: 'ABNORMAL', remark: '3 名旅客未登记身份证件' },
              { itemVersionId: itemVersion, no: 2, result: 'NORMAL' },
            ],
            methods: ['ON_SITE'],
            findings: '旅客身份登记不全',
            representative: '赵某（店主）',
            refusalReason: REFUSAL,
            witness: '昆阳镇网格员孙某',
            nonCooperation: [],
          },
        },
        inspector,
      ),
      'record',
    );
    const report = ok(
      await t.gql(
        'mutation($i: InspectionReportInput!) { submitInspectionReport(input: $i) { report { id version } } }',
        {
          i: {
            inspectionId,
            content: '旅馆业治安管理',
            steps: '出示执法证件；查验旅客登记',
            findings: '3 名旅客未登记身份证件',
            assessment: '违反《旅馆业治安管理办法》第六条',
            opinion: 'RECTIFICATION',
            suggestions: '加强前台培训',
          },
        },
        inspector,
      ),
      'report',
    ).submitInspectionReport.report;
    ok(
      await t.gql(
        'mutation($i: ReviewInspectionReportInput!) { reviewInspectionReport(input: $i) { report { id } } }',
        { i: { reportId: report.id, version: report.version, approve: true } },
        head,
      ),
      'approve',
    );
    // Issue 10: an inspector drafts (issuing is refused, nothing written), the department head issues the draft.
    const notice = {
      inspectionId,
      documentNo: '手填的编号不再使用',
      findings: '1. 未按规定登记旅客身份信息；2. 未落实治安安全管理制度',
      legalBasis: '《旅馆业治安管理办法》第六条',
      deadline: chinaDay(new Date()),
      contactPhone: '0375-8123456',
    };
    const refused = await t.gql(
      'mutation($i: IssueRectificationInput!) { issueRectificationNotice(input: $i) { notice { id } } }',
      { i: notice },
      inspector,
    );
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(
      (
        await owner.query('select count(*)::int as n from rectification_notice where inspection_id = $1', [
          inspectionId,
        ])
      ).rows[0].n,
    ).toBe(0);
    const draft = ok(
      await t.gql(
        'mutation($i: IssueRectificationInput!) { draftRectificationNotice(input: $i) { draft { id version status } } }',
        { i: notice },
        inspector,
      ),
      'draft',
    ).draftRectificationNotice.draft;
    expect(draft.status).toBe('DRAFT');
    const issued = ok(
      await t.gql(
        'mutation($i: IssueRectificationDraftInput!) { issueRectificationDraft(input: $i) { notice { id documentNo contactName contactPhone } } }',
        { i: { draftId: draft.id, version: draft.version } },
        head,
      ),
      'issue draft',
    ).issueRectificationDraft.notice;
    ({ id: noticeId, documentNo: noticeNo, contactName: headName } = issued);
    expect(noticeNo).toMatch(NUMBER('责改字'));
    expect(issued.contactPhone).toBe('0375-8123456');
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  it('现场检查记录表: the latest revision, with the bureau, the target, 不正常 and the refusal before a witness', async () => {
    const {
      rows: [first],
    } = await owner.query('select checked_from, checked_to from inspection_record where inspection_id = $1', [
      inspectionId,
    ]);
    ok(
      await t.gql(
        'mutation($i: InspectionRecordInput!) { correctInspectionRecord(input: $i) { record { revision } } }',
        {
          i: {
            inspectionId,
            checkedFrom: first.checked_from.toISOString(),
            checkedTo: first.checked_to.toISOString(),
            place: '悦来宾馆前台及客房',
            presentInspectorIds: (
              await owner.query('select inspector_id from inspection_member where inspection_id = $1', [inspectionId])
            ).rows.map((r) => r.inspector_id),
            answers: [
              { itemVersionId: itemVersion, no: 1, result: 'ABNORMAL', remark: '3 名旅客未登记身份证件' },
              { itemVersionId: itemVersion, no: 2, result: 'NORMAL' },
            ],
            methods: ['ON_SITE'],
            findings: '更正后：旅客身份登记不全共三人',
            representative: '赵某（店主）',
            refusalReason: REFUSAL,
            witness: '昆阳镇网格员孙某',
            nonCooperation: [],
            correctionReason: '补记未登记旅客人数',
          },
        },
        inspector,
      ),
      'correct',
    );
    const res = await get(`/inspections/${inspectionId}/record.pdf`, inspector);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/pdf/);
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(`现场检查记录表-${TARGET}.pdf`)}`,
    );
    const text = await pdfText(res.body as Buffer);
    for (const field of [
      bureauName,
      TARGET,
      '不正常',
      REFUSAL,
      '昆阳镇网格员孙某',
      '是否按规定登记旅客身份信息',
      'ZA-41042291',
      '更正后：旅客身份登记不全共三人',
    ]) {
      expect(text).toContain(field.replace(/\s+/g, ''));
    }
    // Issue 10: one number for the record and all its revisions, from the counter, never a UUID tail.
    const numbers = (
      await owner.query('select document_no from inspection_record where inspection_id = $1 order by revision', [
        inspectionId,
      ])
    ).rows.map((r) => r.document_no);
    expect(numbers).toHaveLength(2);
    expect(numbers[0]).toMatch(NUMBER('检记字'));
    expect(numbers[1]).toBe(numbers[0]);
    expect(text).toContain(`编号：${numbers[0]}`);
    // A refusal: the refusal statement and the witness, not "checked and true".
    expect(text).not.toContain('以上记录已经被检查对象核对，情况属实');
    expect(text).toContain(`被检查对象拒绝签字（盖章）。原因：${REFUSAL}`.replace(/\s+/g, ''));
    expect(text).toContain('以上情况由见证人昆阳镇网格员孙某在场见证');
    // 检查内容 from the item version's check contents, the item's own findings under it, the overall text once after the items.
    expect(text).toContain('序号检查内容检查结果备注');
    expect(text).toContain('1是否按规定登记旅客身份信息不正常3名旅客未登记身份证件2是否落实治安安全管理制度正常');
    expect(text).toContain('检查情况：3名旅客未登记身份证件');
    expect(text).toContain('综合检查情况更正后：旅客身份登记不全共三人');
    expect(text).toContain('检查人员（签名）：');
    for (const name of ['治安检查员1', '治安检查员2']) expect(text).toContain(`${name}：日期：年月日`);
  });

  it('检查报告 and 责令整改通知书: the bureau, the target, the notice number', async () => {
    const report = await get(`/inspections/${inspectionId}/report.pdf`, office);
    expect(report.status).toBe(200);
    expect(report.headers['content-type']).toMatch(/^application\/pdf/);
    expect(report.headers['content-disposition']).toContain(encodeURIComponent(`检查报告-${TARGET}.pdf`));
    const reportText = await pdfText(report.body as Buffer);
    for (const field of [bureauName, TARGET, '3 名旅客未登记身份证件', noticeNo])
      expect(reportText).toContain(field.replace(/\s+/g, ''));
    const {
      rows: [r],
    } = await owner.query('select document_no from inspection_report where inspection_id = $1', [inspectionId]);
    expect(r.document_no).toMatch(NUMBER('检报字'));
    expect(reportText).toContain(`编号：${r.document_no}`);
    // A single free-text entry without "1."; the reviewer's name and post.
    expect(reportText).toContain('检查内容旅馆业治安管理');
    expect(reportText).not.toContain('1.旅馆业治安管理');
    expect(reportText).toMatch(new RegExp(`审核人：${headName}（治安大队[^）]+）`));

    const notice = await get(`/rectifications/${noticeId}/notice.pdf`, head);
    expect(notice.status).toBe(200);
    expect(notice.headers['content-disposition']).toContain(encodeURIComponent(`责令整改通知书-${TARGET}.pdf`));
    const noticeText = await pdfText(notice.body as Buffer);
    for (const field of [bureauName, TARGET, noticeNo, '未按规定登记旅客身份信息'])
      expect(noticeText).toContain(field.replace(/\s+/g, ''));
    // Findings numbered once; the issuing officer with a phone; the remedy statement (bureau setting, on by default).
    expect(noticeText).toContain('1.未按规定登记旅客身份信息2.未落实治安安全管理制度');
    expect(noticeText).not.toMatch(/1\.1\./);
    expect(noticeText).toContain(`联系人：${headName}联系电话：0375-8123456`);
    expect(noticeText).toContain('六十日内向叶县人民政府申请行政复议');
    const admin = await t.login('yexian.admin');
    const settings = ok(
      await t.gql(
        '{ bureauSettings { version minimumRatioBp jointMinimumRatioBp noticeRemedyStatement noticeIssuerRole } }',
        {},
        admin,
      ),
      'settings',
    ).bureauSettings;
    expect([settings.noticeRemedyStatement, settings.noticeIssuerRole]).toEqual([true, 'DEPARTMENT_HEAD']);
    ok(
      await t.gql(
        'mutation($i: UpdateBureauSettingsInput!) { updateBureauSettings(input: $i) { settings { noticeRemedyStatement } } }',
        {
          i: {
            version: settings.version,
            minimumRatioBp: settings.minimumRatioBp,
            jointMinimumRatioBp: settings.jointMinimumRatioBp,
            noticeRemedyStatement: false,
          },
        },
        admin,
      ),
      'off',
    );
    expect(await pdfText((await get(`/rectifications/${noticeId}/notice.pdf`, head)).body as Buffer)).not.toContain(
      '行政复议',
    );
    // The issuing role is the bureau's to name: with 领导 named, the department head is refused too.
    const v = ok(await t.gql('{ bureauSettings { version } }', {}, admin), 'v').bureauSettings.version;
    ok(
      await t.gql(
        'mutation($i: UpdateBureauSettingsInput!) { updateBureauSettings(input: $i) { settings { noticeIssuerRole } } }',
        {
          i: {
            version: v,
            minimumRatioBp: settings.minimumRatioBp,
            jointMinimumRatioBp: settings.jointMinimumRatioBp,
            noticeIssuerRole: 'LEADER',
          },
        },
        admin,
      ),
      'leader',
    );
    const byHead = await t.gql(
      'mutation($i: IssueRectificationInput!) { issueRectificationNotice(input: $i) { notice { id } } }',
      {
        i: {
          inspectionId,
          findings: 'x',
          legalBasis: 'x',
          deadline: chinaDay(new Date()),
        },
      },
      head,
    );
    expect(byHead.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(byHead.body.errors[0].message).toContain('领导');
  });

  it('the city above sees its county\'s forms; another county gets the same "not found" as a missing id, and no PDF', async () => {
    expect(
      (await get(`/inspections/${inspectionId}/record.pdf`, await t.login('pingdingshan.coordinator'))).status,
    ).toBe(200);
    const nanle = await t.login('nanle.admin');
    const missing = await get('/inspections/00000000-0000-7000-8000-000000000000/record.pdf', nanle);
    for (const path of [
      `/inspections/${inspectionId}/record.pdf`,
      `/inspections/${inspectionId}/report.pdf`,
      `/rectifications/${noticeId}/notice.pdf`,
    ]) {
      const res = await get(path, nanle);
      expect(res.status, path).toBe(404);
      expect(res.headers['content-type']).toMatch(/json/);
      const body = JSON.parse((res.body as Buffer).toString('utf8'));
      expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
      if (path.endsWith('record.pdf')) expect(body).toEqual(JSON.parse((missing.body as Buffer).toString('utf8')));
    }
    expect((await get('/inspections/not-a-uuid/report.pdf', nanle)).status).toBe(404);
  });

  it('anonymous gets 401', async () => {
    for (const path of [
      `/inspections/${inspectionId}/record.pdf`,
      `/inspections/${inspectionId}/report.pdf`,
      `/rectifications/${noticeId}/notice.pdf`,
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(401);
      expect(res.headers['content-type']).not.toMatch(/pdf/);
    }
    expect((await get(`/inspections/${inspectionId}/record.pdf`, 'not-a-token')).status).toBe(401);
  });
});
