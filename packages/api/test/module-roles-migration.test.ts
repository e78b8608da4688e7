import { describe, expect, it } from 'vitest';
import { syncInstalledModuleRoles } from '../src/plugins/module-roles.ts';
import { useTestCounty } from './county-fixture.ts';

// A demo database seeded by an earlier release has no module roles: its module administrators
// held every module's permissions through the shared module-admin role (shuili could confirm
// food-safety incidents). At start the server gives each county the modules' roles and hands each
// to the owning department's module administrators only, audited; a second start changes nothing.
describe('module roles for a database seeded by an earlier release', () => {
  const t = useTestCounty();

  it('are added at start and given to the owning departments only, audited, once', async () => {
    const prisma = t.api.database.prisma;
    const countyId = t.county.county.id;
    // As the earlier release left it.
    await prisma.roleAssignment.deleteMany({ where: { countyId, role: { key: { startsWith: 'module:' } } } });
    await prisma.role.deleteMany({ where: { countyId, key: { startsWith: 'module:' } } });
    const township = t.county.seeded.townships[0]!;
    const admin = await t.api.as('a-admin');
    await admin.plugin.setEnablement({ orgUnitId: township.id, pluginId: 'flood-control', enabled: true });
    await admin.plugin.setEnablement({ orgUnitId: township.id, pluginId: 'food-safety', enabled: true });
    await expect((await t.api.as('a-shuili'))['flood-control'].reservoir.list({ orgUnitId: township.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    expect(await prisma.$transaction((tx) => syncInstalledModuleRoles(tx))).toEqual({ roles: 2, assignments: 2 });
    const holders = await prisma.roleAssignment.findMany({ where: { countyId, role: { key: { startsWith: 'module:' } } }, include: { role: true, user: true, captureUnit: true } });
    expect(holders.map((h) => [h.user.username, h.role.key, h.captureUnit.level]).sort()).toEqual([
      ['a-shijian', 'module:food-safety', 'county'],
      ['a-shuili', 'module:flood-control', 'county'],
    ]);
    const audit = await prisma.auditLog.findMany({ where: { countyId, procedure: 'system.syncModuleRoles' }, orderBy: { seq: 'asc' } });
    expect(audit.map((a) => a.detail)).toEqual(expect.arrayContaining([
      'module role module:flood-control added',
      'module role module:food-safety added',
      expect.stringMatching(/^module role module:flood-control given to a-shuili, module administrator of 水利局$/),
      expect.stringMatching(/^module role module:food-safety given to a-shijian, module administrator of 市场监督管理局$/),
    ]));
    expect(audit).toHaveLength(4);

    // After the migration: each works in its own module and sees nothing of the other's.
    const shuili = await t.api.as('a-shuili');
    expect(await shuili['flood-control'].reservoir.list({ orgUnitId: township.id })).toBeInstanceOf(Array);
    await expect(shuili['food-safety'].incident.list({ orgUnitId: township.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const shijian = await t.api.as('a-shijian');
    expect(await shijian['food-safety'].incident.list({ orgUnitId: township.id })).toBeInstanceOf(Array);
    await expect(shijian['flood-control'].reservoir.list({ orgUnitId: township.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // The next start: nothing to do, nothing audited.
    expect(await prisma.$transaction((tx) => syncInstalledModuleRoles(tx))).toEqual({ roles: 0, assignments: 0 });
    expect(await prisma.auditLog.count({ where: { countyId, procedure: 'system.syncModuleRoles' } })).toBe(4);
  });
});
