import { describe, expect, it } from 'vitest';
import { errorOf } from './test-support';
import { isValidResidentId, parseResidentId, residentIdCheckChar } from './resident-id';

const TODAY = '2025-06-30';

/** The two worked examples of GB 11643-1999, then numbers whose check char was computed separately. */
const VALID = [
  '11010519491231002X', // GB 11643 example: 北京市朝阳区, 1949-12-31, female
  '440524188001010014', // GB 11643 example: 广东省汕头市潮阳县, 1880-01-01, male
  '650102198001011234',
  '440305200002290010', // 2000 is a leap year
  '810000199912310012', // 港澳居民居住证 (Hong Kong), same format
  '830000200106150025', // 台湾居民居住证
  '210203196610154127',
];

/** A number that is correct except for whatever the first 17 digits get wrong. */
function withCheck(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

describe('公民身份号码 GB 11643', () => {
  it('R9: accepts the standard examples and computed numbers', () => {
    for (const id of VALID) expect(isValidResidentId(id, TODAY), id).toBe(true);
    for (const id of VALID) expect(residentIdCheckChar(id.slice(0, 17))).toBe(id[17]);
  });

  it('R9: parses division code, birth date and sex (position 17 odd = male)', () => {
    expect(parseResidentId('11010519491231002X', TODAY)).toEqual({
      divisionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'F',
    });
    expect(parseResidentId('440524188001010014', TODAY)).toEqual({
      divisionCode: '440524',
      birthDate: '1880-01-01',
      sex: 'M',
    });
    expect(parseResidentId('650102198001011234', TODAY).sex).toBe('M');
    expect(parseResidentId('210203196610154127', TODAY).sex).toBe('F');
  });

  it('R9: trims and accepts a lower-case x', () => {
    expect(parseResidentId(' 11010519491231002x ', TODAY).birthDate).toBe('1949-12-31');
  });

  it('R9: every single-character corruption is refused', () => {
    let tried = 0;
    for (const id of VALID) {
      for (let i = 0; i < 18; i++) {
        for (const ch of '0123456789X') {
          if (ch === id[i]) continue;
          const bad = id.slice(0, i) + ch + id.slice(i + 1);
          expect(isValidResidentId(bad, TODAY), bad).toBe(false);
          tried++;
        }
      }
    }
    expect(tried).toBe(VALID.length * 18 * 10);
  });

  it('R9: says what is wrong: length, character, check char', () => {
    expect(errorOf(() => parseResidentId('11010519491231002', TODAY))).toMatchObject({
      code: 'INVALID_RESIDENT_ID',
      message: '公民身份号码应为18位，实际为17位',
    });
    expect(errorOf(() => parseResidentId('110105194912310020X', TODAY)).message).toMatch(/实际为19位/);
    expect(errorOf(() => parseResidentId('1101051949123100XX', TODAY)).message).toMatch(/第17位字符“X”不合法/);
    expect(errorOf(() => parseResidentId('11010519491231002Y', TODAY)).message).toMatch(/第18位字符“Y”不合法/);
    expect(errorOf(() => parseResidentId('110105１9491231002X', TODAY)).message).toMatch(/第7位字符/);
    const e = errorOf(() => parseResidentId('110105194912310021', TODAY));
    expect(e.message).toMatch(/第18位应为“X”/);
    expect(e.details).toEqual({ position: 18, expected: 'X' });
  });

  it('R9: impossible birth dates are refused even with a correct check char', () => {
    for (const date of [
      '20230229',
      '19000229',
      '19491301',
      '19490001',
      '19490100',
      '19490431',
      '17991231',
      '00000000',
    ]) {
      const id = withCheck(`110105${date}002`);
      expect(errorOf(() => parseResidentId(id, TODAY)).message, date).toMatch(/出生日期“\d{8}”不是有效日期/);
    }
    expect(isValidResidentId(withCheck('11010520240229002'), TODAY)).toBe(true); // 2024 is a leap year
    expect(isValidResidentId(withCheck('11010518000101002'), TODAY)).toBe(true);
  });

  it('R9: a birth date after today is refused; today itself is fine', () => {
    const id = withCheck('11010520250630001');
    expect(isValidResidentId(id, '2025-06-30')).toBe(true);
    expect(errorOf(() => parseResidentId(id, '2025-06-29')).message).toMatch(/晚于今天/);
    expect(() => parseResidentId(id, '20250630')).toThrow(RangeError);
  });

  it('R9: the division code needs a province prefix', () => {
    for (const prefix of ['00', '10', '16', '24', '47', '55', '66', '70', '80', '84', '99']) {
      const id = withCheck(`${prefix}010519491231002`);
      expect(errorOf(() => parseResidentId(id, TODAY)).message, prefix).toMatch(/地址码/);
    }
    for (const prefix of ['11', '15', '21', '23', '37', '46', '50', '54', '65', '71', '82']) {
      expect(isValidResidentId(withCheck(`${prefix}010519491231002`), TODAY), prefix).toBe(true);
    }
  });

  it('R9: check char 10 maps to X', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(() => residentIdCheckChar('1101051949123100')).toThrow(RangeError);
  });
});
