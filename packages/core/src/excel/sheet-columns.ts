import type ExcelJS from 'exceljs';
import { bi, rowError, type RowError } from './row-error.ts';
import { cellText, HEADER_ROW } from './workbook.ts';

/** One column of an import/export sheet: the template, the export, the parser and the error report agree on it. */
export interface SheetColumn<K extends string = string> {
  key: K;
  /** zh-CN header written by exports and templates, used in messages. */
  header: string;
  headerEn: string;
  /** Other header spellings accepted on import (e.g. an older export's label). */
  aliases?: readonly string[];
  /** Whether the parser refuses a sheet that lacks this column. */
  columnRequired: boolean;
  /** Shown in the help sheet. */
  requirement: string;
  /** Help-sheet explanation of what the cells may hold. */
  note?: string;
  width: number;
  /** Excel number format: '@' keeps codes text, 'yyyy-mm-dd' shows dates. */
  numFmt?: string;
  /** Written by exports for reading only (progress, status …); the parser ignores it. */
  exportOnly?: boolean;
}

export interface RawRow<K extends string> {
  /** 1-based sheet row. */
  row: number;
  /** Trimmed display text of each known column ('' when blank or absent). */
  cells: Record<K, string>;
}

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Header matching ignores case and spacing, and takes the zh-CN label, the English one or the key. */
export function mapHeader<K extends string>(sheet: ExcelJS.Worksheet, columns: readonly SheetColumn<K>[]): { columns: Map<K, number>; errors: RowError[] } {
  const importable = columns.filter((c) => !c.exportOnly);
  const seen = new Map<K, number[]>();
  sheet.getRow(HEADER_ROW).eachCell((cell, col) => {
    const text = normalise(cellText(cell.value));
    if (!text) return;
    const column = importable.find((c) => [c.header, c.headerEn, c.key, ...(c.aliases ?? [])].some((label) => normalise(label) === text));
    if (column) seen.set(column.key, [...(seen.get(column.key) ?? []), col]);
  });

  const errors: RowError[] = [];
  const found = new Map<K, number>();
  for (const c of importable) {
    const cols = seen.get(c.key) ?? [];
    if (cols.length > 1) {
      errors.push(rowError(HEADER_ROW, c, bi(`表头「${c.header}」出现了 ${cols.length} 次，请只保留一列`, `the header "${c.headerEn}" appears ${cols.length} times; keep one column`)));
    } else if (cols[0] !== undefined) found.set(c.key, cols[0]);
    else if (c.columnRequired) errors.push(rowError(HEADER_ROW, c, bi(`缺少「${c.header}」列`, `the column "${c.headerEn}" is missing`)));
  }
  return { columns: found, errors };
}

/** Data rows below the header; rows whose known columns are all blank are dropped. */
export function readRows<K extends string>(sheet: ExcelJS.Worksheet, keys: readonly K[], columns: Map<K, number>): RawRow<K>[] {
  const rows: RawRow<K>[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= HEADER_ROW) return;
    const cells = {} as Record<K, string>;
    let any = false;
    for (const key of keys) {
      const col = columns.get(key);
      const text = col === undefined ? '' : cellText(row.getCell(col).value);
      cells[key] = text;
      if (text !== '') any = true;
    }
    if (any) rows.push({ row: rowNumber, cells });
  });
  return rows;
}
