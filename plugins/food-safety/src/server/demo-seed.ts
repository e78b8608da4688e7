import { newId } from '@duban/db';
import type { DemoSeed } from '@duban/plugin-sdk/server';

const names = ['一号记录', '二号记录', '三号记录', '四号记录'];

/** A few records for each township the demo enables the plugin for (DemoSeed runs once, at first start). */
export const demoSeed: DemoSeed = async (db, { countyId, townshipIds }) => {
  const rows = townshipIds.flatMap((orgUnitId, t) =>
    names.slice(0, 2 + (t % 3)).map((name, i) => ({ countyId, id: newId(), orgUnitId, name, value: 10 + ((t * 7 + i * 13) % 90), note: i === 0 ? '演示数据' : null })),
  );
  await db.foodSafetyRecord.createMany({ data: rows });
};
