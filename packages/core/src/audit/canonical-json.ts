/**
 * JSON with object keys sorted at every level. PostgreSQL's jsonb reorders keys on storage, so the
 * audit hash must be computed over a canonical form to verify the same after a round trip.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Plain JSON data (Dates as ISO strings, undefined dropped), as it will read back from jsonb. */
export function toJsonData(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
