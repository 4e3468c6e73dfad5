import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support';
import { workingDayCalendar } from '../working-day-calendar';
import {
  DEFAULT_PENALTY_PUBLICATION_DAYS,
  DEFAULT_RESULT_PUBLICATION_DAYS,
  documentSha256,
  isOverdue,
  publicationDueDate,
} from './clock';
import { inspectionResultDraft, inspectionResultOf, type InspectionOutcome } from './inspection-result';
import { maskDocument } from './mask-document';
import { penaltyResultDraft } from './penalty-result';

const none: InspectionOutcome = {
  opinion: 'NO_ANOMALY',
  followUp: null,
  nonCooperation: false,
  targetTerminated: false,
};
const person = {
  holderKind: 'PERSON' as const,
  uscc: null,
  residentId: '410422199001011234',
  name: '王小明',
  legalRepresentative: null,
  address: '河南省平顶山市叶县昆阳镇建设路12号',
};

describe('R46 inspection results in the national vocabulary', () => {
  it('maps the R38 opinion and the R40 follow-up', () => {
    expect(inspectionResultOf(none)).toBe('NO_ISSUE');
    expect(inspectionResultOf({ ...none, opinion: 'RECTIFICATION' })).toBe('ORDERED_TO_CORRECT');
    expect(inspectionResultOf({ ...none, opinion: 'RECTIFICATION', followUp: 'RECTIFIED' })).toBe('ORDERED_TO_CORRECT');
    expect(inspectionResultOf({ ...none, opinion: 'RECTIFICATION', followUp: 'NOT_RECTIFIED' })).toBe(
      'PENDING_FOLLOW_UP',
    );
    for (const opinion of ['CASE_FILED', 'REFERRED', 'JUDICIAL', 'OTHER'] as const)
      expect(inspectionResultOf({ ...none, opinion })).toBe('PENDING_FOLLOW_UP');
    expect(inspectionResultOf({ ...none, nonCooperation: true })).toBe('SEVERE_NON_COOPERATION');
    expect(inspectionResultOf({ ...none, targetTerminated: true })).toBe('CLOSED_OR_LIQUIDATING');
    expect(errorOf(() => inspectionResultOf({ ...none, opinion: null })).code).toBe('INSPECTION_RESULT_NOT_READY');
  });

  const source = {
    party: person,
    authority: '叶县公安局',
    checkEndedOn: '2026-09-22',
    items: ['消防安全'],
    outcome: none,
  };
  it('R23 a drawn check carries the plan and task (双随机抽查结果); a direct check only 抽查检查结果', () => {
    const drawn = inspectionResultDraft({
      ...source,
      kind: 'DRAWN',
      plan: { no: 'P1', name: '2026年度抽查计划', taskNo: 'T1', taskName: '旅馆业检查' },
    });
    expect(drawn.fields).toMatchObject({
      checkType: '抽查',
      planName: '2026年度抽查计划',
      taskNo: 'T1',
      result: '未发现问题',
    });
    const direct = inspectionResultDraft({ ...source, kind: 'DIRECT', plan: null });
    expect(direct.fields.checkType).toBe('检查');
    expect(direct.fields).not.toHaveProperty('planNo');
    expect(maskDocument(direct).fields).toMatchObject({
      partyName: '王**',
      idNumber: '410422********1234',
      address: '河南省平顶山市叶县',
      partyCategory: '自然人',
    });
  });
});

describe('R46 penalty results (双公示)', () => {
  const facts = {
    decisionNo: '叶公（治）行罚决字〔2026〕12号',
    violationType: '违反旅馆业管理规定',
    violationFacts: '未按规定登记住宿旅客信息',
    legalBasis: '《旅馆业治安管理办法》第十五条',
    penaltyCategories: ['罚款'],
    penaltyContent: '罚款人民币伍佰元',
    amount: 0.05,
    decidedOn: '2026-09-29',
    publicUntil: '2027-03-29',
  };
  it('carries every 双公示 item, the party masked', () => {
    const doc = maskDocument(penaltyResultDraft({ party: person, authority: '叶县公安局', facts }));
    expect(doc.fields).toMatchObject({ decisionNo: facts.decisionNo, penaltyCategory: '罚款', amount: '0.05' });
    expect(doc.fields).toMatchObject({ penaltyAuthority: '叶县公安局', partyName: '王**' });
  });
  it('a penalty document is canonical JSON (the amount as text), so it can be digested', () => {
    expect(() =>
      documentSha256(maskDocument(penaltyResultDraft({ party: person, authority: '叶县公安局', facts }))),
    ).not.toThrow();
  });
  it('refuses an incomplete decision or a category outside the standard', () => {
    const draft = (f: Partial<typeof facts>) => () =>
      penaltyResultDraft({ party: person, authority: '叶县公安局', facts: { ...facts, ...f } });
    expect(errorOf(draft({ violationFacts: ' ' })).code).toBe('PENALTY_FIELD_REQUIRED');
    expect(errorOf(draft({ penaltyCategories: ['打板子'] })).code).toBe('PENALTY_CATEGORY_INVALID');
    expect(errorOf(draft({ publicUntil: '2026-01-01' })).code).toBe('PENALTY_PUBLIC_UNTIL_INVALID');
  });
});

describe('R47 clocks across the 2026 National Day holiday', () => {
  const cal = workingDayCalendar();
  const settings = { resultDays: DEFAULT_RESULT_PUBLICATION_DAYS, penaltyDays: DEFAULT_PENALTY_PUBLICATION_DAYS };
  it('a result 20 working days after the end of the check skips 中秋/国庆 and counts the make-up Saturday', () => {
    // 9-25…27 and 10-1…7 off, Saturday 10-10 worked: without the holidays it would be 10-20.
    expect(publicationDueDate(cal, 'INSPECTION_RESULT', '2026-09-22', settings)).toBe('2026-10-27');
  });
  it('a penalty 7 working days after the decision; other kinds have no clock', () => {
    expect(publicationDueDate(cal, 'PENALTY_RESULT', '2026-09-29', settings)).toBe('2026-10-14');
    expect(publicationDueDate(cal, 'PLAN', '2026-09-29', settings)).toBeNull();
  });
  it('overdue only after the last day', () => {
    expect(isOverdue('2026-10-27', '2026-10-27')).toBe(false);
    expect(isOverdue('2026-10-27', '2026-10-28')).toBe(true);
    expect(isOverdue(null, '2030-01-01')).toBe(false);
  });
  it('the document digest is of its canonical JSON (key order does not matter)', () => {
    expect(documentSha256({ a: 1, b: '二' })).toBe(documentSha256({ b: '二', a: 1 }));
    expect(documentSha256({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });
});
