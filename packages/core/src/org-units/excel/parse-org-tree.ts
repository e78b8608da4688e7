import { MAX_DATA_ROWS, type OrgLevelValue, type OrgTreeRow, type RowError } from './columns.ts';
import { loadWorkbook, mapHeader, pickWorksheet, readRows, type XlsxInput } from './read-sheet.ts';
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
  const workbook = await loadWorkbook(data);
  if (!workbook) return fileError('文件无法读取，请上传 Excel 工作簿（.xlsx 格式；旧版 .xls 请先另存为 .xlsx）');
  const sheet = pickWorksheet(workbook);
  if (!sheet) return fileError('工作簿中没有工作表');

  const header = mapHeader(sheet);
  if (header.errors.length > 0) return { rows: [], errors: header.errors };

  const raws = readRows(sheet, header.columns);
  if (raws.length === 0) return fileError('表格中没有数据行');
  if (raws.length > MAX_DATA_ROWS) {
    return fileError(`数据行过多：共 ${raws.length} 行，每次最多导入 ${MAX_DATA_ROWS} 行，请分批导入`);
  }

  const entries: TreeEntry[] = raws.map((raw) => {
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

function fileError(message: string): ParsedOrgTree {
  return { rows: [], errors: [{ row: 0, message }] };
}
