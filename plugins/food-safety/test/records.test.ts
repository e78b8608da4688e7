import { createPluginTestKit, type PluginTestKit } from '@duban/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import foodSafetyPlugin from '../src/server.ts';

// The kit boots the real core with this plugin on a fresh database (two small counties, one login
// per built-in role) and enables the plugin for county A's first township (kit.units.township).
describe('食品安全 (food-safety): records', () => {
  let kit: PluginTestKit<'food-safety', typeof foodSafetyPlugin.router>;
  beforeAll(async () => {
    kit = await createPluginTestKit(foodSafetyPlugin);
  });
  afterAll(() => kit.close());

  it('lets a township official create, list and archive records', async () => {
    const official = await kit.as('township-official');
    const created = await official['food-safety'].record.create({ orgUnitId: kit.units.township, name: '样例记录', value: 12.5, note: '备注' });
    expect(created.value).toBe(12.5);
    await official['food-safety'].record.create({ orgUnitId: kit.units.village, name: '村里的记录', value: 3 });
    const list = await official['food-safety'].record.list({ orgUnitId: kit.units.township });
    expect(list.map((r) => r.name).sort()).toEqual(['村里的记录', '样例记录']);
    await official['food-safety'].record.archive({ recordId: created.id });
    expect((await official['food-safety'].record.list({ orgUnitId: kit.units.township })).map((r) => r.name)).toEqual(['村里的记录']);
  });

  it('rejects bad input', async () => {
    const official = await kit.as('township-official');
    await expect(official['food-safety'].record.create({ orgUnitId: kit.units.township, name: '', value: -1 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('answers 403 at the neighbour township: outside the official\'s scope, and not enabled there', async () => {
    const official = await kit.as('township-official');
    await expect(official['food-safety'].record.list({ orgUnitId: kit.units.neighbourTownship })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The county admin holds the permission county-wide, but the plugin is off at the neighbour.
    const admin = await kit.as('county-admin');
    await expect(admin['food-safety'].record.create({ orgUnitId: kit.units.neighbourTownship, name: '记录', value: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await kit.enable(kit.units.neighbourTownship);
    expect(await admin['food-safety'].record.list({ orgUnitId: kit.units.neighbourTownship })).toEqual([]);
  });

  it('computes the metric for many units in one query', async () => {
    const official = await kit.as('township-official');
    await official['food-safety'].record.create({ orgUnitId: kit.units.village, name: '再一条', value: 4.25 });
    const total = async (orgUnitId: string) => (await official['food-safety'].record.list({ orgUnitId })).reduce((sum, r) => sum + r.value, 0);
    const totals = await foodSafetyPlugin.metrics![0]!.compute(kit.api.database.prisma, {
      countyId: kit.units.county,
      orgUnitIds: [kit.units.township, kit.units.village, kit.units.neighbourTownship],
      period: { start: new Date('2020-01-01'), end: new Date(Date.now() + 86_400_000) },
    });
    expect(totals.get(kit.units.township)).toBe(await total(kit.units.township));
    expect(totals.get(kit.units.village)).toBe(await total(kit.units.village));
    expect(totals.get(kit.units.village)).toBeGreaterThan(0);
    expect(totals.get(kit.units.neighbourTownship)).toBe(0);
  });
});
