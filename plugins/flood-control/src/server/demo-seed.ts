import { newId } from '@duban/plugin-sdk/db';
import type { DemoSeed } from '@duban/plugin-sdk/server';

const names = ['黄泥塘水库', '龙洞湾水库', '石板沟山坪塘', '大堰塘', '凉水井山坪塘', '马家湾水库', '青岗林山坪塘', '白岩洞水库'];
const people = ['张德明', '李国强', '王建军', '刘成林', '陈志华', '杨开文', '赵永福', '周世平'];

/** Each demo township gets a few reservoirs and ponds, some with gaps the register should show. */
export const demoSeed: DemoSeed = async (db, { countyId, townshipIds }) => {
  const rows = townshipIds.flatMap((orgUnitId, t) =>
    names.slice(0, 3 + (t % 4)).map((name, i) => ({
      countyId, id: newId(), orgUnitId, name, kind: name.includes('水库') ? 'reservoir' : 'pond',
      capacity: 5 + ((t * 7 + i * 13) % 120), floodLimitLevel: name.includes('水库') ? 300 + ((t + i) % 50) : null,
      adminResponsible: people[(t + i) % people.length]!, technicalResponsible: (t + i) % 5 === 0 ? null : people[(t + i + 3) % people.length]!,
      dangerous: (t + i) % 7 === 0, emptied: (t + i) % 14 === 0, lastCheckedAt: (t + i) % 3 === 0 ? null : new Date(),
    })),
  );
  await db.floodReservoir.createMany({ data: rows });
};
