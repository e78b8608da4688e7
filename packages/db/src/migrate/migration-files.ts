import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The core's migrations, committed under packages/db/prisma/migrations/<timestamp>_<name>/. */
export const coreMigrationsDir = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));
export const coreSchemaPath = fileURLToPath(new URL('../../prisma/schema.prisma', import.meta.url));
/**
 * Core areas with many models (inspections, assessments …) keep them in their own file under
 * prisma/areas/, composed beside schema.prisma like a plugin's file — so that the people working on
 * two areas never edit one file, and back-relations on OrgUnit/Person are generated, not written.
 */
export const coreAreasDir = fileURLToPath(new URL('../../prisma/areas', import.meta.url));

export async function listCoreAreaFiles(): Promise<{ pluginId: string; path: string }[]> {
  let entries: string[];
  try {
    entries = await readdir(coreAreasDir);
  } catch {
    return [];
  }
  return entries
    .filter((f) => f.endsWith('.prisma'))
    .sort()
    .map((f) => ({ pluginId: 'area', path: join(coreAreasDir, f) }));
}

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
