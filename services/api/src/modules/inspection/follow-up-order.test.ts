import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '#test/support/catalog-fixtures';
import { addDays, chinaToday } from '#test/support/dates';
import { hotelWithApprovedReport } from '#test/support/direct-check-fixture';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { loadTree } from '#test/support/tenancy';

/**
 * R40 (003 四(二): 限期整改，逾期仍不改正的…): the follow-up check of a rectification notice comes in
 * order — not dated before the notice, and "逾期未整改" (which files a case) not before the deadline the
 * target was given. A refusal leaves the notice open; rectification found early closes it.
 * A penalty decision is not dated before the check. (Escalation on the deadline day itself: inspection.test.ts.)
 */

const NOTICE =
  'mutation($i: IssueRectificationInput!) { issueRectificationNotice(input: $i) { notice { id deadline status } } }';
const FOLLOW_UP =
  'mutation($i: FollowUpInput!) { recordFollowUpCheck(input: $i) { notice { status followUpResult followUpOn } } }';
const NOTICE_STATE = 'query($id: ID!) { inspection(id: $id) { status rectification { status caseNo } } }';

let t: TestApp;
let inspectionId: string;
let head: string;
const today = chinaToday();
const deadline = addDays(today, 10);

beforeAll(async () => {
  t = await startTestApp();
  ({ inspectionId } = await hotelWithApprovedReport(t, await loadTree(t.db.ownerUrl), {
    serial: 7321,
    targetName: '叶县复查宾馆',
    reference: '12345热线 2026-12-7321',
    badgePrefix: 'FU-7321',
  }));
  head = await t.login('yexian.head');
  const notice = { inspectionId, findings: '旅客身份登记不全', legalBasis: '《旅馆业治安管理办法》第六条', deadline };
  ok(await t.gql(NOTICE, { i: notice }, head), 'notice');
}, 120_000);

afterAll(() => t?.close());

describe('the follow-up check in order (R40)', () => {
  const followUp = (result: string, checkedOn: string, caseNo?: string) =>
    t.gql(FOLLOW_UP, { i: { inspectionId, result, checkedOn, remarks: '复查前台登记', caseNo } }, head);
  const noticeState = async () =>
    ok(await t.gql(NOTICE_STATE, { id: inspectionId }, head), 'state').inspection.rectification;

  it('R40: "逾期未整改" with a case filed before the deadline has come is refused, the notice stays open', async () => {
    const res = await followUp('NOT_RECTIFIED', today, '叶公（治）立字〔2026〕7321号');
    expect(errorCode(res)).toBe('DEADLINE_NOT_REACHED');
    expect(res.body.errors![0]!.message).toContain(deadline);
    expect(await noticeState()).toEqual({ status: 'ISSUED', caseNo: null });
  });

  it('R40: a follow-up dated before the notice was issued is refused', async () => {
    expect(errorCode(await followUp('RECTIFIED', addDays(today, -1)))).toBe('FOLLOW_UP_BEFORE_NOTICE');
    expect(await noticeState()).toEqual({ status: 'ISSUED', caseNo: null });
  });

  it('R40: rectification found before the deadline closes the notice', async () => {
    const done = ok(await followUp('RECTIFIED', today), 'rectified').recordFollowUpCheck.notice;
    expect(done).toEqual({ status: 'CLOSED', followUpResult: 'RECTIFIED', followUpOn: today });
  });

  it('R47: a penalty decision dated before the check it follows is refused; on the check day it is recorded', async () => {
    const P =
      'mutation($i: PenaltyDecisionInput!) { recordPenaltyDecision(input: $i) { notice { penaltyDecidedOn } } }';
    const decide = (decidedOn: string) =>
      t.gql(P, { i: { inspectionId, decisionNo: '叶公（治）行罚决字〔2026〕7321号', decidedOn } }, head);
    expect(errorCode(await decide(addDays(today, -1)))).toBe('DATE_BEFORE_CHECK');
    expect(ok(await decide(today), 'penalty').recordPenaltyDecision.notice).toEqual({ penaltyDecidedOn: today });
  });
});
