// The access matrix's world, built once: two small counties (A with township/sibling/child/parent
// units and every built-in role, B as the other county), every installed plugin switched on in
// both, and a record of every entity — core and plugin — at every unit a call is aimed at, in
// both counties. Calls then run in rolled-back stretches (db/testing/isolation.ts), so each one
// sees exactly this world.
import { login } from '@duban/core';
import type { AnyRouter } from '@trpc/server';
import type { ExampleUnit, ExampleWorld } from '../../authz/examples.ts';
import { registeredEntities } from '../../authz/scope-resolvers.ts';
import { createContext } from '../../create-context.ts';
import { installedPlugins, pluginGrantsForRole } from '../../plugins/installed.ts';
import { createCallerFactory } from '../../trpc.ts';
import { entityFixture, seedTwoCounties } from '../fixtures.ts';
import { useFixturePhoneKey } from '../survey-fixtures.ts';
import { TEST_PASSWORD, type TestApi } from '../index.ts';

export interface Grant {
  permissions: string[];
  capture: ExampleUnit;
  view: ExampleUnit;
}

/** A signed-in user of county A and every role they hold, or the anonymous caller. */
export interface Principal {
  username: string | null;
  grants: Grant[];
  /** Where the user mainly works: their first assignment's capture unit. */
  home: ExampleUnit | null;
  /** A tRPC caller with a real session and CSRF token (contexts hold no per-call state). */
  caller: Record<string, unknown>;
}

export type TargetKind = 'own unit' | 'child' | 'sibling township' | 'parent' | 'another county';

