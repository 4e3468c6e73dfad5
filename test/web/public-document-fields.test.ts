import { describe, expect, it } from 'vitest';
import { PUBLICATION_FIELDS } from '@dsr/domain';
import { fieldsOf, formatOf, parseDocument, textOf } from '../../services/web/src/public/document-fields';
import { fieldLabel, orderedFields } from '../../services/web/src/public/labels';

/** A frozen INSPECTION_RESULT as publication-document.ts writes it (envelope, party, masked fields). */
const FROZEN = {
  format: 'dsr-publication-1',
  kind: 'INSPECTION_RESULT',
  seriesId: '01a23f1d-68f3-78b9-8d0f-b88fc3bd0153',
  version: 2,
  action: 'CORRECT',
  supersedesId: '01a23f1d-68f3-78b9-8d0f-b88fc3bd0153',
  supersedeReason: '结果填写有误',
  publishedAt: '2026-12-04T03:33:41.962Z',
  party: 'INDIVIDUAL_BUSINESS',
  fields: { result: '未发现问题', partyName: '叶县某某小吃店', legalRepresentative: '张*', items: ['甲', '乙'] },
};

/** The portal's reading of a frozen document (services/web/src/public): every field shown, none silently dropped. */
describe('public portal: a document’s fields and their labels', () => {
  it('shows the masked fields in the kind’s order, without the envelope the page shows itself (ids only in addresses)', () => {
    const fields = fieldsOf(parseDocument(JSON.stringify(FROZEN)));
    expect(orderedFields('INSPECTION_RESULT', fields)).toEqual([
      'partyName',
      'legalRepresentative',
      'result',
      'items',
      'party',
    ]);
    expect(fields.party).toBe('个体工商户');
    expect(JSON.stringify(fields)).not.toContain(FROZEN.seriesId);
    expect(formatOf(parseDocument(JSON.stringify(FROZEN)))).toBe('dsr-publication-1');
    expect(textOf(fields, 'items')).toBe('甲、乙');
  });

  it('keeps what it does not know: unknown keys (by their own names), other shapes, text that is not JSON', () => {
    const list = {
      format: 'dsr-publication-1',
      kind: 'ITEM_LIST',
      fields: { rows: [{ itemName: '对旅馆业的抽查', x: 1 }] },
      extra: '附注',
    };
    const fields = fieldsOf(parseDocument(JSON.stringify(list)));
    expect(fields).toEqual({ rows: [{ itemName: '对旅馆业的抽查', x: 1 }], extra: '附注' });
    expect(fieldLabel('ITEM_LIST', 'rows')).toBe('rows');
    expect(fieldLabel('ITEM_LIST', 'itemName')).toBe('抽查事项');
    expect(fieldsOf(parseDocument(JSON.stringify({ record: { drawId: 'd' } })))).toEqual({ record: { drawId: 'd' } });
    expect(fieldsOf(parseDocument('not json'))).toEqual({ 内容: 'not json' });
  });

  it('labels every field of the masking table in Chinese, with the kind’s own words first', () => {
    for (const [field, rule] of Object.entries(PUBLICATION_FIELDS)) {
      expect(fieldLabel(null, field)).toBe(rule.label);
      expect(fieldLabel('PENALTY_RESULT', field)).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(fieldLabel('INSPECTION_RESULT', 'result')).toBe('检查结果');
    expect(fieldLabel('PENALTY_RESULT', 'partyName')).toBe('行政相对人名称');
  });
});
