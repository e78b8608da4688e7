import { buildErrorWorkbook } from '../../excel/read-sheet.ts';
import type { XlsxInput } from '../../excel/workbook.ts';
import { COLUMNS, MAX_DATA_ROWS, SHEET_NAME, type RowError } from './columns.ts';

/**
 * The user's own file with an added 错误 column and red rows, so they can fix it in place and re-upload.
 * Null if `data` is not a readable xlsx or is over the limits: parseOrgTree has already told the user so.
 */
export function buildErrorReport(data: XlsxInput, errors: RowError[]): Promise<Buffer | null> {
  return buildErrorWorkbook(data, errors, { sheetName: SHEET_NAME, spec: { sheetName: SHEET_NAME, columns: COLUMNS, maxRows: MAX_DATA_ROWS } });
}
