// What the Excel worker thread does (see off-thread.ts): parse an upload, or write the user's
// workbook back with its errors. Kept apart so the worker loads exceljs and nothing of the app.
import { annotateWorkbook } from './error-report.ts';
import { parseSheet, workbookLimitsFor, type SheetRead, type SheetSpec } from './parse-sheet.ts';
import type { ImportLocale, RowError } from './row-error.ts';
import { checkWorkbookZip } from './zip-limits.ts';

export type ExcelJob =
  | { kind: 'read'; data: Uint8Array; spec: SheetSpec<string> }
  | { kind: 'report'; data: Uint8Array; errors: RowError[]; sheetName: string; locale?: ImportLocale; spec?: SheetSpec<string> };

export type ExcelJobResult = { kind: 'read'; read: SheetRead<string> } | { kind: 'report'; report: Uint8Array | null };

export async function runExcelJob(job: ExcelJob): Promise<ExcelJobResult> {
  const data = Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength);
  if (job.kind === 'read') return { kind: 'read', read: await parseSheet(data, job.spec) };
  // The report opens the whole workbook again: only a file within the limits gets one.
  const limits = workbookLimitsFor(job.spec ?? { sheetName: job.sheetName, columns: [], maxRows: 20_000 });
  if (!(await checkWorkbookZip(data, limits)).ok) return { kind: 'report', report: null };
  try {
    return { kind: 'report', report: await annotateWorkbook(data, job.errors, { sheetName: job.sheetName, locale: job.locale }) };
  } catch {
    return { kind: 'report', report: null };
  }
}
