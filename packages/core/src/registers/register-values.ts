import type { RegisterSpec } from './register-spec.ts';

/** A stored row as the check compares it: its id and its values by column key. */
export interface StoredRow {
  id: string;
  values: Record<string, unknown>;
}

/** One comparable form per value: decimals and numbers alike, dates by instant, blanks as null. */
export function normalise(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  // Prisma's Decimal (raw queries return it for numeric columns).
  const n = Number(String(value));
  return Number.isFinite(n) ? n : String(value);
}

export const identityOf = (spec: RegisterSpec, values: Record<string, unknown>) => JSON.stringify(spec.identity.map((k) => normalise(values[k])));

export function sameValues(spec: RegisterSpec, stored: Record<string, unknown>, row: Record<string, unknown>): boolean {
  return spec.columns.every((c) => normalise(stored[c.key]) === normalise(row[c.key]));
}
