import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import {
  checkCreditClosing,
  checkCreditListing,
  creditEntryInForce,
  publicCreditEntry,
  type CreditEntryFacts,
} from './credit';
import { DEFAULT_RISK_RULE, creditRiskFactors, drawWeight, riskLevel, type RiskFactorEntry } from './risk';

const TODAY = '2026-12-04';

function refusal(fn: () => unknown): { code: string; field?: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, field: e.field, message: e.message };
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('R50 credit listings', () => {
  it('R50: a listing is trimmed; a blacklist needs its restrictions, other lists take none', () => {
    expect(
      checkCreditListing(
        { list: 'BLACKLIST', reason: ' 未落实实名登记 ', listedOn: '2026-12-01', restrictions: [' 行业禁入 ', ''] },
        TODAY,
      ),
    ).toEqual({ list: 'BLACKLIST', reason: '未落实实名登记', listedOn: '2026-12-01', restrictions: ['行业禁入'] });
    expect(
      refusal(() =>
        checkCreditListing({ list: 'BLACKLIST', reason: 'x', listedOn: TODAY, restrictions: [' '] }, TODAY),
      ),
    ).toMatchObject({
      code: 'CREDIT_RESTRICTIONS_REQUIRED',
      field: 'restrictions',
    });
    expect(
      refusal(() =>
        checkCreditListing(
          { list: 'ABNORMAL_OPERATION', reason: 'x', listedOn: TODAY, restrictions: ['行业禁入'] },
          TODAY,
        ),
      ),
    ).toMatchObject({ code: 'CREDIT_RESTRICTIONS_NOT_ALLOWED', message: '只有黑名单可以写限制措施' });
  });

  it('R50: a missing reason, a future or malformed day are refused with codes and Chinese messages', () => {
    const base = { list: 'SERIOUS_DISHONESTY' as const, reason: '拒不改正', listedOn: TODAY, restrictions: [] };
    expect(refusal(() => checkCreditListing({ ...base, reason: '  ' }, TODAY))).toEqual({
      code: 'CREDIT_REASON_REQUIRED',
      field: 'reason',
      message: '列入原因不能为空',
    });
    expect(refusal(() => checkCreditListing({ ...base, reason: '长'.repeat(501) }, TODAY)).code).toBe(
      'CREDIT_REASON_TOO_LONG',
    );
    expect(refusal(() => checkCreditListing({ ...base, listedOn: '2026-12-05' }, TODAY))).toMatchObject({
      code: 'CREDIT_DATE_IN_FUTURE',
      field: 'listedOn',
    });
    expect(refusal(() => checkCreditListing({ ...base, listedOn: '2026-02-30' }, TODAY)).code).toBe('INVALID_DATE');
  });

  it('R50: only an open entry closes, once, with a reason, not before its listing day', () => {
    const open = { state: 'LISTED' as const, listedOn: '2026-11-01', removedOn: null };
    expect(checkCreditClosing(open, { reason: ' 已整改 ', closedOn: '2026-12-01' }, TODAY)).toEqual({
      reason: '已整改',
      closedOn: '2026-12-01',
    });
    expect(refusal(() => checkCreditClosing(open, { reason: '', closedOn: TODAY }, TODAY))).toMatchObject({
      code: 'CREDIT_REASON_REQUIRED',
      message: '移出原因不能为空',
    });
    expect(refusal(() => checkCreditClosing(open, { reason: 'x', closedOn: '2026-10-31' }, TODAY)).code).toBe(
      'CREDIT_DATE_BEFORE_LISTING',
    );
    const removed = { state: 'REMOVED' as const, listedOn: '2026-11-01', removedOn: '2026-12-01' };
    expect(refusal(() => checkCreditClosing(removed, { reason: 'x', closedOn: TODAY }, TODAY))).toEqual({
      code: 'CREDIT_ENTRY_CLOSED',
      field: 'entryId',
      message: '该名单条目已于 2026-12-01 移出，不能再次移出或修复',
    });
  });

  it('R50: an entry applies from its listing day up to, not including, its removal day', () => {
    const e = { listedOn: '2026-11-01', removedOn: '2026-12-01' };
    expect(['2026-10-31', '2026-11-01', '2026-11-30', '2026-12-01'].map((d) => creditEntryInForce(e, d))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(creditEntryInForce({ listedOn: '2026-11-01', removedOn: null }, '2030-01-01')).toBe(true);
  });
});

describe('R51 credit → draw weight (the credit rule of risk.ts)', () => {
  const entry = (list: 'ABNORMAL_OPERATION' | 'SERIOUS_DISHONESTY' | 'BLACKLIST', removedOn: string | null = null) => ({
    id: 'e1',
    list,
    listedOn: '2026-11-01',
    removedOn,
  });
  const weight = (factors: RiskFactorEntry[], on = TODAY) => drawWeight(factors, [], DEFAULT_RISK_RULE, on);

  it('R51: serious dishonesty doubles the weight (HIGH); the abnormal list and a blacklist raise it by half', () => {
    expect(weight(creditRiskFactors([]))).toBe(10);
    expect(weight(creditRiskFactors([entry('SERIOUS_DISHONESTY')]))).toBe(20);
    expect(riskLevel(20)).toBe('HIGH');
    expect(weight(creditRiskFactors([entry('ABNORMAL_OPERATION')]))).toBe(15);
    expect(weight(creditRiskFactors([entry('BLACKLIST')]))).toBe(15);
    expect(creditRiskFactors([entry('BLACKLIST')])[0]).toEqual({
      factor: 'SERIOUS_VIOLATION',
      since: '2026-11-01',
      until: null,
      source: '信用名单 e1',
    });
  });

  it('R51: the same fact is not counted twice; a removed entry stops counting on its removal day', () => {
    const recorded: RiskFactorEntry = { factor: 'ABNORMAL_OR_DISHONEST_LIST', since: '2026-01-01', source: '手工登记' };
    expect(weight([recorded, ...creditRiskFactors([entry('ABNORMAL_OPERATION')])])).toBe(15);
    const removed = creditRiskFactors([entry('SERIOUS_DISHONESTY', '2026-12-01')]);
    expect(weight(removed, '2026-11-30')).toBe(20);
    expect(weight(removed, '2026-12-01')).toBe(10);
    expect(creditRiskFactors([{ ...entry('BLACKLIST', '2026-11-01') }])).toEqual([]);
  });
});

describe('R50 public fields of an entry (for publication)', () => {
  const facts: CreditEntryFacts = {
    list: 'BLACKLIST',
    state: 'LISTED',
    reason: '多次未核验上网人员身份',
    listedOn: '2026-11-20',
    restrictions: ['上网行为限制', '行业禁入'],
    causeDocumentNo: '南公（治）罚决字〔2026〕12号',
    removalReason: null,
    removedOn: null,
    target: { name: '南乐县星空网吧', holderKind: 'ORGANISATION', uscc: '91410923MA40000001' },
    bureauName: '南乐县公安局',
  };

  it('R50: an open entry shows its list, reason, day, authority and restrictions, nothing of a removal', () => {
    expect(publicCreditEntry(facts)).toEqual({
      名称: '南乐县星空网吧',
      主体类别: '单位',
      统一社会信用代码: '91410923MA40000001',
      名单: '黑名单',
      列入原因: '多次未核验上网人员身份',
      列入依据: '南公（治）罚决字〔2026〕12号',
      列入日期: '2026-11-20',
      决定机关: '南乐县公安局',
      限制措施: ['上网行为限制', '行业禁入'],
      状态: '列入',
      移出原因: null,
      移出日期: null,
      移出决定机关: null,
    });
  });

  it('R50: a repaired entry shows its removal; a person shows no ID number and no internal ids leak', () => {
    const out = publicCreditEntry({
      ...facts,
      list: 'ABNORMAL_OPERATION',
      restrictions: [],
      state: 'REPAIRED',
      removalReason: '已完成信用修复',
      removedOn: '2026-12-02',
      target: { name: '张三', holderKind: 'PERSON', uscc: null },
    });
    expect(out).toMatchObject({
      主体类别: '个人',
      统一社会信用代码: null,
      名单: '经营异常名录',
      状态: '已信用修复',
      移出原因: '已完成信用修复',
      移出日期: '2026-12-02',
      移出决定机关: '南乐县公安局',
      限制措施: [],
    });
    expect(Object.keys(out).some((k) => /id|by/i.test(k))).toBe(false);
  });
});
