// The database client factory: embedded PGlite persisted under the data directory by default,
// a PostgreSQL server when DATABASE_URL is set. Both run the same schema and migrations.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from './generated/prisma/client.ts';
import { coreMigrationsDir, readMigrations, type MigrationFileSet } from './migrate/migration-files.ts';
import { applyMigrations, type SqlExecutor } from './migrate/runner.ts';
import { pluginMigrationSets } from './generated/plugin-migrations.ts';

export type Db = PrismaClient;

export interface Database {
  prisma: PrismaClient;
  kind: 'pglite' | 'postgresql';
  /** Raw SQL access for migrations and set-based maintenance work. */
  sql: SqlExecutor;
  /** Applies pending migrations: the core's, then every discovered plugin's, then `extra`. */
  migrate(extra?: MigrationFileSet[]): Promise<string[]>;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (what `duban backup` stores). */
  dumpDataDir?: () => Promise<Blob>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent, PGlite is used. */
  databaseUrl?: string;
  /** Where PGlite keeps its files (default ./data); ignored for PostgreSQL. */
  dataDir?: string;
  /** An already open PGlite (tests: in-memory, loaded from a dump). */
  pglite?: PGlite;
  /** PGlite: start the data dir from this dump (`duban restore`); the dir must be new. */
  loadDataDir?: Blob;
}

/** Called with every SQL statement sent to the database (tests count round trips with it). */
export type StatementObserver = (sql: string) => void;

/** A PGlite that reports each statement it runs, transactions' included (BEGIN/COMMIT are not sent as SQL). */
function observedPGlite(pglite: PGlite, observe: StatementObserver): PGlite {
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, prop) {
        const value = Reflect.get(t, prop, t);
        if (typeof value !== 'function') return value;
        if (prop === 'query' || prop === 'exec' || prop === 'sql') {
          return (text: string, ...rest: unknown[]) => (observe(String(text)), value.call(t, text, ...rest));
        }
        if (prop === 'transaction') {
          return (fn: (tx: object) => unknown) => value.call(t, (tx: object) => fn(wrap(tx)));
        }
        return value.bind(t);
      },
    });
  return wrap(pglite);
}

/** Tests wrap the driver adapter (statement counting, rolled-back stretches: testing/isolation.ts). */
export interface ClientOptions {
  wrapAdapter?: (factory: SqlDriverAdapterFactory) => SqlDriverAdapterFactory;
}
const unwrapped = (f: SqlDriverAdapterFactory) => f;

export function fromPGlite(pglite: PGlite, observe?: StatementObserver, options: ClientOptions = {}): Database {
  if (observe) pglite = observedPGlite(pglite, observe);
  const sql: SqlExecutor = {
    exec: async (text) => void (await pglite.exec(text)),
    query: async <T>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
  };
  const prisma = new PrismaClient({ adapter: (options.wrapAdapter ?? unwrapped)(new PrismaPGlite(pglite)) });
  const session = async () => ({ sql, release: () => undefined });
  const db = wrap(prisma, 'pglite', sql, session, async () => {
    await prisma.$disconnect();
    if (!pglite.closed) await pglite.close();
  });
  return { ...db, dumpDataDir: () => pglite.dumpDataDir('gzip') };
}

export function fromPostgres(databaseUrl: string, observe?: StatementObserver, options: ClientOptions = {}): Database {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  if (observe) {
    pool.on('connect', (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as { query: unknown }).query = (config: unknown, ...rest: unknown[]) => {
        observe(typeof config === 'string' ? config : String((config as { text?: string }).text));
        return query(config, ...rest);
      };
    });
  }
  // An idle client whose connection the server ends (restart, failover, a dropped test database)
  // emits 'error' on the pool; unhandled, that would crash the process. The pool replaces it.
  pool.on('error', (error) => {
    if ((error as { code?: string }).code !== '57P01') console.warn(`duban: idle PostgreSQL connection lost: ${error.message}`);
  });
  const over = (q: pg.Pool | pg.PoolClient): SqlExecutor => ({
    exec: async (text) => void (await q.query(text)),
    query: async <T>(text: string, params?: unknown[]) => (await q.query(text, params)).rows as T[],
  });
  // Migrations hold one connection throughout, so the advisory lock and BEGIN … COMMIT hold together.
  const session = async () => {
    const client = await pool.connect();
    return { sql: over(client), release: () => client.release() };
  };
  const prisma = new PrismaClient({ adapter: (options.wrapAdapter ?? unwrapped)(new PrismaPg(pool)) });
  return wrap(prisma, 'postgresql', over(pool), session, async () => {
    await prisma.$disconnect();
    await pool.end().catch(() => undefined);
  });
}

/**
 * PGlite's PostgreSQL keeps its shared buffers inside the WebAssembly memory, i.e. in the
 * server's own RSS: the default 128 MB made an idle server ~450 MB (issue 13, item 7). 16 MB
 * holds the demo county's hot pages; the rest of a 60–70 MB data dir is read through the OS page
 * cache (measured 2026-12-03: −140 MB RSS, the same query time).
 */
const PGLITE_SHARED_BUFFERS = '16MB';

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.pglite) return fromPGlite(options.pglite);
  if (options.databaseUrl) return fromPostgres(options.databaseUrl);
  const dir = resolve(options.dataDir ?? './data', 'pglite');
  mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir: dir,
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  return fromPGlite(pglite);
}

type Session = () => Promise<{ sql: SqlExecutor; release: () => void }>;

function wrap(prisma: PrismaClient, kind: Database['kind'], sql: SqlExecutor, session: Session, close: () => Promise<void>): Database {
  return {
    prisma,
    kind,
    sql,
    async migrate(extra = []) {
      const sets = [{ source: 'core', dir: coreMigrationsDir }, ...pluginMigrationSets, ...extra];
      const all = (await Promise.all(sets.map(readMigrations))).flat();
      const conn = await session();
      try {
        return await applyMigrations(conn.sql, all);
      } finally {
        conn.release();
      }
    },
    close,
  };
}

export const defaultDataDir = () => resolve(process.env.DUBAN_DATA_DIR ?? join(process.cwd(), 'data'));
