import type { SheetColumn, SheetSpec } from '../../excel/index.ts';

// The 重点工作 sheet: the template, the export and the import agree on these columns. A key work
// with several quantified targets takes one row per target, the rows sharing a 编号; a 上级编号
// decomposes a key work into parts, as the 分解 dialog does.

export type KeyWorkColumnKey =
  | 'code' | 'parentCode' | 'title' | 'description' | 'source' | 'documentNo' | 'year' | 'leadUnit' | 'assistingUnits'
  | 'responsiblePerson' | 'deadline' | 'metric' | 'unit' | 'targetValue'
  | 'actual' | 'percent' | 'lastProgressAt' | 'progressState';

export const KEY_WORK_SHEET_NAME = '重点工作';
export const KEY_WORK_MAX_ROWS = 10_000;
export const KEY_WORK_MAX_TARGETS = 10;
export const KEY_WORK_MAX_ASSISTING = 20;

export const KEY_WORK_COLUMNS: readonly SheetColumn<KeyWorkColumnKey>[] = [
  { key: 'code', header: '编号', headerEn: 'No.', columnRequired: false, requirement: '选填', width: 10, numFmt: '@', note: '本表内的编号（1–32 位字母、数字、-、_、.）。同一项工作有多个指标时，各行填相同编号；分解任务用它作上级编号' },
  { key: 'parentCode', header: '上级编号', headerEn: 'Parent no.', columnRequired: false, requirement: '选填', width: 10, numFmt: '@', note: '分解任务填写其上级工作在本表中的编号；牵头单位须在上级工作牵头单位之下，指标须是上级工作的指标' },
  { key: 'title', header: '工作名称', headerEn: 'Title', columnRequired: true, requirement: '必填', width: 30, note: '2–100 个字' },
  { key: 'description', header: '工作内容', headerEn: 'Description', columnRequired: false, requirement: '选填', width: 36, note: '不超过 2000 个字' },
  { key: 'source', header: '来源', headerEn: 'Source', columnRequired: false, requirement: '选填', width: 10, note: '领导批示、会议部署、文件要求 之一' },
  { key: 'documentNo', header: '文件号', headerEn: 'Document no.', columnRequired: false, requirement: '选填', width: 22, note: '不超过 60 个字，如 云府办发〔2026〕12号' },
  { key: 'year', header: '年度', headerEn: 'Year', columnRequired: false, requirement: '选填', width: 8, note: '如 2026；不填则取完成期限所在年度' },
  { key: 'leadUnit', header: '牵头单位', headerEn: 'Lead unit', columnRequired: true, requirement: '必填', width: 18, note: '单位名称；重名时连同上级写出，如「青龙镇/石桥村」。须在您有权部署重点工作的范围内' },
  { key: 'assistingUnits', header: '协办单位', headerEn: 'Assisting units', columnRequired: false, requirement: '选填', width: 22, note: '多个单位用顿号（、）或逗号分隔，最多 20 个，不能包括牵头单位' },
  { key: 'responsiblePerson', header: '责任人', headerEn: 'Responsible person', columnRequired: false, requirement: '选填', width: 14, note: '牵头单位的人员姓名；同名时写成「姓名(手机号)」' },
  { key: 'deadline', header: '完成期限', headerEn: 'Deadline', columnRequired: true, requirement: '必填', width: 12, numFmt: 'yyyy-mm-dd', note: '日期，如 2026-12-31（当天 24 时截止），不能早于今天' },
  { key: 'metric', header: '指标名称', headerEn: 'Metric', columnRequired: false, requirement: '选填', width: 18, note: '量化指标，如 整治库塘；指标名称、计量单位、目标值三项同填或同空；每项工作最多 10 个指标' },
  { key: 'unit', header: '计量单位', headerEn: 'Unit', columnRequired: false, requirement: '选填', width: 10, note: '如 座、亩、户，不超过 10 个字' },
  { key: 'targetValue', header: '目标值', headerEn: 'Target', columnRequired: false, requirement: '选填', width: 10, note: '非负数，最多两位小数' },
  { key: 'actual', header: '完成值', headerEn: 'Actual', columnRequired: false, requirement: '', width: 10, exportOnly: true, note: '导出时的完成值（分解过的工作为各分解任务之和），导入时忽略' },
  { key: 'percent', header: '完成率', headerEn: 'Completion', columnRequired: false, requirement: '', width: 10, numFmt: '0.00%', exportOnly: true, note: '完成值 / 目标值，导入时忽略' },
  { key: 'lastProgressAt', header: '最近进展', headerEn: 'Last progress', columnRequired: false, requirement: '', width: 12, numFmt: 'yyyy-mm-dd', exportOnly: true, note: '最近一次报送进展的日期，导入时忽略' },
  { key: 'progressState', header: '进展状态', headerEn: 'Progress state', columnRequired: false, requirement: '', width: 10, exportOnly: true, note: '「无进展」表示一个月未报送进展，导入时忽略' },
];

export const KEY_WORK_SHEET: SheetSpec<KeyWorkColumnKey> = { sheetName: KEY_WORK_SHEET_NAME, columns: KEY_WORK_COLUMNS, maxRows: KEY_WORK_MAX_ROWS };

export const keyWorkColumn = (key: KeyWorkColumnKey) => KEY_WORK_COLUMNS.find((c) => c.key === key)!;

export type KeyWorkSource = 'leader_instruction' | 'meeting' | 'document';

export const KEY_WORK_SOURCES: readonly { value: KeyWorkSource; zh: string; en: string; aliases?: readonly string[] }[] = [
  { value: 'leader_instruction', zh: '领导批示', en: 'Leader instruction', aliases: ['批示'] },
  { value: 'meeting', zh: '会议部署', en: 'Meeting', aliases: ['会议'] },
  { value: 'document', zh: '文件要求', en: 'Document', aliases: ['文件'] },
];

export const sourceName = (value: string | null) => KEY_WORK_SOURCES.find((s) => s.value === value)?.zh ?? '';
