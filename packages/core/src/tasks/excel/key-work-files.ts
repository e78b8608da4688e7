import ExcelJS from 'exceljs';
import { addDataSheet, addHelpSheet, buildTemplate, commonImportNotes, countyDateCell, workbookBuffer, type SheetValue } from '../../excel/index.ts';
import { KEY_WORK_COLUMNS, KEY_WORK_SHEET, sourceName, type KeyWorkColumnKey } from './key-work-sheet.ts';

const STALE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } };

/** One key work as the export writes it, its units and person already named as an import resolves them. */
export interface KeyWorkExportItem {
  code: string;
  parentCode: string | null;
  title: string;
  description: string | null;
  source: string | null;
  documentNo: string | null;
  year: number;
  leadUnit: string;
  assistingUnits: string[];
  responsiblePerson: string | null;
  deadline: Date;
  targets: { metric: string; unit: string; targetValue: number; actual: number; percent: number | null }[];
  lastProgressAt: Date | null;
  stale: boolean;
}

type Row = Partial<Record<KeyWorkColumnKey, SheetValue>>;

/**
 * 重点工作 as an .xlsx: one row per target (a key work without targets takes one row), the key
 * work's own cells repeated on each, so that the file sorts and filters and imports again.
 */
export async function exportKeyWork(items: readonly KeyWorkExportItem[]): Promise<Buffer> {
  const rows: { row: Row; stale: boolean }[] = [];
  for (const k of items) {
    const base: Row = {
      code: k.code, parentCode: k.parentCode, title: k.title, description: k.description, source: sourceName(k.source) || null,
      documentNo: k.documentNo, year: k.year, leadUnit: k.leadUnit, assistingUnits: k.assistingUnits.join('、') || null,
      responsiblePerson: k.responsiblePerson, deadline: countyDateCell(k.deadline), lastProgressAt: countyDateCell(k.lastProgressAt),
      progressState: k.stale ? '无进展' : '正常',
    };
    if (k.targets.length === 0) rows.push({ row: base, stale: k.stale });
    for (const t of k.targets) {
      rows.push({ row: { ...base, metric: t.metric, unit: t.unit, targetValue: t.targetValue, actual: t.actual, percent: t.percent === null ? null : t.percent / 100 }, stale: k.stale });
    }
  }
  const workbook = new ExcelJS.Workbook();
  const added = addDataSheet(workbook, KEY_WORK_SHEET.sheetName, KEY_WORK_COLUMNS, rows.map((r) => r.row));
  added.forEach((row, i) => {
    if (rows[i]!.stale) row.eachCell((cell) => (cell.fill = STALE_FILL));
  });
  addHelpSheet(workbook, KEY_WORK_COLUMNS, [{ title: '注意事项', lines: ['黄色行为一个月未报送进展（无进展）的工作。', ...commonImportNotes(KEY_WORK_SHEET).slice(0, 2), '本表可修改后重新导入（如调整年度、期限后作为下一年度工作导入）；系统中已有的同年度、同牵头单位、同名称的工作不会重复导入。'] }]);
  return workbookBuffer(workbook);
}

/** The import template: header row, an example sheet decomposing a county item to a township, notes. */
export function keyWorkTemplate(example: { leadUnit: string; partUnit: string | null; year: number }): Promise<Buffer> {
  const deadline = new Date(Date.UTC(example.year, 11, 31));
  const base: Row = { title: '病险库塘整治', description: '对病险山坪塘逐一整治，汛前空库运行', source: '文件要求', documentNo: '云府办发〔2026〕12号', year: example.year, deadline };
  const rows: Row[] = [
    { ...base, code: '1', leadUnit: example.leadUnit, metric: '整治库塘', unit: '座', targetValue: 100 },
    { ...base, code: '1', leadUnit: example.leadUnit, metric: '新增蓄水', unit: '万立方米', targetValue: 12.5 },
    ...(example.partUnit ? [{ ...base, code: '1.1', parentCode: '1', leadUnit: example.partUnit, metric: '整治库塘', unit: '座', targetValue: 60 }] : []),
    { code: '2', title: '农村生活垃圾集中清运', source: '会议部署', year: example.year, leadUnit: example.leadUnit, deadline, metric: '配备保洁员', unit: '人', targetValue: 320 },
  ];
  return buildTemplate(KEY_WORK_SHEET, rows, [
    ...commonImportNotes(KEY_WORK_SHEET),
    '一项工作有多个量化指标时，每个指标占一行，这些行填写相同的「编号」，工作名称等列可只在第一行填写；如重复填写，须与第一行一致。',
    '分解任务：在「上级编号」中填写上级工作的编号；分解任务的指标须是上级工作的指标。',
    '系统中已有同年度、同牵头单位、同名称的重点工作时，该行视为重复，不会导入。',
  ]);
}
