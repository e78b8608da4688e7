// Handler-level rules as declared policies: each names its rule, the predicate that decides it (the
// same core function the handler applies, where there is one), and an enumerator of cases over
// the matrix world. The access matrix runs every case, each in a rolled-back stretch, and checks
// that the API allows exactly what the predicate allows — on top of meta.permission, which the
// middleware enforces and the procedure matrix covers.
import { isVisitVisibleTo, ungrantedPermissions, type ScopedGrant } from '@duban/core';
import { newId } from '@duban/db';
import type { TestDatabase } from '@duban/db/testing';
import { outcomeOf, type Outcome } from './outcome.ts';
import { authorisedBy } from './run.ts';
import type { Grant, MatrixWorld, Principal } from './world.ts';

export interface PolicyCase {
  label: string;
  /** What the predicate says. */
  allowed: boolean;
  /** Sets up what the case needs and makes the call, inside one rolled-back stretch. */
  run(): Promise<Outcome>;
  /** How a refusal by this policy shows (a DomainError key, or the tRPC code for a hidden record). */
  refusal: string;
}

export interface DeclaredPolicy {
  name: string;
  /** The rule in words, and where it is enforced. */
  rule: string;
  cases(world: MatrixWorld, db: TestDatabase): Promise<PolicyCase[]>;
}

const scoped = (countyId: string, grants: Grant[]): ScopedGrant[] =>
  grants.map((g) => ({ countyId, permissions: g.permissions, capturePath: g.capture.path, viewPath: g.view.path }));

const call = async (p: Principal, path: string, input: unknown): Promise<Outcome> => {
  const fn = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], p.caller) as (i: unknown) => Promise<unknown>;
  try {
    return { kind: 'ok', output: await fn(input) };
  } catch (error) {
    return outcomeOf(error);
  }
};

const signedIn = (world: MatrixWorld) => world.principals.filter((p) => p.username !== null);

/** A supervision group planned at county A with the given people, and a visit by it to township 1. */
async function groupAndVisit(db: TestDatabase, world: MatrixWorld, memberPersonIds: string[], visit: { unannounced: boolean; startsInDays: number }) {
  const countyId = world.countyA.id;
  const township = [...world.units.values()].find((u) => u.countyId === countyId && u.level === 'township')!;
  const groupId = newId();
  await db.prisma.inspectionGroup.create({ data: { countyId, id: groupId, planningUnitId: countyId, name: `策略督查组${groupId.slice(0, 6)}`, year: 2026 } });
  for (const [i, personId] of memberPersonIds.entries()) {
    await db.prisma.inspectionGroupMember.create({ data: { countyId, id: newId(), groupId, personId, role: i === 0 ? 'leader' : 'member' } });
  }
  const visitId = newId();
  const start = new Date(world.now.getTime() + visit.startsInDays * 86_400_000);
  await db.prisma.inspectionVisit.create({
    data: {
      countyId, id: visitId, planningUnitId: countyId, orgUnitId: township.id, groupId, title: '策略督查', unannounced: visit.unannounced,
      windowStart: start, windowEnd: new Date(start.getTime() + 7 * 86_400_000),
    },
  });
  return { groupId, visitId, township, windowEnd: new Date(start.getTime() + 7 * 86_400_000) };
}

async function departmentAdminBesideCountyAdmin(world: MatrixWorld, db: TestDatabase): Promise<Principal> {
  const username = 'a-policy-deptadmin';
  if (!(await db.prisma.user.findUnique({ where: { username } }))) {
    const admin = await personOf(db, 'a-admin');
    const countyId = world.countyA.id;
    const personId = newId();
    await db.prisma.person.create({ data: { countyId, id: personId, name: '部门管理员', orgUnitId: admin.unit.id } });
    const userId = newId();
    const { passwordHash } = await db.prisma.user.findUniqueOrThrow({ where: { username: 'a-admin' } });
    await db.prisma.user.create({ data: { countyId, id: userId, username, passwordHash, personId } });
    const role = await db.prisma.role.findFirstOrThrow({ where: { countyId, key: 'department-admin' } });
    await db.prisma.roleAssignment.create({ data: { countyId, id: newId(), userId, roleId: role.id, captureUnitId: admin.unit.id, viewUnitId: admin.unit.id } });
  }
  return world.principal(username);
}

async function personOf(db: TestDatabase, username: string) {
  const u = await db.prisma.user.findUniqueOrThrow({ where: { username }, include: { person: { include: { orgUnit: true } } } });
  return { userId: u.id, personId: u.personId, unit: u.person.orgUnit };
}

