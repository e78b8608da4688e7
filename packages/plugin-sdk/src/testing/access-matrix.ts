// runAccessMatrix(plugin): the core's access matrix for one plugin, from the plugin's own tests.
// Every procedure of the plugin × every built-in role (and an anonymous caller) × own unit, child,
// sibling township, parent and another county, with the plugin's declared example inputs
// (src/server/examples.ts) on a world seeded once with a record of each of its entities (its
// sampleRecords) at every one of those units; each call rolled back. Fails on a 500, on an
// unauthorised call the middleware lets through, on an authorised call that ends in anything but a
// listed refusal, on a procedure no call gets into, and on any foreign row in a read.
import type { TRPCRouterRecord } from '@trpc/server';
import { buildMatrixWorld, createTestApi, listProcedures, runProcedure, type MatrixWorld, type ProcedureReport, type TestApi } from '@duban/api/testing';
import type { MigrationFileSet } from '@duban/db';
import type { AnyRouter } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PluginServer } from '../server.ts';
import { mountPlugin } from './mount.ts';

export interface AccessMatrixOptions {
  migrations?: MigrationFileSet[];
}

export function runAccessMatrix<const Id extends string, R extends TRPCRouterRecord>(plugin: PluginServer<Id, R>, options: AccessMatrixOptions = {}) {
  const router = mountPlugin(plugin) as unknown as AnyRouter;
  const id = plugin.manifest.id;
  const procedures = listProcedures(router).filter((p) => p.path.startsWith(`${id}.`));
  const reports: ProcedureReport[] = [];
  let api: TestApi<AnyRouter>;
  let world: MatrixWorld;
  let started = 0;

  describe(`${id}: access matrix`, () => {
    beforeAll(async () => {
      started = performance.now();
      api = await createTestApi({ router, extraMigrations: options.migrations });
      world = await buildMatrixWorld(api, router);
    }, 300_000);
    afterAll(async () => {
      const calls = reports.reduce((n, r) => n + r.calls, 0);
      console.log(`${id} access matrix (${api.database.kind}): ${reports.length} procedures, ${calls} calls, ${((performance.now() - started) / 1000).toFixed(1)} s`);
      await api.close();
    });

    it('declares an example for every procedure', () => {
      expect(procedures.filter((p) => !plugin.examples?.[p.path]).map((p) => p.path)).toEqual([]);
    });

    it.each(procedures.map((p) => [p.path, p] as const))('%s', async (path, proc) => {
      const report = await runProcedure(world, api.database.isolation, proc, plugin.examples?.[path]);
      reports.push(report);
      expect(report.failures).toEqual([]);
    }, 120_000);
  });
}
