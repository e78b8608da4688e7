/** One field of an audited record, before and after a change. */
export interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Fields that identify a row rather than describe it; shown last, they rarely change. */
const BOOKKEEPING = new Set(['countyId', 'id', 'createdAt', 'updatedAt', 'path', 'depth']);

/**
 * Field-by-field comparison of an audit row's before/after JSON. A creation has only `after`, a
 * deletion only `before`; values compare by their JSON form (arrays and nested objects included).
 */
export function diffRecords(before: unknown, after: unknown): DiffRow[] {
  const b = isRecord(before) ? before : before === null || before === undefined ? {} : { value: before };
  const a = isRecord(after) ? after : after === null || after === undefined ? {} : { value: after };
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows = fields.map((field) => ({
    field,
    before: b[field],
    after: a[field],
    changed: JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null),
  }));
  return rows.sort((x, y) => Number(y.changed) - Number(x.changed) || Number(BOOKKEEPING.has(x.field)) - Number(BOOKKEEPING.has(y.field)));
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value as text: dates in local time, lists joined, objects as compact JSON, empty as —. */
export function formatValue(value: unknown, formatDate: (iso: string) => string, nameOf?: (id: string) => string | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') {
    if (ISO.test(value)) return formatDate(value);
    return nameOf?.(value) ?? value;
  }
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('、') || '—';
  return JSON.stringify(value);
}
