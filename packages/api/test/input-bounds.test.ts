// Issue 12, item 5: numeric ranges and maximum lengths are enforced on the server, with a message
// — not by silent truncation or clamping. This walks every procedure's input schema (core and
// plugins, so a procedure added later is checked too) and every installed plugin's settings.
import { boundedNumber, boundedRecord, text } from '@duban/core/validation/bounded';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { installedPlugins } from '../src/plugins/installed.ts';
import { appRouter } from '../src/root.ts';
import { submitRecordInput } from '../src/schemas/index.ts';
import { unboundedInputs } from '../src/testing/input-bounds.ts';
import { listProcedures } from '../src/testing/router-procedures.ts';

/** Places that may hold anything, each with the reason it is safe. */
const EXEMPT: Record<string, string> = {
  // The plugin's own settings schema parses it before it is saved; that schema is walked below.
  'plugin.setEnablement settings{}': 'validated by manifest.settings',
};

describe('input bounds', () => {
  it('every procedure input bounds its strings, numbers, lists and maps', () => {
    const procedures = listProcedures(appRouter);
    expect(procedures.length).toBeGreaterThan(150);
    const found = procedures.flatMap((p) => unboundedInputs(p.input).map((u) => `${p.path} ${u.path}`));
    expect(found.filter((f) => !EXEMPT[f]), 'unbounded input (use text(), boundedNumber(), .max() or boundedRecord())').toEqual([]);
    expect(Object.keys(EXEMPT).filter((e) => !found.includes(e)), 'stale exemptions').toEqual([]);
  });

  it("every installed plugin's settings are bounded", () => {
    const plugins = installedPlugins();
    expect(plugins.length).toBeGreaterThan(0);
    for (const plugin of plugins) expect(unboundedInputs(plugin.manifest.settings).map((u) => u.path), plugin.manifest.id).toEqual([]);
  });

  it('finds what is unbounded (the walk can fail)', () => {
    const schema = z.object({
      a: z.string(), b: z.number().int().min(0), c: z.array(text(5)), d: z.record(z.string().max(3), z.boolean()), e: z.unknown(),
      ok: z.object({ s: text(10).optional(), n: boundedNumber(0, 1), l: z.array(z.uuid()).max(3), r: boundedRecord(z.string().max(3), z.iso.datetime(), 5) }),
      u: z.union([z.literal('x'), z.string()]), p: z.string().max(3).transform(Number).pipe(z.number()),
    });
    expect(unboundedInputs(schema).map((u) => `${u.path} ${u.kind}`)).toEqual(['a string', 'b number', 'c array', 'd record', 'e unknown', 'u string']);
  });

  it('refuses too long, out-of-range and oversized values with a message instead of cutting them', () => {
    const name = text(5, { min: 1 });
    expect(name.parse('  甲乙  ')).toBe('甲乙');
    expect(name.safeParse('甲乙丙丁戊己').error?.issues[0]?.message).toBe('最多 5 个字');
    expect(name.safeParse('甲\u0000').error?.issues[0]?.message).toMatch(/控制字符/);
    expect(boundedNumber(0, 100).safeParse(250).error?.issues[0]?.message).toBe('须在 0 到 100 之间');
    expect(boundedNumber(0, 100).safeParse(-50).success).toBe(false);
    const answers = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`k${i}`, true]));
    const record = { idempotencyKey: '6f1d3c1e-0b7a-4b8e-9a51-3c2f8e0d7a11', visitId: 'v', templateVersionId: 't', capturedAt: '2026-12-02T08:00:00+08:00' };
    expect(submitRecordInput.safeParse({ ...record, answers }).error?.issues[0]?.message).toBe('最多 10000 项');
    expect(submitRecordInput.safeParse({ ...record, answers: { n: 1e300 } }).success).toBe(false);
    expect(submitRecordInput.safeParse({ ...record, answers: { n: 12.5, s: '好', m: ['a'], g: { lat: 30, lng: 110 } } }).success).toBe(true);
  });
});
