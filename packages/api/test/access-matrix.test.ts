// The access matrix, generated from the router: every procedure × every built-in role (and an
// anonymous caller) × {own unit, child, sibling township, parent county, another county}.
// Asserts that no unauthorised call succeeds (each is refused by the authorisation middleware),
// that authorised calls are not refused by it, and that lists carry no rows from outside the
// caller's scope. Procedures added later — plugins included — are covered without edits.
import { permissionDefinition } from '@duban/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { AccessDenied } from '../src/authz/authorize.ts';
import { appRouter } from '../src/root.ts';
import { createContext } from '../src/create-context.ts';
import { createCallerFactory } from '../src/trpc.ts';
import { createTestApi, entityFixture, listProcedures, sampleInput, seedTwoCounties, truncateAll, type TestApi } from '../src/testing/index.ts';
import { login } from '@duban/core';
import { installedPlugins, pluginGrantsForRole } from '../src/plugins/installed.ts';

const createCaller = createCallerFactory(appRouter);
type Unit = { countyId: string; id: string; parentId: string | null; path: string; name: string };

interface Grant {
  permissions: string[];
  capture: Unit;
  view: Unit;
}

/** A user and every role they hold (a user may hold several roles at different units). */
interface Principal {
  username: string | null; // null = anonymous
  grants: Grant[];
  /** Where the user mainly works: their first assignment's capture unit. */
  home: Unit | null;
}

let api: TestApi;
let units: Map<string, Unit>;

/** Independent of the implementation's path logic: walks parent links. */
function isWithin(unit: Unit, root: Unit): boolean {
  for (let u: Unit | undefined = unit; u; u = u.parentId ? units.get(`${u.countyId}/${u.parentId}`) : undefined) {
    if (u.countyId === root.countyId && u.id === root.id) return true;
  }
  return false;
}

async function world() {
  await truncateAll(api.database);
  const { a, b } = await seedTwoCounties(api.database);
  const all = await api.database.prisma.orgUnit.findMany();
  units = new Map(all.map((u) => [`${u.countyId}/${u.id}`, u]));
  const unit = (countyId: string, id: string) => units.get(`${countyId}/${id}`)!;
  const assignments = await api.database.prisma.roleAssignment.findMany({
    where: { countyId: a.county.id },
    include: { role: true, user: true },
  });
  const principals: Principal[] = [];
  // Every plugin is switched on for the whole county A, so the matrix tests scopes, not enablement
  // (enablement has its own tests).
  const admin = await callerFor('a-admin');
  for (const p of installedPlugins()) await admin.plugin.setEnablement({ orgUnitId: a.county.id, pluginId: p.id, enabled: true });
  for (const x of assignments) {
    const grant = { permissions: [...x.role.permissions, ...pluginGrantsForRole(x.role.key)], capture: unit(x.countyId, x.captureUnitId), view: unit(x.countyId, x.viewUnitId) };
    const known = principals.find((p) => p.username === x.user.username);
    if (known) known.grants.push(grant);
    else principals.push({ username: x.user.username, grants: [grant], home: grant.capture });
  }
  principals.push({ username: null, grants: [], home: null });
  const countyA = unit(a.county.id, a.county.id);
  const sibling = unit(a.county.id, a.seeded.townships[1]!.id);
  const otherCounty = unit(b.county.id, b.seeded.townships[0]!.id);
  const targetsFor = (p: Principal) => {
    const own = p.home ?? unit(a.county.id, a.seeded.townships[0]!.id);
    const child = all.find((u) => u.countyId === own.countyId && u.parentId === own.id);
    return [
      ['own unit', own],
      ...(child ? [['child', child] as const] : []),
      ['sibling township', sibling],
      ['parent county', countyA],
      ['another county', otherCounty],
    ] as const;
  };
  return { principals, targetsFor, countyA };
}

