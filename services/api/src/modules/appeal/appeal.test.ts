import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { ok } from '#test/support/catalog-fixtures';
import { loadTree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';

/**
 * Issue 14, appeals and complaints (R49, R57), through both endpoints: 叶县's scenario to its end
 * (a published result → the target objects on /public/graphql → 督察 upholds → the corrected document,
 * approved per R48, supersedes the first and the public history shows both), the bad input of the
 * public form (nothing written), the tenancy of appeals, a complaint's direct check (R23), overdue counts.
 */
const PUB_FIELDS = 'id status rowVersion action version';
const PREPARE = `mutation($i: PreparePublicationInput!) { preparePublication(input: $i) { ${PUB_FIELDS} } }`;
const APPROVE = `mutation($i: ApprovePublicationInput!) { approvePublication(input: $i) { ${PUB_FIELDS} } }`;
const WITHDRAW = `mutation($i: SupersedePublicationInput!) { withdrawPublication(input: $i) { ${PUB_FIELDS} } }`;
const FILE = `mutation($i: FileAppealInput!) { fileAppeal(input: $i) { receiptNo queryCode dueDate bureauName } }`;
const STATUS = `query($r: String!, $c: String!) { appealStatus(receiptNo: $r, queryCode: $c) {
  receiptNo kind status answer correctionId publicationId bureauName targetName } }`;
const APPEAL_FIELDS = `id receiptNo kind status dueDate overdue version filerName contact reason answer correctionId
  inspectionId publication { id kind } attachments { position mime sizeBytes fileName url }`;
const QUEUE = `query($f: AppealFilter) { appeals(filter: $f) { totalCount edges { node { ${APPEAL_FIELDS} } } } }`;
const ONE = `query($id: ID!) { appeal(id: $id) { ${APPEAL_FIELDS} } }`;
const ACCEPT = `mutation($i: AcceptAppealInput!) { acceptAppeal(input: $i) { appeal { status version } } }`;
const ANSWER = `mutation($i: AnswerAppealInput!) { answerAppeal(input: $i) { appeal { ${APPEAL_FIELDS} } } }`;
const CHECK = `mutation($i: OpenAppealCheckInput!) { openAppealCheck(input: $i) { appeal { inspectionId } } }`;
const STATS = '{ subordinateAppealStats { bureauName overdueCount openCount answeredCount } }';
const PUBLIC_DOC = `query($id: ID!) { publication(id: $id) { id current history { id version action current } } }`;
const VERIFY = '{ verifyAuditChain(full: true) { ok firstBreak { seq reason } } }';
const SETTINGS = '{ bureauSettings { version appealAnswerDays } }';
const UPDATE_SETTINGS = `mutation($i: UpdateBureauSettingsInput!) {
  updateBureauSettings(input: $i) { settings { version appealAnswerDays } } }`;
const RATIOS = { minimumRatioBp: 500, jointMinimumRatioBp: 300 };

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  Buffer.from('IHDR'),
  Buffer.alloc(64, 1),
]);
const ZIP = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 2)]);

