import { createPluginTestKit, type PluginTestKit } from '@duban/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import floodControl from '../src/server.ts';

const ALL_YES = { spillway: true, gates: true, power: true, warning: true, road: true, materials: true };

describe('flood control: reservoir register', () => {
  let kit: PluginTestKit<'flood-control', typeof floodControl.router>;
  beforeAll(async () => {
    kit = await createPluginTestKit(floodControl);
  });
  afterAll(() => kit.close());

  it('lets a township official register a reservoir and flags what is missing', async () => {
    const official = await kit.as('township-official');
    const created = await official['flood-control'].reservoir.create({
      orgUnitId: kit.units.township, name: '黄泥塘水库', kind: 'reservoir', capacity: 120.5, floodLimitLevel: 312.4,
      adminResponsible: '张德明', technicalResponsible: null, dangerous: true, emptied: false,
    });
    expect(created.capacity).toBe(120.5);
    expect(created.problems).toEqual(['责任人未落实', '病险水库未空库运行', '未开展汛前检查']);
    const fixed = await official['flood-control'].reservoir.update({ reservoirId: created.id, technicalResponsible: '李国强', emptied: true });
    const checked = await official['flood-control'].reservoir.recordCheck({ reservoirId: fixed.id, answers: ALL_YES, note: '溢洪道畅通' });
    expect(checked.problems).toEqual([]);
    const list = await official['flood-control'].reservoir.list({ orgUnitId: kit.units.township });
    expect(list.map((r) => r.name)).toEqual(['黄泥塘水库']);
  });

  it('rejects bad input with field messages', async () => {
    const official = await kit.as('township-official');
    await expect(official['flood-control'].reservoir.create({ orgUnitId: kit.units.township, name: '', kind: 'reservoir', capacity: -1 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('answers 403 where the plugin is not enabled and outside the caller\'s scope', async () => {
    const admin = await kit.as('county-admin');
    await expect(admin['flood-control'].reservoir.list({ orgUnitId: kit.units.neighbourTownship })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const village = await kit.as('village-official');
    await expect(village['flood-control'].reservoir.create({ orgUnitId: kit.units.village, name: '大堰塘', kind: 'pond', capacity: 3 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('computes the responsibility rate for many units in one query', async () => {
    const db = kit.api.database.prisma;
    const rates = await floodControl.metrics![0]!.compute(db, {
      countyId: kit.units.county, orgUnitIds: [kit.units.township, kit.units.neighbourTownship],
      period: { start: new Date('2026-01-01'), end: new Date('2027-01-01') },
    });
    expect(rates.get(kit.units.township)).toBe(100);
    expect(rates.get(kit.units.neighbourTownship)).toBe(100); // no reservoirs: nothing missing
  });
});
