import { newId } from '@duban/plugin-sdk/db';
import { definePluginServer, type PluginClientRouter } from '@duban/plugin-sdk/server';
import manifest from './manifest.ts';
import { examples } from './server/examples.ts';
import { demoSeed } from './server/demo-seed.ts';
import { floodOfficeChecklist } from './server/flood-office-checklist.ts';
import { preSeasonChecklist } from './server/pre-season-checklist.ts';
import { preSeasonReminder } from './server/pre-season-reminder.ts';
import { reservoirRouter } from './server/reservoir.router.ts';
import { responsibilityRate } from './server/responsibility-metric.ts';

const floodControl = definePluginServer(manifest, {
  router: { reservoir: reservoirRouter },
  scopeResolvers: {
    // A reservoir is checked against the unit it is registered at.
    floodControlReservoir: async (db, id) => {
      const r = await db.floodReservoir.findFirst({ where: { id }, include: { orgUnit: true } });
      return r ? { countyId: r.countyId, orgUnitId: r.orgUnitId, path: r.orgUnit.path, label: r.name } : null;
    },
  },
  sampleRecords: {
    floodControlReservoir: async (db, unit) => {
      const id = newId();
      await db.floodReservoir.create({ data: { countyId: unit.countyId, id, orgUnitId: unit.id, name: '样例水库', kind: 'reservoir', capacity: 10 } });
      return id;
    },
  },
  examples,
  metrics: [responsibilityRate],
  checklists: [floodOfficeChecklist, preSeasonChecklist],
  jobs: [preSeasonReminder],
  seed: demoSeed,
});

export default floodControl;
export type FloodControlRouter = PluginClientRouter<'flood-control', typeof floodControl.router>;
