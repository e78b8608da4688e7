// Signed-in request cost (issue 13, item 1). On the real server, for each database:
//   signed-in auth.me against signed-out auth.me (no database access) — the ratio is the figure;
//   task.list (督办事项, first page of 50, as 督查室 duchashi) p50/p95 at 10 connections.
// Rounds alternate the three loads so drift on a shared machine hits all of them alike.
//
//   pnpm --filter @duban/bench api-requests        (BENCH_DBS=pglite,postgresql BENCH_SECONDS=8 BENCH_ROUNDS=3)
import { fmt, load, median, type LoadResult } from './load.ts';
import { signIn, startServer } from './server-process.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const dbs = (process.env.BENCH_DBS ?? 'pglite,postgresql').split(',') as ('pglite' | 'postgresql')[];
const port = 3100 + Math.floor(Math.random() * 90);

const input = (value: unknown) => `?input=${encodeURIComponent(JSON.stringify(value))}`;

for (const kind of dbs) {
  const server = await startServer(kind, port);
  try {
    const { cookie } = await signIn(server, 'duchashi');
    const me = `${server.url}/trpc/auth.me`;
    const list = `${server.url}/trpc/task.list${input({ page: 1, pageSize: 50 })}`;
    const probe = await fetch(list, { headers: { cookie } });
    if (!probe.ok) throw new Error(`task.list: ${probe.status} ${await probe.text()}`);
    const all: Record<string, LoadResult[]> = { out: [], in: [], list: [] };
    for (let round = 1; round <= rounds; round++) {
      all.out.push(await load('auth.me signed out', { url: me, connections, seconds }));
      all.in.push(await load('auth.me signed in (duchashi)', { url: me, connections, seconds, headers: { cookie } }));
      all.list.push(await load('task.list page of 50 (duchashi)', { url: list, connections, seconds, headers: { cookie } }));
      console.log(`[${kind}] round ${round}/${rounds}`);
      for (const k of ['out', 'in', 'list']) console.log('  ' + fmt(all[k].at(-1)!));
    }
    const ratios = all.in.map((r, i) => r.rps / all.out[i].rps);
    console.log(`\n[${kind}] c=${connections}, ${seconds} s per load, ${rounds} rounds`);
    console.log(`  signed-in / signed-out auth.me req/s: ${ratios.map((r) => r.toFixed(3)).join(' ')} (median ${median(ratios).toFixed(3)})`);
    console.log(`  auth.me signed in: median ${median(all.in.map((r) => r.rps)).toFixed(0)} req/s, p95 ${median(all.in.map((r) => r.p95)).toFixed(1)} ms`);
    console.log(`  task.list: median ${median(all.list.map((r) => r.rps)).toFixed(0)} req/s, p95 ${all.list.map((r) => r.p95.toFixed(1)).join(' / ')} ms (median ${median(all.list.map((r) => r.p95)).toFixed(1)})`);
    console.log(`  errors ${[...all.out, ...all.in, ...all.list].reduce((n, r) => n + r.errors + r.non2xx, 0)}, server exits ${server.exits}\n`);
  } finally {
    await server.stop();
  }
}
