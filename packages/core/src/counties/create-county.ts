import { newId, type OrgUnit, type Prisma } from '@duban/db';
import { builtInRoles } from '../permissions/built-in-roles.ts';

type Tx = Prisma.TransactionClient;

/**
 * Creates a tenant: the county's root org unit (its id is the county id) and the built-in roles.
 * Provinces and cities above it are shared reference data (table region).
 */
export async function createCounty(
  db: Tx,
  input: { name: string; code?: string | null; regionId?: string | null; id?: string },
): Promise<OrgUnit> {
  const id = input.id ?? newId();
  const county = await db.orgUnit.create({
    data: { countyId: id, id, level: 'county', name: input.name, code: input.code ?? null, path: `/${id}/`, depth: 0, regionId: input.regionId ?? null },
  });
  await db.role.createMany({
    data: builtInRoles.map((r) => ({
      countyId: id, id: newId(), key: r.key, name: r.name, nameEn: r.nameEn,
      description: r.description, permissions: r.permissions, builtIn: true,
    })),
  });
  return county;
}
