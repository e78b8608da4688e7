// Test support other packages use (`@duban/core/testing`): fixtures, not product code.
export { jpegWithExif } from './inspections/jpeg-with-exif.ts';
export { workbookBomb } from './excel/testing/oversized-workbooks.ts';
export { xlsxBase64, xlsxRows, drainImport, type TestCell } from './excel/testing/sheets.ts';
