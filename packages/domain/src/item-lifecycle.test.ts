import { describe, expect, it } from 'vitest';
import { nextItemStatus } from './item-lifecycle';

describe('item life cycle (R5–R8)', () => {
  it('R5: goes draft → in review → approved → published only through legal review', () => {
    expect(nextItemStatus('DRAFT', 'SUBMIT')).toBe('IN_REVIEW');
    expect(nextItemStatus('IN_REVIEW', 'APPROVE')).toBe('APPROVED');
    expect(nextItemStatus('APPROVED', 'PUBLISH')).toBe('PUBLISHED');
    expect(() => nextItemStatus('DRAFT', 'PUBLISH')).toThrow(/不能发布/);
    expect(() => nextItemStatus('IN_REVIEW', 'PUBLISH')).toThrow(/INVALID_TRANSITION|不能发布/);
  });
  it('R5: a returned version is edited and submitted again', () => {
    expect(nextItemStatus('IN_REVIEW', 'RETURN')).toBe('RETURNED');
    expect(nextItemStatus('RETURNED', 'EDIT')).toBe('RETURNED');
    expect(nextItemStatus('RETURNED', 'SUBMIT')).toBe('IN_REVIEW');
  });
  it('R6: a published version is never edited; it is superseded or retired', () => {
    expect(() => nextItemStatus('PUBLISHED', 'EDIT')).toThrow(/已发布/);
    expect(nextItemStatus('PUBLISHED', 'SUPERSEDE')).toBe('SUPERSEDED');
    expect(nextItemStatus('PUBLISHED', 'RETIRE')).toBe('RETIRED');
    expect(() => nextItemStatus('SUPERSEDED', 'RETIRE')).toThrow();
  });
});
