// Starts the real Duban server (apps/server, `serve`) in its own process for the API benchmarks,
// on PGlite (a fresh data dir; the demo county is seeded on first start) or on PostgreSQL (a fresh
// database seeded with the same demo county). The load generator stays in this process, so the
// two do not share an event loop (they do share the machine's cores).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const serverDir = join(repo, 'apps/server');
// The built server, as `npm start` runs it (bin/duban.mjs builds apps/server/dist when stale).
const cli = join(serverDir, 'bin/duban.mjs');

export interface BenchServer {
  kind: 'pglite' | 'postgresql';
  url: string;
  process: ChildProcess;
  /** Times the process exited while the bench ran (a crash under load). */
  exits: number;
  stop(): Promise<void>;
}

export function postgresBaseUrl() {
  return process.env.DUBAN_BENCH_PG_URL ?? execFileSync('bash', [join(repo, 'scripts/test-postgres.sh'), 'start'], { encoding: 'utf8' }).trim();
}

async function freshPostgres(name: string) {
  const base = postgresBaseUrl();
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function startServer(kind: BenchServer['kind'], port: number, extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), `duban-bench-${kind}-`));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(port), HOST: '127.0.0.1', DUBAN_DATA_DIR: dataDir, LOG_LEVEL: 'warn', DUBAN_SCHEDULER: 'off', ...extraEnv,
  };
  delete env.DATABASE_URL;
  if (kind === 'postgresql') {
    env.DATABASE_URL = await freshPostgres(`duban_bench_api_${port}`);
    execFileSync(process.execPath, [cli, 'seed'], { env, cwd: serverDir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const child = spawn(process.execPath, [cli, 'serve'], { env, cwd: serverDir, stdio: ['ignore', 'ignore', 'inherit'] });
  const server: BenchServer = {
    kind, url: `http://127.0.0.1:${port}`, process: child, exits: 0,
    stop: async () => {
      child.removeAllListeners('exit');
      if (child.exitCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
    },
  };
  child.on('exit', (code, signal) => {
    server.exits++;
    console.error(`server (${kind}) exited: code ${code} signal ${signal}`);
  });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server (${kind}) exited during start`);
    const ok = await fetch(`${server.url}/healthz`).then((r) => r.ok, () => false);
    if (ok) return server;
    if (Date.now() > deadline) throw new Error(`server (${kind}) did not start in time`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Signs in through the real login procedure and returns the cookie header for later requests. */
export async function signIn(server: BenchServer, username: string, password = 'Duban2026') {
  const res = await fetch(`${server.url}/trpc/auth.login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = cookies.find((c) => c.startsWith('duban_csrf='))?.split('=')[1] ?? '';
  return { cookie: cookies.join('; '), csrf };
}
