// Builds a plausible input for any procedure from its zod schema, so tests generated from the
// router (the access matrix) cover procedures added later without hand-written fixtures.
// Validity is best effort: the matrix only needs inputs that reach the authorisation check
// and, for allowed callers, usually pass validation.
import type { z } from 'zod';

type Def = { type: string; [k: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Values for fields whose meaning their name gives away. */
function byName(name: string): unknown {
  const n = name.toLowerCase();
  if (n === 'username') return `u_${unique()}`;
  if (n.includes('password')) return 'Sample-2026-pass';
  if (n === 'phone') return '13800138000';
  if (n === 'code') return `S${unique()}`.slice(0, 30);
  if (n === 'name' || n === 'nameen') return `样例${unique()}`;
  if (n.endsWith('base64')) return 'UEsDBA==';
  if (n === 'permissions') return [];
  return undefined;
}

export function sampleInput(schema: z.ZodType | undefined, fieldName = ''): unknown {
  if (!schema) return undefined;
  const named = byName(fieldName);
  if (named !== undefined) return named;
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, sampleInput(v, k)]).filter(([, v]) => v !== undefined));
    }
    case 'optional':
      return fieldName.toLowerCase().endsWith('id') ? undefined : sampleInput(def.innerType as z.ZodType, fieldName);
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return sampleInput(def.innerType as z.ZodType, fieldName);
    case 'pipe':
      return sampleInput(def.in as z.ZodType, fieldName);
    case 'union':
      return sampleInput((def.options as z.ZodType[])[0], fieldName);
    case 'string': {
      const min = ((def.checks as { _zod: { def: { check: string; minimum?: number } } }[] | undefined) ?? [])
        .map((c) => c._zod.def)
        .find((c) => c.check === 'min_length')?.minimum;
      return 'x'.repeat(Math.max(min ?? 1, 1));
    }
    case 'number':
    case 'int':
      return 1;
    case 'boolean':
      return false;
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'array':
      return [];
    default:
      return undefined;
  }
}
