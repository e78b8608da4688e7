// Signed-in auth.me through the product's lean tRPC transport against tRPC's stock Fastify adapter
// and a bare Fastify route sending the same bytes (issue 13, item 4), in one server process on the
// demo county (signed-in-transport-server.ts), loaded by autocannon from this one with 督查室
// duchashi's cookie, rounds alternating. The ratios within each round are the figure.
//
//   pnpm --filter @duban/bench api-transport-signed-in   (BENCH_ROUNDS=4 BENCH_SECONDS=5 BENCH_CONNECTIONS=10)
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const rounds = Number(process.env.BENCH_ROUNDS ?? 4);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const port = Number(process.env.BENCH_PORT ?? 3100 + Math.floor(Math.random() * 90));

const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DUBAN_DATA_DIR: mkdtempSync(join(tmpdir(), 'duban-bench-transport-')), LOG_LEVEL: 'warn', DUBAN_SCHEDULER: 'off' };
delete env.DATABASE_URL;
const server = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./signed-in-transport-server.ts', import.meta.url))], { env, stdio: ['ignore', 'pipe', 'inherit'] });
const ports = await new Promise<Record<'lean' | 'stock' | 'bare', string>>((resolve, reject) => {
  server.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  createInterface({ input: server.stdout! }).on('line', (line) => line.startsWith('@@ ') && resolve(JSON.parse(line.slice(3))));
});
const url = (t: keyof typeof ports) => `http://127.0.0.1:${ports[t]}${t === 'bare' ? '/auth.me' : '/trpc/auth.me'}`;

try {
  const login = await fetch(`http://127.0.0.1:${ports.lean}/trpc/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'duchashi', password: 'Duban2026' }) });
  if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const headers = { cookie };
  // Both transports must answer the same bytes; the bare route is given them.
  const [lean, stock] = await Promise.all([url('lean'), url('stock')].map((u) => fetch(u, { headers }).then((r) => r.text())));
  if (lean !== stock || !lean.includes('"username":"duchashi"')) throw new Error('the transports answer differently');
  await fetch(`http://127.0.0.1:${ports.bare}/body`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: lean });
  if ((await fetch(url('bare')).then((r) => r.text())) !== lean) throw new Error('bare route body differs');
  console.log(`auth.me signed in as duchashi: ${lean.length} bytes`);

  const targets = ['bare', 'stock', 'lean'] as const;
  const results = { bare: [] as number[], stock: [] as number[], lean: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...targets].reverse() : targets;
    for (const t of order) {
      const r = await autocannon({ url: url(t), connections, duration: seconds, headers });
      if (r.non2xx || r.errors) throw new Error(`${t}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      results[t].push(r.requests.average);
    }
    console.log(`round ${round + 1}: ${order.map((t) => `${t} ${results[t].at(-1)!.toFixed(0)}`).join(' · ')} req/s · load ${loadavg()[0]!.toFixed(1)}`);
  }
  const stats = (xs: number[], digits = 3) => {
    const s = [...xs].sort((a, b) => a - b);
    return `${s[0]!.toFixed(digits)} / ${s[Math.floor(s.length / 2)]!.toFixed(digits)} / ${s.at(-1)!.toFixed(digits)}`;
  };
  const ratio = (a: number[], b: number[]) => a.map((v, i) => v / b[i]!);
  console.log(`\nautocannon c=${connections}, ${seconds} s × ${rounds} rounds; min / median / max`);
  for (const t of targets) console.log(`  ${t.padEnd(6)} ${stats(results[t], 0)} req/s${t === 'bare' ? '' : `   ÷ bare ${stats(ratio(results[t], results.bare))}`}`);
  console.log(`  lean ÷ stock ${stats(ratio(results.lean, results.stock))}`);
} finally {
  server.kill('SIGTERM');
}
