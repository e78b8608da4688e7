import { appendAudit, buildDemoCounty, seedCounty, seedDemoTasks } from '@duban/core';
// Importing the API mounts (installs) the discovered plugins.
import '@duban/api';
import { installedPlugins } from '@duban/api/plugins';
import { newId, type Database } from '@duban/db';

/**
 * Seeds the demo county, then lets every installed plugin add its demo data. To show both
 * states of a module, each plugin is switched on for the townships of the second district
 * (西片区) only — as its department would — and the rest is left for the user to enable.
 */
export async function seedDemo(database: Database) {
  const seeded = await seedCounty(database.prisma, buildDemoCounty());
  const countyId = seeded.county.id;
  const district = await database.prisma.district.findFirst({ where: { countyId }, orderBy: { sortOrder: 'asc' }, skip: 1 });
  const townships = await database.prisma.orgUnit.findMany({ where: { countyId, level: 'township', districtId: district?.id ?? undefined }, select: { id: true, name: true } });
  for (const plugin of installedPlugins()) {
    await database.prisma.$transaction(
      async (tx) => {
        for (const t of townships) {
          const row = await tx.pluginEnablement.create({
            data: { countyId, id: newId(), pluginId: plugin.id, orgUnitId: t.id, enabled: true, settings: plugin.manifest.settings.parse({}) as object },
          });
          await appendAudit(tx, { countyId, procedure: 'cli.seed', entityType: 'pluginEnablement', entityId: row.id, orgUnitId: t.id, after: row, detail: `${plugin.id} enabled for ${t.name}` });
        }
        await plugin.server.seed?.(tx, { countyId, townshipIds: townships.map((t) => t.id) });
      },
      { timeout: 120_000 },
    );
  }
  // Supervision items in every state for the first district's townships.
  const office = seeded.seeded.departments.get('supervision-office')!;
  const firstTownships = seeded.seeded.townships.slice(0, 6);
  const officePerson = seeded.seeded.people.find((p) => p.unit.id === office.id)!;
  await database.prisma.$transaction(
    async (tx) => {
      const r = await seedDemoTasks(tx, {
        countyId, officeId: office.id, townshipIds: firstTownships.map((t) => t.id),
        officeActor: { userId: null, name: officePerson.name }, townshipActor: { userId: null, name: '乡镇办理人' },
      });
      await appendAudit(tx, { countyId, procedure: 'cli.seed', entityType: 'task', orgUnitId: countyId, detail: `demo supervision items: ${r.tasks} handed over, ${r.escalated} escalated` });
    },
    { timeout: 120_000 },
  );
  return { ...seeded, pluginTownships: townships.map((t) => t.name) };
}
