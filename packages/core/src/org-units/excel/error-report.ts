import { buildErrorWorkbook } from '../../excel/error-report.ts';
import type { XlsxInput } from '../../excel/workbook.ts';
import { SHEET_NAME, type RowError } from './columns.ts';

/**
 * The user's own file with an added 错误 column and red rows, so they can fix it in place and re-upload.
 * Throws if `data` is not a readable xlsx: parseOrgTree has already told the user so, there is nothing to annotate.
 */
export function buildErrorReport(data: XlsxInput, errors: RowError[]): Promise<Buffer> {
  return buildErrorWorkbook(data, errors, { sheetName: SHEET_NAME });
}
