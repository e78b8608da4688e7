// Workbooks for import tests: a plugin's tests cannot depend on exceljs (they import only the
// plugin SDK), so the SDK's test kit passes these on.
import ExcelJS from 'exceljs';

export type TestCell = string | number | Date | boolean | null;

/** An .xlsx (base64, as the web sends it) with one sheet: a header row and data rows. */
export async function xlsxBase64(sheetName: string, rows: readonly (readonly TestCell[])[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const r of rows) sheet.addRow([...r]);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** The rows of a workbook's sheet (the first when unnamed) as plain values, header first. */
export async function xlsxRows(base64: string, sheetName?: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = (sheetName ? workbook.getWorksheet(sheetName) : undefined) ?? workbook.worksheets[0]!;
  const out: unknown[][] = [];
  sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

type ImportEvent<R> = { type: 'progress'; phase: string; done: number; total: number } | { type: 'result'; result: R };

/** Reads a streamed import to its end: the progress events and the result. */
export async function drainImport<R>(stream: AsyncIterable<ImportEvent<R>> | Promise<AsyncIterable<ImportEvent<R>>>) {
  const progress: { phase: string; done: number; total: number }[] = [];
  let result: R | undefined;
  for await (const event of await stream) {
    if (event.type === 'progress') progress.push(event);
    else result = event.result;
  }
  if (result === undefined) throw new Error('the import stream ended without a result');
  return { progress, result };
}
