// Crash safety in CI: a real server process takes a stream of audited writes and is killed with
// SIGKILL three times mid-stream. Every write it acknowledged must be there exactly once after
// the restarts, none that it did not acknowledge may be there twice, and the audit chain must
// verify against the checkpoints. PostgreSQL when DUBAN_TEST_PG_URL is given (CI), else PGlite.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCheckpoints, verifyAudit } from '@duban/core';
import { openDatabase } from '@duban/db';
import { afterAll, describe, expect, it } from 'vitest';
import { createAdmin } from '../src/commands/admin.ts';
import { configFromEnv } from '../src/config.ts';
import { checkpointFile, openServices } from '../src/runtime.ts';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined, fatal: () => undefined, trace: () => undefined, child: () => quiet } as never;
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx');
const pgUrl = process.env.DUBAN_TEST_PG_URL;
const WRITES = 100;
const KILLS_AT = [25, 50, 75];
const PASSWORD = 'KillNine-2026-x';

describe('kill -9 during a stream of writes', () => {
  const dbName = `duban_kill_${process.pid}`;
  const databaseUrl = pgUrl ? Object.assign(new URL(pgUrl), { pathname: `/${dbName}` }).toString() : undefined;
  const env: Record<string, string> = { DUBAN_DATA_DIR: mkdtempSync(join(tmpdir(), 'duban-kill-')), DUBAN_SCHEDULER: 'off', LOG_LEVEL: 'warn', DUBAN_WEB_DIST: '/nonexistent', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  const config = configFromEnv(env);
  let server: ChildProcess | null = null;
  afterAll(async () => {
    server?.kill('SIGKILL');
    if (pgUrl) {
      const admin = await openDatabase({ databaseUrl: pgUrl });
      await admin.sql.exec(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
      await admin.close();
    }
  });

  /** One process, no wrapper (the CLI's bin would leave its child running): node --import tsx. */
  async function start(port: number) {
    const child = spawn(process.execPath, ['--import', tsx, cli, 'serve'], { env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'inherit'] });
    for (let i = 0; i < 300; i++) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      const up = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (up) return child;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('server did not start');
  }

  it('loses and duplicates nothing over 3 kills, and the audit chain verifies', async () => {
    if (pgUrl) {
      const admin = await openDatabase({ databaseUrl: pgUrl });
      await admin.sql.exec(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.sql.exec(`CREATE DATABASE ${dbName}`);
      await admin.close();
    }
    const setup = await openServices(config, quiet);
    const { countyId } = await createAdmin(setup.database, { county: '断电县', username: 'k9-admin', password: PASSWORD, name: '值班员' });
    await setup.database.close();

    const port = 3100 + Math.floor(Math.random() * 90);
    server = await start(port);
    const base = `http://127.0.0.1:${port}/trpc`;
    const login = await fetch(`${base}/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'k9-admin', password: PASSWORD }) });
    expect(login.status).toBe(200);
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]!);
    const csrf = cookies.find((c) => c.startsWith('duban_csrf='))!.split('=')[1]!;
    const headers = { 'content-type': 'application/json', cookie: cookies.join('; '), 'x-csrf-token': csrf };
    // create-admin's password is replaced at first sign-in before anything else may be written.
    const changed = await fetch(`${base}/auth.changePassword`, { method: 'POST', headers, body: JSON.stringify({ currentPassword: PASSWORD, newPassword: 'KillNine-2026-own' }) });
    expect(changed.status).toBe(200);

    const acknowledged: string[] = [];
    const attempted: string[] = [];
    let next = 0;
    let kills = 0;
    // Four writers at once, so that each kill lands while writes are in flight.
    const writer = async () => {
      while (acknowledged.length < WRITES) {
        if (kills < KILLS_AT.length && acknowledged.length >= KILLS_AT[kills]!) {
          kills++;
          const dead = server!;
          dead.kill('SIGKILL');
          await new Promise((r) => dead.once('exit', r));
          server = await start(port);
          continue;
        }
        const name = `K9-${String(next++).padStart(3, '0')}`;
        attempted.push(name);
        const ok = await fetch(`${base}/orgUnit.create`, { method: 'POST', headers, body: JSON.stringify({ parentId: countyId, name, level: 'department' }) }).then((r) => r.status === 200, () => false);
        if (ok && acknowledged.length < WRITES) acknowledged.push(name);
        else if (!ok) await new Promise((r) => setTimeout(r, 200));
      }
    };
    // One writer restarts the server; the others wait for it (their requests fail meanwhile).
    await Promise.all([writer(), writer(), writer(), writer()]);
    server.kill('SIGTERM');
    await new Promise((r) => server!.once('exit', r));
    server = null;
    expect(kills).toBe(3);

    const check = await openServices(config, quiet);
    try {
      const units = await check.database.prisma.orgUnit.findMany({ where: { countyId, name: { startsWith: 'K9-' } }, select: { id: true, name: true } });
      const count = new Map<string, number>();
      for (const u of units) count.set(u.name, (count.get(u.name) ?? 0) + 1);
      expect(acknowledged.filter((n) => count.get(n) !== 1)).toEqual([]); // none lost, none doubled
      expect([...count.values()].every((n) => n === 1)).toBe(true); // not even an unacknowledged one twice
      expect(units.length).toBeGreaterThanOrEqual(WRITES);
      expect(units.length).toBeLessThanOrEqual(attempted.length);
      // Each created unit has its audit row, and the chain verifies against the checkpoints.
      const audited = await check.database.prisma.auditLog.count({ where: { countyId, procedure: 'orgUnit.create', outcome: 'ok' } });
      expect(audited).toBe(units.length);
      const verification = await verifyAudit(check.database.prisma, { checkpoints: await readCheckpoints(checkpointFile(config)) });
      expect(verification.problems).toEqual([]);
      expect(verification.anchored.length).toBe(1);
      console.log(`kill -9 (${check.database.kind}): ${kills} kills, ${attempted.length} writes sent, ${acknowledged.length} acknowledged, ${units.length} stored, ${verification.rows} audit rows verified`);
    } finally {
      await check.database.close();
    }
  }, 120_000);
});
