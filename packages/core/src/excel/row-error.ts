/**
 * One problem found in an uploaded sheet, in both languages of the app: the web shows the
 * user's language, the error workbook is written in it. Every import (org tree, key work, task
 * ledger) reports through this one shape.
 */
export interface RowError {
  /** 1-based sheet row number; 0 for problems with the file as a whole. */
  row: number;
  /** zh-CN header label of the offending column. */
  column?: string;
  /** English header label of the offending column. */
  columnEn?: string;
  /** zh-CN, already prefixed with the row number. */
  message: string;
  /** English, already prefixed with the row number (imports written before it may lack it). */
  messageEn?: string;
}

export type ImportLocale = 'zh-CN' | 'en';

/** Message format shared by every row error, e.g. "第 12 行:上级编码「5002360010」不存在". */
export function rowMessage(row: number, text: string): string {
  return row > 0 ? `第 ${row} 行:${text}` : text;
}

export function rowMessageEn(row: number, text: string): string {
  return row > 0 ? `Row ${row}: ${text}` : text;
}

/** A text in both languages; row errors are built from these. */
export interface Bilingual {
  zh: string;
  en: string;
}

export const bi = (zh: string, en: string): Bilingual => ({ zh, en });

export function rowError(row: number, column: { header: string; headerEn: string } | undefined, text: Bilingual): RowError {
  return {
    row,
    ...(column ? { column: column.header, columnEn: column.headerEn } : {}),
    message: rowMessage(row, text.zh),
    messageEn: rowMessageEn(row, text.en),
  };
}

export const fileError = (text: Bilingual): RowError => rowError(0, undefined, text);

/** The message in the caller's language (English falls back to zh-CN where none was written). */
export const localMessage = (e: RowError, locale: ImportLocale): string => (locale === 'en' ? (e.messageEn ?? e.message) : e.message);
