// Entry of the Excel worker thread (off-thread.ts). Plain JavaScript so that it starts in any
// host: the server runs under tsx, whose loader the worker inherits; a host without it (vitest's
// worker processes) gets tsx registered here before the TypeScript job is imported.
import { parentPort, workerData } from 'node:worker_threads';

async function load() {
  try {
    return await import('./excel-job.ts');
  } catch (error) {
    if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
    const { register } = await import('tsx/esm/api');
    register();
    // A new specifier: the loader remembers the failed import of the first one.
    return import('./excel-job.ts?with-tsx');
  }
}

const { runExcelJob } = await load();
const result = await runExcelJob(workerData);
parentPort.postMessage(result);
