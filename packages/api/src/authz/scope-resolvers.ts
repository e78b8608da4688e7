import type { Prisma } from '@duban/db';

/** Where a record sits in the org tree: the unit its permission checks are made against. */
export interface ResolvedScope {
  countyId: string;
  orgUnitId: string;
  path: string;
  /**
   * Other units the record belongs to, for read access: a task is visible to its responsible,
   * supervising and assisting units. Write permissions are checked against `path` only.
   */
  alsoPaths?: string[];
}

export type ScopeResolver = (db: Prisma.TransactionClient, id: string) => Promise<ResolvedScope | null>;

const resolvers = new Map<string, ScopeResolver>();

/** Core entities register here; plugins register theirs through the plugin platform. */
export function registerScopeResolver(entity: string, resolve: ScopeResolver) {
  resolvers.set(entity, resolve);
}

export function scopeResolver(entity: string): ScopeResolver | undefined {
  return resolvers.get(entity);
}

export function registeredEntities() {
  return [...resolvers.keys()];
}

const unitScope = (u: { countyId: string; id: string; path: string } | null | undefined): ResolvedScope | null =>
  u ? { countyId: u.countyId, orgUnitId: u.id, path: u.path } : null;

// Ids are globally unique, so a record is found by id alone and its county comes from the record.
registerScopeResolver('orgUnit', async (db, id) => unitScope(await db.orgUnit.findFirst({ where: { id } })));
registerScopeResolver('person', async (db, id) => unitScope((await db.person.findFirst({ where: { id }, include: { orgUnit: true } }))?.orgUnit));
registerScopeResolver('user', async (db, id) =>
  unitScope((await db.user.findFirst({ where: { id }, include: { person: { include: { orgUnit: true } } } }))?.person.orgUnit),
);
registerScopeResolver('roleAssignment', async (db, id) =>
  unitScope((await db.roleAssignment.findFirst({ where: { id }, include: { captureUnit: true } }))?.captureUnit),
);
const countyOf = async (db: Prisma.TransactionClient, countyId: string | undefined) =>
  countyId ? unitScope(await db.orgUnit.findFirst({ where: { countyId, id: countyId } })) : null;
registerScopeResolver('role', async (db, id) => countyOf(db, (await db.role.findFirst({ where: { id } }))?.countyId));
registerScopeResolver('district', async (db, id) => countyOf(db, (await db.district.findFirst({ where: { id } }))?.countyId));

// A task, as its readers see it: responsible unit first, then supervising and assisting units.
registerScopeResolver('task', async (db, id) => {
  const t = await db.task.findFirst({
    where: { id },
    include: { responsibleUnit: true, supervisingUnit: true, assisting: { include: { orgUnit: true } } },
  });
  return t
    ? { countyId: t.countyId, orgUnitId: t.responsibleUnitId, path: t.responsibleUnit.path, alsoPaths: [t.supervisingUnit.path, ...t.assisting.map((a) => a.orgUnit.path)] }
    : null;
});
// The side that rectifies (签收, 整改, 申请办结) and the side that verifies (核查, 通报, 挂牌).
registerScopeResolver('taskResponsible', async (db, id) => unitScope((await db.task.findFirst({ where: { id }, include: { responsibleUnit: true } }))?.responsibleUnit));
registerScopeResolver('taskSupervising', async (db, id) => unitScope((await db.task.findFirst({ where: { id }, include: { supervisingUnit: true } }))?.supervisingUnit));
registerScopeResolver('postCheck', async (db, id) =>
  unitScope((await db.postCheck.findFirst({ where: { id }, include: { task: { include: { supervisingUnit: true } } } }))?.task.supervisingUnit),
);
registerScopeResolver('keyWork', async (db, id) => unitScope((await db.keyWork.findFirst({ where: { id }, include: { leadUnit: true } }))?.leadUnit));
