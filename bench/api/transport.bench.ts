// tRPC transport (issue 13, item 4): requests per second for a trivial query through tRPC's stock
// Fastify adapter and through the product's lean transport (apps/server/src/trpc-transport.ts),
// against a bare Fastify route sending the same body, all three in one server process
// (transport-server.ts) and loaded by autocannon from this one, rounds alternating. The ratios
// to bare are the figure; also a batch of 4 through each transport.
//
//   pnpm --filter @duban/bench api-transport     (BENCH_ROUNDS=4 BENCH_SECONDS=5 BENCH_CONNECTIONS=10)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const rounds = Number(process.env.BENCH_ROUNDS ?? 4);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const server = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./transport-server.ts', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
const [chunk] = (await once(server.stdout!, 'data')) as [Buffer];
const base = `http://127.0.0.1:${chunk.toString().trim()}`;

const paths = {
  bare: '/bare/hello',
  stock: '/stock/hello',
  lean: '/lean/hello',
  'stock batch 4': `/stock/hello,hello,hello,hello?batch=1&input=${encodeURIComponent('{}')}`,
  'lean batch 4': `/lean/hello,hello,hello,hello?batch=1&input=${encodeURIComponent('{}')}`,
} as const;
type Target = keyof typeof paths;

for (const [name, path] of Object.entries(paths)) {
  const res = await fetch(base + path);
  console.log(`${name.padEnd(14)} ${res.status} ${res.headers.get('content-length') ? `content-length ${res.headers.get('content-length')}` : `transfer-encoding ${res.headers.get('transfer-encoding')}`}  ${await res.text()}`);
}

const rps = async (target: Target) => {
  const r = await autocannon({ url: base + paths[target], connections, duration: seconds });
  if (r.non2xx || r.errors) throw new Error(`${target}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return r.requests.average;
};

const results = Object.fromEntries(Object.keys(paths).map((k) => [k, [] as number[]])) as Record<Target, number[]>;
for (let round = 0; round < rounds; round++) {
  const order = Object.keys(paths) as Target[];
  if (round % 2) order.reverse();
  for (const target of order) results[target].push(await rps(target));
  console.log(`round ${round + 1}: ${order.map((t) => `${t} ${results[t].at(-1)!.toFixed(0)}`).join(' · ')} req/s · load ${loadavg()[0]!.toFixed(1)}`);
}
server.kill();

const stats = (xs: number[], digits = 3) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[0]!.toFixed(digits)} / ${s[Math.floor(s.length / 2)]!.toFixed(digits)} / ${s.at(-1)!.toFixed(digits)}`;
};
const ratio = (t: Target) => results[t].map((v, i) => v / results.bare[i]!);
console.log(`\nautocannon c=${connections}, ${seconds} s × ${rounds} rounds; min / median / max`);
for (const t of Object.keys(paths) as Target[]) console.log(`  ${t.padEnd(14)} ${stats(results[t], 0)} req/s${t === 'bare' ? '' : `   ÷ bare ${stats(ratio(t))}`}`);
console.log(`  lean ÷ stock: ${stats(results.lean.map((v, i) => v / results.stock[i]!))}; batch of 4: ${stats(results['lean batch 4'].map((v, i) => v / results['stock batch 4'][i]!))}`);
