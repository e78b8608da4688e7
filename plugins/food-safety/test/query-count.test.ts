// The incident register reads in a fixed number of SQL statements however many incidents there
// are (no per-row queries): counted with the plugin kit's statement counter.
import { countStatements, createPluginTestKit, type PluginTestKit } from '@duban/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import foodSafetyPlugin from '../src/server.ts';

const facts = { harmed: 2, deaths: 0, countiesAffected: 1, prefecturesAffected: 1, provincesAffected: 1 };

describe('食品安全: query count of the incident register', () => {
  let kit: PluginTestKit<'food-safety', typeof foodSafetyPlugin.router>;
  beforeAll(async () => {
    kit = await createPluginTestKit(foodSafetyPlugin);
  }, 300_000);
  afterAll(() => kit.close());

  it('lists 1 and 8 incidents with the same number of statements', async () => {
    const official = await kit.as('township-official');
    const at = new Date(Date.now() - 86_400_000).toISOString();
    const add = (n: number) =>
      official['food-safety'].incident.create({ ...facts, orgUnitId: kit.units.village, title: `聚餐不适${n}`, occurredAt: at, discoveredAt: at, place: '村委会', unitsInvolved: '农家乐' });
    const list = () => official['food-safety'].incident.list({ orgUnitId: kit.units.township });
    await add(0);
    const one = await countStatements(kit.api.database, list);
    for (let n = 1; n < 8; n++) await add(n);
    const eight = await countStatements(kit.api.database, list);
    expect(one.result).toHaveLength(1);
    expect(eight.result).toHaveLength(8);
    expect(eight.statements).toBe(one.statements);
  });
});
