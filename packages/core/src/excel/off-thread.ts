import { Worker } from 'node:worker_threads';
import type { ExcelJob, ExcelJobResult } from './excel-job.ts';

/** Heap of one Excel worker: a workbook within the zip limits parses well inside it. */
const WORKER_HEAP_MB = 512;
const WORKER_TIMEOUT_MS = 120_000;

export class ExcelWorkerFailed extends Error {
  constructor(
    message: string,
    readonly reason: 'memory' | 'timeout' | 'crash',
  ) {
    super(message);
  }
}

/**
 * Runs an Excel job in a worker thread of its own, so that parsing a workbook — seconds of CPU
 * for a large one — never blocks the event loop that serves everyone else's requests, and its
 * memory is capped (resourceLimits) and returned when the worker ends. One worker per job: imports
 * are rare, and a fresh heap per upload is what bounds it.
 */
export function runInExcelWorker<K extends ExcelJob['kind']>(job: ExcelJob & { kind: K }): Promise<Extract<ExcelJobResult, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./excel-worker.mjs', import.meta.url), {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      finish(() => reject(new ExcelWorkerFailed('the Excel worker timed out', 'timeout')));
      void worker.terminate();
    }, WORKER_TIMEOUT_MS);
    worker.once('message', (result: ExcelJobResult) => finish(() => resolve(result as Extract<ExcelJobResult, { kind: K }>)));
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() => reject(new ExcelWorkerFailed(error.message, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash'))),
    );
    worker.once('exit', (code) => finish(() => reject(new ExcelWorkerFailed(`the Excel worker exited (${code})`, 'crash'))));
  });
}
