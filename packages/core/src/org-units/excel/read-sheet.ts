import ExcelJS from 'exceljs';
import { COLUMNS, HEADER_ROW, SHEET_NAME, rowMessage, type OrgColumnKey, type RowError } from './columns.ts';

export type XlsxInput = Buffer | ArrayBuffer | Uint8Array;

export interface RawRow {
  row: number;
  cells: Record<OrgColumnKey, string>;
}

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

export function pickWorksheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
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

/** Header matching ignores case so "ParentCode" or "CODE" work as well as the zh-CN labels. */
export function mapHeader(sheet: ExcelJS.Worksheet): { columns: Map<OrgColumnKey, number>; errors: RowError[] } {
  const seen = new Map<OrgColumnKey, number[]>();
  sheet.getRow(HEADER_ROW).eachCell((cell, col) => {
    const text = cellText(cell.value).toLowerCase();
    const column = COLUMNS.find((c) => c.header === text || c.key.toLowerCase() === text);
    if (column) seen.set(column.key, [...(seen.get(column.key) ?? []), col]);
  });

  const errors: RowError[] = [];
  const columns = new Map<OrgColumnKey, number>();
  for (const c of COLUMNS) {
    const cols = seen.get(c.key) ?? [];
    const error = (text: string) => errors.push({ row: HEADER_ROW, column: c.header, message: rowMessage(HEADER_ROW, text) });
    if (cols.length > 1) error(`表头「${c.header}」出现了 ${cols.length} 次，请只保留一列`);
    else if (cols[0] !== undefined) columns.set(c.key, cols[0]);
    else if (c.columnRequired) error(`缺少「${c.header}」列`);
  }
  return { columns, errors };
}

/** Data rows below the header; rows whose known columns are all blank are dropped. */
export function readRows(sheet: ExcelJS.Worksheet, columns: Map<OrgColumnKey, number>): RawRow[] {
  const rows: RawRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= HEADER_ROW) return;
    const text = (key: OrgColumnKey) => {
      const col = columns.get(key);
      return col === undefined ? '' : cellText(row.getCell(col).value);
    };
    const cells = {
      code: text('code'),
      name: text('name'),
      level: text('level'),
      parentCode: text('parentCode'),
      district: text('district'),
    };
    if (Object.values(cells).some((v) => v !== '')) rows.push({ row: rowNumber, cells });
  });
  return rows;
}
