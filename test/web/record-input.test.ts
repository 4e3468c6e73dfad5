import { describe, expect, it } from 'vitest';
import { answerKey, newDraft, type RecordDraft } from '../../services/web/src/inspections/record/draft';
import { recordInput, refusedField } from '../../services/web/src/inspections/record/submit';
import { checklistLines, validateDraft } from '../../services/web/src/inspections/record/validate';

/*
 * What the phone's record page checks before sending and what it sends (services/web/src/inspections/record):
 * the API's rules mirrored in Chinese, the item-version ids taken from the inspection, the signature or the
 * refusal with its witness — never both — and a server refusal mapped back to the field it names.
 */
const lines = checklistLines([
  {
    id: 'v1',
    name: '对旅馆业的抽查',
    checkContents: [
      { no: 1, text: '是否按规定登记旅客身份信息' },
      { no: 2, text: '是否落实治安安全管理制度' },
    ],
  },
  { id: 'v2', name: '消防安全（无逐项内容）', checkContents: [] },
]);

function filled(change: Partial<RecordDraft> = {}): RecordDraft {
  return {
    ...newDraft('i1', { place: '叶县盐都街道 9 号', representative: '王经理', presentIds: ['a', 'b'] }),
    checkedFrom: '2020-05-06T09:00',
    checkedTo: '2020-05-06T10:30:15',
    findings: '旅客登记不全',
    answers: {
      [answerKey('v1', 1)]: { result: 'NORMAL', remark: '' },
      [answerKey('v1', 2)]: { result: 'ABNORMAL', remark: ' 2 名旅客未登记 ' },
      [answerKey('v2', 1)]: { result: 'NORMAL', remark: '' },
    },
    signature: { strokes: [], png: 'data:image/png;base64,AA==' },
    signatureRef: 'evidence:e1',
    ...change,
  };
}

describe('the on-site record as the phone sends it', () => {
  it('takes an item without lines as one line named after it, as the API does', () => {
    expect(lines.map((l) => [l.itemVersionId, l.no, l.text])).toEqual([
      ['v1', 1, '是否按规定登记旅客身份信息'],
      ['v1', 2, '是否落实治安安全管理制度'],
      ['v2', 1, '消防安全（无逐项内容）'],
    ]);
  });

  it('refuses in Chinese before sending: 不正常 without a remark, a line unanswered, one inspector, no signature', () => {
    expect(validateDraft(filled(), lines)).toEqual({});
    const d = filled({
      presentIds: ['a'],
      signature: null,
      answers: { [answerKey('v1', 2)]: { result: 'ABNORMAL', remark: '  ' } },
    });
    expect(validateDraft(d, lines)).toEqual({
      presentIds: '到场检查人员至少 2 人（R29）',
      'answer:v1#1': '请选择“正常”或“不正常”',
      'answer:v1#2': '“不正常”的检查内容须写明情况',
      'answer:v2#1': '请选择“正常”或“不正常”',
      signature: '请检查对象在签名区签字',
    });
    expect(validateDraft(filled({ confirm: 'REFUSE', refusalReason: ' ' }), lines)).toEqual({
      refusalReason: '请写明未能签字的原因',
    });
    expect(validateDraft(filled({ checkedTo: '2020-05-06T08:59' }), lines)).toEqual({
      checkedTo: '检查结束时间须晚于开始时间',
    });
  });

  it('sends the signature, or the refusal with its witness, never both', () => {
    const signed = recordInput(filled({ witness: '李四' }), lines);
    expect(signed).toMatchObject({ signatureRef: 'evidence:e1', refusalReason: null, witness: null });
    expect(signed.answers).toEqual([
      { itemVersionId: 'v1', no: 1, result: 'NORMAL', remark: null },
      { itemVersionId: 'v1', no: 2, result: 'ABNORMAL', remark: '2 名旅客未登记' },
      { itemVersionId: 'v2', no: 1, result: 'NORMAL', remark: null },
    ]);
    const refused = recordInput(
      filled({ confirm: 'REFUSE', refusalReason: ' 负责人拒绝签字 ', witness: '李四' }),
      lines,
    );
    expect(refused).toMatchObject({ signatureRef: null, refusalReason: '负责人拒绝签字', witness: '李四' });
    expect(new Date(refused.checkedTo).getTime()).toBeGreaterThan(new Date(refused.checkedFrom).getTime());
  });

  it('leaves an unanswered line out (the server names it) and maps a refusal back to its field', () => {
    const d = filled({ answers: { [answerKey('v1', 2)]: { result: 'ABNORMAL', remark: '' } } });
    expect(recordInput(d, lines).answers.map((a) => a.no)).toEqual([2]);
    expect(refusedField('answers.0.remark', d, lines)).toBe('answer:v1#2');
    expect(refusedField('checkedFrom', d, lines)).toBe('checkedFrom');
    expect(refusedField('presentInspectorIds', d, lines)).toBe('presentIds');
    expect(refusedField('signatureRef', d, lines)).toBe('signature');
    expect(refusedField('inspectionId', d, lines)).toBe('inspectionId');
    expect(refusedField(null, d, lines)).toBeNull();
  });

  it('R44/R43: online monitoring asks no signature; a third-party test names its body and report, sent only with the method', () => {
    const online = filled({ methods: ['ONLINE_MONITORING'], signature: null, signatureRef: null });
    expect(validateDraft(online, lines)).toEqual({});
    expect(recordInput(online, lines)).toMatchObject({ signatureRef: null, refusalReason: null, witness: null });
    expect(recordInput(online, lines)).not.toHaveProperty('thirdPartyBody');
    const tested = filled({ methods: ['ONLINE_MONITORING', 'THIRD_PARTY_TEST'], signature: null, signatureRef: null });
    expect(validateDraft(tested, lines)).toEqual({
      thirdPartyBody: '请填写检测机构（或出具结论的部门）',
      thirdPartyReportNo: '请填写检测报告编号',
    });
    const named = { ...tested, thirdPartyBody: ' 河南省消防技术服务中心 ', thirdPartyReportNo: 'HX-2026-0117' };
    expect(validateDraft(named, lines)).toEqual({});
    expect(recordInput(named, lines)).toMatchObject({
      thirdPartyBody: '河南省消防技术服务中心',
      thirdPartyReportNo: 'HX-2026-0117',
    });
    expect(refusedField('thirdPartyReportNo', named, lines)).toBe('thirdPartyReportNo');
    // On site, R36 still asks the signature.
    expect(validateDraft({ ...named, methods: ['ON_SITE', 'THIRD_PARTY_TEST'] }, lines)).toEqual({
      signature: '请检查对象在签名区签字',
    });
  });
});
