import ExcelJS from 'exceljs';

export type XlsxInput = Buffer | ArrayBuffer | Uint8Array;

export const HEADER_ROW = 1;

/** Resolves to null instead of throwing: an unreadable upload is a user error, not a bug. */
export async function loadWorkbook(data: XlsxInput): Promise<ExcelJS.Workbook | null> {
  const bytes = data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own ArrayBuffer-shaped Buffer type; at runtime it takes a Node Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return workbook;
  } catch {
    return null;
  }
}

/** The sheet of that name, else the first one: users rename sheets, or paste into a new workbook. */
export function pickWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.getWorksheet(name) ?? workbook.worksheets[0];
}

/** Display text of a cell, whatever exceljs made of it (numbers typed into Excel, rich text, formulas, links). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return value.richText.map((part: { text?: unknown }) => cellText(part.text)).join('').trim();
    }
    if ('text' in value) return cellText(value.text);
    if ('result' in value) return cellText(value.result);
    if ('error' in value) return cellText(value.error);
  }
  return '';
}

/** Column number of the first header cell satisfying `match`. */
export function findHeaderColumn(sheet: ExcelJS.Worksheet, match: (text: string) => boolean): number | undefined {
  let found: number | undefined;
  sheet.getRow(HEADER_ROW).eachCell((cell, col) => {
    if (found === undefined && match(cellText(cell.value))) found = col;
  });
  return found;
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
