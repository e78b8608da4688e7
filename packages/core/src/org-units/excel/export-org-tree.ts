import ExcelJS from 'exceljs';
import { addDataSheet } from '../../excel/write-sheet.ts';
import { workbookBuffer } from '../../excel/workbook.ts';
import {
  CODE_MAX,
  COLUMNS,
  DISTRICT_MAX,
  HELP_SHEET_NAME,
  LEVEL_LABELS,
  LEVEL_VALUES,
  MAX_DATA_ROWS,
  NAME_MAX,
  PARENT_LEVEL,
  SHEET_NAME,
  type OrgTreeRow,
} from './columns.ts';

const COLUMN_NOTES: Record<(typeof COLUMNS)[number]['key'], string> = {
  code: `单位的唯一标识，1–${CODE_MAX} 位，只能包含数字、字母、下划线(_)和连字符(-)`,
  name: `单位名称，1–${NAME_MAX} 个字`,
  level: `填写 ${LEVEL_VALUES.map((v) => LEVEL_LABELS[v]).join('、')} 之一（也可填 镇、乡、街道、社区）`,
  parentCode: '上级单位的编码；县级单位不填，其余必填。上级可以在本表中，也可以是系统中已有的单位',
  district: `所属片区，仅乡镇可填，不超过 ${DISTRICT_MAX} 个字`,
};

/** Writes the tree in the order given, so callers control parent-before-child ordering. */
export async function exportOrgTree(rows: OrgTreeRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addDataSheet(
    workbook,
    SHEET_NAME,
    COLUMNS,
    rows.map((r) => ({ ...r, level: LEVEL_LABELS[r.level] })),
  );
  addHelpSheet(workbook);
  return workbookBuffer(workbook);
}

function addHelpSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(HELP_SHEET_NAME);
  sheet.columns = [{ width: 14 }, { width: 10 }, { width: 80 }];
  const title = (text: string) => {
    const row = sheet.addRow([text]);
    row.font = { bold: true };
  };

  title('列说明');
  sheet.addRow(['列名', '是否必填', '说明']).font = { bold: true };
  for (const c of COLUMNS) sheet.addRow([c.header, c.requirement, COLUMN_NOTES[c.key]]);

  sheet.addRow([]);
  title('层级');
  sheet.addRow(['层级', '英文值', '上级必须是']).font = { bold: true };
  for (const level of LEVEL_VALUES) {
    const parent = PARENT_LEVEL[level];
    sheet.addRow([LEVEL_LABELS[level], level, parent ? LEVEL_LABELS[parent] : '无（最上级，全表只能有一个）']);
  }

  sheet.addRow([]);
  title('注意事项');
  for (const note of [
    `1. 导入时读取名为「${SHEET_NAME}」的工作表（没有则读取第一个工作表），第 1 行为表头，按表头名称识别列，列的顺序可以调整。`,
    '2. 表头也可以使用英文：code、name、level、parentCode、district（不区分大小写）。',
    '3. 空行会被忽略；单元格前后的空格会被去掉。',
    '4. 编码请按文本填写，以免 Excel 去掉开头的 0。',
    `5. 每次最多导入 ${MAX_DATA_ROWS} 行数据。`,
    '6. 有错误的行及其全部下级单位都不会导入；请按错误报告修改后重新上传。',
  ]) {
    sheet.addRow([note]);
  }
}
