// Excel import and export scaffolding shared by every sheet the app reads or writes (org tree,
// key work, task ledger): workbook reading, header mapping, bilingual row errors, the error
// workbook and the layout of data and help sheets.
export * from './row-error.ts';
export * from './workbook.ts';
export * from './sheet-columns.ts';
export * from './read-sheet.ts';
export * from './error-report.ts';
export * from './write-sheet.ts';
export * from './template.ts';
export * from './cells.ts';
export * from './progress.ts';
