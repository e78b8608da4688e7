import { newId, type OrgLevel, type OrgUnit, type Prisma } from '@duban/db';
import { badRequest, conflict, DomainError, notFound } from '../errors/index.ts';
import { canParent, levelNames } from './levels.ts';
import { pathWithin } from './subtree-sql.ts';

type Tx = Prisma.TransactionClient;

export async function getOrgUnit(db: Tx, countyId: string, id: string): Promise<OrgUnit> {
  const unit = await db.orgUnit.findUnique({ where: { countyId_id: { countyId, id } } });
  if (!unit) throw notFound('组织机构', id);
  return unit;
}

/** Every unit at or below `root`, in tree order (path), optionally limited in depth. */
export async function listSubtree(
  db: Tx,
  root: OrgUnit,
  options: { maxDepth?: number; includeArchived?: boolean } = {},
): Promise<OrgUnit[]> {
  return db.orgUnit.findMany({
    where: {
      countyId: root.countyId,
      path: { startsWith: root.path },
      ...(options.maxDepth === undefined ? {} : { depth: { lte: root.depth + options.maxDepth } }),
      ...(options.includeArchived ? {} : { archivedAt: null }),
    },
    orderBy: [{ depth: 'asc' }, { sortOrder: 'asc' }, { name: 'asc' }],
  });
}

async function assertNameFree(db: Tx, parent: OrgUnit, name: string, exceptId?: string) {
  const clash = await db.orgUnit.findFirst({
    where: { countyId: parent.countyId, parentId: parent.id, name, archivedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
  });
  if (clash) throw conflict('errors.orgUnit.nameTaken', `「${parent.name}」下已有名为「${name}」的单位`, { parent: parent.name, name });
}

function assertLevelFits(parent: OrgUnit, level: OrgLevel) {
  if (!canParent(parent.level, level)) {
    throw badRequest(
      'errors.orgUnit.levelMismatch',
      `${levelNames[level].zh}不能设在${levelNames[parent.level].zh}「${parent.name}」之下`,
      { level, parentLevel: parent.level },
    );
  }
  if (parent.archivedAt) throw badRequest('errors.orgUnit.parentArchived', `上级单位「${parent.name}」已撤销`, { parent: parent.name });
}

async function assertDistrict(db: Tx, countyId: string, level: OrgLevel, districtId: string | null | undefined) {
  if (!districtId) return;
  if (level !== 'township') throw badRequest('errors.orgUnit.districtOnlyTownship', '只有乡镇可以划入片区');
  const d = await db.district.findUnique({ where: { countyId_id: { countyId, id: districtId } } });
  if (!d) throw notFound('片区', districtId);
}

export interface NewOrgUnit {
  name: string;
  level: OrgLevel;
  code?: string | null;
  districtId?: string | null;
  sortOrder?: number;
}

export async function createOrgUnit(db: Tx, parent: OrgUnit, input: NewOrgUnit): Promise<OrgUnit> {
  assertLevelFits(parent, input.level);
  await assertNameFree(db, parent, input.name);
  await assertDistrict(db, parent.countyId, input.level, input.districtId);
  const id = newId();
  return db.orgUnit.create({
    data: {
      countyId: parent.countyId,
      id,
      level: input.level,
      name: input.name,
      code: input.code ?? null,
      parentId: parent.id,
      path: `${parent.path}${id}/`,
      depth: parent.depth + 1,
      districtId: input.districtId ?? null,
      sortOrder: input.sortOrder ?? 0,
    },
  });
}

export async function updateOrgUnit(
  db: Tx,
  unit: OrgUnit,
  changes: { name?: string; code?: string | null; districtId?: string | null },
): Promise<OrgUnit> {
  if (changes.name !== undefined && changes.name !== unit.name && unit.parentId) {
    await assertNameFree(db, await getOrgUnit(db, unit.countyId, unit.parentId), changes.name, unit.id);
  }
  if (changes.districtId !== undefined) await assertDistrict(db, unit.countyId, unit.level, changes.districtId);
  return db.orgUnit.update({ where: { countyId_id: { countyId: unit.countyId, id: unit.id } }, data: changes });
}

/** Moves a unit with its whole subtree: one set-based update rewrites every descendant's path. */
export async function moveOrgUnit(db: Tx, unit: OrgUnit, newParent: OrgUnit): Promise<OrgUnit> {
  if (!unit.parentId) throw badRequest('errors.orgUnit.moveRoot', '县级单位不能移动');
  if (newParent.path.startsWith(unit.path)) {
    throw badRequest('errors.orgUnit.moveIntoSelf', `不能把「${unit.name}」移到它自己或其下级之下`, { name: unit.name });
  }
  assertLevelFits(newParent, unit.level);
  await assertNameFree(db, newParent, unit.name, unit.id);
  const newPath = `${newParent.path}${unit.id}/`;
  const depthDelta = newParent.depth + 1 - unit.depth;
  await db.$executeRaw`
    UPDATE org_unit
       SET path = ${newPath} || substr(path, ${unit.path.length + 1}), depth = depth + ${depthDelta}, updated_at = now()
     WHERE county_id = ${unit.countyId} AND ${pathWithin('org_unit', unit.path)}`;
  return db.orgUnit.update({
    where: { countyId_id: { countyId: unit.countyId, id: unit.id } },
    data: { parentId: newParent.id },
  });
}

/** Archives a unit and everything below it (a village goes with its groups); never the county. */
export async function archiveOrgUnit(db: Tx, unit: OrgUnit): Promise<{ archived: number }> {
  if (!unit.parentId) throw new DomainError('BAD_REQUEST', 'errors.orgUnit.archiveRoot', '县级单位不能撤销');
  if (unit.archivedAt) throw badRequest('errors.orgUnit.alreadyArchived', `「${unit.name}」已撤销`, { name: unit.name });
  const archived = await db.$executeRaw`
    UPDATE org_unit SET archived_at = now(), updated_at = now()
     WHERE county_id = ${unit.countyId} AND ${pathWithin('org_unit', unit.path)} AND archived_at IS NULL`;
  return { archived };
}

/** Ancestors from the county down to the unit's parent, for breadcrumbs. */
export async function ancestorsOf(db: Tx, unit: OrgUnit): Promise<OrgUnit[]> {
  const ids = unit.path.split('/').filter(Boolean).slice(0, -1);
  if (ids.length === 0) return [];
  const units = await db.orgUnit.findMany({ where: { countyId: unit.countyId, id: { in: ids } } });
  return ids.map((id) => units.find((u) => u.id === id)).filter((u): u is OrgUnit => !!u);
}
