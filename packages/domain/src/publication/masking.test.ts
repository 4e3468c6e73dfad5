import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support';
import { maskDocument, type DocumentDraft } from './mask-document';
import { maskHomeAddress, maskIdNumber, maskPersonName, maskPersonalNumbersInText, maskPhone } from './mask-values';
import { PUBLICATION_FIELDS, ruleOf, type PartyCategory, type PublicationField } from './masking-rules';
import { isMinorOn, partyCategoryOf } from './party';

const ID = '410422199001011234';
const PHONE = '15200009276';
const HOME = '河南省平顶山市叶县昆阳镇建设路12号3单元';

describe('R48 masks, one by one', () => {
  it('ID number: first 6 and last 4 kept', () => {
    expect(maskIdNumber(ID)).toBe('410422********1234');
    expect(maskIdNumber('12345')).toBe('*****');
  });
  it('phone: 152****9276; a landline keeps 3 and 4', () => {
    expect(maskPhone(PHONE)).toBe('152****9276');
    expect(maskPhone('0375-8123456')).toBe('037****3456');
    expect(maskPhone('110')).toBe('***');
  });
  it('home address: down to the county, whatever leads it', () => {
    expect(maskHomeAddress(HOME)).toBe('河南省平顶山市叶县');
    expect(maskHomeAddress('北京市朝阳区建国路88号')).toBe('北京市朝阳区');
    expect(maskHomeAddress('辽宁省盘锦市大洼区田家街道')).toBe('辽宁省盘锦市大洼区');
    expect(maskHomeAddress('河南省郑州市新郑市新建路1号')).toBe('河南省郑州市新郑市');
    expect(maskHomeAddress('叶县昆阳镇')).toBe('叶县');
    expect(maskHomeAddress('北京市通州区梨园镇')).toBe('北京市通州区');
    expect(maskHomeAddress('广东省广州市天河区体育西路')).toBe('广东省广州市天河区');
    expect(maskHomeAddress('建设路12号')).toBe('');
  });
  it('R48 text a person wrote: ID numbers (18 and 15 digits) and mobile numbers inside it masked, other numbers as written', () => {
    expect(maskPersonalNumbersInText(`当事人${ID}（15位旧证410422900101123），手机${PHONE}或+86 152-0000-9276`)).toBe(
      '当事人410422********1234（15位旧证410422*****1123），手机152****9276或152****9276',
    );
    expect(maskPersonalNumbersInText('41042219900101123x 持证')).toBe('410422********123x 持证');
    // Amounts, document numbers, dates, a credit code with letters, a longer run of digits: untouched.
    const plain =
      '罚款人民币500元，叶公（治）行罚决字〔2026〕131号，2026年12月5日，91410422MA47XQ2X1B，订单1381234567890';
    expect(maskPersonalNumbersInText(plain)).toBe(plain);
  });
  it("person's name: 张* (first character kept)", () => {
    expect(maskPersonName('张三')).toBe('张*');
    expect(maskPersonName('张三丰')).toBe('张**');
    expect(maskPersonName('张')).toBe('张*');
  });
});

const company = { holderKind: 'ORGANISATION', uscc: '91410422MA44ABCD1X', residentId: null } as const;
const individualBusiness = { holderKind: 'PERSON', uscc: '92410422MA44ABCD2Y', residentId: ID } as const;
const naturalPerson = { holderKind: 'PERSON', uscc: null, residentId: ID } as const;

function draftOf(party: PartyCategory): DocumentDraft {
  return {
    party,
    fields: {
      partyName: '张三',
      creditCode: '91410422MA44ABCD1X',
      idNumber: ID,
      legalRepresentative: '李四',
      address: HOME,
      phone: PHONE,
      result: '未发现问题',
      items: ['治安保卫制度'],
      amount: 0.5,
    },
  };
}

describe('R48 the masking table, field by field, for the three kinds of party', () => {
  it('tells a company, an individual business (92…) and a natural person apart', () => {
    expect(partyCategoryOf(company)).toBe('ORGANISATION');
    expect(partyCategoryOf(individualBusiness)).toBe('INDIVIDUAL_BUSINESS');
    expect(partyCategoryOf(naturalPerson)).toBe('NATURAL_PERSON');
  });

  const expected: Record<PartyCategory, Record<string, unknown>> = {
    ORGANISATION: {
      partyName: '张三',
      creditCode: '91410422MA44ABCD1X',
      legalRepresentative: '李四',
      address: HOME,
      phone: '152****9276',
    },
    INDIVIDUAL_BUSINESS: {
      partyName: '张三',
      creditCode: '91410422MA44ABCD1X',
      idNumber: '410422********1234',
      legalRepresentative: '李*',
      address: HOME,
      phone: '152****9276',
    },
    NATURAL_PERSON: {
      partyName: '张*',
      idNumber: '410422********1234',
      address: '河南省平顶山市叶县',
      phone: '152****9276',
    },
  };
  for (const party of ['ORGANISATION', 'INDIVIDUAL_BUSINESS', 'NATURAL_PERSON'] as const) {
    it(`${party}: each field as its rule says, public fields as they are`, () => {
      const { fields } = maskDocument(draftOf(party));
      expect(fields).toEqual({ ...expected[party], result: '未发现问题', items: ['治安保卫制度'], amount: 0.5 });
    });
  }

  it('every field has a label and a rule for every party; no phone or ID number rule is PUBLIC', () => {
    for (const field of Object.keys(PUBLICATION_FIELDS) as PublicationField[]) {
      expect(PUBLICATION_FIELDS[field].label.length).toBeGreaterThan(0);
      for (const party of ['ORGANISATION', 'INDIVIDUAL_BUSINESS', 'NATURAL_PERSON'] as const) {
        const rule = ruleOf(field, party);
        if (field === 'phone' || field === 'idNumber') expect(rule).not.toBe('PUBLIC');
      }
    }
  });

  it('fields the approver marks secret or private are removed; an unknown field is refused', () => {
    const { fields } = maskDocument(draftOf('ORGANISATION'), ['address', 'phone']);
    expect(fields).not.toHaveProperty('address');
    expect(fields).not.toHaveProperty('phone');
    expect(errorOf(() => maskDocument(draftOf('ORGANISATION'), ['salary'])).code).toBe('UNKNOWN_PUBLICATION_FIELD');
    const stray = { party: 'ORGANISATION', fields: { homePhone: '1' } } as unknown as DocumentDraft;
    expect(errorOf(() => maskDocument(stray)).code).toBe('UNKNOWN_PUBLICATION_FIELD');
  });

  it('nothing about minors: a document concerning a minor is refused', () => {
    expect(isMinorOn('410422201001011234', '2026-10-08')).toBe(true);
    expect(isMinorOn('410422200801011234', '2026-10-08')).toBe(false);
    expect(isMinorOn(null, '2026-10-08')).toBe(false);
    const draft = { ...draftOf('NATURAL_PERSON'), concernsMinor: true };
    expect(errorOf(() => maskDocument(draft)).code).toBe('PUBLICATION_CONCERNS_MINOR');
  });
});
