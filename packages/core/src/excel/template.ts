import ExcelJS from 'exceljs';
import type { SheetSpec } from './read-sheet.ts';
import { workbookBuffer } from './workbook.ts';
import { addDataSheet, addHelpSheet, type SheetValue } from './write-sheet.ts';

export const EXAMPLE_SHEET_NAME = '示例';

/**
 * An import template: the data sheet with its header row only (what is typed there is imported),
 * a 示例 sheet with filled-in example rows, and the 说明 sheet. The example lives on its own sheet
 * so that a template uploaded unchanged imports nothing by mistake.
 */
export async function buildTemplate<K extends string>(spec: SheetSpec<K>, examples: readonly Partial<Record<K, SheetValue>>[], notes: string[]): Promise<Buffer> {
  const columns = spec.columns.filter((c) => !c.exportOnly);
  const workbook = new ExcelJS.Workbook();
  addDataSheet(workbook, spec.sheetName, columns, []);
  addDataSheet(workbook, EXAMPLE_SHEET_NAME, columns, examples);
  addHelpSheet(workbook, columns, [{ title: '注意事项', lines: notes.map((n, i) => `${i + 1}. ${n}`) }]);
  return workbookBuffer(workbook);
}

/** Notes every import template carries. */
export function commonImportNotes(spec: SheetSpec<string>): string[] {
  return [
    `导入时读取名为「${spec.sheetName}」的工作表（没有则读取第一个工作表），第 1 行为表头，按表头名称识别列，列的顺序可以调整；「${EXAMPLE_SHEET_NAME}」工作表只作示例，不会导入。`,
    '表头也可以使用英文列名（见上表 English 一列，如 Title、Deadline），不区分大小写。',
    '空行会被忽略；单元格前后的空格会被去掉。',
    `每次最多导入 ${spec.maxRows} 行数据。先校验、后导入：文件中有任何错误时整份文件都不导入，可下载错误报告，按报告修改后重新上传。`,
  ];
}
