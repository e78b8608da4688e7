import type { Messages } from '../messages.ts';

// English: the Excel import dialog every import shares (org tree, key work, ledger).
export const excelImport: Pick<Messages, 'excelImport'> = {
  excelImport: {
    pickHint: 'Click or drop an Excel file here',
    pickLimit: '.xlsx only, up to 10 MB',
    onlyXlsx: 'Choose an .xlsx file',
    tooLarge: 'The file is too large (10 MB at most)',
    template: 'Download template',
    allOrNothing: 'The file is checked first, then imported; if anything in it is wrong, none of it is imported.',
    checking: 'Checking',
    importing: 'Importing',
    phase: {
      upload: 'uploading the file…',
      read: 'reading the workbook…',
      check: 'row {{done}} of {{total}}',
      write: 'writing {{done}} of {{total}} records',
    },
    errorsTitle: 'The check found {{count}} error(s); nothing was imported',
    errorsMore: 'Showing the first {{shown}}; the error report lists them all',
    downloadReport: 'Download error report',
    reportPrefix: 'errors',
    readyTitle: 'Check passed, not imported yet',
    confirm: 'Import',
    again: 'Choose another file',
    failed: 'Import failed: {{message}}',
    row: 'Row',
    column: 'Column',
    message: 'Problem',
    register: {
      import: 'Import',
      export: 'Export',
      title: 'Import the {{name}}',
      intro: 'Fill in the template and upload it; a row naming an existing record (same unit and name, or the register\'s other key) updates it instead of adding a duplicate.',
      ready: '{{created}} new, {{updated}} updated, {{unchanged}} unchanged.',
      done: 'Imported: {{created}} new, {{updated}} updated, {{unchanged}} unchanged.',
      exported: '{{rows}} rows exported.',
    },
  },
};
