import type { Prisma } from '@duban/db';

type Tx = Prisma.TransactionClient;

/**
 * Inserts many rows in one statement, one array parameter per column (INSERT … SELECT FROM
 * unnest): a warning's fan-out writes thousands of recipients, notices and messages, and
 * Prisma's createMany took ~2.5 ms a row for them (bench/warnings-fanout.bench.ts), this ~0.05.
 * `columns` maps each column to its PostgreSQL type; values come in that order.
 */
export async function insertRows(db: Tx, table: string, columns: [name: string, type: string][], rows: unknown[][]) {
  if (rows.length === 0) return 0;
  const arrays = columns.map((_, i) => rows.map((r) => (r[i] instanceof Date ? (r[i] as Date).toISOString() : (r[i] ?? null))));
  const sql = `INSERT INTO "${table}" (${columns.map(([c]) => `"${c}"`).join(', ')})
    SELECT * FROM unnest(${columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`;
  return db.$executeRawUnsafe(sql, ...arrays);
}
