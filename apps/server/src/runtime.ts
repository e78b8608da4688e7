import { openDatabase, type Database } from '@duban/db';
import { join } from 'node:path';
import { localFileStore, loggingSmsProvider, sessionPolicyFromEnv, syncBuiltInRoles } from '@duban/core';
import type { Services } from '@duban/api';
import type { ServerConfig } from './config.ts';
import { loadDataKey } from './data-key.ts';
import type { createLogger } from './logger.ts';

/** Opens the configured database and applies pending migrations (core first, then plugins). */
export async function openServices(config: ServerConfig, log: ReturnType<typeof createLogger>): Promise<Services & { database: Database }> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await database.migrate();
  if (applied.length) log.info({ applied }, `applied ${applied.length} migration(s)`);
  // A release's new permissions reach the built-in roles of counties made by an older one.
  const roles = await database.prisma.$transaction((tx) => syncBuiltInRoles(tx));
  if (roles) log.info({ roles }, `updated ${roles} built-in role(s) to this release's permissions`);
  // Evidence files live beside the embedded database, on PostgreSQL deployments too (DESIGN.md:
  // local disk by default); DUBAN_FILES_DIR moves them, e.g. to a shared volume.
  const files = localFileStore(process.env.DUBAN_FILES_DIR ?? join(config.dataDir, 'evidence'));
  const sms = loggingSmsProvider((o, msg) => log.info(o, msg));
  const dataKey = await loadDataKey(config, log);
  return { database, sessionPolicy: sessionPolicyFromEnv(), log, files, sms, dataKey };
}
