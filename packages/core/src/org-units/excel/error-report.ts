import type ExcelJS from 'exceljs';
import { ERROR_FILL_ARGB, ERROR_HEADER, HEADER_ROW, type RowError } from './columns.ts';
import { findHeaderColumn, loadWorkbook, pickWorksheet, type XlsxInput } from './read-sheet.ts';

const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ERROR_FILL_ARGB } };

/**
 * The user's own file with an added 错误 column and red rows, so they can fix it in place and re-upload.
 * Re-uploading a previous report reuses its 错误 column instead of adding another one.
 * Throws if `data` is not a readable xlsx: parseOrgTree has already told the user so, there is nothing to annotate.
 */
export async function buildErrorReport(data: XlsxInput, errors: RowError[]): Promise<Buffer> {
  const workbook = await loadWorkbook(data);
  const sheet = workbook && pickWorksheet(workbook);
  if (!workbook || !sheet) throw new Error('buildErrorReport: data is not a readable xlsx workbook');

  const previous = findHeaderColumn(sheet, (text) => text.startsWith(ERROR_HEADER));
  if (previous !== undefined) clearPreviousReport(sheet, previous);
  const errorCol = previous ?? sheet.columnCount + 1;

  const messages = new Map<number, string[]>();
  for (const e of errors) {
    // File-level problems (row 0) have no row of their own; they go next to the header.
    const row = Math.max(e.row, HEADER_ROW);
    messages.set(row, [...(messages.get(row) ?? []), e.message]);
  }

  const header = sheet.getRow(HEADER_ROW).getCell(errorCol);
  const headerMessages = messages.get(HEADER_ROW);
  header.value = headerMessages ? `${ERROR_HEADER}：${headerMessages.join('；')}` : ERROR_HEADER;
  header.style = { ...header.style, font: { ...header.style.font, bold: true } };
  sheet.getColumn(errorCol).width = 60;

  for (const [rowNumber, list] of messages) {
    const row = sheet.getRow(rowNumber);
    if (rowNumber !== HEADER_ROW) row.getCell(errorCol).value = list.join('；');
    for (let col = 1; col <= errorCol; col++) {
      const cell = row.getCell(col);
      // Copy rather than mutate: cells loaded from a file can share one style object.
      cell.style = { ...cell.style, fill: ERROR_FILL, ...(col === errorCol ? { alignment: { wrapText: true, vertical: 'top' } } : {}) };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
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
