// Where assessment records sit in the org tree. A plan's write permissions (manage, score,
// approve, veto) are checked at its owner unit (考核办 or the county); reading it is also open to
// its assessed units, which then see only their own rows.
import type { Prisma } from '@duban/db';
import { registerScopeResolver, type ResolvedScope } from '../../authz/scope-resolvers.ts';

async function planScope(db: Prisma.TransactionClient, planId: string | undefined): Promise<ResolvedScope | null> {
  if (!planId) return null;
  const plan = await db.assessmentPlan.findFirst({
    where: { id: planId },
    include: { ownerUnit: { select: { id: true, path: true } }, units: { select: { orgUnit: { select: { path: true } } } } },
  });
  return plan ? { countyId: plan.countyId, orgUnitId: plan.ownerUnitId, path: plan.ownerUnit.path, alsoPaths: plan.units.map((u) => u.orgUnit.path) } : null;
}

registerScopeResolver('assessmentPlan', (db, id) => planScope(db, id));
// One assessed unit of a plan: the unit itself (self-check, its explanation).
registerScopeResolver('assessmentUnit', async (db, id) => {
  const u = await db.assessmentUnit.findFirst({ where: { id }, include: { orgUnit: { select: { id: true, path: true } } } });
  return u ? { countyId: u.countyId, orgUnitId: u.orgUnitId, path: u.orgUnit.path } : null;
});
// A listed problem is handed over by the plan's owner unit.
registerScopeResolver('assessmentProblem', async (db, id) => {
  const p = await db.assessmentProblem.findFirst({ where: { id }, select: { planId: true } });
  const scope = await planScope(db, p?.planId);
  return scope ? { countyId: scope.countyId, orgUnitId: scope.orgUnitId, path: scope.path } : null;
});
