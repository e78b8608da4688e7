import { newId, type Person, type Prisma } from '@duban/db';
import { badRequest, notFound } from '../errors/index.ts';

type Tx = Prisma.TransactionClient;

export interface PersonFields {
  name: string;
  phone?: string | null;
  position?: string | null;
}

export async function getPerson(db: Tx, countyId: string, id: string): Promise<Person> {
  const person = await db.person.findUnique({ where: { countyId_id: { countyId, id } } });
  if (!person) throw notFound('人员', id);
  return person;
}

async function assertUnitActive(db: Tx, countyId: string, orgUnitId: string) {
  const unit = await db.orgUnit.findUnique({ where: { countyId_id: { countyId, id: orgUnitId } } });
  if (!unit) throw notFound('组织机构', orgUnitId);
  if (unit.archivedAt) throw badRequest('errors.orgUnit.archived', `「${unit.name}」已撤销,不能再添加人员`, { name: unit.name });
}

export async function createPerson(db: Tx, countyId: string, orgUnitId: string, fields: PersonFields): Promise<Person> {
  await assertUnitActive(db, countyId, orgUnitId);
  return db.person.create({
    data: { countyId, id: newId(), orgUnitId, name: fields.name, phone: fields.phone ?? null, position: fields.position ?? null },
  });
}

export async function updatePerson(
  db: Tx,
  person: Person,
  fields: Partial<PersonFields> & { orgUnitId?: string },
): Promise<Person> {
  if (fields.orgUnitId && fields.orgUnitId !== person.orgUnitId) await assertUnitActive(db, person.countyId, fields.orgUnitId);
  return db.person.update({ where: { countyId_id: { countyId: person.countyId, id: person.id } }, data: fields });
}

/**
 * A responsible person named on an item or a key work must work in that unit or below it: the item
 * shows the person's phone to everyone who sees the item, so a person of another township would
 * leak a number its own scope hides (security finding F17).
 */
export async function assertPersonOfUnit(db: Tx, countyId: string, personId: string, unitId: string): Promise<void> {
  const person = await db.person.findUnique({ where: { countyId_id: { countyId, id: personId } }, include: { orgUnit: { select: { path: true } } } });
  const unit = await db.orgUnit.findUnique({ where: { countyId_id: { countyId, id: unitId } }, select: { path: true, name: true } });
  if (!person || !unit) throw notFound('人员', personId);
  if (person.archivedAt || !person.orgUnit.path.startsWith(unit.path)) {
    throw badRequest('errors.person.notOfUnit', `责任人须是「${unit.name}」或其下属单位的人员`, { unit: unit.name });
  }
}
