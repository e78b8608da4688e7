import type ExcelJS from 'exceljs';
import { localMessage, type ImportLocale, type RowError } from './row-error.ts';
import { findHeaderColumn, HEADER_ROW, loadWorkbook, pickWorksheet, workbookBuffer, type XlsxInput } from './workbook.ts';

export const ERROR_HEADERS: Record<ImportLocale, string> = { 'zh-CN': '错误', en: 'Error' };
export const ERROR_FILL_ARGB = 'FFFFC7CE';
const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ERROR_FILL_ARGB } };
const isErrorHeader = (text: string) => Object.values(ERROR_HEADERS).some((h) => text.startsWith(h));

/**
 * The user's own file with an added error column and red rows, so they can fix it in place and
 * re-upload (every import ignores the error column). Re-uploading a previous report reuses its
 * error column instead of adding another one. Throws if `data` is not a readable xlsx: the
 * parser has already said so, there is nothing to annotate.
 */
export async function annotateWorkbook(data: XlsxInput, errors: RowError[], options: { sheetName: string; locale?: ImportLocale }): Promise<Buffer> {
  const locale = options.locale ?? 'zh-CN';
  const workbook = await loadWorkbook(data);
  const sheet = workbook && pickWorksheet(workbook, options.sheetName);
  if (!workbook || !sheet) throw new Error('annotateWorkbook: data is not a readable xlsx workbook');

  const previous = findHeaderColumn(sheet, isErrorHeader);
  if (previous !== undefined) clearPreviousReport(sheet, previous);
  const errorCol = previous ?? sheet.columnCount + 1;

  const messages = new Map<number, string[]>();
  for (const e of errors) {
    // File-level problems (row 0) have no row of their own; they go next to the header.
    const row = Math.max(e.row, HEADER_ROW);
    messages.set(row, [...(messages.get(row) ?? []), localMessage(e, locale)]);
  }

  const label = ERROR_HEADERS[locale];
  const separator = locale === 'en' ? '; ' : '；';
  const header = sheet.getRow(HEADER_ROW).getCell(errorCol);
  const headerMessages = messages.get(HEADER_ROW);
  header.value = headerMessages ? `${label}${locale === 'en' ? ': ' : '：'}${headerMessages.join(separator)}` : label;
  header.style = { ...header.style, font: { ...header.style.font, bold: true } };
  sheet.getColumn(errorCol).width = 60;

  for (const [rowNumber, list] of messages) {
    const row = sheet.getRow(rowNumber);
    if (rowNumber !== HEADER_ROW) row.getCell(errorCol).value = list.join(separator);
    for (let col = 1; col <= errorCol; col++) {
      const cell = row.getCell(col);
      // Copy rather than mutate: cells loaded from a file can share one style object.
      cell.style = { ...cell.style, fill: ERROR_FILL, ...(col === errorCol ? { alignment: { wrapText: true, vertical: 'top' } } : {}) };
    }
  }
  return workbookBuffer(workbook);
}

function clearPreviousReport(sheet: ExcelJS.Worksheet, errorCol: number): void {
  sheet.eachRow((row) => {
    row.getCell(errorCol).value = null;
    row.eachCell({ includeEmpty: true }, (cell) => {
      const fill = cell.style.fill;
      if (fill?.type === 'pattern' && fill.fgColor?.argb === ERROR_FILL_ARGB) {
        const { fill: _dropped, ...rest } = cell.style;
        cell.style = rest;
      }
    });
  });
}
