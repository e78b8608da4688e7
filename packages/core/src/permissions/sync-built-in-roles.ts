import { newId, type Prisma } from '@duban/db';
import { appendAudit } from '../audit/append-audit.ts';
import { builtInRoles } from './built-in-roles.ts';

type Tx = Prisma.TransactionClient;

/**
 * Brings every county's built-in roles up to the catalogue of this release. Built-in roles are
 * written when a county is created and cannot be edited by anyone (a county copies one to make
 * its own), so a new feature's permissions (inspections, surveys, assessments …) would otherwise
 * never reach a county created by an earlier version. Each change is audited as the system's.
 * Returns the number of roles created or updated.
 */
export async function syncBuiltInRoles(db: Tx): Promise<number> {
  const counties = await db.orgUnit.findMany({ where: { level: 'county', archivedAt: null }, select: { countyId: true } });
  if (counties.length === 0) return 0;
  const existing = await db.role.findMany({ where: { builtIn: true, key: { not: null } } });
  const byKey = new Map(existing.map((r) => [`${r.countyId}:${r.key}`, r]));
  let changed = 0;
  for (const { countyId } of counties) {
    for (const def of builtInRoles) {
      const role = byKey.get(`${countyId}:${def.key}`);
      const wanted = { name: def.name, nameEn: def.nameEn, description: def.description, permissions: [...def.permissions] };
      if (!role) {
        const id = newId();
        await db.role.create({ data: { countyId, id, key: def.key, builtIn: true, ...wanted } });
        await appendAudit(db, { countyId, procedure: 'system.syncBuiltInRoles', entityType: 'role', entityId: id, after: wanted, detail: 'built-in role added by an upgrade' });
        changed++;
        continue;
      }
      const same =
        role.name === wanted.name && role.nameEn === wanted.nameEn && role.description === wanted.description &&
        role.permissions.length === wanted.permissions.length && [...role.permissions].sort().join() === [...wanted.permissions].sort().join();
      if (same) continue;
      await db.role.update({ where: { countyId_id: { countyId, id: role.id } }, data: wanted });
      await appendAudit(db, {
        countyId, procedure: 'system.syncBuiltInRoles', entityType: 'role', entityId: role.id,
        before: { permissions: role.permissions }, after: { permissions: wanted.permissions }, detail: 'built-in role updated by an upgrade',
      });
      changed++;
    }
  }
  return changed;
}
