import { openDatabase, type Database } from '@duban/db';
import { join } from 'node:path';
import { localFileStore, loggingSmsProvider, sessionPolicyFromEnv } from '@duban/core';
import type { Services } from '@duban/api';
import type { ServerConfig } from './config.ts';
import type { createLogger } from './logger.ts';

/** Opens the configured database and applies pending migrations (core first, then plugins). */
export async function openServices(config: ServerConfig, log: ReturnType<typeof createLogger>): Promise<Services & { database: Database }> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await database.migrate();
  if (applied.length) log.info({ applied }, `applied ${applied.length} migration(s)`);
  // Evidence files live beside the embedded database, on PostgreSQL deployments too (DESIGN.md:
  // local disk by default); DUBAN_FILES_DIR moves them, e.g. to a shared volume.
  const files = localFileStore(process.env.DUBAN_FILES_DIR ?? join(config.dataDir, 'evidence'));
  const sms = loggingSmsProvider((o, msg) => log.info(o, msg));
  return { database, sessionPolicy: sessionPolicyFromEnv(), log, files, sms };
}
