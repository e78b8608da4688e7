import { appendAudit, buildDemoCounty, DEMO_PASSWORD, phoneProtector, seedCounty, seedDemoAssessments, seedDemoBoundaries, seedDemoInspections, seedDemoSurveys, seedDemoTasks, type FileStore } from '@duban/core';
// Importing the API mounts (installs) the discovered plugins.
import { syncInstalledModuleRoles } from '@duban/api';
import { installedPlugins } from '@duban/api/plugins';
import { newId, type Database } from '@duban/db';

/**
 * Seeds the demo county, then lets every installed plugin add its demo data. To show both
 * states of a module, each plugin is switched on for the townships of the second district
 * (西片区) only — as its department would — and the rest is left for the user to enable.
 */
export async function seedDemo(database: Database, services: { dataKey: Buffer; files: FileStore }) {
  const seeded = await seedCounty(database.prisma, buildDemoCounty());
  const countyId = seeded.county.id;
  // The modules' roles, given to their departments' module administrators (shuili 防汛抗旱, shijian 食品安全).
  await database.prisma.$transaction((tx) => syncInstalledModuleRoles(tx, 'cli.seed'));
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
  // 地图: generated boundaries for the county, its townships and villages (a real county imports its own).
  await database.prisma.$transaction(
    async (tx) => {
      const n = await seedDemoBoundaries(tx, countyId);
      await appendAudit(tx, { countyId, procedure: 'cli.seed', entityType: 'unitBoundary', orgUnitId: countyId, detail: `demo boundaries: ${n} units drawn` });
    },
    { timeout: 120_000 },
  );
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
  // Inspections (督查): groups, the year's rotation, this rotation's visits, some done with records and a finding.
  await database.prisma.$transaction(
    async (tx) => {
      const r = await seedDemoInspections(tx, { countyId, files: services.files });
      await appendAudit(tx, { countyId, procedure: 'cli.seed', entityType: 'inspectionVisit', orgUnitId: countyId, detail: `demo inspections: ${r.groups} groups, rotation ${r.stage} with ${r.visits} visits, ${r.done} done` });
    },
    { timeout: 300_000 },
  );
  // Household surveys (入户调查) over the inspections demo's groups and visits — after it, so they
  // exist; phones are sealed with this installation's data key.
  await database.prisma.$transaction(
    async (tx) => {
      const r = await seedDemoSurveys(tx, { countyId, phones: phoneProtector(services.dataKey), files: services.files });
      await appendAudit(tx, { countyId, procedure: 'cli.seed', entityType: 'householdSurvey', orgUnitId: countyId, detail: `demo household surveys: ${r.surveys} surveys, ${r.callbacks} call-backs drawn` });
    },
    { timeout: 300_000 },
  );
  // 考核: the 2025 plan published (so 2026 shows year-on-year change) and the 2026 plan in scoring.
  await database.prisma.$transaction(
    async (tx) => {
      const r = await seedDemoAssessments(tx, { countyId, officeId: seeded.seeded.departments.get('assessment-office')!.id, password: DEMO_PASSWORD, files: services.files });
      await appendAudit(tx, { countyId, procedure: 'cli.seed', entityType: 'assessmentPlan', orgUnitId: countyId, detail: `demo assessments: ${r.plans} plans, ${r.published} published results, ${r.scoring} in scoring` });
    },
    { timeout: 300_000 },
  );
  return { ...seeded, pluginTownships: townships.map((t) => t.name) };
}
