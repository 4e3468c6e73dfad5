import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay, workingDayCalendar } from '@dsr/domain';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { ok } from '#test/support/catalog-fixtures';
import { loadTree, type Tree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import { addDays, chinaToday } from '#test/support/dates';

/**
 * Issue 10 §4, "Dates", on an inspection (its window: yesterday and today): the on-site record's
 * dates (R36) and the report's lateness in working days (R39), through the API.
 */
const RECORD = 'mutation($i: InspectionRecordInput!) { submitInspectionRecord(input: $i) { record { id } } }';
const REPORT =
  'mutation($i: InspectionReportInput!) { submitInspectionReport(input: $i) { report { id status version late workingDaysLate } } }';
const REVIEW =
  'mutation($i: ReviewInspectionReportInput!) { reviewInspectionReport(input: $i) { report { id status version } } }';

describe('dates of the on-site record and the report (issue 10 §4; R36, R39)', () => {
  let t: TestApp;
  let tree: Tree;
  let owner: pg.Client;
  let inspector: string, admin: string, head: string;
  let inspectors: string[], itemVersion: string, inspectionId: string;
  const count = async (table: string) => Number((await owner.query(`select count(*) from ${table}`)).rows[0].count);
  /** A check of one hour that ended `daysAgo` days before now. */
  const record = (daysAgo: number, over: Record<string, unknown> = {}) => {
    const to = Date.now() - daysAgo * 86_400_000 - 60_000;
    return {
      inspectionId,
      checkedFrom: new Date(to - 3600_000).toISOString(),
      checkedTo: new Date(to).toISOString(),
      place: '叶县昆阳镇平安宾馆前台',
      presentInspectorIds: inspectors,
      answers: [
        { itemVersionId: itemVersion, no: 1, result: 'NORMAL' },
        { itemVersionId: itemVersion, no: 2, result: 'NORMAL' },
      ],
      methods: ['ON_SITE'],
      findings: '未发现问题',
      representative: '钱某（店主）',
      refusalReason: '店主外出，无人签字',
      nonCooperation: [],
      ...over,
    };
  };

  beforeAll(async () => {
    t = await startTestApp();
    tree = await loadTree(t.db.ownerUrl);
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    ({ inspectors, itemVersion, inspectionId } = await hotelUnderDirectCheck(t, tree, {
      serial: 971,
      targetName: '叶县昆阳镇平安宾馆',
      reference: '12345热线 2026-11-0101',
      badgePrefix: 'ZA-4104226',
    }));
    [inspector, admin, head] = await Promise.all(
      ['yexian.inspector', 'yexian.admin', 'yexian.head'].map((p) => t.login(p)),
    );
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  it("R36: a check before the inspection's window, or ending in the future, is refused with its code and field; nothing is written", async () => {
    const before = [await count('inspection_record'), await count('audit_entry')];
    const early = await t.gql(RECORD, { i: record(3) }, inspector);
    expect([errorCode(early), early.body.errors[0].extensions.field]).toEqual([
      'CHECK_DATE_OUTSIDE_WINDOW',
      'checkedFrom',
    ]);
    expect(early.body.errors[0].message).toContain('检查开始时间');
    const future = await t.gql(RECORD, { i: record(-1) }, inspector);
    expect([errorCode(future), future.body.errors[0].extensions.field]).toEqual(['TIME_IN_FUTURE', 'checkedTo']);
    expect(future.body.errors[0].message).toContain('检查结束时间');
    // An inspector cannot set the window aside, whatever the reason.
    expect(
      errorCode(await t.gql(RECORD, { i: record(3, { lateEntryReason: '补录三天前的纸质记录' }) }, inspector)),
    ).toBe('LATE_ENTRY_ADMIN_ONLY');
    expect([await count('inspection_record'), await count('audit_entry')]).toEqual(before);
  });

  it('R36: an administrator on the team enters the paper record of a check outside the window, with a reason kept in the audit entry', async () => {
    // 叶县's administrator also serves as an inspector here: linked to the second team member's directory entry.
    const me = tree.users.find((u) => u.username === 'yexian.admin')!.id;
    await owner.query("update app_user set roles = '{ADMIN,INSPECTOR}' where id = $1", [me]);
    ok(
      await t.gql(
        'mutation($i: LinkInspectorUserInput!) { linkInspectorUser(input: $i) { inspectorId } }',
        { i: { inspectorId: inspectors[1], userId: me } },
        admin,
      ),
      'link',
    );
    // Still refused: in the future, never; outside the window, not without a reason of at least 4 characters.
    expect(errorCode(await t.gql(RECORD, { i: record(-1, { lateEntryReason: '补录纸质记录' }) }, admin))).toBe(
      'TIME_IN_FUTURE',
    );
    expect(errorCode(await t.gql(RECORD, { i: record(3) }, admin))).toBe('CHECK_DATE_OUTSIDE_WINDOW');
    expect(errorCode(await t.gql(RECORD, { i: record(3, { lateEntryReason: '补录' }) }, admin))).toBe(
      'LATE_ENTRY_REASON_REQUIRED',
    );
    const reason = '检查组三天前已到场检查，纸质记录今日补录';
    const id = ok(await t.gql(RECORD, { i: record(3, { lateEntryReason: reason }) }, admin), 'late record')
      .submitInspectionRecord.record.id;
    const {
      rows: [entry],
    } = await owner.query(
      `select after from audit_entry where object_id = $1 and operation = 'SUBMIT_INSPECTION_RECORD'`,
      [id],
    );
    expect(entry.after.lateEntry).toEqual({ reason, rule: 'CHECK_DATE_OUTSIDE_WINDOW' });
    // A team member corrects that record keeping its times (accepted once); moving them elsewhere outside the window is refused again.
    const {
      rows: [first],
    } = await owner.query('select checked_from, checked_to from inspection_record where id = $1', [id]);
    const CORRECT =
      'mutation($i: InspectionRecordInput!) { correctInspectionRecord(input: $i) { record { revision } } }';
    const same = {
      checkedFrom: first.checked_from.toISOString(),
      checkedTo: first.checked_to.toISOString(),
      correctionReason: '补记在场负责人全名',
    };
    expect(
      errorCode(await t.gql(CORRECT, { i: record(4, { correctionReason: '补记在场负责人全名' }) }, inspector)),
    ).toBe('CHECK_DATE_OUTSIDE_WINDOW');
    expect(
      ok(await t.gql(CORRECT, { i: record(3, { ...same, representative: '钱某某（店主）' }) }, inspector), 'correct')
        .correctInspectionRecord.record.revision,
    ).toBe(2);
  });

  it('R39: a report after its due day is late by the working days since, fixed at the first submission; a resubmission keeps it', async () => {
    // The due day moved back ten days, as if the check had been long ago.
    const due = addDays(chinaToday(), -10);
    await owner.query('update inspection set report_due = $2 where id = $1', [inspectionId, due]);
    const expected = workingDayCalendar().workingDaysBetween(due, chinaDay(new Date())).count;
    expect(expected).toBeGreaterThan(0);
    const fields = {
      inspectionId,
      content: '旅馆业治安管理',
      steps: '查验旅客登记',
      findings: '无',
      assessment: '合规',
      opinion: 'NO_ANOMALY',
    };
    const report = ok(await t.gql(REPORT, { i: fields }, inspector), 'late report').submitInspectionReport.report;
    expect(report).toMatchObject({ late: true, workingDaysLate: expected });
    const {
      rows: [stored],
    } = await owner.query('select late, working_days_late from inspection_report where id = $1', [report.id]);
    expect(stored).toEqual({ late: true, working_days_late: expected });
    const {
      rows: [entry],
    } = await owner.query(
      `select after from audit_entry where object_id = $1 and operation = 'SUBMIT_INSPECTION_REPORT'`,
      [report.id],
    );
    expect(entry.after).toMatchObject({ late: true, workingDaysLate: expected });
    // It never moves: not by the table owner, nor by a later resubmission (the due day moved forward again meanwhile).
    await expect(
      owner.query('update inspection_report set late = false, working_days_late = null where id = $1', [report.id]),
    ).rejects.toThrow(/首次提交/);
    await owner.query('update inspection set report_due = $2 where id = $1', [inspectionId, addDays(chinaToday(), 3)]);
    const returned = ok(
      await t.gql(
        REVIEW,
        { i: { reportId: report.id, version: report.version, approve: false, comment: '请补充检查步骤' } },
        head,
      ),
      'return',
    ).reviewInspectionReport.report;
    expect(returned.status).toBe('RETURNED');
    const again = ok(
      await t.gql(REPORT, { i: { ...fields, steps: '出示执法证件；查验旅客登记' } }, inspector),
      'resubmit',
    ).submitInspectionReport.report;
    expect(again).toMatchObject({ id: report.id, status: 'SUBMITTED', late: true, workingDaysLate: expected });
  });
});
