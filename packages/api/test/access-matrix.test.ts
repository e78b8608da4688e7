// The access matrix, generated from the router: every procedure (core and plugin) × every
// built-in role (and an anonymous caller) × {own unit, child, sibling township, parent, another
// county}, each call with the procedure's declared example input on a world seeded once with a
// record of every entity at every one of those units, and rolled back after the call.
// It fails on any 500, on an unauthorised call the middleware does not refuse, on an authorised
// call that is refused or ends in anything but a listed domain refusal, on a procedure no
// authorised call gets into (unless an exemption says why), and on any record of another unit
// or county in a read's output. Then the declared handler-level policies, case by case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/root.ts';
import { createTestApi, listProcedures, type TestApi } from '../src/testing/index.ts';
import { allExamples } from '../src/testing/matrix/examples-registry.ts';
import { runProcedure, type ProcedureReport } from '../src/testing/matrix/run.ts';
import { buildMatrixWorld, type MatrixWorld } from '../src/testing/matrix/world.ts';
import { checkPolicyCase, policies } from '../src/testing/matrix/policies.ts';

const procedures = listProcedures(appRouter).filter((p) => p.meta?.permission !== 'public');
const reports: ProcedureReport[] = [];
let api: TestApi;
let world: MatrixWorld;
let started = 0;

describe('access matrix', () => {
  beforeAll(async () => {
    started = performance.now();
    api = await createTestApi();
    world = await buildMatrixWorld(api, appRouter);
    console.log(`matrix world built in ${((performance.now() - started) / 1000).toFixed(1)} s (${api.database.kind})`);
  }, 300_000);
  afterAll(async () => {
    const calls = reports.reduce((n, r) => n + r.calls, 0);
    console.log(
      `access matrix (${api.database.kind}): ${reports.length} procedures, ${calls} calls, ` +
        `${reports.filter((r) => r.reached > 0).length} reached their handler, ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    await api.close();
  });

  it.each(procedures.map((p) => [p.path, p] as const))('%s', async (path, proc) => {
    const report = await runProcedure(world, api.database.isolation, proc, allExamples()[path]);
    reports.push(report);
    expect(report.failures).toEqual([]);
  }, 120_000);

  // Handler-level rules, declared (testing/matrix/policies.ts): every case the policy enumerates.
  it.each(policies.map((p) => [p.name, p] as const))('policy: %s', async (_name, policy) => {
    const cases = await policy.cases(world, api.database);
    expect(cases.length).toBeGreaterThan(0);
    // Both sides of the rule occur, or the cases prove nothing.
    expect(new Set(cases.map((c) => c.allowed)).size).toBe(2);
    const failures: string[] = [];
    for (const c of cases) {
      const failure = await checkPolicyCase(api.database, c);
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
