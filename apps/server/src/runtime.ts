import { openDatabase, type Database } from '@duban/db';
import { join } from 'node:path';
import { configureAuditKey, DenialSampler, localFileStore, LoginThrottle, loginThrottlePolicyFromEnv, readCheckpoints, smsProviderFromEnv, sessionPolicyFromEnv, syncBuiltInRoles } from '@duban/core';
import { syncInstalledModuleRoles, type Services } from '@duban/api';
import type { ServerConfig } from './config.ts';
import { appOwnsAuditTable } from './commands/secure-audit.ts';
import { loadServerKeys } from './key-check.ts';
import type { createLogger } from './logger.ts';

/** Where evidence files live (DUBAN_FILES_DIR, else beside the embedded database). */
export const filesDir = (config: ServerConfig) => process.env.DUBAN_FILES_DIR ?? join(config.dataDir, 'evidence');
/** The append-only file of signed audit checkpoints. */
export const checkpointFile = (config: ServerConfig) => join(config.dataDir, 'audit-checkpoints.jsonl');

/** Opens the configured database and applies pending migrations (core first, then plugins). */
export async function openServices(config: ServerConfig, log: ReturnType<typeof createLogger>): Promise<Services & { database: Database }> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let dataKey: Buffer;
  try {
    const applied = await database.migrate();
    if (applied.length) log.info({ applied }, `applied ${applied.length} migration(s)`);
    // Keys before anything writes: with the wrong key nothing (no request) could be served correctly.
    const keys = await loadServerKeys(database.prisma, { dataDir: config.dataDir, keys: { DUBAN_DATA_KEY: config.dataKey, DUBAN_AUDIT_KEY: config.auditKey } }, log);
    configureAuditKey(keys.auditKey);
    dataKey = keys.dataKey;
    if (database.kind === 'postgresql' && (await appOwnsAuditTable(database.sql.query))) {
      log.warn('the database role of DATABASE_URL owns audit_log and could disable its append-only trigger: run `duban secure-audit` once (see README)');
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  // A release's new permissions reach the built-in roles of counties made by an older one.
  const roles = await database.prisma.$transaction((tx) => syncBuiltInRoles(tx));
  if (roles) log.info({ roles }, `updated ${roles} built-in role(s) to this release's permissions`);
  // Each installed module's role; a county seeded before modules had owners gets it, and the
  // owning departments' module administrators with it (audited).
  const modules = await database.prisma.$transaction((tx) => syncInstalledModuleRoles(tx));
  if (modules.roles) log.info(modules, `synced ${modules.roles} module role(s), ${modules.assignments} given to owning departments`);
  // Evidence files live beside the embedded database, on PostgreSQL deployments too (DESIGN.md:
  // local disk by default); DUBAN_FILES_DIR moves them, e.g. to a shared volume.
  const files = localFileStore(filesDir(config));
  const sms = smsProviderFromEnv(process.env, (o, msg) => log.info(o, msg));
  const auditCheckpoints = () => readCheckpoints(checkpointFile(config));
  return { database, sessionPolicy: sessionPolicyFromEnv(), loginThrottle: new LoginThrottle(loginThrottlePolicyFromEnv()), log, files, sms, dataKey, auditCheckpoints, denials: new DenialSampler() };
}
