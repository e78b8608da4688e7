// Applies committed migration SQL in order at start. Deliberately plain SQL (no schema engine at
// run time): the same files apply to PGlite and PostgreSQL, and several server processes starting
// together serialise on an advisory lock.
import { createHash } from 'node:crypto';
import type { Migration } from './migration-files.ts';

/** The minimum a database must offer to be migrated: run a script, run a query. */
export interface SqlExecutor {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

const LOCK_KEY = 7_204_311; // arbitrary, fixed: "duban migrations"

export function checksum(sql: string) {
  return createHash('sha256').update(sql).digest('hex');
}

export async function applyMigrations(db: SqlExecutor, migrations: Migration[]): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS _duban_migrations (
    source text NOT NULL, name text NOT NULL, checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (source, name))`);
  await db.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
  try {
    const done = await db.query<{ source: string; name: string; checksum: string }>(
      'SELECT source, name, checksum FROM _duban_migrations',
    );
    const applied = new Map(done.map((r) => [`${r.source}/${r.name}`, r.checksum]));
    const ran: string[] = [];
    for (const m of migrations) {
      const key = `${m.source}/${m.name}`;
      const sum = checksum(m.sql);
      const previous = applied.get(key);
      if (previous !== undefined) {
        if (previous !== sum) {
          throw new Error(`migration ${key} was changed after it was applied (checksum differs); add a new migration instead`);
        }
        continue;
      }
      await db.exec(`BEGIN;\n${m.sql}\n;INSERT INTO _duban_migrations (source, name, checksum) VALUES ('${m.source}', '${m.name}', '${sum}');\nCOMMIT;`);
      ran.push(key);
    }
    return ran;
  } catch (error) {
    await db.exec('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
  }
}
