import { describe, expect, it } from 'vitest';
import { addYears, retentionFloor, retentionOf, validateRetentionYears } from './retention';

const noRule = { name: '对旅馆业的抽查', retentionYears: null };

describe('R42: how long inspection records are kept', () => {
  it('adds calendar years; 29 February ends on the last day of February (民法典 §202)', () => {
    expect(addYears('2026-11-25', 2)).toBe('2028-11-25');
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(retentionFloor('2026-11-25')).toBe('2028-11-25');
  });

  it('R42: while the target exists its lifetime decides: no end date yet, with the 2-year floor', () => {
    expect(retentionOf({ earliest: '2028-11-25', items: [noRule], targetTerminatedOn: null })).toEqual({
      basis: 'TARGET_LIFETIME',
      until: null,
      earliest: '2028-11-25',
      description: '检查对象存续期间及其注销后两年，且不少于两年（至少保存至 2028-11-25）',
    });
  });

  it('R42: a terminated target: termination + 2 years', () => {
    const r = retentionOf({ earliest: '2028-11-25', items: [noRule], targetTerminatedOn: '2030-03-01' });
    expect(r).toMatchObject({ basis: 'TARGET_LIFETIME', until: '2032-03-01', earliest: '2028-11-25' });
    expect(r.description).toContain('2030-03-01 注销');
  });

  it('R42: never less than 2 years from the last document, even when the target ended first', () => {
    const r = retentionOf({ earliest: '2028-11-25', items: [noRule], targetTerminatedOn: '2026-01-10' });
    expect(r).toMatchObject({ basis: 'MINIMUM', until: '2028-11-25' });
  });

  it('R42: an item rule wins when it is longer, and only then; the longest rule counts', () => {
    const items = [
      noRule,
      { name: '对易制毒化学品从业单位的检查', retentionYears: 10 },
      { name: '对印章业的抽查', retentionYears: 5 },
    ];
    const ended = retentionOf({ earliest: '2028-11-25', items, targetTerminatedOn: '2027-01-01' });
    expect(ended).toMatchObject({ basis: 'ITEM_RULE', until: '2036-11-25' });
    expect(ended.description).toBe('按检查事项「对易制毒化学品从业单位的检查」的规定保存 10 年（保存至 2036-11-25）');
    // An item without a rule keeps the records for the living target's lifetime: longer than any date.
    expect(retentionOf({ earliest: '2028-11-25', items, targetTerminatedOn: null })).toMatchObject({
      basis: 'TARGET_LIFETIME',
      until: null,
    });
    // Every item has its own rule: the rule applies instead of the lifetime (从其规定), even if the target lives on.
    expect(retentionOf({ earliest: '2028-11-25', items: items.slice(1), targetTerminatedOn: null })).toMatchObject({
      basis: 'ITEM_RULE',
      until: '2036-11-25',
    });
    // A rule of exactly two years is the floor itself, named as the rule.
    expect(
      retentionOf({ earliest: '2028-11-25', items: [{ name: 'x', retentionYears: 2 }], targetTerminatedOn: null }),
    ).toMatchObject({ basis: 'ITEM_RULE', until: '2028-11-25' });
  });

  it('R42: a rule counted from a floor of 28 February never ends a day early in a leap year', () => {
    expect(
      retentionOf({ earliest: '2026-02-28', items: [{ name: 'x', retentionYears: 4 }], targetTerminatedOn: null })
        .until,
    ).toBe('2028-02-29');
  });

  it('an item rule is a whole number of years, at least two', () => {
    expect(validateRetentionYears(null)).toBeNull();
    expect(validateRetentionYears(undefined)).toBeNull();
    expect(validateRetentionYears(30)).toBe(30);
    for (const bad of [1, 0, -3, 2.5, 101]) expect(() => validateRetentionYears(bad)).toThrow(/不少于两年/);
  });
});
