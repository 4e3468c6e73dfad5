import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { checkConfirmation, checkPresentTeam, checkThirdParty, textOrNull, validateChecklist } from './record-rules';

const versions = new Map([
  [
    'v1',
    {
      name: '消防',
      checkContents: [
        { no: 1, text: '通道畅通' },
        { no: 2, text: '灭火器有效' },
      ],
    },
  ],
  ['v2', { name: '治安登记', checkContents: [] }],
]);
const ids = ['v1', 'v2'];
const all = [
  { itemVersionId: 'v1', no: 1, result: 'NORMAL' as const },
  { itemVersionId: 'v1', no: 2, result: 'ABNORMAL' as const, remark: ' 过期 ' },
  { itemVersionId: 'v2', no: 1, result: 'NORMAL' as const, remark: '  ' },
];

function refusal(f: () => unknown): { code: string; field?: string } {
  try {
    f();
  } catch (err) {
    if (err instanceof DomainError) return { code: err.code, field: err.field };
    throw err;
  }
  throw new Error('not refused');
}

describe('checklist (R45)', () => {
  it('answers every line once, with the line text; an item without lines is answered by its name', () => {
    expect(validateChecklist(ids, versions, all)).toEqual([
      { itemVersionId: 'v1', no: 1, text: '通道畅通', result: 'NORMAL', remark: null },
      { itemVersionId: 'v1', no: 2, text: '灭火器有效', result: 'ABNORMAL', remark: '过期' },
      { itemVersionId: 'v2', no: 1, text: '治安登记', result: 'NORMAL', remark: null },
    ]);
  });

  it('refuses an item outside the inspection, an unknown or repeated line, a bare ABNORMAL and a missing line', () => {
    expect(refusal(() => validateChecklist(ids, versions, [{ itemVersionId: 'v9', no: 1, result: 'NORMAL' }]))).toEqual(
      { code: 'ITEM_NOT_IN_INSPECTION', field: 'answers.0.itemVersionId' },
    );
    expect(refusal(() => validateChecklist(ids, versions, [{ itemVersionId: 'v1', no: 7, result: 'NORMAL' }]))).toEqual(
      { code: 'CHECK_CONTENT_UNKNOWN', field: 'answers.0.no' },
    );
    expect(refusal(() => validateChecklist(ids, versions, [all[0]!, all[0]!]))).toEqual({
      code: 'CHECK_CONTENT_REPEATED',
      field: 'answers.1.no',
    });
    expect(refusal(() => validateChecklist(ids, versions, [{ ...all[1]!, remark: ' ' }]))).toEqual({
      code: 'REMARK_REQUIRED',
      field: 'answers.0.remark',
    });
    expect(refusal(() => validateChecklist(ids, versions, all.slice(0, 2)))).toEqual({
      code: 'CHECKLIST_INCOMPLETE',
      field: 'answers',
    });
  });
});

describe('confirmation and team present (R29, R36)', () => {
  it('takes a signature or a refusal, never both or neither; a witness only with a refusal', () => {
    const onSite = true;
    expect(() => checkConfirmation({ signature: 'evidence:x', refusal: null, witness: null, onSite })).not.toThrow();
    expect(() => checkConfirmation({ signature: null, refusal: '拒签', witness: '张三', onSite })).not.toThrow();
    expect(refusal(() => checkConfirmation({ signature: 's', refusal: 'r', witness: null, onSite })).code).toBe(
      'SIGNATURE_AND_REFUSAL',
    );
    expect(refusal(() => checkConfirmation({ signature: null, refusal: null, witness: null, onSite })).code).toBe(
      'CONFIRMATION_REQUIRED',
    );
    expect(refusal(() => checkConfirmation({ signature: 's', refusal: null, witness: 'w', onSite })).code).toBe(
      'WITNESS_WITHOUT_REFUSAL',
    );
  });

  it('R44: a check without a visit (online monitoring) needs no signature nor refusal; the other rules stay', () => {
    const offSite = { signature: null, refusal: null, witness: null, onSite: false };
    expect(() => checkConfirmation(offSite)).not.toThrow();
    expect(refusal(() => checkConfirmation({ ...offSite, witness: 'w' })).code).toBe('WITNESS_WITHOUT_REFUSAL');
    expect(refusal(() => checkConfirmation({ ...offSite, signature: 's', refusal: 'r' })).code).toBe(
      'SIGNATURE_AND_REFUSAL',
    );
  });

  it('R43: a third-party test names its body and report number; other methods name neither', () => {
    const named = { body: '河南省消防技术服务中心', reportNo: 'HX-2026-0117' };
    expect(() => checkThirdParty(['ON_SITE', 'THIRD_PARTY_TEST'], named)).not.toThrow();
    expect(() => checkThirdParty(['ON_SITE'], { body: null, reportNo: null })).not.toThrow();
    expect(refusal(() => checkThirdParty(['THIRD_PARTY_TEST'], { ...named, body: null }))).toEqual({
      code: 'THIRD_PARTY_REQUIRED',
      field: 'thirdPartyBody',
    });
    expect(refusal(() => checkThirdParty(['THIRD_PARTY_TEST'], { ...named, reportNo: null }))).toEqual({
      code: 'THIRD_PARTY_REQUIRED',
      field: 'thirdPartyReportNo',
    });
    expect(refusal(() => checkThirdParty(['ONLINE_MONITORING'], named))).toEqual({
      code: 'THIRD_PARTY_WITHOUT_TEST',
      field: 'thirdPartyBody',
    });
  });

  it('needs two distinct members present', () => {
    const members = new Set(['a', 'b', 'c']);
    expect(checkPresentTeam(['a', 'b', 'a'], members)).toEqual(['a', 'b']);
    expect(refusal(() => checkPresentTeam(['a', 'x'], members)).code).toBe('NOT_ON_INSPECTION');
    expect(refusal(() => checkPresentTeam(['a', 'a'], members)).code).toBe('TEAM_TOO_SMALL');
  });

  it('keeps optional text trimmed or null', () => {
    expect(textOrNull('  a ')).toBe('a');
    expect(textOrNull('   ')).toBeNull();
    expect(textOrNull(undefined)).toBeNull();
  });
});
