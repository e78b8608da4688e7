import { bi, fileError, type RowError } from './row-error.ts';
import { mapHeader, readRows, type RawRow, type SheetColumn } from './sheet-columns.ts';
import { loadWorkbook, pickWorksheet, type XlsxInput } from './workbook.ts';
import { checkWorkbookZip, type WorkbookLimits } from './zip-limits.ts';

export interface SheetSpec<K extends string> {
  /** The sheet read (else the first one) and written by templates and exports. */
  sheetName: string;
  columns: readonly SheetColumn<K>[];
  maxRows: number;
}

export type SheetRead<K extends string> =
  | { ok: true; rows: RawRow<K>[] }
  /** `refused`: the file is over the limits; nothing else (an error report) may open it either. */
  | { ok: false; errors: RowError[]; refused?: boolean };

const MB = 1024 * 1024;

/**
 * The unpacked size, rows and cells a sheet of this spec may bring. Rows get headroom over
 * maxRows (blank or formatted rows count as <row> too) so that a file just over maxRows still gets
 * the exact "too many rows" message below; cells allow every column plus a margin of extra ones.
 */
export function workbookLimitsFor(spec: SheetSpec<string>): WorkbookLimits {
  const rows = Math.ceil(spec.maxRows * 1.2) + 100;
  return { maxUnpackedBytes: 48 * MB, maxEntries: 500, maxRows: rows, maxCells: rows * (spec.columns.length + 10) };
}

/**
 * Reads the data rows of an uploaded workbook, in the calling thread (the app calls it through
 * readSheet, in a worker). Checks the zip against the limits before exceljs builds anything. Never throws: every problem with the file as a
 * whole (not an xlsx, no sheet, a missing column, no rows, too many rows) comes back as a
 * RowError, so the upload UI has a single path.
 */
export async function parseSheet<K extends string>(data: XlsxInput, spec: SheetSpec<K>): Promise<SheetRead<K>> {
  const fail = (zh: string, en: string): SheetRead<K> => ({ ok: false, errors: [fileError(bi(zh, en))] });
  const bytes = data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const zip = await checkWorkbookZip(bytes, workbookLimitsFor(spec));
  if (!zip.ok) return { ok: false, errors: [fileError(zip.message)], refused: zip.reason === 'too-large' };
  const workbook = await loadWorkbook(bytes);
  if (!workbook) {
    return fail(
      '文件无法读取，请上传 Excel 工作簿（.xlsx 格式；旧版 .xls 请先另存为 .xlsx）',
      'The file cannot be read: upload an Excel workbook (.xlsx; save older .xls files as .xlsx first)',
    );
  }
  const sheet = pickWorksheet(workbook, spec.sheetName);
  if (!sheet) return fail('工作簿中没有工作表', 'The workbook has no worksheet');

  const header = mapHeader(sheet, spec.columns);
  if (header.errors.length > 0) return { ok: false, errors: header.errors };

  const keys = spec.columns.filter((c) => !c.exportOnly).map((c) => c.key);
  const rows = readRows(sheet, keys, header.columns);
  if (rows.length === 0) return fail('表格中没有数据行', 'The sheet has no data rows');
  if (rows.length > spec.maxRows) {
    return fail(
      `数据行过多：共 ${rows.length} 行，每次最多导入 ${spec.maxRows} 行，请分批导入`,
      `Too many rows: ${rows.length}; import at most ${spec.maxRows} rows at a time`,
    );
  }
  return { ok: true, rows };
}
