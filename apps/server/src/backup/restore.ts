import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { configureAuditKey, keyFingerprint, readCheckpoints, verifyAudit, type AuditVerification } from '@duban/core';
import { openDatabase } from '@duban/db';
import type { ServerConfig } from '../config.ts';
import { AUDIT_KEY, DATA_KEY, findKey, type KeySpec } from '../data-key.ts';
import { checkpointFile, filesDir } from '../runtime.ts';
import { libpqEnv, runTool, unpackTar } from './archive.ts';
import { contentHash } from './content-hash.ts';
import { CHECKPOINTS, EVIDENCE_DIR, MANIFEST, PG_DUMP, PGLITE_DUMP, type BackupManifest } from './manifest.ts';

export interface RestoreResult {
  manifest: BackupManifest;
  contentHash: string;
  matches: boolean;
  audit: AuditVerification;
}

/**
 * `duban restore <file>` into an empty database (a new PGlite data dir, or an empty PostgreSQL
 * database) with the keys the backup was made with. Checks the keys first, and refuses before
 * writing anything if they do not match; afterwards recomputes the content hash and verifies the
 * audit chain against the restored checkpoints.
 */
export async function restore(config: ServerConfig, file: string): Promise<RestoreResult> {
  const staging = await mkdtemp(join(tmpdir(), 'duban-restore-'));
  try {
    await unpackTar(resolve(file), staging);
    const manifest = JSON.parse(await readFile(join(staging, MANIFEST), 'utf8')) as BackupManifest;
    if (manifest.format !== 'duban-backup/1') throw new Error(`${file} is not a Duban backup (format ${String(manifest.format)})`);
    const kind = config.databaseUrl ? 'postgresql' : 'pglite';
    if (manifest.database !== kind) {
      throw new Error(`the backup holds a ${manifest.database} database; restore it with ${manifest.database === 'pglite' ? 'DATABASE_URL unset (embedded)' : 'DATABASE_URL set to an empty PostgreSQL database'}`);
    }
    const auditKey = await requireKey(AUDIT_KEY, manifest.keys.audit, config);
    await requireKey(DATA_KEY, manifest.keys.data, config);

    if (kind === 'pglite') {
      const dir = join(config.dataDir, 'pglite');
      if (existsSync(dir) && (await readdir(dir)).length > 0) throw new Error(`${dir} is not empty: restore into a new DUBAN_DATA_DIR`);
      const dump = await readFile(join(staging, PGLITE_DUMP));
      const db = await openDatabase({ dataDir: config.dataDir, loadDataDir: new Blob([dump]) });
      await db.close();
    } else {
      const target = await openDatabase({ databaseUrl: config.databaseUrl });
      try {
        const [row] = await target.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
        if (row!.n > 0) throw new Error('the database of DATABASE_URL is not empty: restore into a new, empty database');
      } finally {
        await target.close();
      }
      // No owners or grants from the source: the restoring role owns what it restores (run
      // `duban secure-audit` again afterwards, as on a new deployment).
      await runTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '--dbname', config.databaseUrl!, join(staging, PG_DUMP)], { env: libpqEnv(config.databaseUrl!) });
    }

    const evidence = filesDir(config);
    if (existsSync(join(staging, EVIDENCE_DIR))) await cp(join(staging, EVIDENCE_DIR), evidence, { recursive: true, force: false, errorOnExist: false });
    if (existsSync(join(staging, CHECKPOINTS))) await appendFile(checkpointFile(config), await readFile(join(staging, CHECKPOINTS)), { mode: 0o600 });

    const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      configureAuditKey(auditKey);
      const content = await contentHash(db.prisma, evidence);
      const audit = await verifyAudit(db.prisma, { checkpoints: await readCheckpoints(checkpointFile(config)) });
      return { manifest, contentHash: content.hash, matches: content.hash === manifest.contentHash, audit };
    } finally {
      await db.close();
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function requireKey(spec: KeySpec, fingerprint: string, config: ServerConfig): Promise<Buffer> {
  const found = await findKey(spec, { dataDir: config.dataDir, keys: { DUBAN_DATA_KEY: config.dataKey, DUBAN_AUDIT_KEY: config.auditKey } });
  const where = `${spec.env} or ${join(config.dataDir, spec.file)}`;
  const whereZh = `${spec.env} 或 ${join(config.dataDir, spec.file)}`;
  if (!found) {
    throw new Error(`备份需要其${spec.name === 'data' ? '数据保护' : '审计'}密钥（指纹 ${fingerprint}），请先放到 ${whereZh}。\nThe backup needs its ${spec.name} key (fingerprint ${fingerprint}): put it in ${where} first. Nothing was restored.`);
  }
  const actual = keyFingerprint(found.key);
  if (actual !== fingerprint) {
    throw new Error(`${spec.name === 'data' ? '数据保护' : '审计'}密钥与备份不匹配（${found.where}）：备份 ${fingerprint}，本机 ${actual}。\nThe ${spec.name} key (${found.where}) does not match the backup: the backup needs ${fingerprint}, this key is ${actual}. Nothing was restored.`);
  }
  return found.key;
}
