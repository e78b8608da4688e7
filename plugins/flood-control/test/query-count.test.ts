// The reservoir register reads in a fixed number of SQL statements however many rows it has
// (no per-row queries): counted with the plugin kit's statement counter, on PGlite and PostgreSQL.
import { countStatements, createPluginTestKit, type PluginTestKit } from '@duban/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import floodControl from '../src/server.ts';

describe('flood control: query count of the register', () => {
  let kit: PluginTestKit<'flood-control', typeof floodControl.router>;
  beforeAll(async () => {
    kit = await createPluginTestKit(floodControl);
  }, 300_000);
  afterAll(() => kit.close());

  it('lists 1 and 12 reservoirs with the same number of statements', async () => {
    const official = await kit.as('township-official');
    const add = (n: number) => official['flood-control'].reservoir.create({ orgUnitId: kit.units.township, name: `第${n}号塘`, kind: 'pond', capacity: 2 + n });
    const list = () => official['flood-control'].reservoir.list({ orgUnitId: kit.units.township });
    await add(0);
    const one = await countStatements(kit.api.database, list);
    for (let n = 1; n < 12; n++) await add(n);
    const twelve = await countStatements(kit.api.database, list);
    expect(one.result).toHaveLength(1);
    expect(twelve.result).toHaveLength(12);
    expect(twelve.statements).toBe(one.statements);
  });
});
