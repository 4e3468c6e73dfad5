import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import {
  DEFAULT_RISK_RULE,
  drawWeight,
  riskLevel,
  riskRule,
  type RiskFactorEntry,
  type RiskMitigationEntry,
} from './risk';

const D = DEFAULT_RISK_RULE;
const ON = '2025-03-15';

function f(factor: RiskFactorEntry['factor'], since = '2024-01-01', until: string | null = null): RiskFactorEntry {
  return { factor, since, until, source: '测试' };
}
function m(factor: RiskMitigationEntry['factor'], since = '2024-01-01', until?: string | null): RiskMitigationEntry {
  return { factor, since, until, source: '信用中国' };
}

describe('risk → draw weight', () => {
  it('R27: documented defaults: base 10, +5 per factor, −3 per mitigation, within [1, 40]', () => {
    expect(D).toEqual({ base: 10, increment: 5, decrement: 3, min: 1, max: 40 });
    expect(drawWeight([], [], D, ON)).toBe(10);
    expect(drawWeight([f('SERIOUS_VIOLATION')], [], D, ON)).toBe(15);
    expect(drawWeight([f('SERIOUS_VIOLATION'), f('MANY_COMPLAINTS')], [], D, ON)).toBe(20);
    expect(drawWeight([], [m('GOOD_CREDIT')], D, ON)).toBe(7);
    expect(drawWeight([], [m('GOOD_CREDIT'), m('LOW_RISK')], D, ON)).toBe(4);
    expect(drawWeight([f('PUBLIC_SAFETY_TRADE')], [m('GOOD_CREDIT')], D, ON)).toBe(12);
  });

  it('R10: all six factors reach the cap of 40 exactly; a larger increment is clamped to it', () => {
    const all = (
      [
        'PUBLIC_SAFETY_TRADE',
        'SERIOUS_VIOLATION',
        'ABNORMAL_OR_DISHONEST_LIST',
        'MANY_COMPLAINTS',
        'REFUSED_CHECK',
        'OTHER',
      ] as const
    ).map((k) => f(k));
    expect(drawWeight(all, [], D, ON)).toBe(40);
    expect(drawWeight(all, [], riskRule({ increment: 10 }), ON)).toBe(40);
    expect(drawWeight(all, [], riskRule({ max: 100, increment: 10 }), ON)).toBe(70);
  });

  it('R10: the weight is never below the minimum, so every target keeps a chance', () => {
    const rule = riskRule({ decrement: 9 });
    expect(drawWeight([], [m('GOOD_CREDIT'), m('LOW_RISK')], rule, ON)).toBe(1);
    expect(drawWeight([], [m('GOOD_CREDIT'), m('LOW_RISK')], riskRule({ min: 5, decrement: 9 }), ON)).toBe(5);
  });

  it('R10: a factor recorded twice counts once', () => {
    expect(drawWeight([f('MANY_COMPLAINTS'), f('MANY_COMPLAINTS', '2025-01-01')], [], D, ON)).toBe(15);
    expect(drawWeight([], [m('GOOD_CREDIT'), m('GOOD_CREDIT', '2023-01-01')], D, ON)).toBe(7);
  });

  it('R10: only entries active on the date count; since and until are inclusive', () => {
    const e = f('ABNORMAL_OR_DISHONEST_LIST', '2025-03-15', '2025-06-30');
    expect(drawWeight([e], [], D, '2025-03-14')).toBe(10);
    expect(drawWeight([e], [], D, '2025-03-15')).toBe(15);
    expect(drawWeight([e], [], D, '2025-06-30')).toBe(15);
    expect(drawWeight([e], [], D, '2025-07-01')).toBe(10);
    // Removed from the list, then listed again later: counts only while listed.
    const again = f('ABNORMAL_OR_DISHONEST_LIST', '2025-09-01');
    expect(drawWeight([e, again], [], D, '2025-08-01')).toBe(10);
    expect(drawWeight([e, again], [], D, '2025-09-01')).toBe(15);
    // An expired mitigation no longer lowers the weight.
    expect(drawWeight([], [m('LOW_RISK', '2023-01-01', '2024-12-31')], D, ON)).toBe(10);
  });

  it('R10: malformed entries are refused', () => {
    expect(() => drawWeight([f('REFUSED_CHECK', '2025-03-01', '2025-02-01')], [], D, ON)).toThrow(DomainError);
    expect(() => drawWeight([f('REFUSED_CHECK', '2025/03/01')], [], D, ON)).toThrow(/YYYY-MM-DD/);
    expect(() => drawWeight([{ factor: 'BAD' as never, since: '2024-01-01', source: 'x' }], [], D, ON)).toThrow(/未知/);
    expect(() => drawWeight([], [], D, '15/03/2025')).toThrow(RangeError);
  });

  it('R10: a bureau rule overrides the defaults and is checked', () => {
    expect(riskRule()).toEqual(D);
    expect(riskRule({ increment: 8 })).toEqual({ ...D, increment: 8 });
    for (const bad of [{ min: 0 }, { base: 0 }, { max: 9 }, { increment: 1.5 }, { decrement: -1 }, { min: 11 }]) {
      try {
        riskRule(bad);
        expect.unreachable(JSON.stringify(bad));
      } catch (e) {
        expect((e as DomainError).code).toBe('INVALID_RISK_RULE');
      }
    }
  });

  it('R27: risk level from the weight', () => {
    expect([1, 4, 7, 9].map((w) => riskLevel(w))).toEqual(['LOW', 'LOW', 'LOW', 'LOW']);
    expect([10, 12, 14].map((w) => riskLevel(w))).toEqual(['NORMAL', 'NORMAL', 'NORMAL']);
    expect([15, 19].map((w) => riskLevel(w))).toEqual(['ELEVATED', 'ELEVATED']);
    expect([20, 40].map((w) => riskLevel(w))).toEqual(['HIGH', 'HIGH']);
    const wide = riskRule({ increment: 10, max: 60 });
    expect([15, 20, 30].map((w) => riskLevel(w, wide))).toEqual(['NORMAL', 'ELEVATED', 'HIGH']);
  });
});
