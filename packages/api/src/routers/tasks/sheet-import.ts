import { buildErrorWorkbook, readSheet, type ImportLocale, type ProgressSink, type RawRow, type RowError, type SheetSpec } from '@duban/core';
import type { Prisma } from '@duban/db';
import type { ImportTools } from './import-stream.ts';

/** What the browser gets back from an import, checked or committed. */
export type ImportOutcome<S> =
  | { ok: true; dryRun: boolean; rows: number; summary: S; errors: RowError[]; errorCount: 0; errorReportBase64: null }
  | { ok: false; dryRun: boolean; rows: number; summary: null; errors: RowError[]; errorCount: number; errorReportBase64: string | null };

const ERRORS_SHOWN = 200;

export interface SheetImport<K extends string, D, S> {
  sheet: SheetSpec<K>;
  /** Audit: what the import creates and where (the unit of the caller's scope). */
  entityType: string;
  orgUnitId: string;
  check: (tx: Prisma.TransactionClient, rows: RawRow<K>[], progress: ProgressSink) => Promise<{ drafts: D[]; errors: RowError[] }>;
  summarize: (drafts: D[]) => S;
  write: (tx: Prisma.TransactionClient, drafts: D[], progress: ProgressSink) => Promise<{ summary: S; after: unknown }>;
}

/**
 * The one import pipeline behind key work and ledger imports: read the sheet, check every row,
 * and only when nothing is wrong (and this is not a dry run) write everything. Any error means
 * nothing is written; the user gets the errors and their own workbook annotated with them.
 */
export async function runSheetImport<K extends string, D, S>(
  tx: Prisma.TransactionClient,
  tools: ImportTools,
  input: { fileBase64: string; dryRun: boolean; locale: ImportLocale },
  spec: SheetImport<K, D, S>,
): Promise<ImportOutcome<S>> {
  const data = Buffer.from(input.fileBase64, 'base64');
  tools.progress({ phase: 'read', done: 0, total: 1 });
  const sheet = await readSheet(data, spec.sheet);
  tools.progress({ phase: 'read', done: 1, total: 1 });
  const rows = sheet.ok ? sheet.rows : [];
  const checked = sheet.ok ? await spec.check(tx, rows, tools.progress) : { drafts: [], errors: sheet.errors };
  const audit = { entityType: spec.entityType, orgUnitId: spec.orgUnitId };

  if (checked.errors.length > 0) {
    // A file that is not a workbook at all gets its errors listed, without a report to download.
    // A file refused for its size is not opened again for a report.
    const refused = !sheet.ok && sheet.refused;
    const report = refused ? null : await buildErrorWorkbook(data, checked.errors, { sheetName: spec.sheet.sheetName, locale: input.locale, spec: spec.sheet }).catch(() => null);
    // A rejected import changes nothing, but the attempt is on record.
    await tools.audit({ ...audit, outcome: 'failed', detail: `import rejected: ${checked.errors.length} error(s) in ${rows.length} row(s)` });
    return {
      ok: false, dryRun: input.dryRun, rows: rows.length, summary: null, errors: checked.errors.slice(0, ERRORS_SHOWN),
      errorCount: checked.errors.length, errorReportBase64: report?.toString('base64') ?? null,
    };
  }
  if (input.dryRun) {
    const summary = spec.summarize(checked.drafts);
    await tools.audit({ ...audit, after: summary, detail: `import checked (dry run): ${rows.length} row(s)` });
    return { ok: true, dryRun: true, rows: rows.length, summary, errors: [], errorCount: 0, errorReportBase64: null };
  }
  const written = await spec.write(tx, checked.drafts, tools.progress);
  await tools.audit({ ...audit, after: written.after, detail: `imported ${rows.length} row(s)` });
  return { ok: true, dryRun: false, rows: rows.length, summary: written.summary, errors: [], errorCount: 0, errorReportBase64: null };
}
