import { csvRows } from './csv-source';
import { sheetReadInfo, type SheetFormat, type SourceLimits } from './sheet-types';
import { xlsxRows } from './xlsx-source';

/**
 * The quick row count an import's progress starts from (xlsx: the sheet's `<row` elements, csv: its
 * lines; the header row included), taken without parsing the rows: enough to tell a big file from a
 * small one. Null when the file cannot be read: the import itself then says why.
 */
export async function estimateSheetRows(
  file: Buffer,
  format: SheetFormat,
  limits: SourceLimits,
): Promise<number | null> {
  const info = sheetReadInfo();
  const rows = format === 'xlsx' ? xlsxRows(file, limits, info) : csvRows(file, limits, info);
  try {
    // The count is taken before the first row is given.
    await rows.next();
  } catch {
    return null;
  } finally {
    await rows.return(undefined);
  }
  return info.rowsEstimate;
}
