// Test databases: each test file gets its own freshly migrated database.
// - PGlite (default): migrate once per worker, dump the data dir, and load every further database
//   from that dump (~0.5 s instead of ~2 s for replaying migrations).
// - PostgreSQL (DUBAN_TEST_PG_URL set, as in CI): migrate a template database once, then
//   CREATE DATABASE … TEMPLATE for each test file (~70 ms).
import { createHash } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { fromPGlite, fromPostgres, type Database, type StatementObserver } from '../client.ts';
import { isolatingAdapterFactory, type IsolationControl } from './isolation.ts';

export type { IsolationControl } from './isolation.ts';

/** A test database: counts the statements the app sends and can roll a stretch of work back. */
export interface TestDatabase extends Database {
  isolation: IsolationControl;
}

function isolating() {
  let control: IsolationControl | undefined;
  return {
    wrapAdapter: (factory: Parameters<typeof isolatingAdapterFactory>[0]) => {
      const made = isolatingAdapterFactory(factory);
      control = made.control;
      return made.factory;
    },
    attach: (db: Database): TestDatabase => ({ ...db, isolation: control! }),
  };
}
import { coreMigrationsDir, readMigrations, type MigrationFileSet } from '../migrate/migration-files.ts';
import { pluginMigrationSets } from '../generated/plugin-migrations.ts';

export interface TestDatabaseOptions {
  /** Extra migration sets (plugins) applied after the core's. */
  extra?: MigrationFileSet[];
  /** Sees every statement the database runs after it is ready (round-trip counting). */
  onStatement?: StatementObserver;
}

let pgliteDump: Promise<File | Blob> | undefined;
const templates = new Map<string, Promise<string>>();

export function testDatabaseKind(): 'pglite' | 'postgresql' {
  return process.env.DUBAN_TEST_PG_URL ? 'postgresql' : 'pglite';
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const url = process.env.DUBAN_TEST_PG_URL;
  return url ? createPostgresTestDatabase(url, options) : createPGliteTestDatabase(options);
}

async function createPGliteTestDatabase(options: TestDatabaseOptions): Promise<TestDatabase> {
  const iso = isolating();
  if (options.extra?.length) {
    const db = fromPGlite(await PGlite.create(), options.onStatement, iso);
    await db.migrate(options.extra);
    return iso.attach(db);
  }
  pgliteDump ??= (async () => {
    const seed = await PGlite.create();
    await fromPGlite(seed).migrate();
    const dump = await seed.dumpDataDir('none');
    await seed.close();
    return dump;
  })();
  const pglite = await PGlite.create({ loadDataDir: await pgliteDump });
  return iso.attach(fromPGlite(pglite, options.onStatement, iso));
}

async function migrationFingerprint(options: TestDatabaseOptions) {
  const sets = [{ source: 'core', dir: coreMigrationsDir }, ...pluginMigrationSets, ...(options.extra ?? [])];
  const all = (await Promise.all(sets.map(readMigrations))).flat();
  const hash = createHash('sha256');
  for (const m of all) hash.update(m.source).update(m.name).update(m.sql);
  return hash.digest('hex').slice(0, 12);
}

function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

async function ensureTemplate(url: string, options: TestDatabaseOptions): Promise<string> {
  const name = `duban_tpl_${await migrationFingerprint(options)}`;
  let made = templates.get(name);
  if (!made) {
    made = (async () => {
      // Several vitest workers may race here: serialise on an advisory lock held by one connection.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('SELECT pg_advisory_lock(7204312)');
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) {
          const building = `${name}_building_${process.pid}`;
          await client.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
          await client.query(`CREATE DATABASE ${building}`);
          const db = fromPostgres(withDatabase(url, building));
          await db.migrate(options.extra);
          await db.close();
          await client.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
        }
      } finally {
        await client.query('SELECT pg_advisory_unlock(7204312)').catch(() => undefined);
        await client.end();
      }
      return name;
    })();
    templates.set(name, made);
  }
  return made;
}

async function createPostgresTestDatabase(url: string, options: TestDatabaseOptions): Promise<TestDatabase> {
  const template = await ensureTemplate(url, options);
  const name = `duban_t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(url, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const iso = isolating();
  const db = iso.attach(fromPostgres(withDatabase(url, name), options.onStatement, iso));
  const close = db.close;
  return {
    ...db,
    async close() {
      await close();
      await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    },
  };
}
export { realisticOrgTreeSql } from './realistic-tree.ts';
