// Bounded inputs (issue 12, item 5): every string a procedure accepts has a maximum length, every
// number a range, every list and map a maximum size, and going past one is a clear 400 — never a
// value silently cut, clamped or saved (a reservoir capacity of −50 became 0; a 250% completion
// rate was scored). Browser-safe (zod only): the web app's forms validate with the same schemas.
// packages/api/test/input-bounds.test.ts walks every procedure's input and fails on anything
// unbounded, so a new procedure cannot forget this.
import { z } from 'zod';

/** C0 control characters and DEL, except tab, line feed and carriage return (multi-line text). */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const CONTROL_CHARACTER_MESSAGE = '输入包含不允许的控制字符（如 NUL） / Input contains a control character (such as NUL) that is not allowed';

export interface TextOptions {
  /** Minimum length after trimming (default 0). */
  min?: number;
  /** Message when shorter than `min` (default: zod's own). */
  minMessage?: string;
}

/**
 * A trimmed string of at most `max` characters without control characters. Longer text is
 * refused with 「最多 N 个字」, not cut. (The raw-input guard in packages/api refuses control
 * characters for every procedure as well; here forms see the same rule before sending.)
 */
export function text(max: number, options: TextOptions = {}) {
  let schema = z.string().trim();
  if (options.min) schema = schema.min(options.min, options.minMessage);
  return schema
    .max(max, { message: `最多 ${max} 个字` })
    .refine((v) => !CONTROL_CHARACTERS.test(v), { message: CONTROL_CHARACTER_MESSAGE });
}

/** A number within [min, max], refused outside it with the range in the message. */
export function boundedNumber(min: number, max: number, options: { int?: boolean } = {}) {
  const base = options.int ? z.number().int() : z.number();
  const message = `须在 ${min} 到 ${max} 之间`;
  return base.min(min, { message }).max(max, { message });
}

/** The meta key under which a record's maximum number of entries is declared (read by the bounds walk). */
export const MAX_ENTRIES = 'maxEntries';

/** A record of at most `maxEntries` entries (zod's record has no size check of its own). */
export function boundedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V, maxEntries: number) {
  return z
    .record(key, value)
    .refine((r) => Object.keys(r).length <= maxEntries, { message: `最多 ${maxEntries} 项` })
    .meta({ [MAX_ENTRIES]: maxEntries });
}