export interface MatrixWorld {
  principals: Principal[];
  units: Map<string, ExampleUnit>;
  countyA: ExampleUnit;
  countyB: ExampleUnit;
  /** The units a principal's calls are aimed at. */
  targetsFor(p: Principal): [TargetKind, ExampleUnit][];
  /** Seeded records: entity → unit id → { id, unit the record resolves to }. */
  records: Map<string, Map<string, { id: string; unit: ExampleUnit }>>;
  /** The example world for a call aimed at `unit` (record: of `entity`, when the procedure names one). */
  exampleWorld(unit: ExampleUnit, entity?: string): ExampleWorld;
  /** Is `unit` inside the subtree of `root`? Walks parent links, independent of the implementation's paths. */
  isWithin(unit: ExampleUnit, root: ExampleUnit): boolean;
  /** Signs in a user of county A (e.g. one a policy's cases add) as a principal. */
  principal(username: string): Promise<Principal>;
  now: Date;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function buildMatrixWorld(api: TestApi<AnyRouter>, router: AnyRouter): Promise<MatrixWorld> {
  const db = api.database;
  const { a, b } = await seedTwoCounties(db);
  const rows = await db.prisma.orgUnit.findMany({ orderBy: [{ depth: 'asc' }, { sortOrder: 'asc' }, { name: 'asc' }] });
  const units = new Map<string, ExampleUnit>(rows.map((u) => [u.id, { countyId: u.countyId, id: u.id, parentId: u.parentId, path: u.path, level: u.level }]));
  const unit = (id: string) => units.get(id)!;
  const countyA = unit(a.county.id);
  const countyB = unit(b.county.id);
  const isWithin = (u: ExampleUnit, root: ExampleUnit) => {
    for (let x: ExampleUnit | undefined = u; x; x = x.parentId ? units.get(x.parentId) : undefined) if (x.id === root.id) return true;
    return false;
  };

  const factory = createCallerFactory(router);
  const callerFor = async (username: string | null) => {
    if (!username) return factory(await createContext(api.services, {})) as Record<string, unknown>;
    const r = await db.prisma.$transaction((tx) => login(tx, api.services.sessionPolicy, { username, password: TEST_PASSWORD }));
    if (!r.ok) throw r.error;
    return factory(await createContext(api.services, { sessionToken: r.token, csrfHeader: r.session.csrfToken })) as Record<string, unknown>;
  };

  // Every plugin on in both counties, so the matrix tests scopes, not enablement (enablement has
  // its own tests), and county B's plugin rows exist to be leaked.
  for (const admin of ['a-admin', 'b-admin']) {
    const caller = (await callerFor(admin)) as { plugin: { setEnablement(i: unknown): Promise<unknown> } };
    const countyId = admin === 'a-admin' ? countyA.id : countyB.id;
    for (const p of installedPlugins()) await caller.plugin.setEnablement({ orgUnitId: countyId, pluginId: p.id, enabled: true });
  }

  const grantsOf = async (where: { username?: string }) => {
    const assignments = await db.prisma.roleAssignment.findMany({ where: { countyId: countyA.id, user: where }, include: { role: true, user: true }, orderBy: { id: 'asc' } });
    const byUser = new Map<string, Grant[]>();
    for (const x of assignments) {
      const grant = { permissions: [...x.role.permissions, ...pluginGrantsForRole(x.role.builtIn ? x.role.key : null)], capture: unit(x.captureUnitId), view: unit(x.viewUnitId) };
      byUser.set(x.user.username, [...(byUser.get(x.user.username) ?? []), grant]);
    }
    return byUser;
  };
  const byUser = await grantsOf({});
  const principals: Principal[] = [];
  for (const [username, grants] of [...byUser].sort(([x], [y]) => x.localeCompare(y))) {
    principals.push({ username, grants, home: grants[0]!.capture, caller: await callerFor(username) });
  }
  principals.push({ username: null, grants: [], home: null, caller: await callerFor(null) });

  const [t1, t2] = a.seeded.townships;
  const childOf = (u: ExampleUnit) => rows.find((r) => r.parentId === u.id && r.level !== 'department' && !r.archivedAt);
  const targetsFor = (p: Principal): [TargetKind, ExampleUnit][] => {
    const own = p.home ?? unit(t1!.id);
    const child = childOf(own);
    const sibling = own.id === t2!.id ? unit(t1!.id) : unit(t2!.id);
    const parent = own.parentId ? unit(own.parentId) : null;
    return [
      ['own unit', own],
      ...(child ? [['child', unit(child.id)] as [TargetKind, ExampleUnit]] : []),
      ['sibling township', sibling],
      ...(parent ? [['parent', parent] as [TargetKind, ExampleUnit]] : []),
      ['another county', unit(b.seeded.townships[0]!.id)],
    ];
  };

  // A record of every entity at every unit a call is aimed at, and at both county roots.
  const targetUnits = new Map<string, ExampleUnit>([[countyA.id, countyA], [countyB.id, countyB]]);
  for (const p of principals) for (const [, u] of targetsFor(p)) targetUnits.set(u.id, u);
  // Scope entities, plus records examples refer to that are no procedure's scope.
  const entities = new Set([...registeredEntities(), 'person', 'secondPerson', 'surveyFormVersion', 'inspectionTemplateVersion', ...installedPlugins().flatMap((p) => Object.keys(p.server.sampleRecords ?? {}))]);
  const records = new Map<string, Map<string, { id: string; unit: ExampleUnit }>>();
  useFixturePhoneKey(api.services.dataKey);
  for (const entity of [...entities].sort()) {
    const make = entityFixture(entity);
    if (!make) throw new Error(`no entity fixture for "${entity}": register one in testing/fixtures.ts or the plugin's sampleRecords`);
    const atUnit = new Map<string, { id: string; unit: ExampleUnit }>();
    for (const u of targetUnits.values()) {
      const made = await make(db, u);
      atUnit.set(u.id, typeof made === 'string' ? { id: made, unit: u } : { id: made.id, unit: unit(made.orgUnitId) });
    }
    records.set(entity, atUnit);
  }

  const now = new Date();
  const recordAt = (entity: string, u: ExampleUnit) => {
    const r = records.get(entity)?.get(u.id);
    if (!r) throw new Error(`the world has no ${entity} at unit ${u.id}`);
    return r.id;
  };
  return {
    principals, units, countyA, countyB, targetsFor, records, isWithin, now,
    async principal(username) {
      const grants = (await grantsOf({ username })).get(username) ?? [];
      return { username, grants, home: grants[0]?.capture ?? null, caller: await callerFor(username) };
    },
    exampleWorld(u, entity) {
      const county = unit(u.countyId);
      const villages = [...units.values()].filter((x) => x.countyId === u.countyId && x.level === 'village');
      return {
        unit: u,
        county,
        village: villages.find((v) => isWithin(v, u)) ?? villages[0]!,
        get record() {
          if (!entity) throw new Error('this procedure names no scope record');
          return recordAt(entity, u);
        },
        at: (e) => recordAt(e, u),
        inCounty: (e) => recordAt(e, county),
        unique,
        password: TEST_PASSWORD,
        now,
      };
    },
  };
}
