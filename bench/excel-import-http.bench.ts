// Excel imports against a running server (F7): how long another user's auth.me takes while
// task.importLedger (dry run) reads a workbook, against auth.me with nothing running. Start a
// server first (PGlite demo: `PORT=3148 pnpm --filter @duban/server start`), then
// `BENCH_URL=http://127.0.0.1:3148 pnpm --filter @duban/bench excel-import-http`.
import { ledgerWorkbook, workbookBomb } from '@duban/core/excel/testing/oversized-workbooks';

const url = process.env.BENCH_URL ?? 'http://127.0.0.1:3148';
const base = `${url}/trpc`;
const signIn = async (username: string) => {
  const res = await fetch(`${base}/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: process.env.BENCH_PASSWORD ?? 'Duban2026' }) });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  return { 'content-type': 'application/json', cookie: cookies.join('; '), 'x-csrf-token': cookies.find((c) => c.startsWith('duban_csrf='))!.split('=')[1]! };
};
const importer = await signIn(process.env.BENCH_IMPORTER ?? 'duchashi');
const other = await signIn(process.env.BENCH_OTHER ?? 'admin');
const me = async () => {
  const t = performance.now();
  await (await fetch(`${base}/auth.me`, { headers: other })).text();
  return performance.now() - t;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const idle: number[] = [];
for (let i = 0; i < 20; i++) idle.push(await me());
console.log(`auth.me idle: median ${median(idle).toFixed(0)} ms`);
for (const [label, file] of [['400 MB bomb', await workbookBomb(400)], ['F7 30,000-row ledger', await ledgerWorkbook(30_000)], ['10,000-row ledger', await ledgerWorkbook(10_000)]] as const) {
  const t = performance.now();
  let done = false;
  const importing = fetch(`${base}/task.importLedger?batch=1`, { method: 'POST', headers: { ...importer, 'trpc-accept': 'application/jsonl' }, body: JSON.stringify({ 0: { fileBase64: file.toString('base64'), dryRun: true } }) })
    .then((r) => r.text())
    .finally(() => (done = true));
  const during: number[] = [];
  while (!done) during.push(await me());
  const body = await importing;
  const verdict = body.match(/"rows":\d+/)?.[0] ?? '';
  console.log(`${label}: import ${(performance.now() - t).toFixed(0)} ms (${verdict}); auth.me meanwhile ×${during.length}: median ${median(during).toFixed(0)} ms, max ${Math.max(...during).toFixed(0)} ms = ${(Math.max(...during) / median(idle)).toFixed(1)}× idle median`);
}
