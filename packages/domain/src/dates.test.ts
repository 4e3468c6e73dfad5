import { describe, expect, it } from 'vitest';
import { chinaDay, parseIsoDate } from './dates';

describe('dates', () => {
  it('accepts real days and refuses days that do not exist', () => {
    expect(parseIsoDate('2024-02-29', 'd')).toBe('2024-02-29');
    expect(() => parseIsoDate('2023-02-29', 'validUntil')).toThrow(/不存在/);
    expect(() => parseIsoDate('2026-13-01', 'd')).toThrow();
    expect(() => parseIsoDate('2026/01/01', 'd')).toThrow();
  });
  it('counts the day in Beijing time', () => {
    expect(chinaDay(new Date('2026-11-24T16:30:00Z'))).toBe('2026-11-25');
    expect(chinaDay(new Date('2026-11-24T15:59:59Z'))).toBe('2026-11-24');
  });
});
