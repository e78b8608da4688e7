import { runInExcelWorker, ExcelWorkerFailed } from './off-thread.ts';
import type { SheetRead, SheetSpec } from './parse-sheet.ts';
import { bi, fileError, type ImportLocale, type RowError } from './row-error.ts';
import type { XlsxInput } from './workbook.ts';

export { workbookLimitsFor, type SheetRead, type SheetSpec } from './parse-sheet.ts';

const toBytes = (data: XlsxInput) => (data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength));

/**
 * Reads the data rows of an uploaded workbook off the request path, in a worker thread, after
 * checking what the zip unpacks to (parse-sheet.ts). Never throws: every problem with the file as
 * a whole — not an xlsx, over the size, row or cell limits, too much for the worker's memory, a
 * missing column, no rows, too many rows — comes back as a RowError, so the upload UI has a
 * single path.
 */
export async function readSheet<K extends string>(data: XlsxInput, spec: SheetSpec<K>): Promise<SheetRead<K>> {
  try {
    const { read } = await runInExcelWorker({ kind: 'read', data: toBytes(data), spec });
    return read as SheetRead<K>;
  } catch (error) {
    if (!(error instanceof ExcelWorkerFailed)) throw error;
    const message =
      error.reason === 'memory'
        ? bi('工作簿内容过多，超出服务器处理上限，请删除多余的内容或分批导入', 'The workbook holds more than the server can process; remove unneeded content or import in parts')
        : bi('工作簿读取失败，请检查文件后重试', 'The workbook could not be read; check the file and try again');
    return { ok: false, errors: [fileError(message)], refused: true };
  }
}

/**
 * The user's own file with an added error column and red rows (error-report.ts), written in a
 * worker thread like the parse. Null when the file cannot be annotated (not a workbook, or over
 * the limits).
 */
export async function buildErrorWorkbook(
  data: XlsxInput,
  errors: RowError[],
  options: { sheetName: string; locale?: ImportLocale; spec?: SheetSpec<string> },
): Promise<Buffer | null> {
  try {
    const { report } = await runInExcelWorker({ kind: 'report', data: toBytes(data), errors, sheetName: options.sheetName, locale: options.locale, spec: options.spec });
    return report ? Buffer.from(report.buffer, report.byteOffset, report.byteLength) : null;
  } catch (error) {
    if (error instanceof ExcelWorkerFailed) return null;
    throw error;
  }
}
