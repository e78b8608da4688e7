import type ExcelJS from 'exceljs';
import type { SheetColumn } from './sheet-columns.ts';

export type SheetValue = string | number | Date | null | undefined;

/**
 * A data sheet as every export and template writes it: bold frozen header with a filter, the
 * columns' widths and number formats, one row per record. Returns the added rows so callers can
 * highlight some.
 */
export function addDataSheet<K extends string>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly SheetColumn<K>[],
  rows: readonly Partial<Record<K, SheetValue>>[],
): ExcelJS.Row[] {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ key: c.key, header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return rows.map((r) => sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, r[c.key] ?? null]))));
}

/** The 说明 sheet: what each column holds, then numbered notes. */
export function addHelpSheet(workbook: ExcelJS.Workbook, columns: readonly SheetColumn[], sections: { title: string; lines: string[] }[] = [], name = '说明'): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [{ width: 14 }, { width: 20 }, { width: 10 }, { width: 90 }];
  const title = (text: string) => {
    sheet.addRow([text]).font = { bold: true };
  };
  title('列说明');
  sheet.addRow(['列名', 'English', '是否必填', '说明']).font = { bold: true };
  for (const c of columns) sheet.addRow([c.header, c.headerEn, c.exportOnly ? '导出列' : c.requirement, c.note ?? '']);
  for (const section of sections) {
    sheet.addRow([]);
    title(section.title);
    for (const line of section.lines) sheet.addRow([line]);
  }
  return sheet;
}
