import { describe, expect, it } from 'vitest';
import { cleanList, distinct, isPhoneNumber, isRegionCode, regionInDivision, trimmedOrNull } from './directory-rules';

describe('directory rules', () => {
  it('region codes have 6, 9 or 12 digits', () => {
    expect(['410422', '410422100', '410422100200'].every(isRegionCode)).toBe(true);
    expect(['41042', '4104221', '41042210', 'abcdef', ''].some(isRegionCode)).toBe(false);
  });

  it('a region lies in the division of a city or county bureau; a province bureau covers all', () => {
    expect(regionInDivision('410422100', { level: 'COUNTY', divisionCode: '410422' })).toBe(true);
    expect(regionInDivision('410423', { level: 'COUNTY', divisionCode: '410422' })).toBe(false);
    expect(regionInDivision('110101', { level: 'PROVINCE', divisionCode: '41' })).toBe(true);
  });

  it('phone numbers: 5 to 20 digits, spaces, +, - or brackets', () => {
    expect(isPhoneNumber('0375-1234567')).toBe(true);
    expect(isPhoneNumber('+86 (375) 123')).toBe(true);
    expect(isPhoneNumber('1234')).toBe(false);
    expect(isPhoneNumber('电话 12345')).toBe(false);
  });

  it('lists typed by hand lose blanks and repeats; texts become null when empty', () => {
    expect(cleanList([' 旅馆 ', '', '旅馆', '网吧 '])).toEqual(['旅馆', '网吧']);
    expect(distinct(['a', 'b', 'a'])).toEqual(['a', 'b']);
    expect(trimmedOrNull('  ')).toBeNull();
    expect(trimmedOrNull(undefined)).toBeNull();
    expect(trimmedOrNull(' x ')).toBe('x');
  });
});
