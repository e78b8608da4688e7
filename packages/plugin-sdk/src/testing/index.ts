// The plugin test kit (STYLE.md §8): boots the real core with one plugin mounted, on a fresh
// database with two small counties, signs in one user per built-in role, and enables the plugin
// for one township. A plugin's own tests use it; so do the platform's.
import type { TRPCRouterRecord } from '@trpc/server';
import { runDueJobs } from '@duban/api';
import { createTestApi, seedTwoCounties, type Caller, type TestApi } from '@duban/api/testing';
import { mountPlugin } from './mount.ts';

export { runAccessMatrix, type AccessMatrixOptions } from './access-matrix.ts';
export { countStatements, expectStatements } from '@duban/api/testing';
export { xlsxBase64, xlsxRows, drainImport, type TestCell } from '@duban/core/testing';

type CoreCaller = Caller;
import type { MigrationFileSet } from '@duban/db';
import type { BuiltInRoleKey } from '../manifest.ts';
import type { PluginServer } from '../server.ts';

const usernames: Record<BuiltInRoleKey, string> = {
  'county-admin': 'admin',
  'supervision-office': 'duchashi',
  'department-admin': 'shuili',
  'module-admin': 'shuili',
  'township-official': 'xiangzhen',
  'village-official': 'cunganbu',
  inspector: 'ducha',
  assessor: 'kaohe',
};

const mount = mountPlugin;

export type PluginTestRouter<Id extends string, R extends TRPCRouterRecord> = ReturnType<typeof mount<Id, R>>;

export interface PluginTestKit<Id extends string, R extends TRPCRouterRecord> {
  api: TestApi<PluginTestRouter<Id, R>>;
  /** Units of county A (甲县) and one of county B (乙县). */
  units: { county: string; township: string; neighbourTownship: string; village: string; otherCountyTownship: string };
  /** A caller signed in as county A's user of a built-in role (or as B's county admin). */
  as(role: BuiltInRoleKey | 'other-county-admin'): Promise<Caller<PluginTestRouter<Id, R>>>;
  /** Enables (or disables) the plugin at a unit through the real API, as county A's admin. */
  enable(orgUnitId: string, enabled?: boolean, settings?: Record<string, unknown>): Promise<void>;
  /**
   * Runs the scheduler once as at `now` (a fake clock), with the kit's SMS gateway (texts land in
   * `api.sentSms`): the keys that ran, `key@countyId` for calendar jobs.
   */
  runJobs(now: Date): Promise<string[]>;
  close(): Promise<void>;
}

/** County A's user holding `role` in a department that owns the plugin (default: the water bureau's). */
async function ownerLogin(database: TestApi['database'], role: string, owners: readonly string[] | undefined) {
  const held = await database.prisma.roleAssignment.findFirst({
    where: { role: { key: role }, user: { username: { startsWith: 'a-' }, person: { orgUnit: { level: 'department', code: { in: [...(owners ?? [])] } } } } },
    include: { user: { select: { username: true } } },
  });
  return held?.user.username ?? `a-${usernames[role as BuiltInRoleKey]}`;
}

export async function createPluginTestKit<const Id extends string, R extends TRPCRouterRecord>(
  plugin: PluginServer<Id, R>,
  options: { migrations?: MigrationFileSet[]; enableAtTownship?: boolean } = {},
): Promise<PluginTestKit<Id, R>> {
  const router = mount(plugin);
  const api = await createTestApi({ router, extraMigrations: options.migrations });
  const { a, b } = await seedTwoCounties(api.database);
  const [township, neighbour] = a.seeded.townships;
  const units = {
    county: a.county.id,
    township: township!.id,
    neighbourTownship: neighbour!.id,
    village: township!.villages[0]!.id,
    otherCountyTownship: b.seeded.townships[0]!.id,
  };
  const kit: PluginTestKit<Id, R> = {
    api,
    units,
    as: async (role) => {
      if (role === 'other-county-admin') return api.as('b-admin');
      // The department roles speak for the department that owns the plugin (shuili for 水利局,
      // shijian for 市场监督管理局), as in the demo county.
      if (role === 'module-admin' || role === 'department-admin') return api.as(await ownerLogin(api.database, role, plugin.manifest.owners));
      return api.as(`a-${usernames[role]}`);
    },
    async enable(orgUnitId, enabled = true, settings) {
      // The core part of the caller, typed without the generic plugin record.
      const admin = (await api.as('a-admin')) as unknown as CoreCaller;
      await admin.plugin.setEnablement({ orgUnitId, pluginId: plugin.manifest.id, enabled, settings });
    },
    runJobs: (now) => runDueJobs(api.database.prisma, now, { sms: api.services.sms, files: api.services.files, log: api.services.log }),
    close: () => api.close(),
  };
  if (options.enableAtTownship !== false) await kit.enable(units.township);
  return kit;
}
