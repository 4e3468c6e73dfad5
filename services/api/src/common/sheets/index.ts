/** The sheet engine (xlsx/csv import and export) and the layouts built on it. */
export * from './sheet-types';
export {
  readSheet,
  collectSheet,
  normalizeHeader,
  SHEET_DEFAULTS,
  type ReadSheetOptions,
  type CollectedSheet,
} from './sheet-reader';
export {
  writeSheet,
  writeTables,
  templateSheet,
  sheetBuffer,
  type SheetCell,
  type SheetOutRow,
  type WriteSheetOptions,
} from './sheet-writer';
export { errorSheet, type ErrorSheetInput, type ErrorSheetRow } from './error-sheet';
export * from './item-fields';
export * from './item-sheet';