describe('appeals and complaints (R49, R57)', () => {
  let t: TestApp;
  let owner: pg.Client;
  let head: string, leader: string, oversight: string;
  let inspectionId: string, targetInspectors: string[], itemVersion: string;
  let published: { id: string; rowVersion: number };
  let filed: { receiptNo: string; queryCode: string; dueDate: string };
  let answerDue: string;
  let appealId: string;

  const publicGql = async (query: string, variables: Record<string, unknown>) => {
    const res = await supertest(t.server.app).post('/public/graphql').send({ query, variables });
    return { status: res.status, body: res.body as { data?: any; errors?: { message: string; extensions?: any }[] } };
  };
  const upload = (bytes: Buffer, name = 'photo.png') =>
    supertest(t.server.app)
      .post(`/public/appeal-attachments?fileName=${encodeURIComponent(name)}`)
      .set('content-type', 'application/octet-stream')
      .send(bytes);
  const written = async () =>
    (await owner.query('select (select count(*) from appeal) a, (select count(*) from audit_entry) e')).rows[0];
  const objection = (over: Record<string, unknown> = {}) => ({
    publicationId: published.id,
    kind: 'OBJECTION',
    name: '叶县昆阳镇公示宾馆',
    contact: '152 3746 9276',
    reason: '检查当日已当场整改，公示结果有误',
    ...over,
  });

  beforeAll(async () => {
    process.env.DSR_APPEAL_ATTACHMENT_MAX_MB = '0.01'; // 10 KB: an oversize file stays small
    t = await startTestApp();
    delete process.env.DSR_APPEAL_ATTACHMENT_MAX_MB;
    const tree = await loadTree(t.db.ownerUrl);
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    const fixture = await hotelUnderDirectCheck(t, tree, {
      serial: 9731,
      targetName: '叶县昆阳镇公示宾馆',
      reference: '12345热线 2026-09-2202',
      badgePrefix: 'ZA-4104228',
      representative: '钱七',
    });
    ({ inspectionId, itemVersion } = fixture);
    targetInspectors = fixture.inspectors;
    await owner.query(`update inspection set check_ended_on = '2026-09-22' where id = $1`, [inspectionId]);
    await owner.query(
      `insert into inspection_report (id, tenant_id, bureau_id, scope_path, inspection_id, status, content, steps,
         findings, assessment, opinion, submitted_by, submitted_at)
       select gen_random_uuid(), i.tenant_id, i.bureau_id, i.scope_path, i.id, 'APPROVED', '检查旅客登记', '查验',
              '未发现问题', '合规', 'NO_ANOMALY', i.created_by, now()
         from inspection i where i.id = $1`,
      [inspectionId],
    );
    [head, leader, oversight] = await Promise.all(
      ['yexian.head', 'yexian.leader', 'yexian.oversight'].map((p) => t.login(p)),
    );
    // The result is prepared by the department and approved by the leader (R48): published.
    const prepared = ok(
      await t.gql(
        PREPARE,
        { i: { kind: 'INSPECTION_RESULT', subjectId: inspectionId, result: 'PENDING_FOLLOW_UP' } },
        head,
      ),
      'prepare',
    ).preparePublication;
    published = ok(
      await t.gql(APPROVE, { i: { id: prepared.id, rowVersion: prepared.rowVersion } }, leader),
      'approve',
    ).approvePublication;
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  it('R49 bad input: no contact or reason, a wrong contact, an oversize or foreign file, a forged ticket → codes, nothing written', async () => {
    const before = await written();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ contact: '  ' }, 'APPEAL_FIELD_REQUIRED', 'contact'],
      [{ reason: '' }, 'APPEAL_FIELD_REQUIRED', 'reason'],
      [{ contact: '12345' }, 'APPEAL_CONTACT_INVALID', 'contact'],
      [{ attachments: ['eyJ4IjoxfQ.forged'] }, 'APPEAL_ATTACHMENT_INVALID', 'attachments'],
    ];
    for (const [over, code, field] of cases) {
      const res = await publicGql(FILE, { i: objection(over) });
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(res.body.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const big = await upload(Buffer.concat([PNG, Buffer.alloc(20_000)]));
    expect([big.status, big.body.errors[0].extensions.code]).toEqual([413, 'APPEAL_ATTACHMENT_TOO_LARGE']);
    const foreign = await upload(ZIP, 'a.zip');
    expect([foreign.status, foreign.body.errors[0].extensions.code]).toEqual([415, 'APPEAL_ATTACHMENT_TYPE']);
    expect(foreign.body.errors[0].message).toContain('PDF');
    expect(await written()).toEqual(before);
  });

  it('R49: a document never published (or unknown) cannot be appealed, and says so without internals', async () => {
    const pending = (await owner.query(`select id from publication where published_at is null limit 1`)).rows[0];
    for (const id of [
      pending?.id ?? published.id.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
      '0190f0f0-0000-7000-8000-000000000000',
    ]) {
      const res = await publicGql(FILE, { i: objection({ publicationId: id }) });
      expect(res.body.errors?.[0]).toMatchObject({
        message: '公示文书不存在或尚未公示',
        extensions: { code: 'NOT_FOUND' },
      });
    }
  });

  it('R49 (叶县): the target objects through /public/graphql with a photo; a receipt number and a query code', async () => {
    const photo = await upload(PNG, '整改照片.png');
    expect(photo.status).toBe(201);
    const res = await publicGql(FILE, { i: objection({ attachments: [photo.body.data.attachment.ticket] }) });
    expect(res.body.errors).toBeUndefined();
    filed = res.body.data.fileAppeal;
    expect(filed.receiptNo).toMatch(/^410422-20\d\d-000001$/);
    expect(filed.queryCode).toMatch(/^[2-9A-Z]{10}$/);
    expect(res.body.data.fileAppeal.bureauName).toBe('叶县公安局');
    const stored = (
      await owner.query('select query_code_hash, contact from appeal where receipt_no = $1', [filed.receiptNo])
    ).rows[0];
    expect(stored.query_code_hash).not.toContain(filed.queryCode);
    expect(stored.contact).toBe('15237469276');
    const audit = (await owner.query(`select actor_name, after from audit_entry where operation = 'FILE_APPEAL'`)).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_name: '公众', after: { receiptNo: filed.receiptNo, kind: 'OBJECTION' } });
    const chain = await t.gql(VERIFY, {}, await t.login('pingdingshan.admin'));
    expect(chain.body.data?.verifyAuditChain).toMatchObject({ ok: true, firstBreak: null });
  });

  it('R49: the filer follows it with the code only; a wrong code reads nothing', async () => {
    const wrong = await publicGql(STATUS, { r: filed.receiptNo, c: 'ABCDEFGHJK' });
    expect(wrong.body.errors?.[0]).toMatchObject({
      message: '受理编号或查询码不正确',
      extensions: { code: 'NOT_FOUND' },
    });
    const right = ok(await publicGql(STATUS, { r: filed.receiptNo, c: filed.queryCode.toLowerCase() }), 'status');
    expect(right.appealStatus).toMatchObject({
      status: 'FILED',
      kind: 'OBJECTION',
      answer: null,
      bureauName: '叶县公安局',
    });
  });

  it('R57 tenancy: the own 督察 sees it; a neighbour county sees nothing; a head is refused; dsr_public reads no table', async () => {
    const queue = ok(await t.gql(QUEUE, { f: { openOnly: true } }, oversight), 'queue').appeals;
    expect(queue.totalCount).toBe(1);
    const mine = queue.edges[0].node;
    appealId = mine.id;
    expect(mine).toMatchObject({
      receiptNo: filed.receiptNo,
      status: 'FILED',
      overdue: false,
      publication: { id: published.id },
    });
    expect(mine.attachments).toMatchObject([{ position: 1, mime: 'image/png', fileName: '整改照片.png' }]);
    const file = await supertest(t.server.app).get(mine.attachments[0].url);
    expect([file.status, file.headers['content-type']]).toEqual([200, 'image/png']);
    const nanle = await t.login('nanle.oversight');
    expect(ok(await t.gql(QUEUE, {}, nanle), 'nanle').appeals.totalCount).toBe(0);
    expect(errorCode(await t.gql(ONE, { id: appealId }, nanle))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(QUEUE, {}, head))).toBe('FORBIDDEN');
    const other = await supertest(t.server.app)
      .get(`/appeal-attachments/${mine.attachments[0].url.split('/')[2].split('?')[0]}`)
      .set('authorization', `Bearer ${nanle}`);
    expect(other.status).toBe(404);
    const anon = new pg.Client({ connectionString: t.db.appUrl });
    await anon.connect();
    try {
      for (const table of ['appeal', 'appeal_attachment', 'appeal_counter']) {
        await anon.query('begin; set local role dsr_public');
        await expect(anon.query(`select * from ${table}`)).rejects.toThrow(/permission denied/);
        await anon.query('rollback');
      }
    } finally {
      await anon.end();
    }
  });

  it('R57: overdue appeals count on 督察 to-do and for the superior', async () => {
    await owner.query(`update appeal set due_date = '2026-01-05' where id = $1`, [appealId]);
    expect(ok(await t.gql(QUEUE, { f: { overdueOnly: true } }, oversight), 'overdue').appeals.totalCount).toBe(1);
    const stats = ok(await t.gql(STATS, {}, await t.login('pingdingshan.leader')), 'stats').subordinateAppealStats;
    expect(stats.find((s: { bureauName: string }) => s.bureauName === '叶县公安局')).toMatchObject({
      overdueCount: 1,
      openCount: 0,
    });
  });

  it('R49 (叶县): 督察 upholds; the correction, approved (R48), supersedes the first and the public history shows both', async () => {
    const accepted = ok(await t.gql(ACCEPT, { i: { id: appealId, version: 1 } }, oversight), 'accept').acceptAppeal;
    expect(accepted.appeal.status).toBe('IN_HANDLING');
    const stale = await t.gql(ACCEPT, { i: { id: appealId, version: 1 } }, oversight);
    expect(errorCode(stale)).toBe('CONFLICT');
    const answered = ok(
      await t.gql(
        ANSWER,
        {
          i: {
            id: appealId,
            version: accepted.appeal.version,
            decision: 'UPHELD',
            answer: '经核查，问题已当场整改，结果更正为发现问题已责令改正',
            correctedResult: 'ORDERED_TO_CORRECT',
          },
        },
        oversight,
      ),
      'answer',
    ).answerAppeal.appeal;
    expect(answered).toMatchObject({ status: 'UPHELD' });
    const pending = (
      await owner.query('select id, row_version, action, status from publication where id = $1', [
        answered.correctionId,
      ])
    ).rows[0];
    expect(pending).toMatchObject({ action: 'CORRECT', status: 'PENDING_APPROVAL' });
    ok(await t.gql(APPROVE, { i: { id: pending.id, rowVersion: pending.row_version } }, leader), 'approve correction');
    const doc = ok(await publicGql(PUBLIC_DOC, { id: published.id }), 'public').publication;
    expect(doc.current).toBe(false);
    expect(doc.history).toMatchObject([
      { id: published.id, version: 1, action: 'PUBLISH', current: false },
      { id: pending.id, version: 2, action: 'CORRECT', current: true },
    ]);
    const status = ok(await publicGql(STATUS, { r: filed.receiptNo, c: filed.queryCode }), 'status').appealStatus;
    expect(status).toMatchObject({ status: 'UPHELD', correctionId: pending.id });
    expect(status.answer).toContain('已当场整改');
    // The first document is no longer current: a new objection goes to the correction.
    const late = await publicGql(FILE, { i: objection() });
    expect(late.body.errors?.[0]?.extensions?.code).toBe('APPEAL_PUBLICATION_SUPERSEDED');
    published = { id: pending.id, rowVersion: pending.row_version };
  });

  it('R57: the bureau sets the answer days of 督察 (1 to 60, audited); the next appeal is due by them', async () => {
    const admin = await t.login('yexian.admin');
    const version = ok(await t.gql(SETTINGS, {}, admin), 'settings').bureauSettings.version;
    expect(ok(await t.gql(SETTINGS, {}, admin), 'settings').bureauSettings.appealAnswerDays).toBe(15);
    const before = await written();
    for (const days of [0, 61]) {
      const bad = await t.gql(UPDATE_SETTINGS, { i: { version, ...RATIOS, appealAnswerDays: days } }, admin);
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    }
    expect(await written()).toEqual(before);
    const set = ok(await t.gql(UPDATE_SETTINGS, { i: { version, ...RATIOS, appealAnswerDays: 3 } }, admin), 'set');
    expect(set.updateBureauSettings.settings.appealAnswerDays).toBe(3);
    const audit = await owner.query(
      `select after from audit_entry where operation = 'UPDATE_BUREAU_SETTINGS' order by seq desc limit 1`,
    );
    expect(audit.rows[0].after).toMatchObject({ appealAnswerDays: 3 });
    // Filed today: 3 working days on the holiday schedule (15 for the first, under the default).
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const cal = await t.server.services.calendar.calendarFor(t.orm.em.fork());
    expect(filed.dueDate).toBe(cal.addWorkingDays(today, 15).date);
    answerDue = cal.addWorkingDays(today, 3).date;
  });

  it('R57/R23: a complaint opens a direct check that names it; a withdrawn publication takes no appeal', async () => {
    const res = ok(await publicGql(FILE, { i: objection({ kind: 'COMPLAINT', contact: 'a@b.cn' }) }), 'complaint');
    expect(res.fileAppeal.receiptNo).toMatch(/-000002$/);
    expect(res.fileAppeal.dueDate).toBe(answerDue); // the bureau's 3 days, set above
    const queue = ok(await t.gql(QUEUE, { f: { kind: 'COMPLAINT' } }, oversight), 'queue').appeals;
    const complaint = queue.edges[0].node;
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const opened = ok(
      await t.gql(
        CHECK,
        {
          i: {
            id: complaint.id,
            itemVersionIds: [itemVersion],
            inspectorIds: targetInspectors,
            windowStart: today,
            windowEnd: today,
          },
        },
        oversight,
      ),
      'check',
    ).openAppealCheck.appeal;
    const check = (
      await owner.query('select direct_reason, direct_reference from inspection where id = $1', [opened.inspectionId])
    ).rows[0];
    expect(check).toEqual({ direct_reason: 'COMPLAINT', direct_reference: res.fileAppeal.receiptNo });
    const again = await t.gql(
      CHECK,
      {
        i: {
          id: complaint.id,
          itemVersionIds: [itemVersion],
          inspectorIds: targetInspectors,
          windowStart: today,
          windowEnd: today,
        },
      },
      oversight,
    );
    expect(errorCode(again)).toBe('APPEAL_CHECK_OPEN');
    // Withdrawn (approved): no more appeals on it.
    const w = ok(
      await t.gql(WITHDRAW, { i: { id: published.id, reason: '决定撤销' } }, head),
      'withdraw',
    ).withdrawPublication;
    ok(await t.gql(APPROVE, { i: { id: w.id, rowVersion: w.rowVersion } }, leader), 'approve withdrawal');
    const before = await written();
    const refused = await publicGql(FILE, { i: objection({ publicationId: w.id }) });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('APPEAL_PUBLICATION_WITHDRAWN');
    expect(await written()).toEqual(before);
  });

  it('R49/R48: an upheld objection on a penalty result carries the corrected 双公示 items, masked by the table; 督察 prepares, another approves', async () => {
    // The hotel is an individual business (个体工商户, code 92…) kept by 张三丰: his name and ID number are masked.
    await owner.query(
      `update target set uscc = '92410422MA47XY9K2Q', resident_id = '410422199001011234', legal_representative = '张三丰'
        where id = (select target_id from inspection where id = $1)`,
      [inspectionId],
    );
    const { rows } = await owner.query(
      `insert into rectification_notice (id, tenant_id, bureau_id, scope_path, inspection_id, document_no, findings,
         legal_basis, deadline, status, issued_by, follow_up_result, follow_up_on, follow_up_by, case_no,
         penalty_decision_no, penalty_decided_on)
       select gen_random_uuid(), i.tenant_id, i.bureau_id, i.scope_path, i.id, '叶公（治）责改字〔2026〕98号',
              '未登记旅客身份', '《旅馆业治安管理办法》第六条', '2026-09-25', 'ESCALATED', i.created_by,
              'NOT_RECTIFIED', '2026-09-26', i.created_by, '叶公（治）立字〔2026〕10号',
              '叶公（治）行罚决字〔2026〕98号', '2026-09-29'
         from inspection i where i.id = $1 returning id`,
      [inspectionId],
    );
    const penalty = {
      violationType: '违反旅馆业管理规定',
      violationFacts: '未按规定登记住宿旅客身份信息三人次',
      legalBasis: '《旅馆业治安管理办法》第十五条',
      penaltyCategories: ['罚款'],
      penaltyContent: '罚款人民币伍佰元',
      amount: 0.05,
      publicUntil: '2029-03-29',
    };
    const DOC = 'id status rowVersion preparedBy document';
    const prepared = ok(
      await t.gql(
        `mutation($i: PreparePublicationInput!) { preparePublication(input: $i) { ${DOC} } }`,
        { i: { kind: 'PENALTY_RESULT', subjectId: rows[0].id, penalty } },
        head,
      ),
      'prepare penalty',
    ).preparePublication;
    const APPROVE_DOC = `mutation($i: ApprovePublicationInput!) { approvePublication(input: $i) { ${DOC} } }`;
    const first = ok(
      await t.gql(APPROVE_DOC, { i: { id: prepared.id, rowVersion: prepared.rowVersion } }, leader),
      'approve penalty',
    ).approvePublication;
    expect(first.document.fields).toMatchObject({ legalRepresentative: '张**', idNumber: '410422********1234' });

    // The keeper objects: three guests, not five; 督察 upholds and restates the items.
    const filedNow = ok(
      await publicGql(FILE, { i: objection({ publicationId: first.id, reason: '违法事实有误，只有三人次' }) }),
      'object',
    ).fileAppeal;
    const appeal = ok(await t.gql(QUEUE, { f: { openOnly: true, kind: 'OBJECTION' } }, oversight), 'queue')
      .appeals.edges.map((e: { node: { id: string; receiptNo: string; version: number } }) => e.node)
      .find((n: { receiptNo: string }) => n.receiptNo === filedNow.receiptNo);
    const uphold = (over: Record<string, unknown>) =>
      t.gql(
        ANSWER,
        {
          i: {
            id: appeal.id,
            version: appeal.version,
            decision: 'UPHELD',
            answer: '经核查，违法事实应为三人次',
            ...over,
          },
        },
        oversight,
      );
    const before = await written();
    expect(errorCode(await uphold({}))).toBe('PENALTY_FIELD_REQUIRED');
    expect(await written()).toEqual(before);
    const corrected = { ...penalty, violationFacts: '未按规定登记住宿旅客身份信息三人次（更正）', amount: 0.03 };
    const answered = ok(await uphold({ correctedPenalty: corrected }), 'uphold').answerAppeal.appeal;
    expect(answered.status).toBe('UPHELD');

    // R48: 督察 prepared it, so 督察 does not approve it; the leader does, and the table masks it again.
    const pending = (
      await owner.query('select row_version, prepared_by, action from publication where id = $1', [
        answered.correctionId,
      ])
    ).rows[0];
    expect(pending.action).toBe('CORRECT');
    const approveCorrection = (token: string) =>
      t.gql(APPROVE_DOC, { i: { id: answered.correctionId, rowVersion: pending.row_version } }, token);
    expect(errorCode(await approveCorrection(oversight))).toMatch(/^(FORBIDDEN|PUBLICATION_SELF_APPROVAL)$/);
    const second = ok(await approveCorrection(leader), 'approve correction').approvePublication;
    expect(second.preparedBy).toBe(pending.prepared_by);
    expect(second.document.fields).toEqual({
      partyName: '叶县昆阳镇公示宾馆',
      partyCategory: '个体工商户',
      creditCode: '92410422MA47XY9K2Q',
      idNumber: '410422********1234',
      legalRepresentative: '张**',
      address: null, // the fixture's hotel has no registered address
      decisionNo: '叶公（治）行罚决字〔2026〕98号',
      violationType: '违反旅馆业管理规定',
      violationFacts: '未按规定登记住宿旅客身份信息三人次（更正）',
      legalBasis: '《旅馆业治安管理办法》第十五条',
      penaltyCategory: '罚款',
      penaltyContent: '罚款人民币伍佰元',
      amount: '0.03',
      decidedOn: '2026-09-29',
      publicUntil: '2029-03-29',
      penaltyAuthority: '叶县公安局',
    });
    const pub = ok(await publicGql(PUBLIC_DOC, { id: first.id }), 'public').publication;
    expect(pub.history.map((h: { current: boolean }) => h.current)).toEqual([false, true]);
  });

  it('R49/R57 spam: one address files at most 10 appeals and 30 attachments an hour (429 RATE_LIMITED, Retry-After); refused input uses none; nothing written over it', async () => {
    // Refusals of the form do not use the hour's budget: a filer fixing a typo is not locked out.
    for (let i = 0; i < 12; i++)
      expect(errorCode(await publicGql(FILE, { i: objection({ reason: '' }) }))).toBe('APPEAL_FIELD_REQUIRED');
    const done = Number((await owner.query('select count(*) from appeal')).rows[0].count); // filed above, same address
    const current = (
      await owner.query(
        `select id from publication where status = 'PUBLISHED' and published_at is not null and action <> 'WITHDRAW'
          order by published_at desc limit 1`,
      )
    ).rows[0].id;
    for (let i = done; i < 10; i++)
      ok(await publicGql(FILE, { i: objection({ publicationId: current, reason: `第 ${i} 次异议` }) }), `appeal ${i}`);
    const before = await written();
    const over = await publicGql(FILE, { i: objection({ publicationId: current }) });
    expect([over.status, over.body.errors?.[0]?.extensions?.code]).toEqual([429, 'RATE_LIMITED']);
    expect(over.body.errors?.[0]?.message).toContain('每小时最多提交 10 件异议或投诉');
    expect(await written()).toEqual(before);
    // Uploads: the ones above and these, refused or not, up to 30; the 31st is refused before a byte is stored.
    let status = 201;
    for (let i = 0; i < 31 && status !== 429; i++) status = (await upload(PNG, `照片${i}.png`)).status;
    const refused = await upload(Buffer.concat([PNG, Buffer.from('another')]));
    expect([refused.status, refused.body.errors[0].extensions.code]).toEqual([429, 'RATE_LIMITED']);
    expect(refused.body.errors[0].message).toContain('每小时最多提交 30 个附件');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
