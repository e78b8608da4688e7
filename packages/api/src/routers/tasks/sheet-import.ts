import { buildErrorWorkbook, readSheet, type ImportLocale, type ProgressSink, type RawRow, type RowError, type SheetRead, type SheetSpec } from '@duban/core';
import type { Prisma } from '@duban/db';
import type { Context } from '../../context.ts';
import { streamImport, type ImportTools } from './import-stream.ts';

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

type ImportInput = { fileBase64: string; dryRun: boolean; locale: ImportLocale };
/** The upload as read before the transaction; `errors`: every row error, for the report after it. */
type ReadUpload = { data: Buffer; sheet: SheetRead<string>; errors?: RowError[] };

/**
 * The one import pipeline behind key work and ledger imports, streamed (import-stream.ts): read
 * the sheet (in a worker, before the transaction opens), check every row, and only when nothing
 * is wrong (and this is not a dry run) write everything. Any error means nothing is written; the
 * user gets the errors and their own workbook annotated with them (built after the transaction).
 */
export function streamSheetImport<K extends string, D, S>(ctx: Context, path: string, signal: AbortSignal | undefined, input: ImportInput, spec: SheetImport<K, D, S>) {
  return streamImport<ImportOutcome<S>, ReadUpload>(ctx, path, signal, (tx, tools, upload) => runSheetImport(tx, tools, input, spec, upload), {
    prepare: async (progress) => {
      const data = Buffer.from(input.fileBase64, 'base64');
      progress({ phase: 'read', done: 0, total: 1 });
      const sheet = await readSheet(data, spec.sheet);
      progress({ phase: 'read', done: 1, total: 1 });
      return { data, sheet };
    },
    finish: async (outcome, upload) => {
      // A file refused for its size is not opened again for a report.
      if (outcome.ok || (!upload.sheet.ok && upload.sheet.refused)) return outcome;
      const report = await buildErrorWorkbook(upload.data, upload.errors ?? outcome.errors, { sheetName: spec.sheet.sheetName, locale: input.locale, spec: spec.sheet }).catch(() => null);
      return { ...outcome, errorReportBase64: report?.toString('base64') ?? null };
    },
  });
}

async function runSheetImport<K extends string, D, S>(
  tx: Prisma.TransactionClient,
  tools: ImportTools,
  input: ImportInput,
  spec: SheetImport<K, D, S>,
  upload: ReadUpload,
): Promise<ImportOutcome<S>> {
  const sheet = upload.sheet as SheetRead<K>;
  const rows = sheet.ok ? sheet.rows : [];
  const checked = sheet.ok ? await spec.check(tx, rows, tools.progress) : { drafts: [], errors: sheet.errors };
  const audit = { entityType: spec.entityType, orgUnitId: spec.orgUnitId };

  if (checked.errors.length > 0) {
    // Every error goes into the report (built after the transaction), the first ERRORS_SHOWN to the page.
    upload.errors = checked.errors;
    // A rejected import changes nothing, but the attempt is on record.
    await tools.audit({ ...audit, outcome: 'failed', detail: `import rejected: ${checked.errors.length} error(s) in ${rows.length} row(s)` });
    return {
      ok: false, dryRun: input.dryRun, rows: rows.length, summary: null, errors: checked.errors.slice(0, ERRORS_SHOWN),
      errorCount: checked.errors.length, errorReportBase64: null,
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
