import type { Prisma } from '@duban/db';
import { newId } from '@duban/db';
import { chunks, type ProgressSink } from '../excel/progress.ts';
import type { RegisterDraft, RowValues } from './register-check.ts';
import { columnName, type RegisterSpec } from './register-spec.ts';
import { identityOf, type StoredRow } from './register-values.ts';

type Tx = Prisma.TransactionClient;
const q = (ident: string) => `"${ident}"`;
/** Rows per statement: one INSERT or UPDATE per batch, never one per row. */
const BATCH = 1000;

/** The SQL types of the register's table (for casts of bound values), from the catalogue. */
async function tableTypes(db: Tx, table: string): Promise<Map<string, string>> {
  const rows = await db.$queryRawUnsafe<{ name: string; type: string }[]>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped`,
    table,
  );
  if (rows.length === 0) throw new Error(`register table ${table} does not exist`);
  return new Map(rows.map((r) => [r.name, r.type]));
}

/** The written columns: each register column, and the name beside each person column. */
function writtenColumns(spec: RegisterSpec): { key: string; column: string }[] {
  return spec.columns.flatMap((c) => [
    { key: c.key, column: columnName(c) },
    ...(c.type === 'person' && c.nameColumn ? [{ key: `${c.key}:name`, column: c.nameColumn }] : []),
  ]);
}

export interface RegisterFilter {
  countyId: string;
  /** Rows at this unit or below. */
  path: string;
  /** Equality on the register's filter columns (the list's filters). */
  filters?: Record<string, unknown>;
}

/** The register's live rows under a unit, as column-keyed values, in one query. */
export async function loadRegisterRows(db: Tx, spec: RegisterSpec, where: RegisterFilter): Promise<StoredRow[]> {
  const types = await tableTypes(db, spec.table);
  const unit = columnName(spec.columns.find((c) => c.type === 'unit')!);
  const params: unknown[] = [where.countyId, `${where.path}%`];
  const conditions = [`t.county_id = $1`, `u.path LIKE $2`];
  if (types.has('archived_at')) conditions.push('t.archived_at IS NULL');
  for (const [key, value] of Object.entries(where.filters ?? {})) {
    const column = spec.columns.find((c) => c.key === key && spec.filters?.includes(c.key));
    if (!column || value === undefined) continue;
    params.push(value);
    conditions.push(`t.${q(columnName(column))} = $${params.length}::${types.get(columnName(column))}`);
  }
  const select = spec.columns.map((c) => `t.${q(columnName(c))} AS ${q(c.key)}`).join(', ');
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT t.id AS "__id", ${select} FROM ${q(spec.table)} t
       JOIN org_unit u ON u.county_id = t.county_id AND u.id = t.${q(unit)}
      WHERE ${conditions.join(' AND ')}
      ORDER BY u.path, t.id`,
    ...params,
  );
  return rows.map(({ __id, ...values }) => ({ id: String(__id), values }));
}

export async function existingByIdentity(db: Tx, spec: RegisterSpec, where: RegisterFilter): Promise<Map<string, StoredRow>> {
  const rows = await loadRegisterRows(db, spec, { countyId: where.countyId, path: where.path });
  const map = new Map<string, StoredRow>();
  // Rows stored twice under one identity (entered by hand before the register had one): the first is updated.
  for (const row of rows) if (!map.has(identityOf(spec, row.values))) map.set(identityOf(spec, row.values), row);
  return map;
}

/**
 * Writes checked drafts: new rows in multi-row INSERTs, changed rows in UPDATE … FROM (VALUES …),
 * a batch at a time, in the caller's transaction (so an import commits whole or not at all).
 * Returns the new rows' ids.
 */
export async function writeRegisterRows(db: Tx, spec: RegisterSpec, countyId: string, drafts: readonly RegisterDraft[], progress?: ProgressSink): Promise<{ createdIds: string[]; updatedIds: string[] }> {
  const creates = drafts.flatMap((d) => (d.kind === 'create' ? [d.values] : []));
  const updates = drafts.flatMap((d) => (d.kind === 'update' ? [{ id: d.id, values: d.values }] : []));
  const types = await tableTypes(db, spec.table);
  const columns = writtenColumns(spec);
  const cast = (column: string) => `::${types.get(column) ?? 'text'}`;
  const stamped = types.has('updated_at');
  const total = creates.length + updates.length;
  let done = 0;
  progress?.({ phase: 'write', done, total });

  const createdIds: string[] = [];
  for (const batch of chunks(creates, BATCH)) {
    const params: unknown[] = [];
    const bind = (value: unknown, column: string) => {
      params.push(value ?? null);
      return `$${params.length}${cast(column)}`;
    };
    const tuples = batch.map((row: RowValues) => {
      const id = newId();
      createdIds.push(id);
      return `(${[bind(countyId, 'county_id'), bind(id, 'id'), ...columns.map((c) => bind(row[c.key], c.column)), ...(stamped ? ['now()'] : [])].join(', ')})`;
    });
    const names = ['county_id', 'id', ...columns.map((c) => c.column), ...(stamped ? ['updated_at'] : [])].map(q).join(', ');
    await db.$executeRawUnsafe(`INSERT INTO ${q(spec.table)} (${names}) VALUES ${tuples.join(', ')}`, ...params);
    done += batch.length;
    progress?.({ phase: 'write', done, total });
  }

  for (const batch of chunks(updates, BATCH)) {
    const params: unknown[] = [countyId];
    const bind = (value: unknown, column: string) => {
      params.push(value ?? null);
      return `$${params.length}${cast(column)}`;
    };
    const tuples = batch.map((u) => `(${[bind(u.id, 'id'), ...columns.map((c) => bind(u.values[c.key], c.column))].join(', ')})`);
    const sets = [...columns.map((c) => `${q(c.column)} = v.${q(c.column)}`), ...(stamped ? ['"updated_at" = now()'] : [])].join(', ');
    const names = ['id', ...columns.map((c) => c.column)].map(q).join(', ');
    await db.$executeRawUnsafe(
      `UPDATE ${q(spec.table)} AS t SET ${sets} FROM (VALUES ${tuples.join(', ')}) AS v(${names}) WHERE t.county_id = $1 AND t.id = v.id`,
      ...params,
    );
    done += batch.length;
    progress?.({ phase: 'write', done, total });
  }
  return { createdIds, updatedIds: updates.map((u) => u.id) };
}
