import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as domain from '@dsr/domain';
import { VECTORS_FILE, vectorsText } from './tools/sample-vectors.mjs';

describe('dsr-sample/1 test vectors are frozen (DRAW.md §10)', () => {
  it('R54: the engine regenerates packages/domain/src/sample/dsr-sample-1.vectors.json byte for byte', () => {
    // test/tools/sample-vectors.mjs wrote the file once from these cases; it never overwrites it.
    // A difference here is an algorithm change: that is a new algorithm name, never an edit of dsr-sample/1.
    expect(vectorsText(domain)).toBe(readFileSync(VECTORS_FILE, 'utf8'));
  });
});
