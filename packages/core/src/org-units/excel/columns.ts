// Shared vocabulary of the org-tree sheet: the export, the parser and the error report must agree on it.
// The scaffolding (reading, header mapping, error workbook) is the one every import uses: ../../excel.
import type { SheetColumn } from '../../excel/sheet-columns.ts';

export type { RowError } from '../../excel/row-error.ts';
export { rowMessage } from '../../excel/row-error.ts';
export { HEADER_ROW } from '../../excel/workbook.ts';
export { ERROR_FILL_ARGB } from '../../excel/error-report.ts';

export type OrgLevelValue = 'county' | 'township' | 'village' | 'group' | 'department';

export interface OrgTreeRow {
  code: string;
  name: string;
  level: OrgLevelValue;
  parentCode: string | null;
  district: string | null;
}

export type OrgColumnKey = keyof OrgTreeRow;

export interface OrgColumn extends SheetColumn<OrgColumnKey> {
  /** Shown in the help sheet; cell-level rules live in the row schema. */
  requirement: '必填' | '选填' | '除县级外必填';
}

export const SHEET_NAME = '组织机构';
export const HELP_SHEET_NAME = '说明';
export const ERROR_HEADER = '错误';
export const MAX_DATA_ROWS = 20_000;

export const CODE_MAX = 32;
export const NAME_MAX = 60;
export const DISTRICT_MAX = 30;
export const CODE_PATTERN = /^[0-9A-Za-z_-]+$/;

export const COLUMNS: readonly OrgColumn[] = [
  // Text format keeps codes such as 0012 or 18-digit numbers from being turned into numbers when users type them.
  { key: 'code', header: '编码', headerEn: 'Code', columnRequired: true, requirement: '必填', width: 22, numFmt: '@' },
  { key: 'name', header: '名称', headerEn: 'Name', columnRequired: true, requirement: '必填', width: 32 },
  { key: 'level', header: '层级', headerEn: 'Level', columnRequired: true, requirement: '必填', width: 10 },
  { key: 'parentCode', header: '上级编码', headerEn: 'Parent code', columnRequired: true, requirement: '除县级外必填', width: 22, numFmt: '@' },
  { key: 'district', header: '片区', headerEn: 'District', columnRequired: false, requirement: '选填', width: 16 },
];

export function columnHeader(key: OrgColumnKey): string {
  return COLUMNS.find((c) => c.key === key)?.header ?? key;
}

export const LEVEL_LABELS: Record<OrgLevelValue, string> = {
  county: '县',
  township: '乡镇',
  village: '村',
  group: '组',
  department: '部门',
};

export const LEVEL_VALUES = Object.keys(LEVEL_LABELS) as [OrgLevelValue, ...OrgLevelValue[]];

// Users type what they see on signs (镇, 街道, 社区), so those spellings are accepted too.
const LEVEL_ALIASES = new Map<string, OrgLevelValue>([
  ...LEVEL_VALUES.map((v) => [v, v] as const),
  ...LEVEL_VALUES.map((v) => [LEVEL_LABELS[v], v] as const),
  ['镇', 'township'],
  ['乡', 'township'],
  ['街道', 'township'],
  ['社区', 'village'],
]);

export function levelFromText(text: string): OrgLevelValue | undefined {
  return LEVEL_ALIASES.get(text.trim().toLowerCase());
}

/** The only level a unit's parent may have; the county is the root and has none. */
export const PARENT_LEVEL: Record<OrgLevelValue, OrgLevelValue | null> = {
  county: null,
  township: 'county',
  village: 'township',
  group: 'village',
  department: 'county',
};

