import { describe, expect, it } from 'vitest';
import { BUSINESS_CATEGORY_TABLE, businessCategoryByName, businessCategorySpellings } from './business-categories';

describe('R9: the business category table (names and accepted short forms)', () => {
  it('gives every spelling to one category only', () => {
    const owners = new Map<string, string>();
    for (const c of BUSINESS_CATEGORY_TABLE) {
      for (const s of businessCategorySpellings(c.code)) {
        const key = s.normalize('NFKC').toUpperCase();
        expect(owners.get(key) ?? c.code, `${s} is listed for two categories`).toBe(c.code);
        owners.set(key, c.code);
      }
    }
  });

  it('accepts exactly what the table lists: name, name without brackets, short form, code; full-width and spaces ignored', () => {
    for (const c of BUSINESS_CATEGORY_TABLE)
      for (const s of businessCategorySpellings(c.code)) expect(businessCategoryByName(s)).toBe(c.code);
    expect(businessCategoryByName('互联网上网服务营业场所(网吧)')).toBe('INTERNET_CAFE');
    expect(businessCategoryByName(' 旅 馆 业 ')).toBe('HOTEL');
    expect(businessCategoryByName('ｈｏｔｅｌ')).toBe('HOTEL');
    // No guessing from a substring: a word that merely contains a short form is refused.
    expect(businessCategoryByName('赌场')).toBeNull();
    expect(businessCategoryByName('宾馆和网吧')).toBeNull();
  });
});
