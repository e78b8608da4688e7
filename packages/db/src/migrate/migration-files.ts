import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The core's migrations, committed under packages/db/prisma/migrations/<timestamp>_<name>/. */
export const coreMigrationsDir = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));
export const coreSchemaPath = fileURLToPath(new URL('../../prisma/schema.prisma', import.meta.url));

export interface MigrationFileSet {
  /** Where they come from, e.g. "core" — migrations of one source apply in name order. */
  source: string;
  dir: string;
}

export interface Migration {
  source: string;
  name: string;
  sql: string;
}

export async function readMigrations({ source, dir }: MigrationFileSet): Promise<Migration[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return [];
  }
  const names = entries.filter((n) => /^\d{14}_[a-z0-9_]+$/.test(n)).sort();
  return Promise.all(
    names.map(async (name) => ({ source, name, sql: await readFile(join(dir, name, 'migration.sql'), 'utf8') })),
  );
}
