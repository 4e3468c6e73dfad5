import { describe, expect, it } from 'vitest';
import { isWithinScope, levelOfDivisionCode, pathOfDivisionCode, tenantDivisionCode } from './bureau-tree';

describe('bureau tree', () => {
  it('derives level and path from the division code', () => {
    expect(levelOfDivisionCode('41')).toBe('PROVINCE');
    expect(levelOfDivisionCode('4109')).toBe('CITY');
    expect(levelOfDivisionCode('410923')).toBe('COUNTY');
    expect(levelOfDivisionCode('41092')).toBeNull();
    expect(pathOfDivisionCode('410923')).toBe('41.4109.410923');
    expect(() => pathOfDivisionCode('4x')).toThrow(/行政区划/);
  });
  it('a city scope covers its counties, never a sibling city or county', () => {
    expect(isWithinScope('41.4109.410923', '41.4109')).toBe(true);
    expect(isWithinScope('41.4104.410422', '41.4109')).toBe(false);
    expect(isWithinScope('41.41090', '41.4109')).toBe(false); // a prefix is not a parent
    expect(isWithinScope('41.4109', '41.4109.410923')).toBe(false);
  });
  it('the tenant is the city-level bureau; a province is its own', () => {
    expect(tenantDivisionCode('41.4109.410923')).toBe('4109');
    expect(tenantDivisionCode('41.4109')).toBe('4109');
    expect(tenantDivisionCode('41')).toBe('41');
  });
});