async function callerFor(username: string | null) {
  if (!username) return createCaller(await createContext(api.services, {}));
  const r = await api.database.prisma.$transaction((tx) => login(tx, api.services.sessionPolicy, { username, password: 'Test1234pass' }));
  if (!r.ok) throw r.error;
  return createCaller(await createContext(api.services, { sessionToken: r.token, csrfHeader: r.session.csrfToken }));
}

const isPrimaryDenial = (e: unknown) =>
  e instanceof TRPCError && (e.code === 'UNAUTHORIZED' || (e.code === 'FORBIDDEN' && e.cause instanceof AccessDenied));

/** Rows of a list result that lie outside the caller's county or view scope. */
function foreignRows(output: unknown, countyId: string, roots: Unit[]): unknown[] {
  const rows = Array.isArray(output) ? output : Array.isArray((output as { items?: unknown[] })?.items) ? (output as { items: unknown[] }).items : [];
  return rows.filter((row) => {
    const r = row as { countyId?: string; path?: string; orgUnit?: { path?: string }; person?: { orgUnit?: { path?: string } } };
    if (r.countyId && r.countyId !== countyId) return true;
    const path = r.path ?? r.orgUnit?.path ?? r.person?.orgUnit?.path;
    if (!path) return false;
    const id = path.split('/').filter(Boolean).pop()!;
    const u = units.get(`${countyId}/${id}`);
    return !u || !roots.some((root) => isWithin(u, root));
  });
}

const procedures = listProcedures(appRouter).filter((p) => p.meta?.permission !== 'public');
// (appRouter mounts every discovered plugin, so their procedures are in the matrix too.)

describe('access matrix', () => {
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it.each(procedures.map((p) => [p.path, p] as const))('%s', async (path, proc) => {
    const { principals, targetsFor } = await world();
    const permission = proc.meta!.permission;
    const scope = proc.meta!.scope ?? { entity: 'county' as const };
    const failures: string[] = [];
    for (const principal of principals) {
      const caller = await callerFor(principal.username);
      const anywhere = scope.entity === 'anywhere';
      const targets = scope.entity === 'county' || anywhere ? ([['own county', [...units.values()].find((u) => u.countyId === principal.home?.countyId && !u.parentId) ?? targetsFor(principal)[0]![1]]] as const) : targetsFor(principal);
      for (const [label, requested] of targets) {
        let target: Unit = requested;
        const input = sampleInput(proc.input) as Record<string, unknown> | undefined;
        const args: Record<string, unknown> = { ...(input ?? {}) };
        if ('field' in scope) {
          const make = entityFixture(scope.entity);
          if (!make) throw new Error(`no entity fixture for "${scope.entity}" (used by ${path}); register one in testing/fixtures.ts`);
          const made = await make(api.database, requested);
          args[scope.field] = typeof made === 'string' ? made : made.id;
          if (typeof made !== 'string') target = units.get(`${requested.countyId}/${made.orgUnitId}`)!;
        }
        const def = permission === 'authenticated' ? null : permissionDefinition(permission);
        const expected =
          principal.username !== null &&
          (permission === 'authenticated' ||
            principal.grants.some((g) => g.permissions.includes(permission) && (anywhere || isWithin(target, def?.access === 'write' ? g.capture : g.view))));
        const fn = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (i: unknown) => Promise<unknown>;
        const who = `${principal.username ?? 'anonymous'} → ${label}`;
        try {
          const output = await fn(proc.input ? args : undefined);
          if (!expected) failures.push(`${who}: unauthorised call succeeded`);
          else if (proc.type === 'query' && principal.home) {
            const roots = principal.grants.filter((g) => g.permissions.includes(permission)).flatMap((g) => [g.view, g.capture]);
            const foreign = foreignRows(output, principal.home.countyId, roots);
            if (foreign.length) failures.push(`${who}: ${foreign.length} row(s) outside the caller's scope`);
          }
        } catch (error) {
          if (!expected && !isPrimaryDenial(error)) failures.push(`${who}: expected a denial, got ${(error as Error).message}`);
          if (expected && isPrimaryDenial(error)) failures.push(`${who}: authorised call was denied (${(error as Error).message})`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
