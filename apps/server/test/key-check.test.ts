// F10: a database restored without its data key started anyway, generated a new key, and then
// answered every encrypted read with a 500. The database now records its keys' fingerprints and
// a server with a missing or different key refuses to start.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@duban/db/testing';
import type { Database } from '@duban/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_KEY, DATA_KEY } from '../src/data-key.ts';
import { KeyMismatchError, loadServerKeys } from '../src/key-check.ts';

const quiet = { warn: () => undefined };

describe('key fingerprints', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('records the keys of a new database, then accepts them on the next start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'duban-keys-'));
    const first = await loadServerKeys(database.prisma, { dataDir }, quiet);
    const again = await loadServerKeys(database.prisma, { dataDir }, quiet);
    expect(again.dataKey.equals(first.dataKey)).toBe(true);
    expect(again.auditKey.equals(first.auditKey)).toBe(true);
    const rows = await database.prisma.instanceKey.findMany({ orderBy: { name: 'asc' } });
    expect(rows.map((r) => r.name)).toEqual(['audit', 'data']);
    // Only fingerprints are stored, never the key.
    expect(rows.some((r) => r.fingerprint.includes(first.dataKey.toString('hex').slice(0, 16)))).toBe(false);

    // The data dir copied without its key files: refused, and no new key is generated.
    rmSync(join(dataDir, DATA_KEY.file));
    await expect(loadServerKeys(database.prisma, { dataDir }, quiet)).rejects.toThrow(KeyMismatchError);
    await expect(loadServerKeys(database.prisma, { dataDir }, quiet)).rejects.toThrow(/DUBAN_DATA_KEY/);
    // Another server's key: refused with both fingerprints.
    const other = mkdtempSync(join(tmpdir(), 'duban-keys-'));
    await expect(loadServerKeys(database.prisma, { dataDir: other, keys: { DUBAN_DATA_KEY: first.dataKey.toString('hex') } }, quiet)).rejects.toThrow(/audit key .* not here|audit key that is not here/);
    await expect(
      loadServerKeys(database.prisma, { dataDir: other, keys: { DUBAN_DATA_KEY: 'ab'.repeat(32), DUBAN_AUDIT_KEY: first.auditKey.toString('base64') } }, quiet),
    ).rejects.toThrow(/does not match this database/);
    // The right keys from the environment work anywhere.
    const ok = await loadServerKeys(database.prisma, { dataDir: other, keys: { DUBAN_DATA_KEY: first.dataKey.toString('hex'), DUBAN_AUDIT_KEY: first.auditKey.toString('hex') } }, quiet);
    expect(ok.dataKey.equals(first.dataKey)).toBe(true);
    expect(AUDIT_KEY.env).toBe('DUBAN_AUDIT_KEY');
  });
});
