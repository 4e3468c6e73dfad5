import v8 from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_HEAP_GROWING_PERCENT, limitHeapGrowth } from './heap-growth';

describe('limitHeapGrowth', () => {
  // Files share this process: back to V8's own choice.
  afterAll(() => v8.setFlagsFromString('--heap-growing-percent=0'));

  it('sets 1.5× unless told otherwise; 0 leaves V8 alone; a node flag of the operator wins', () => {
    expect(DEFAULT_HEAP_GROWING_PERCENT).toBe(50);
    expect(limitHeapGrowth({})).toBe(50);
    expect(limitHeapGrowth({ DSR_HEAP_GROWING_PERCENT: '80' })).toBe(80);
    expect(limitHeapGrowth({ DSR_HEAP_GROWING_PERCENT: '0' })).toBe(0);
    expect(limitHeapGrowth({ DSR_HEAP_GROWING_PERCENT: 'lots' })).toBe(50);
    expect(limitHeapGrowth({ NODE_OPTIONS: '--enable-source-maps --heap-growing-percent=20' })).toBe(0);
  });
});
