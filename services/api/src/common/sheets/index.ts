/** The sheet engine (xlsx/csv import and export) and the layouts built on it. */
export * from './sheet-types';
export { readSheet, collectSheet, normalizeHeader, SHEET_DEFAULTS, type ReadSheetOptions, type CollectedSheet } from './sheet-reader';
export { writeSheet, templateSheet, errorSheet, sheetBuffer, ERROR_COLUMN_HEADER, type SheetCell, type SheetOutRow, type WriteSheetOptions } from './sheet-writer';
export * from './item-fields';
export * from './item-sheet';
