import { readSheet } from '../../excel/read-sheet.ts';
import type { XlsxInput } from '../../excel/workbook.ts';
import { COLUMNS, MAX_DATA_ROWS, SHEET_NAME, type OrgLevelValue, type OrgTreeRow, type RowError } from './columns.ts';
import { validateRow } from './row-schema.ts';
import { checkTree, type TreeEntry } from './tree-checks.ts';

export interface ParsedOrgTree {
  /** Importable rows, parents before children; excludes rows with errors and everything below them. */
  rows: (OrgTreeRow & { row: number })[];
  errors: RowError[];
}

/**
 * Never throws: every problem, down to "this is not an xlsx file", comes back as a RowError so the
 * upload UI has a single path. `existingCodes` (code → level) lets rows hang below units already in the database.
 */
export async function parseOrgTree(
  data: XlsxInput,
  existingCodes: ReadonlyMap<string, OrgLevelValue> = new Map(),
): Promise<ParsedOrgTree> {
  const sheet = await readSheet(data, { sheetName: SHEET_NAME, columns: COLUMNS, maxRows: MAX_DATA_ROWS });
  if (!sheet.ok) return { rows: [], errors: sheet.errors };

  const entries: TreeEntry[] = sheet.rows.map((raw) => {
    const result = validateRow(raw);
    return {
      row: raw.row,
      code: raw.cells.code,
      parentCode: raw.cells.parentCode,
      value: result.ok ? result.value : null,
      errors: result.ok ? [] : result.errors,
    };
  });
  return checkTree(entries, existingCodes);
}
