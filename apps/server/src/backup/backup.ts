import { existsSync } from 'node:fs';
import { copyFile, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Database, Prisma } from '@duban/db';
import type { ServerConfig } from '../config.ts';
import { checkpointFile, filesDir } from '../runtime.ts';
import { libpqEnv, packTar, runTool } from './archive.ts';
import { contentHash, type ContentHash } from './content-hash.ts';
import { CHECKPOINTS, EVIDENCE_DIR, MANIFEST, PG_DUMP, PGLITE_DUMP, type BackupManifest } from './manifest.ts';

/**
 * `duban backup <file>`: one tar file with the database (PGlite: its data dir dumped; PostgreSQL:
 * pg_dump's custom format, restorable with pg_restore), the evidence files, the audit checkpoints
 * and a manifest with the content hash and the keys' fingerprints. The keys themselves are never
 * in it: keep them apart (restore refuses without them). On PostgreSQL the dump and the content
 * hash read one snapshot, so servers may keep running; PGlite must be stopped (one process only).
 */
export async function backup(database: Database, config: ServerConfig, file: string): Promise<BackupManifest> {
  const target = resolve(file);
  if (existsSync(target)) throw new Error(`${target} exists; choose a new file name`);
  const staging = await mkdtemp(join(tmpdir(), 'duban-backup-'));
  try {
    const evidence = filesDir(config);
    let content: ContentHash;
    if (database.kind === 'pglite') {
      const dump = await database.dumpDataDir!();
      await writeFile(join(staging, PGLITE_DUMP), Buffer.from(await dump.arrayBuffer()));
      content = await contentHash(database.prisma, evidence);
    } else {
      content = await database.prisma.$transaction(
        async (tx: Prisma.TransactionClient) => {
          const [{ snapshot } = { snapshot: '' }] = await tx.$queryRawUnsafe<{ snapshot: string }[]>('SELECT pg_export_snapshot() AS snapshot');
          const dumped = runTool('pg_dump', ['--format=custom', `--snapshot=${snapshot}`, '--file', join(staging, PG_DUMP)], { env: libpqEnv(config.databaseUrl!) });
          const hashed = await contentHash(tx, evidence);
          await dumped;
          return hashed;
        },
        { isolationLevel: 'RepeatableRead', timeout: 3_600_000, maxWait: 60_000 },
      );
    }
    if (existsSync(evidence)) await cp(evidence, join(staging, EVIDENCE_DIR), { recursive: true });
    if (existsSync(checkpointFile(config))) await copyFile(checkpointFile(config), join(staging, CHECKPOINTS));
    const keys = await database.prisma.instanceKey.findMany();
    const fingerprint = (name: string) => keys.find((k) => k.name === name)?.fingerprint ?? '';
    const manifest: BackupManifest = {
      format: 'duban-backup/1',
      createdAt: new Date().toISOString(),
      database: database.kind,
      keys: { data: fingerprint('data'), audit: fingerprint('audit') },
      contentHash: content.hash,
      tables: content.tables.length,
      rows: content.tables.reduce((n, t) => n + t.rows, 0),
      files: content.files,
    };
    await writeFile(join(staging, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
    await packTar(target, staging);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
