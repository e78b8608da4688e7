/** One problem in an uploaded sheet, as every import returns it (packages/core/src/excel/row-error.ts). */
export interface ImportRowError {
  row: number;
  column?: string;
  columnEn?: string;
  message: string;
  messageEn?: string;
}

export type ImportPhase = 'upload' | 'read' | 'check' | 'write';

export interface ImportProgressState {
  phase: ImportPhase;
  done: number;
  total: number;
}

/** What an import (checked or committed) comes back with, whatever it imports. */
export interface ImportResultView<S> {
  ok: boolean;
  summary: S | null;
  errors: ImportRowError[];
  errorCount: number;
  errorReportBase64: string | null;
}

export type ImportLocale = 'zh-CN' | 'en';

/** Runs one pass over the file: a check (dryRun) or the import itself, reporting progress as it goes. */
export type ImportRunner<S> = (file: { base64: string; locale: ImportLocale }, dryRun: boolean, onProgress: (p: ImportProgressState) => void) => Promise<ImportResultView<S>>;
