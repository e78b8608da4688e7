// F10: no backup existed; a copy without the evidence directory lost every photo and one without
// the data key served 500s. `duban backup`/`restore` carry the database, the evidence files and the
// audit checkpoints, check the keys by fingerprint, and a round trip keeps the content hash.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@duban/db';
import { describe, expect, it } from 'vitest';
import { backup } from '../src/backup/backup.ts';
import { contentHash } from '../src/backup/content-hash.ts';
import { restore } from '../src/backup/restore.ts';
import { createAdmin } from '../src/commands/admin.ts';
import { configFromEnv } from '../src/config.ts';
import { filesDir, openServices } from '../src/runtime.ts';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined, fatal: () => undefined, trace: () => undefined, child: () => quiet } as never;
const pgUrl = process.env.DUBAN_TEST_PG_URL;

/** A deployment with a county, its administrator (audit rows) and an evidence file. */
async function deployment(env: Record<string, string>) {
  const config = configFromEnv({ DUBAN_DATA_DIR: mkdtempSync(join(tmpdir(), 'duban-src-')), ...env });
  const services = await openServices(config, quiet);
  const { countyId } = await createAdmin(services.database, { county: '备份县', username: 'bk-admin', password: 'Backup-2026-x', name: '备份员' });
  const sha = await services.files.put(countyId, Buffer.from('a photo of the riverbank'));
  return { config, services, countyId, sha };
}

const copyKeys = (from: string, to: string) => {
  for (const f of ['data-key', 'audit-key']) writeFileSync(join(to, f), readFileSync(join(from, f)));
};

describe('backup and restore, embedded database', () => {
  it('round-trips to an identical content hash, and refuses without the matching keys', async () => {
    const src = await deployment({});
    const file = join(mkdtempSync(join(tmpdir(), 'duban-bk-')), 'duban.backup');
    const before = await contentHash(src.services.database.prisma, filesDir(src.config));
    const manifest = await backup(src.services.database, src.config, file);
    await src.services.database.close();
    expect(manifest).toMatchObject({ database: 'pglite', contentHash: before.hash, files: 1 });
    expect(readFileSync(file).includes(readFileSync(join(src.config.dataDir, 'data-key')))).toBe(false);

    // Without keys, and with another deployment's keys: refused, nothing written.
    const bare = configFromEnv({ DUBAN_DATA_DIR: mkdtempSync(join(tmpdir(), 'duban-dst-')) });
    await expect(restore(bare, file)).rejects.toThrow(/needs its (audit|data) key/);
    const wrong = configFromEnv({ DUBAN_DATA_DIR: bare.dataDir, DUBAN_DATA_KEY: 'ab'.repeat(32), DUBAN_AUDIT_KEY: 'cd'.repeat(32) });
    await expect(restore(wrong, file)).rejects.toThrow(/does not match the backup/);
    expect(existsSync(join(bare.dataDir, 'pglite'))).toBe(false);

    copyKeys(src.config.dataDir, bare.dataDir);
    const restored = await restore(bare, file);
    expect(restored).toMatchObject({ matches: true, contentHash: before.hash, audit: { problems: [] } });
    expect(restored.audit.rows).toBeGreaterThan(0);
    // The restored deployment serves its evidence and starts with its keys.
    const back = await openServices(bare, quiet);
    expect((await back.files.get(src.countyId, src.sha)).toString()).toBe('a photo of the riverbank');
    // (A start may write — a release's role sync is audited — so the hash is compared by restore
    // itself, before any start, above.) The hash can fail: one changed row changes it.
    const started = await contentHash(back.database.prisma, filesDir(bare));
    await back.database.prisma.person.updateMany({ where: { countyId: src.countyId }, data: { name: '改过的名字' } });
    expect((await contentHash(back.database.prisma, filesDir(bare))).hash).not.toBe(started.hash);
    await back.database.close();
  }, 120_000);
});

describe.skipIf(!pgUrl)('backup and restore, PostgreSQL (pg_dump / pg_restore)', () => {
  it('round-trips into an empty database with an identical content hash', async () => {
    const admin = await openDatabase({ databaseUrl: pgUrl });
    const names = [`duban_bk_src_${process.pid}`, `duban_bk_dst_${process.pid}`];
    const url = (name: string) => Object.assign(new URL(pgUrl!), { pathname: `/${name}` }).toString();
    try {
      for (const n of names) await admin.sql.exec(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
      for (const n of names) await admin.sql.exec(`CREATE DATABASE ${n}`);
      const src = await deployment({ DATABASE_URL: url(names[0]!) });
      const file = join(mkdtempSync(join(tmpdir(), 'duban-bk-')), 'duban.backup');
      const manifest = await backup(src.services.database, src.config, file);
      await src.services.database.close();
      expect(manifest).toMatchObject({ database: 'postgresql', files: 1 });

      const dst = configFromEnv({ DUBAN_DATA_DIR: mkdtempSync(join(tmpdir(), 'duban-dst-')), DATABASE_URL: url(names[1]!) });
      copyKeys(src.config.dataDir, dst.dataDir);
      const restored = await restore(dst, file);
      expect(restored).toMatchObject({ matches: true, contentHash: manifest.contentHash, audit: { problems: [] } });
      // Restoring again over the now non-empty database is refused.
      await expect(restore(dst, file)).rejects.toThrow(/not empty/);
    } finally {
      for (const n of names) await admin.sql.exec(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`).catch(() => undefined);
      await admin.close();
    }
  }, 120_000);
});
