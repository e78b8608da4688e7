import type { Prisma } from '@duban/db';
import { PersonDirectory } from './person-directory.ts';
import { UnitDirectory } from './unit-directory.ts';

type Tx = Prisma.TransactionClient;

/** A county's units and active people for an import or export: two queries, whatever the sheet's size. */
export async function loadDirectories(db: Tx, countyId: string) {
  const [units, people] = await Promise.all([
    db.orgUnit.findMany({ where: { countyId }, select: { id: true, name: true, code: true, path: true, level: true, archivedAt: true } }),
    db.person.findMany({ where: { countyId, archivedAt: null }, select: { id: true, name: true, phone: true, orgUnitId: true } }),
  ]);
  return { units: new UnitDirectory(units), people: new PersonDirectory(people) };
}
