// Inputs for the per-procedure fuzz test, generated from each procedure's zod schema. No library
// derives fast-check arbitraries from zod 4 (zod-fast-check stops at zod 3), so the schema goes
// through zod's own JSON Schema export (z.toJSONSchema) and the small, closed JSON Schema subset it
// emits is mapped onto fast-check's arbitraries here.
import fc, { type Arbitrary } from 'fast-check';
import { z } from 'zod';

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

/** Small on purpose: the fuzz test wants many procedures reached, not large payloads. */
const MAX_ITEMS = 4;
const MAX_TEXT = 40;

export interface ArbitraryOptions {
  /** Ids the world knows (records, units): a uuid field draws from them half of the time. */
  ids: string[];
}

/** An arbitrary of inputs shaped like `schema` (mostly valid, sometimes at or past its bounds). */
export function arbitraryOf(schema: z.ZodType, options: ArbitraryOptions): Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return fromJson(json, json.$defs ?? {}, options, 0);
}

/** `unitId`, `taskId`, `assistingUnitIds` …: ids the world knows get the handler past its lookups. */
const idKey = /(^id|Id|Ids)$/;

function fromJson(s: JsonSchema, defs: Record<string, JsonSchema>, o: ArbitraryOptions, depth: number, key = ''): Arbitrary<unknown> {
  if (depth > 8) return fc.constant(null);
  const next = (x: JsonSchema, k = '') => fromJson(x, defs, o, depth + 1, k);
  if (idKey.test(key) && o.ids.length) {
    if (s.type === 'string') return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...o.ids) }, { weight: 1, arbitrary: stringOf(s, o) });
    if (s.type === 'array' && s.items) return fc.array(fc.constantFrom(...o.ids), { minLength: s.minItems ?? 0, maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? MAX_ITEMS, MAX_ITEMS)) });
  }
  if (s.$ref) {
    const name = s.$ref.split('/').pop()!;
    return defs[name] ? next(defs[name]!) : fc.anything({ maxDepth: 1 });
  }
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const union = s.anyOf ?? s.oneOf;
  if (union?.length) return fc.oneof(...union.map((x) => next(x, key)));
  if (s.allOf?.length) return next(s.allOf[0]!);
  const type = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (type.length > 1) return fc.oneof(...type.map((t) => next({ ...s, type: t }, key)));
  switch (type[0]) {
    case 'string':
      return stringOf(s, o);
    case 'integer':
    case 'number':
      return numberOf(s, type[0] === 'integer');
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (s.prefixItems) return fc.tuple(...s.prefixItems.map((x) => next(x)));
      const min = s.minItems ?? 0;
      return fc.array(s.items ? next(s.items) : fc.anything({ maxDepth: 1 }), { minLength: min, maxLength: Math.max(min, Math.min(s.maxItems ?? MAX_ITEMS, MAX_ITEMS)) });
    }
    case 'object': {
      if (s.properties) {
        const props = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, next(v, k)]));
        return fc.record(props, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
      }
      if (s.additionalProperties && typeof s.additionalProperties === 'object') {
        return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), next(s.additionalProperties), { maxKeys: MAX_ITEMS });
      }
      return fc.object({ maxDepth: 1, maxKeys: MAX_ITEMS });
    }
    default:
      return fc.anything({ maxDepth: 2, maxKeys: MAX_ITEMS });
  }
}

function stringOf(s: JsonSchema, o: ArbitraryOptions): Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = Math.max(min, Math.min(s.maxLength ?? MAX_TEXT, MAX_TEXT));
  switch (s.format) {
    case 'uuid':
      return o.ids.length ? fc.oneof(fc.constantFrom(...o.ids), fc.uuid()) : fc.uuid();
    case 'date-time':
      return fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'date':
      return fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress();
  }
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((x) => x.length <= (s.maxLength ?? Infinity));
    } catch {
      // A pattern fast-check cannot invert: fall through to plain text.
    }
  }
  // Chinese and ASCII text, with the odd character from anywhere (controls included: refused, never a 500).
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength: min, maxLength: max, unit: fc.constantFrom(...'青龙镇金凤督办事项整改abcXYZ019 -_.,，。') }) },
    { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: max, unit: 'binary' }) },
  );
}

function numberOf(s: JsonSchema, integer: boolean): Arbitrary<number> {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : 1e-9) : -1e9);
  const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : 1e-9) : 1e9);
  if (integer) return fc.integer({ min: Math.ceil(Math.max(min, Number.MIN_SAFE_INTEGER)), max: Math.floor(Math.min(max, Number.MAX_SAFE_INTEGER)) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}
