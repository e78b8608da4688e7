import { createTestDatabase } from '@duban/db/testing';
import { describe, expect, it } from 'vitest';
import { createCounty } from '../counties/create-county.ts';
import { builtInRoles } from './built-in-roles.ts';
import { syncBuiltInRoles } from './sync-built-in-roles.ts';

describe('syncBuiltInRoles', () => {
  it("gives a county made by an older release this release's built-in permissions, audited, once", async () => {
    const database = await createTestDatabase();
    try {
      const county = await database.prisma.$transaction((tx) => createCounty(tx, { name: '旧县' }));
      const inspector = builtInRoles.find((r) => r.key === 'inspector')!;
      // As an older release left it: one role lacks permissions, another is missing.
      await database.prisma.role.updateMany({ where: { countyId: county.id, key: 'inspector' }, data: { permissions: ['core.orgUnit.read'] } });
      await database.prisma.role.deleteMany({ where: { countyId: county.id, key: 'assessor' } });

      expect(await database.prisma.$transaction((tx) => syncBuiltInRoles(tx))).toBe(2);
      const roles = await database.prisma.role.findMany({ where: { countyId: county.id, builtIn: true } });
      expect(roles).toHaveLength(builtInRoles.length);
      expect([...roles.find((r) => r.key === 'inspector')!.permissions].sort()).toEqual([...inspector.permissions].sort());
      const audit = await database.prisma.auditLog.findMany({ where: { countyId: county.id, procedure: 'system.syncBuiltInRoles' } });
      expect(audit).toHaveLength(2);

      // Nothing left to do: a second start changes nothing and audits nothing.
      expect(await database.prisma.$transaction((tx) => syncBuiltInRoles(tx))).toBe(0);
    } finally {
      await database.close();
    }
  }, 120_000);
});
