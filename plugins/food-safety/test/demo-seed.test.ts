import { createPluginTestKit, type PluginTestKit } from '@duban/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import foodSafetyPlugin from '../src/server.ts';
import { localYear, yearPeriod } from '../src/shared/periods.ts';

describe('食品安全 (food-safety): demo data', () => {
  let kit: PluginTestKit<'food-safety', typeof foodSafetyPlugin.router>;
  beforeAll(async () => {
    kit = await createPluginTestKit(foodSafetyPlugin);
    await kit.enable(kit.units.neighbourTownship);
    const db = kit.api.database.prisma;
    await db.$transaction((tx) => foodSafetyPlugin.seed!(tx, { countyId: kit.units.county, townshipIds: [kit.units.township, kit.units.neighbourTownship] }), { timeout: 120_000 });
  });
  afterAll(() => kit.close());

  it('gives the first township a level-II incident that vetoes it, and the second a general one reported late', async () => {
    const admin = await kit.as('county-admin');
    const year = localYear(new Date());
    const [first] = await admin['food-safety'].incident.list({ orgUnitId: kit.units.township, year });
    expect(first).toMatchObject({ level: 'II', confirmedLevel: 'II', vetoed: true });
    const [second] = await admin['food-safety'].incident.list({ orgUnitId: kit.units.neighbourTownship, year });
    expect(second).toMatchObject({ level: 'IV', vetoed: false, reporting: { status: 'late' } });
    const major = foodSafetyPlugin.vetoes!.find((v) => v.key === 'food-safety.major-incident')!;
    const result = await major.evaluate(kit.api.database.prisma, { countyId: kit.units.county, orgUnitIds: [kit.units.township, kit.units.neighbourTownship], period: yearPeriod(year) });
    expect([result.get(kit.units.township)?.vetoed, result.get(kit.units.neighbourTownship)?.vetoed]).toEqual([true, false]);
  });

  it('seeds sampling with rectification items for the unqualified samples, surveys and case transfers', async () => {
    const admin = await kit.as('county-admin');
    const dashboard = await admin['food-safety'].sampling.dashboard({ orgUnitId: kit.units.township, year: localYear(new Date()) });
    expect(dashboard.planned).toBe(75);
    expect(dashboard.taken).toBeGreaterThan(40);
    expect(dashboard.unqualified).toBeGreaterThan(0);
    expect(dashboard.rectificationItems).toBe(dashboard.unqualified);
    expect(await kit.api.database.prisma.task.count({ where: { countyId: kit.units.county, title: { startsWith: '抽检不合格整改' } } })).toBeGreaterThanOrEqual(dashboard.unqualified);
    expect((await admin['food-safety'].survey.list({ orgUnitId: kit.units.township })).length).toBe(2);
    expect((await admin['food-safety'].transfer.list({ orgUnitId: kit.units.township })).length).toBeGreaterThan(0);
  });
});
