import type * as ExcelJS from 'exceljs';

/**
 * exceljs, loaded on first use rather than at start-up. Loading it (its jszip makes a Blob, its
 * unzipper's traverse shims TypedArray#slice) invalidates two V8 protectors for the whole process
 * (ArrayBufferDetaching, TypedArraySpeciesLookupChain): from then on every Buffer byte read or
 * write in optimized code carries extra checks. The audit chain verifier's byte loops ran about
 * 30% slower in the API than in the CLI for that alone.
 */
let loaded: Promise<typeof ExcelJS> | null = null;

export function excelJs(): Promise<typeof ExcelJS> {
  // Compiled to CommonJS, `import()` of this CommonJS package gives its exports as `default` only
  // (vitest's interop also spreads them): take `default` when it is there.
  loaded ??= import('exceljs').then((m) => (m as { default?: typeof ExcelJS }).default ?? m);
  return loaded;
}
