// Issue 12: a fuzz test per procedure, generated from its zod schema (fast-check, bounded), that
// never gets a 500. Each procedure is called by a principal the declared permission authorises at
// county A, with inputs drawn from its schema (ids from the seeded world, so handlers get past
// their lookups) and with its example input broken one field at a time; every call is rolled back.
// A 500 fails with the shrunk input that caused it. Refusals of any kind are fine: bad input must
// be answered, not crash.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseExample } from '../src/authz/examples.ts';
import { appRouter } from '../src/root.ts';
import { arbitraryOf } from '../src/testing/fuzz/schema-arbitrary.ts';
import { createTestApi, listProcedures, type TestApi } from '../src/testing/index.ts';
import { allExamples } from '../src/testing/matrix/examples-registry.ts';
import { outcomeOf, reachedHandler } from '../src/testing/matrix/outcome.ts';
import { authorisedBy } from '../src/testing/matrix/run.ts';
import { buildMatrixWorld, type MatrixWorld } from '../src/testing/matrix/world.ts';

/**
 * Per procedure: enough to find a crash on a common path, bounded so the file runs in minutes. The
 * seed is fixed so CI is reproducible; DUBAN_FUZZ_SEED / DUBAN_FUZZ_RUNS explore further by hand.
 */
const RUNS = Number(process.env.DUBAN_FUZZ_RUNS ?? 6);
const SEED = Number(process.env.DUBAN_FUZZ_SEED ?? 20261203);
const procedures = listProcedures(appRouter).filter((p) => p.meta?.permission !== 'public' && p.input);
let api: TestApi;
let world: MatrixWorld;
let ids: string[] = [];
let crashes = 0;
/** Procedures at least one fuzzed call got into (returned or refused inside the handler). */
const reached = new Set<string>();

const callable = (caller: Record<string, unknown>, path: string) =>
  path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (input: unknown) => Promise<unknown>;

describe('procedure fuzz', () => {
  beforeAll(async () => {
    api = await createTestApi();
    world = await buildMatrixWorld(api, appRouter);
    ids = [...new Set([...world.records.values()].flatMap((byUnit) => [...byUnit.values()].map((r) => r.id)).concat([...world.units.keys()]))];
  }, 300_000);
  afterAll(async () => {
    console.log(`procedure fuzz (${api.database.kind}): ${procedures.length} procedures × ${RUNS} inputs, ${reached.size} reached their handler, ${crashes} crashes`);
    // A fuzz that never gets past validation and authorisation proves nothing about the handlers.
    expect(reached.size).toBeGreaterThan(procedures.length / 2);
    await api.close();
  });

  it.each(procedures.map((p) => [p.path, p] as const))('%s never answers 500', async (path, proc) => {
    const permission = proc.meta!.permission;
    const scope = proc.meta!.scope ?? { entity: 'county' as const };
    const principal = world.principals.find((p) => authorisedBy(world, p, permission, world.countyA, true)) ?? world.principals.find((p) => p.username)!;
    const declared = allExamples()[path];
    const example = declared ? (normaliseExample(declared).input(world.exampleWorld(world.countyA, 'field' in scope ? scope.entity : undefined)) as Record<string, unknown>) : {};
    const seeded = 'field' in scope ? world.records.get(scope.entity)?.get(world.countyA.id)?.id : undefined;
    const fromSchema = arbitraryOf(proc.input!, { ids });
    // The example with one field replaced by anything at all (wrong type, huge, nested, missing).
    const keys = Object.keys(example ?? {});
    const broken = keys.length
      ? fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.anything({ maxDepth: 2 }), fc.constant(undefined), fc.string({ unit: 'binary', maxLength: 300 })))
          .map(([k, v]) => ({ ...example, [k]: v }))
      : fromSchema;
    const input = fc.tuple(fc.oneof(fromSchema, broken), fc.boolean()).map(([x, keepScope]) =>
      // Half of the calls keep the scope field on the seeded record, so authorisation lets them in.
      seeded && keepScope && x && typeof x === 'object' && !Array.isArray(x) ? { ...(x as object), [(scope as { field: string }).field]: seeded } : x,
    );
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const outcome = await api.database.isolation.rolledBack(async () => {
          try {
            return { kind: 'ok' as const, output: await callable(principal.caller, path)(value) };
          } catch (error) {
            return outcomeOf(error);
          }
        });
        if (outcome.kind === 'crashed') crashes++;
        if (reachedHandler(outcome)) reached.add(path);
        expect(outcome.kind === 'crashed' ? outcome.message : 'no 500').toBe('no 500');
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }, 120_000);
});
