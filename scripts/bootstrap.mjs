#!/usr/bin/env node
// `npm start` and `npm test` on a fresh clone with only Node 20 and npm: fetch the pinned pnpm
// (globally if it is there, else into .tools/), install dependencies when needed, generate the
// Prisma client, build the web app (and the server, on start), then start the product or run the whole test suite.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' };

function log(message) {
  process.stdout.write(`\x1b[36m[duban]\x1b[0m ${message}\n`);
}

function run(cmd, args, extraEnv = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (r.status !== 0) {
    log(`failed: ${cmd} ${args.join(' ')}`);
    process.exit(r.status ?? 1);
  }
}

function pnpmBinary() {
  try {
    if (execFileSync('pnpm', ['--version'], { encoding: 'utf8', env }).trim() === pinned) return 'pnpm';
  } catch {
    /* not installed */
  }
  const local = join(root, '.tools', 'node_modules', '.bin', 'pnpm');
  if (!existsSync(local)) {
    log(`installing pnpm ${pinned} into .tools/`);
    mkdirSync(join(root, '.tools'), { recursive: true });
    run('npm', ['install', '--prefix', join(root, '.tools'), '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${pinned}`]);
  }
  return local;
}

const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

function prepare(pnpm) {
  const marker = join(root, 'node_modules', '.modules.yaml');
  if (!existsSync(marker) || mtime(join(root, 'pnpm-lock.yaml')) > mtime(marker)) {
    log('installing dependencies');
    run(pnpm, ['install', '--frozen-lockfile']);
  }
  run(pnpm, ['--filter', '@duban/db', 'generate']);
}

function buildWeb(pnpm) {
  log('building the web app');
  run(pnpm, ['--filter', '@duban/web', 'build']);
}

const command = process.argv[2];
const pnpm = pnpmBinary();
prepare(pnpm);

if (command === 'start') {
  if (!existsSync(join(root, 'apps', 'web', 'dist', 'index.html')) || process.env.DUBAN_REBUILD_WEB === '1') buildWeb(pnpm);
  // The built server (apps/server/dist; the CLI builds it when the sources changed), in one
  // process without a pnpm wrapper; the embedded database stays in ./data of the checkout.
  run(process.execPath, [join(root, 'apps', 'server', 'bin', 'duban.mjs'), 'serve'], { DUBAN_DATA_DIR: process.env.DUBAN_DATA_DIR ?? join(root, 'data') });
} else if (command === 'test') {
  run(pnpm, ['turbo', 'run', 'typecheck', 'lint', '--concurrency=2', '--output-logs=errors-only']);
  log('unit and integration tests on PGlite');
  // The browser tests need the built web app and run last, on their own.
  const unitTests = ['turbo', 'run', 'test', '--concurrency=1', '--filter=!@duban/e2e'];
  // Explicitly without DUBAN_TEST_PG_URL: .ci/run exports it for the second pass, and inheriting
  // it here would run this "PGlite" pass on PostgreSQL too.
  run(pnpm, unitTests, { DUBAN_TEST_PG_URL: '' });
  const pg = startPostgres();
  if (pg) {
    log(`the same tests on PostgreSQL (${pg})`);
    run(pnpm, unitTests, { DUBAN_TEST_PG_URL: pg });
  }
  if (hasChromium()) {
    buildWeb(pnpm);
    log('end-to-end tests in Chromium against the real server');
    run(pnpm, ['--filter', '@duban/e2e', 'test']);
  } else if (process.env.CI) {
    log('Chromium is missing (apt-get install chromium): end-to-end tests cannot run');
    process.exit(1);
  } else {
    log('skipping end-to-end tests: /usr/bin/chromium not found (apt-get install chromium fonts-noto-cjk)');
  }
  log('all tests passed');
} else {
  process.stderr.write('usage: node scripts/bootstrap.mjs start|test\n');
  process.exit(2);
}

/** A PostgreSQL server for the second test pass: DUBAN_TEST_PG_URL, or a throwaway local one. */
function startPostgres() {
  if (process.env.DUBAN_TEST_PG_URL) return process.env.DUBAN_TEST_PG_URL;
  const r = spawnSync('bash', [join(root, 'scripts', 'test-postgres.sh'), 'start'], { encoding: 'utf8' });
  if (r.status === 0) return r.stdout.trim().split('\n').pop();
  if (process.env.CI) {
    log(`PostgreSQL could not be started: ${r.stderr.trim()}`);
    process.exit(1);
  }
  log(`skipping the PostgreSQL pass: ${r.stderr.trim() || 'no server binaries'} (apt-get install postgresql)`);
  return null;
}

function hasChromium() {
  return existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
}
