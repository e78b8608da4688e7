import { newId } from '@duban/db';
import { definePluginServer, type PluginClientRouter } from '@duban/plugin-sdk/server';
import manifest from './manifest.ts';
import { demoSeed } from './server/demo-seed.ts';
import { valueTotal } from './server/value-total-metric.ts';
import { recordRouter } from './server/record.router.ts';

const foodSafetyPlugin = definePluginServer(manifest, {
  router: { record: recordRouter },
  scopeResolvers: {
    // A record is checked against the unit it belongs to (procedures with scope { entity: 'foodSafetyRecord' }).
    foodSafetyRecord: async (db, id) => {
      const r = await db.foodSafetyRecord.findFirst({ where: { id }, include: { orgUnit: true } });
      return r ? { countyId: r.countyId, orgUnitId: r.orgUnitId, path: r.orgUnit.path } : null;
    },
  },
  // One record at a unit, for the access matrix (packages/api/test/access-matrix.test.ts).
  sampleRecords: {
    foodSafetyRecord: async (db, unit) => {
      const id = newId();
      await db.foodSafetyRecord.create({ data: { countyId: unit.countyId, id, orgUnitId: unit.id, name: '样例记录', value: 1 } });
      return id;
    },
  },
  metrics: [valueTotal],
  seed: demoSeed,
});

export default foodSafetyPlugin;
export type FoodSafetyRouter = PluginClientRouter<'food-safety', typeof foodSafetyPlugin.router>;
