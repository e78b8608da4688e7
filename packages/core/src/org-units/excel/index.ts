export {
  COLUMNS,
  ERROR_HEADER,
  LEVEL_LABELS,
  MAX_DATA_ROWS,
  SHEET_NAME,
  levelFromText,
  type OrgLevelValue,
  type OrgTreeRow,
  type RowError,
} from './columns.ts';
export { exportOrgTree } from './export-org-tree.ts';
export { parseOrgTree, type ParsedOrgTree } from './parse-org-tree.ts';
export { buildErrorReport } from './error-report.ts';
