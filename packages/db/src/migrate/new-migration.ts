// `pnpm --filter @duban/db migrate:new <name>`: writes the SQL that takes the committed migrations
// to the current schema.prisma, as `prisma migrate dev --create-only` would, but offline: the
// committed migrations are replayed on an in-memory PGlite shadow database by the wasm engine.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { coreMigrationsDir, coreSchemaPath, readMigrations } from './migration-files.ts';
import { openSchemaEngine } from './schema-engine.ts';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: migrate:new <snake_case_name>');
  process.exit(2);
}

const content = await readFile(coreSchemaPath, 'utf8');
const files = [{ path: coreSchemaPath, content }];
const existing = await readMigrations({ source: 'core', dir: coreMigrationsDir });
const { engine, close } = await openSchemaEngine(files);
const from =
  existing.length === 0
    ? { tag: 'empty' }
    : {
        tag: 'migrations',
        baseDir: coreMigrationsDir,
        lockfile: { path: 'migration_lock.toml', content: 'provider = "postgresql"\n' },
        shadowDbInitScript: '',
        migrationDirectories: existing.map((m) => ({
          path: m.name,
          migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } },
        })),
      };
const result = (await engine.diff({
  from,
  to: { tag: 'schemaDatamodel', files },
  script: true,
  exitCode: null,
  filters: { externalTables: [], externalEnums: [] },
})) as { stdout?: string };
await close();

const sql = (result.stdout ?? '').trim();
if (!sql || sql === '-- This is an empty migration.') {
  console.log('schema.prisma matches the migrations: nothing to write');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = join(coreMigrationsDir, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(join(dir, 'migration.sql'), sql + '\n');
console.log(`wrote ${dir}/migration.sql`);
