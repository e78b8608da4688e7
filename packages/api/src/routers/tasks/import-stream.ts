import { TRPCError } from '@trpc/server';
import { DomainError, type ImportProgress } from '@duban/core';
import type { Prisma } from '@duban/db';
import type { Context } from '../../context.ts';
import type { AuditInput } from '../../procedures.ts';
import { auditedTransaction } from '../../audited-transaction.ts';

export type ImportEvent<R> = ({ type: 'progress' } & ImportProgress) | { type: 'result'; result: R };

export interface ImportTools {
  audit: (entry: AuditInput) => Promise<void>;
  /** Reports progress to the browser; throws once the request is gone, which rolls the import back. */
  progress: (p: ImportProgress) => void;
}

/**
 * Work done outside the transaction: `prepare` before it opens (parsing the upload — seconds, in
 * a worker — must not hold a database connection; on PGlite that is the only one, and every other
 * request would wait for it), `finish` after it ended (the error workbook, likewise).
 */
export interface ImportOutsideSteps<R, P> {
  prepare?: (progress: ImportTools['progress']) => Promise<P>;
  finish?: (result: R, prepared: P) => Promise<R>;
}

class ImportAbandoned extends Error {}

/**
 * Runs an import in one transaction and streams its progress to the browser as it goes (the
 * web app reads it through httpBatchStreamLink), then the result. The procedure declares
 * `ownTransaction`, so this keeps the contract every mutation has (procedures.ts): one
 * transaction, at least one audit row in it, and nothing committed on failure. A request that
 * goes away mid-import rolls back at the next progress report.
 */
export async function* streamImport<R, P = undefined>(
  ctx: Context,
  path: string,
  signal: AbortSignal | undefined,
  work: (tx: Prisma.TransactionClient, tools: ImportTools, prepared: P) => Promise<R>,
  outside: ImportOutsideSteps<R, P> = {},
): AsyncGenerator<ImportEvent<R>> {
  const queue: ImportEvent<R>[] = [];
  let wake: (() => void) | null = null;
  let finished = false;
  let failure: unknown = null;
  let abandoned = false;
  const push = (event: ImportEvent<R>) => {
    queue.push(event);
    wake?.();
  };

  // Progress events are thinned out: one per percent of a phase is plenty for a progress bar.
  let last = { phase: '', percent: -1 };
  const progress = (p: ImportProgress) => {
    if (abandoned || signal?.aborted) throw new ImportAbandoned('import abandoned by the client');
    const percent = p.total > 0 ? Math.floor((p.done * 100) / p.total) : 0;
    if (p.phase === last.phase && percent === last.percent) return;
    last = { phase: p.phase, percent };
    push({ type: 'progress', ...p });
  };

  let prepared = undefined as P;
  const job = (outside.prepare ? outside.prepare(progress) : Promise.resolve(undefined as P))
    .then((p) => {
      prepared = p;
      return auditedTransaction(ctx, path, (tx, audit) => work(tx, { audit, progress }, prepared));
    })
    .then((result) => (outside.finish ? outside.finish(result, prepared) : result))
    .then(
      (result) => push({ type: 'result', result }),
      (error: unknown) => {
        failure = error;
      },
    )
    .finally(() => {
      finished = true;
      wake?.();
    });

  try {
    for (;;) {
      const next = queue.shift();
      if (next) {
        yield next;
        continue;
      }
      if (finished) break;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
    if (failure) throw asTRPCError(failure);
  } finally {
    abandoned = true;
    await job;
  }
}

function asTRPCError(error: unknown): unknown {
  if (error instanceof DomainError) return new TRPCError({ code: error.code, message: error.message, cause: error });
  return error;
}
