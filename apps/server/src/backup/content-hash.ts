import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Prisma, PrismaClient } from '@duban/db';

export interface ContentHash {
  /** One SHA-256 over every table's rows and every evidence file. */
  hash: string;
  tables: { name: string; rows: number; hash: string }[];
  files: number;
}

/**
 * A hash of what a deployment holds: every table of the schema, its rows as PostgreSQL prints
 * them, in one stable order (the text of the row, byte-wise), and every evidence file by path and
 * SHA-256. Two databases with the same content give the same hash whether PGlite or PostgreSQL,
 * dumped and restored or not; timestamps are printed in UTC so the server's time zone does not
 * matter. `duban backup` records it, `duban restore` checks it.
 */
export async function contentHash(db: PrismaClient | Prisma.TransactionClient, filesDir: string): Promise<ContentHash> {
  const run = async (tx: Prisma.TransactionClient) => {
    await tx.$executeRawUnsafe(`SET LOCAL TimeZone = 'UTC'`);
    await tx.$executeRawUnsafe(`SET LOCAL DateStyle = 'ISO, YMD'`);
    const names = await tx.$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name COLLATE "C"`,
    );
    const tables: ContentHash['tables'] = [];
    for (const { name } of names) {
      const [row] = await tx.$queryRawUnsafe<{ rows: number; hash: string }[]>(
        `SELECT count(*)::int AS rows, encode(sha256(convert_to(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), ''), 'UTF8')), 'hex') AS hash FROM "${name.replace(/"/g, '""')}" t`,
      );
      tables.push({ name, rows: row!.rows, hash: row!.hash });
    }
    return tables;
  };
  // Inside the caller's transaction (a backup's snapshot) or a transaction of its own.
  const tables = '$transaction' in db ? await (db as PrismaClient).$transaction(run, { timeout: 600_000 }) : await run(db);
  const files = await hashFiles(filesDir);
  const all = createHash('sha256');
  for (const t of tables) all.update(`table ${t.name} ${t.rows} ${t.hash}\n`);
  for (const f of files) all.update(`file ${f.path} ${f.hash}\n`);
  return { hash: all.digest('hex'), tables, files: files.length };
}

async function hashFiles(dir: string): Promise<{ path: string; hash: string }[]> {
  let entries: string[];
  try {
    entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const out: { path: string; hash: string }[] = [];
  for (const file of entries) {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    out.push({ path: relative(dir, file).split(sep).join('/'), hash: hash.digest('hex') });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
