// Finds the places in a procedure's input schema that accept an unbounded value (issue 12, item 5):
// a string without a maximum length, a number without both a minimum and a maximum, an array or
// a record without a maximum size, or an `unknown` that lets anything through. The server must
// refuse out-of-range values with a message instead of saving them (a reservoir capacity of −50
// became 0; a 250% completion rate was scored) or truncating them. Walks zod 4's definitions, so
// a procedure added later is checked without being listed anywhere.
import { z } from 'zod';
import { MAX_ENTRIES } from '@duban/core/validation/bounded';

type Def = { type: string; checks?: { _zod: { def: CheckDef } }[]; [k: string]: unknown };
type CheckDef = { check: string; format?: string; maximum?: number; minimum?: number; length?: number; value?: unknown; inclusive?: boolean };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) => (def.checks ?? []).map((c) => c._zod.def);

/**
 * String formats whose pattern fixes the shape: ids and ISO dates and times, which the server parses
 * (into a Date) rather than stores as text.
 */
const SHAPED_STRING_FORMATS = new Set(['uuid', 'guid', 'datetime', 'date', 'time', 'ulid']);

/** Number formats whose range is small enough to store (not safeint/float64, which bound nothing useful). */
const BOUNDED_NUMBER_FORMATS = new Set(['int32', 'uint32', 'float32']);

export interface Unbounded {
  /** Where in the input, e.g. `items[].title`. */
  path: string;
  kind: 'string' | 'number' | 'array' | 'record' | 'unknown' | 'bigint';
}

export function unboundedInputs(schema: z.ZodType | undefined): Unbounded[] {
  const found: Unbounded[] = [];
  const seen = new Set<unknown>();
  const walk = (node: unknown, path: string) => {
    const def = defOf(node);
    const checks = checksOf(def);
    const has = (...kinds: string[]) => checks.some((c) => kinds.includes(c.check));
    switch (def.type) {
      case 'string':
        if (!has('max_length', 'length_equals') && !SHAPED_STRING_FORMATS.has(def.format as string)) found.push({ path, kind: 'string' });
        return;
      case 'number': {
        const format = checks.find((c) => c.check === 'number_format')?.format ?? (def.format as string | undefined);
        const bounded = (format && BOUNDED_NUMBER_FORMATS.has(format)) || (has('greater_than') && has('less_than'));
        if (!bounded) found.push({ path, kind: 'number' });
        return;
      }
      case 'bigint':
        if (!(has('greater_than') && has('less_than'))) found.push({ path, kind: 'bigint' });
        return;
      case 'array':
        if (!has('max_length', 'length_equals')) found.push({ path, kind: 'array' });
        walk(def.element, `${path}[]`);
        return;
      case 'record':
        // zod's record has no size check: boundedRecord declares one in its meta.
        if (typeof z.globalRegistry.get(node as z.ZodType)?.[MAX_ENTRIES] !== 'number') found.push({ path, kind: 'record' });
        walk(def.keyType, `${path}{key}`);
        walk(def.valueType, `${path}{}`);
        return;
      case 'unknown':
      case 'any':
        found.push({ path, kind: 'unknown' });
        return;
      case 'object': {
        if (seen.has(node)) return; // recursive schemas (z.lazy) are walked once
        seen.add(node);
        for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) walk(child, path ? `${path}.${key}` : key);
        if (def.catchall && defOf(def.catchall).type !== 'never') walk(def.catchall, `${path}.*`);
        return;
      }
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
      case 'success':
        walk(def.innerType, path);
        return;
      case 'pipe':
        walk(def.in, path); // what the client sends
        return;
      case 'lazy':
        walk((def.getter as () => unknown)(), path);
        return;
      case 'union':
        for (const option of def.options as unknown[]) walk(option, path);
        return;
      case 'intersection':
        walk(def.left, path);
        walk(def.right, path);
        return;
      case 'tuple':
        (def.items as unknown[]).forEach((item, i) => walk(item, `${path}[${i}]`));
        if (def.rest) walk(def.rest, `${path}[…]`);
        return;
      default:
        // enum, literal, boolean, date, null, undefined, void, never, nan, transform (output side): bounded.
        return;
    }
  };
  if (schema) walk(schema, '');
  return found.map((f) => ({ ...f, path: f.path || '(input)' }));
}
