import ExcelJS from 'exceljs';
import { buildTemplate, commonImportNotes } from '../excel/template.ts';
import { workbookBuffer } from '../excel/workbook.ts';
import { addDataSheet, addHelpSheet, type SheetValue } from '../excel/write-sheet.ts';
import type { PersonDirectory } from '../tasks/excel/person-directory.ts';
import type { UnitDirectory } from '../tasks/excel/unit-directory.ts';
import { exportCell } from './register-cells.ts';
import { registerSheet } from './register-sheet.ts';
import type { RegisterSpec } from './register-spec.ts';
import type { StoredRow } from './register-values.ts';

/** 下载模板: the header, a 示例 sheet whose unit is the caller's own, and the help sheet. */
export function registerTemplate(spec: RegisterSpec, exampleUnit: string): Promise<Buffer> {
  const sheet = registerSheet(spec);
  const example: Record<string, SheetValue> = {};
  for (const c of spec.columns) example[c.key] = c.type === 'unit' ? exampleUnit : (c.example ?? null);
  const identity = spec.identity.map((k) => spec.columns.find((c) => c.key === k)!.header.zh).join('、');
  return buildTemplate(sheet, [example], [...commonImportNotes(sheet), `「${identity}」与已有记录相同的行更新该记录，不会重复登记；导出的台账可直接修改后重新导入。`]);
}

/**
 * 导出: the rows as the template lays them out — units and people named so that they resolve
 * back, choices in zh-CN, 是/否 — so the file imports again unchanged (an update of nothing).
 */
export async function registerExport(spec: RegisterSpec, rows: readonly StoredRow[], directories: { units: UnitDirectory; people: PersonDirectory; personById: Map<string, Parameters<PersonDirectory['label']>[0]> }): Promise<Buffer> {
  const sheet = registerSheet(spec);
  const workbook = new ExcelJS.Workbook();
  const data = rows.map((row) => {
    const out: Record<string, SheetValue> = {};
    for (const c of spec.columns) {
      const value = row.values[c.key];
      if (c.type === 'unit') {
        const unit = directories.units.get(String(value));
        out[c.key] = unit ? directories.units.label(unit) : null;
      } else if (c.type === 'person') {
        const person = value ? directories.personById.get(String(value)) : undefined;
        out[c.key] = person ? directories.people.label(person) : null;
      } else out[c.key] = exportCell(value, c);
    }
    return out;
  });
  addDataSheet(workbook, sheet.sheetName, sheet.columns, data);
  addHelpSheet(workbook, sheet.columns, [{ title: '注意事项', lines: commonImportNotes(sheet).map((n, i) => `${i + 1}. ${n}`) }]);
  return workbookBuffer(workbook);
}