export const policies: DeclaredPolicy[] = [
  {
    name: 'account management',
    rule:
      'resetting, disabling, enabling an account or changing its roles needs the manager to hold, at each unit, every permission ' +
      "the target's role assignments grant (core accounts/manage-account.ts, applied by routers/users/account-policy.ts)",
    async cases(world, db) {
      const cases: PolicyCase[] = [];
      // Finding F1's manager: a department administrator of the unit where the county
      // administrator's person record sits (the supervision office).
      const deptAdmin = await departmentAdminBesideCountyAdmin(world, db);
      for (const manager of [...signedIn(world), deptAdmin]) {
        for (const target of signedIn(world)) {
          if (target === manager) continue;
          const t = await personOf(db, target.username!);
          const unit = world.units.get(t.unit.id)!;
          // Only where the middleware lets the call through: the policy is what decides the rest.
          if (!authorisedBy(world, manager, 'core.user.update', unit, false)) continue;
          const allowed = ungrantedPermissions(scoped(world.countyA.id, manager.grants), scoped(world.countyA.id, target.grants)).length === 0;
          cases.push({
            label: `${manager.username} resets the password of ${target.username}`,
            allowed,
            refusal: 'errors.user.exceedsManager',
            run: () => call(manager, 'user.resetPassword', { userId: t.userId, newPassword: 'Policy2026pass' }),
          });
        }
      }
      return cases;
    },
  },
  {
    name: 'supervision-group membership',
    rule: "only the group's own members act on a visit on site: check in, fill records, finish (core inspections/visit-service.ts assertMember)",
    async cases(world, db) {
      const ducha = await personOf(db, 'a-ducha');
      const other = await db.prisma.person.findFirstOrThrow({ where: { countyId: world.countyA.id, orgUnitId: world.countyA.id } });
      const cases: PolicyCase[] = [];
      for (const p of signedIn(world)) {
        if (!p.grants.some((g) => g.permissions.includes('core.inspection.inspect'))) continue;
        const me = await personOf(db, p.username!);
        const members = [ducha.personId, other.id];
        cases.push({
          label: `${p.username} checks in on a visit of a group ${members.includes(me.personId) ? 'they belong to' : 'they do not belong to'}`,
          allowed: members.includes(me.personId),
          refusal: 'inspections.errors.notMember',
          run: async () => {
            const { visitId } = await groupAndVisit(db, world, members, { unannounced: false, startsInDays: -1 });
            return call(p, 'inspection.startVisit', { visitId });
          },
        });
      }
      return cases;
    },
  },
  {
    name: 'unannounced-visit visibility',
    rule:
      'an unannounced visit is invisible to the inspected unit (and anyone but its planners and group) until it starts ' +
      '(core inspections/visibility.ts, the one place that decides who sees a visit)',
    async cases(world, db) {
      const ducha = await personOf(db, 'a-ducha');
      const other = await db.prisma.person.findFirstOrThrow({ where: { countyId: world.countyA.id, orgUnitId: world.countyA.id } });
      const cases: PolicyCase[] = [];
      for (const p of signedIn(world)) {
        const me = await personOf(db, p.username!);
        const members = [ducha.personId, other.id];
        const township = [...world.units.values()].find((u) => u.countyId === world.countyA.id && u.level === 'township')!;
        if (!authorisedBy(world, p, 'core.inspection.read', township, false)) continue;
        const planRoots = p.grants.filter((g) => g.permissions.includes('core.inspection.plan')).map((g) => g.capture.path);
        const groupId = 'the-group';
        const facts = { unannounced: true, startedAt: null, windowEnd: new Date(world.now.getTime() + 9 * 86_400_000), status: 'planned', groupId, planningUnit: { path: world.countyA.path } };
        const allowed = isVisitVisibleTo(facts, { planRoots, groupIds: members.includes(me.personId) ? [groupId] : [] }, new Date());
        cases.push({
          label: `${p.username} looks up an unannounced visit to ${township.id.slice(0, 8)} before it starts`,
          allowed,
          refusal: 'errors.recordNotFound',
          run: async () => {
            const { visitId } = await groupAndVisit(db, world, members, { unannounced: true, startsInDays: 2 });
            const got = await call(p, 'inspection.getVisit', { visitId });
            // Lists must agree with get-by-id: a hidden visit is in no list either.
            const listed = await call(p, 'inspection.listVisits', {});
            const inList = listed.kind === 'ok' && JSON.stringify(listed.output).includes(visitId);
            if (got.kind === 'ok' && !inList) return { kind: 'stopped', code: 'LIST', message: 'visible by id but missing from listVisits' };
            if (got.kind !== 'ok' && inList) return { kind: 'stopped', code: 'LIST', message: 'hidden by id but listed by listVisits' };
            return got;
          },
        });
      }
      return cases;
    },
  },
];

/** Runs one case; returns a failure in words, or null. */
export async function checkPolicyCase(db: TestDatabase, c: PolicyCase): Promise<string | null> {
  const outcome = await db.isolation.rolledBack(() => c.run());
  if (outcome.kind === 'crashed') return `${c.label}: 500 — ${outcome.message}`;
  if (c.allowed && outcome.kind !== 'ok') return `${c.label}: the policy allows it, the API said ${JSON.stringify(outcome).slice(0, 300)}`;
  if (!c.allowed) {
    const refusedAsDeclared = (outcome.kind === 'refused' && (outcome.key === c.refusal || (c.refusal === 'errors.notFound' && outcome.key === 'NOT_FOUND'))) || (outcome.kind === 'stopped' && outcome.code === c.refusal);
    if (!refusedAsDeclared) return `${c.label}: the policy refuses it, the API said ${JSON.stringify(outcome).slice(0, 300)}`;
  }
  return null;
}
