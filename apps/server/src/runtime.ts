import { openDatabase, type Database } from '@duban/db';
import { sessionPolicyFromEnv } from '@duban/core';
import type { Services } from '@duban/api';
import type { ServerConfig } from './config.ts';
import type { createLogger } from './logger.ts';

/** Opens the configured database and applies pending migrations (core first, then plugins). */
export async function openServices(config: ServerConfig, log: ReturnType<typeof createLogger>): Promise<Services & { database: Database }> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await database.migrate();
  if (applied.length) log.info({ applied }, `applied ${applied.length} migration(s)`);
  return { database, sessionPolicy: sessionPolicyFromEnv(), log };
}
