// Excel imports off the request path (F7). What another user's request waits for while an upload
// is parsed: the event-loop delay, probed every 10 ms, while (a) a 10,000-row ledger is parsed in
// the request's thread as before (parseSheet) and (b) the same file is parsed by readSheet in a
// worker; plus (c) the F7 upload — a ledger inflated to 30,000 rows — parsed whole as before
// against refused from its zip. Baseline: the same probe with nothing running. Ratios, same run.
import { parseSheet } from '@duban/core/excel/parse-sheet';
import { readSheet } from '@duban/core/excel/read-sheet';
import { ledgerWorkbook, workbookBomb } from '@duban/core/excel/testing/oversized-workbooks';
import { LEDGER_SHEET } from '@duban/core/tasks/excel/ledger-sheet';

async function probe<T>(work: () => Promise<T>): Promise<{ ms: number; lagP50: number; lagMax: number; rssPeakMb: number }> {
  const lags: number[] = [];
  let expected = performance.now() + 10;
  const rssStart = process.memoryUsage().rss;
  let rssPeak = rssStart;
  const timer = setInterval(() => {
    const now = performance.now();
    lags.push(Math.max(0, now - expected));
    expected = now + 10;
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }, 10);
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  clearInterval(timer);
  lags.sort((a, b) => a - b);
  return { ms, lagP50: lags[Math.floor(lags.length / 2)] ?? ms, lagMax: lags.at(-1) ?? ms, rssPeakMb: Math.round((rssPeak - rssStart) / 1024 / 1024) };
}

const fmt = (r: Awaited<ReturnType<typeof probe>>) => `${r.ms.toFixed(0).padStart(6)} ms   lag p50 ${r.lagP50.toFixed(1).padStart(6)} ms   max ${r.lagMax.toFixed(0).padStart(5)} ms   rss growth ${r.rssPeakMb} MB`;

const legit = await ledgerWorkbook(10_000);
const f7 = await ledgerWorkbook(30_000);
const bomb = await workbookBomb(400);
console.log(`files: 10,000-row ledger ${(legit.length / 1e6).toFixed(2)} MB, F7 30,000-row ledger ${(f7.length / 1e6).toFixed(2)} MB, bomb ${(bomb.length / 1e6).toFixed(2)} MB (unpacks to 400 MB)`);
await readSheet(legit, LEDGER_SHEET); // warm both paths once
await parseSheet(legit, LEDGER_SHEET);

const idle = await probe(() => new Promise((r) => setTimeout(r, 2000)));
const inThread = await probe(() => parseSheet(legit, LEDGER_SHEET));
const worker = await probe(() => readSheet(legit, LEDGER_SHEET));
const { loadWorkbook } = await import('@duban/core/excel/workbook');
const f7Whole = await probe(() => loadWorkbook(f7));
const f7Refused = await probe(() => readSheet(f7, LEDGER_SHEET));
const bombRefused = await probe(() => readSheet(bomb, LEDGER_SHEET));

console.log(`baseline (idle)               ${fmt(idle)}`);
console.log(`10k rows, request thread      ${fmt(inThread)}`);
console.log(`10k rows, worker (readSheet)  ${fmt(worker)}`);
console.log(`F7 30k rows, whole (before)   ${fmt(f7Whole)}`);
console.log(`F7 30k rows, refused (now)    ${fmt(f7Refused)}`);
console.log(`bomb 400 MB, refused (now)    ${fmt(bombRefused)}`);
const base = Math.max(idle.lagMax, 1);
console.log(`max event-loop delay / idle: request thread ${(inThread.lagMax / base).toFixed(1)}×, worker ${(worker.lagMax / base).toFixed(1)}×`);
console.log(`F7 upload: refused in ${(f7Refused.ms / f7Whole.ms).toFixed(3)}× the time of building it whole`);
