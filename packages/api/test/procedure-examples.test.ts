// Every procedure, core and plugin, declares a valid example input beside its router, and each
// example passes the procedure's own input schema — checked here with schema.parse at every kind
// of unit the access matrix aims at, so the matrix never silently stops at validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseExample } from '../src/authz/examples.ts';
import { appRouter } from '../src/root.ts';
import { createTestApi, listProcedures, type TestApi } from '../src/testing/index.ts';
import { allExamples } from '../src/testing/matrix/examples-registry.ts';
import { buildMatrixWorld, type MatrixWorld } from '../src/testing/matrix/world.ts';

const procedures = listProcedures(appRouter).filter((p) => p.meta?.permission !== 'public');
let api: TestApi;
let world: MatrixWorld;

describe('procedure examples', () => {
  beforeAll(async () => {
    api = await createTestApi();
    world = await buildMatrixWorld(api, appRouter);
  }, 300_000);
  afterAll(() => api.close());

  it('every procedure has one, and no example names a procedure that does not exist', () => {
    const examples = allExamples();
    expect(procedures.filter((p) => !examples[p.path]).map((p) => p.path)).toEqual([]);
    const paths = new Set(listProcedures(appRouter).map((p) => p.path));
    expect(Object.keys(examples).filter((k) => !paths.has(k))).toEqual([]);
  });

  it.each(procedures.map((p) => [p.path, p] as const))('%s parses with its input schema', (path, proc) => {
    const example = normaliseExample(allExamples()[path]!);
    const scope = proc.meta!.scope ?? { entity: 'county' as const };
    const units = 'field' in scope ? [...new Set(world.principals.flatMap((p) => world.targetsFor(p).map(([, u]) => u)))] : [world.countyA];
    for (const unit of units) {
      const input = example.input(world.exampleWorld(unit, 'field' in scope ? scope.entity : undefined));
      if (!proc.input) expect(input).toBeUndefined();
      else expect(() => proc.input!.parse(input), `${path} at ${unit.level} ${unit.id}`).not.toThrow();
    }
  });
});
