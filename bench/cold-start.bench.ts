// Cold start and idle memory (issue 13, item 7): launch → first /healthz 200 on an existing
// embedded database (the demo county, seeded by a first start; migrations are checked, none
// pending), and the server's RSS after it has idled, for
//   built   — apps/server/bin/duban.mjs serve: the bundle in apps/server/dist (what `npm start`
//             and `pnpm duban serve` run), one process
//   source  — node --import tsx apps/server/src/cli.ts serve: the TypeScript sources through tsx
//             (how production started before; the dev path still does)
// against a bare Fastify process answering /healthz, launched in the same round. Rounds alternate;
// the ratios are the figure (absolute times on a shared machine move with its load).
//
//   pnpm --filter @duban/bench cold-start     (BENCH_ROUNDS=5 BENCH_IDLE_SECONDS=10)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const serverDir = join(repo, 'apps/server');
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const idleSeconds = Number(process.env.BENCH_IDLE_SECONDS ?? 10);
const port = 3100 + Math.floor(Math.random() * 90);
const dataDir = mkdtempSync(join(tmpdir(), 'duban-bench-cold-'));
const fastifyUrl = pathToFileURL(createRequire(join(serverDir, 'package.json')).resolve('fastify')).href;

const variants = {
  bare: [process.execPath, '--input-type=module', '-e', `import Fastify from '${fastifyUrl}'; const app = Fastify(); app.get('/healthz', async () => ({ status: 'ok' })); await app.listen({ port: ${port}, host: '127.0.0.1' });`],
  built: [process.execPath, join(serverDir, 'bin/duban.mjs'), 'serve'],
  source: [process.execPath, '--import', 'tsx', join(serverDir, 'src/cli.ts'), 'serve'],
} as const;
type Variant = keyof typeof variants;

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function launch(variant: Variant) {
  const [cmd, ...args] = variants[variant];
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DUBAN_DATA_DIR: dataDir, LOG_LEVEL: 'warn', DUBAN_SCHEDULER: 'off', DATABASE_URL: '' };
  const started = performance.now();
  const child = spawn(cmd, args, { cwd: serverDir, env, stdio: ['ignore', 'ignore', 'inherit'] });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${variant} exited during start (${child.exitCode})`);
    if (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)) break;
    await sleep(20);
  }
  const seconds = (performance.now() - started) / 1000;
  await sleep(idleSeconds * 1000);
  const rss = rssMb(child.pid!);
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await gone;
  return { seconds, rss };
}

// Build once and seed the demo county into the data dir (the first start), outside the timings.
execFileSync(process.execPath, [join(serverDir, 'build/build.mjs')], { stdio: 'inherit' });
console.log('seeding the demo county (first start) …');
await launch('built');

const results: Record<Variant, { seconds: number; rss: number }[]> = { bare: [], built: [], source: [] };
const ratios: Record<'built' | 'source', number[]> = { built: [], source: [] };
for (let round = 0; round < rounds; round++) {
  const order: Variant[] = round % 2 ? ['source', 'built', 'bare'] : ['bare', 'built', 'source'];
  const r = {} as Record<Variant, { seconds: number; rss: number }>;
  for (const v of order) r[v] = await launch(v);
  for (const v of order) results[v].push(r[v]);
  ratios.built.push(r.built.seconds / r.bare.seconds);
  ratios.source.push(r.source.seconds / r.bare.seconds);
  console.log(`round ${round + 1}: bare ${r.bare.seconds.toFixed(2)} s · built ${r.built.seconds.toFixed(2)} s, ${r.built.rss.toFixed(0)} MB · source ${r.source.seconds.toFixed(2)} s, ${r.source.rss.toFixed(0)} MB · load ${loadavg()[0]!.toFixed(1)}`);
}

const stats = (xs: number[], digits = 2) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[0]!.toFixed(digits)} / ${s[Math.floor(s.length / 2)]!.toFixed(digits)} / ${s.at(-1)!.toFixed(digits)}`;
};
console.log(`\n${rounds} rounds, min / median / max:`);
for (const v of ['bare', 'built', 'source'] as const) {
  console.log(`  ${v.padEnd(6)} start ${stats(results[v].map((x) => x.seconds))} s   idle RSS ${stats(results[v].map((x) => x.rss), 0)} MB`);
}
console.log(`  start / bare:  built ${stats(ratios.built)}   source ${stats(ratios.source)}`);
console.log(`  built / source start: ${stats(results.built.map((b, i) => b.seconds / results.source[i]!.seconds))}`);
