// `pnpm --filter @duban/db migrate:new <name>`: writes the SQL that takes the committed migrations
// to the current schema.prisma, as `prisma migrate dev --create-only` would, but offline: the
// committed migrations are replayed on an in-memory PGlite shadow database by the wasm engine.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeSchema } from '../../../../tooling/plugin-registry/src/compose-schema.ts';
import { coreMigrationsDir, coreSchemaPath, listCoreAreaFiles, readMigrations } from './migration-files.ts';
import { keepPatternIndexes, keepStatementsOf } from './statement-filter.ts';
import { openSchemaEngine } from './schema-engine.ts';

const args = process.argv.slice(2);
const flag = (f: string) => (args.indexOf(f) >= 0 ? (args[args.indexOf(f) + 1] ?? '') : undefined);
const pluginId = flag('--plugin');
const area = flag('--area');
const name = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))[0];
if (!name || !/^[a-z0-9_]+$/.test(name) || pluginId === '' || area === '') {
  console.error('usage: migrate:new <snake_case_name> [--plugin <plugin-id> | --area <core-area>]');
  process.exit(2);
}

// For a plugin: the target is core + that plugin's models (composed as the registry does), the
// history is core's migrations then the plugin's, and the new file goes to the plugin's folder.
const root = fileURLToPath(new URL('../../../..', import.meta.url));
const pluginDir = pluginId ? join(root, 'plugins', pluginId) : null;
const targetDir = pluginDir ? join(pluginDir, 'prisma', 'migrations') : coreMigrationsDir;
const coreSource = await readFile(coreSchemaPath, 'utf8');
const areaFiles = await listCoreAreaFiles();
const pluginSchemas = [
  ...areaFiles,
  ...(pluginDir
    ? (await readdir(join(pluginDir, 'prisma'))).filter((f) => f.endsWith('.prisma')).map((f) => ({ pluginId: pluginId!, path: join(pluginDir, 'prisma', f) }))
    : []),
];
const files = composeSchema(coreSource, pluginSchemas).map((f) => ({ path: join(dirname(coreSchemaPath), 'generated', f.name), content: f.content }));
const existing = [
  ...(await readMigrations({ source: 'core', dir: coreMigrationsDir })),
  ...(pluginDir ? await readMigrations({ source: `plugin:${pluginId}`, dir: targetDir }) : []),
];
const { engine, close } = await openSchemaEngine(files);
const from =
  existing.length === 0
    ? { tag: 'empty' }
    : {
        tag: 'migrations',
        baseDir: targetDir,
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

// With --area, only the statements about that area's tables and enums are kept: another area's
// uncommitted models (someone else's work in progress) must not slip into this migration.
let sql = keepPatternIndexes((result.stdout ?? '').trim()).trim();
if (area) {
  const areaFile = areaFiles.find((f) => f.path.endsWith(`/${area}.prisma`));
  if (!areaFile) {
    console.error(`no prisma/areas/${area}.prisma`);
    process.exit(2);
  }
  sql = keepStatementsOf(sql, await readFile(areaFile.path, 'utf8'));
}
if (!sql || sql === '-- This is an empty migration.') {
  console.log('schema.prisma matches the migrations: nothing to write');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
await mkdir(targetDir, { recursive: true });
if (pluginDir && !existsSync(join(targetDir, 'migration_lock.toml'))) await writeFile(join(targetDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
const dir = join(targetDir, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(join(dir, 'migration.sql'), sql + '\n');
console.log(`wrote ${dir}/migration.sql`);
