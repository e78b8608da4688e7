// Soak (issue 13, item 9): 60 s at 50 connections against the real server on PostgreSQL (and/or
// PGlite), a mix of what the 工作台 and 督办看板 ask for — auth.me, task.list, supervision.stats,
// inbox.list — signed in as 督查室. Reports requests, errors (connection errors, timeouts,
// non-2xx) and server restarts (exits of the server process); the goal is 0 of each. The server's
// stderr is passed through, so a crash shows its cause.
//
//   pnpm --filter @duban/bench api-soak        (BENCH_DBS=postgresql BENCH_SECONDS=60 BENCH_CONNECTIONS=50)
import autocannon from 'autocannon';
import { signIn, startServer } from './server-process.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const dbs = (process.env.BENCH_DBS ?? 'postgresql').split(',') as ('pglite' | 'postgresql')[];
const port = 3100 + Math.floor(Math.random() * 90);
const input = (value: unknown) => `?input=${encodeURIComponent(JSON.stringify(value))}`;

let failed = false;
for (const kind of dbs) {
  const server = await startServer(kind, port);
  try {
    const { cookie } = await signIn(server, 'duchashi');
    const me = (await (await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie } })).json()) as { result: { data: { county: { id: string } } } };
    const county = me.result.data.county.id;
    const paths = [
      '/trpc/auth.me',
      `/trpc/task.list${input({ page: 1, pageSize: 50 })}`,
      `/trpc/supervision.stats${input({ orgUnitId: county })}`,
      `/trpc/inbox.list${input({ unreadOnly: false })}`,
    ];
    const statuses = new Map<number, number>();
    const result = await autocannon({
      url: server.url,
      connections,
      duration: seconds,
      headers: { cookie },
      requests: paths.map((path) => ({ method: 'GET', path })),
      setupClient: (client) => client.on('response', (status: number) => void statuses.set(status, (statuses.get(status) ?? 0) + 1)),
    });
    const alive = await fetch(`${server.url}/healthz`).then((r) => r.ok, () => false);
    const errors = result.errors + result.timeouts + result.non2xx;
    console.log(`[${kind}] ${seconds} s, c=${connections}: ${result.requests.total} requests (${(result.requests.total / seconds).toFixed(0)} req/s), p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
    console.log(`  errors ${errors} (connection ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}; statuses ${JSON.stringify(Object.fromEntries(statuses))})`);
    console.log(`  server restarts (process exits) ${server.exits}; answering /healthz afterwards: ${alive}`);
    if (errors || server.exits || !alive) failed = true;
  } finally {
    await server.stop();
  }
}
process.exitCode = failed ? 1 : 0;
