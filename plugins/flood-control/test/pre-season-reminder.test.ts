import { createPluginTestKit, type PluginTestKit } from '@duban/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import floodControl from '../src/server.ts';

const KEY = 'flood-control.pre-season-reminder';

/** The calendar job on 主汛期开始 (each unit's floodSeasonStart setting), with a fake clock. */
describe('flood control: pre-season check reminder', () => {
  let kit: PluginTestKit<'flood-control', typeof floodControl.router>;
  beforeAll(async () => {
    kit = await createPluginTestKit(floodControl);
    // The township keeps the default start (06-01) and a duty phone; the neighbour starts on 05-15.
    await kit.enable(kit.units.township, true, { floodSeasonStart: '06-01', dutyPhone: '13800000001' });
    await kit.enable(kit.units.neighbourTownship, true, { floodSeasonStart: '05-15' });
    const official = await kit.as('township-official');
    const pond = await official['flood-control'].reservoir.create({ orgUnitId: kit.units.village, name: '大堰塘', kind: 'pond', capacity: 3, adminResponsible: '王', technicalResponsible: '李' });
    await official['flood-control'].reservoir.create({ orgUnitId: kit.units.township, name: '黄泥塘水库', kind: 'reservoir', capacity: 120 });
    await official['flood-control'].reservoir.recordCheck({ reservoirId: pond.id, answers: { spillway: true, gates: true, power: true, warning: true, road: true, materials: true }, note: '溢洪道畅通' });
  });
  afterAll(() => kit.close());

  const notices = () =>
    kit.api.database.prisma.notification.findMany({ where: { title: '主汛期开始,请完成汛前检查' }, select: { orgUnitId: true, body: true } });

  it('does nothing on 5月31日 and reminds the township of its unchecked reservoir on 6月1日 08:00 (Asia/Shanghai), once', async () => {
    // The job runs daily (the date is a per-unit setting): on 5月31日 it finds no unit starting.
    expect(await kit.runJobs(new Date('2026-05-31T00:00:00Z'))).toContain(`${KEY}@${kit.units.county}`);
    expect(await notices()).toEqual([]);
    // 00:00 UTC is 08:00 in Shanghai. The pond was checked (in the test's real time, this year): only the reservoir is named.
    const ran = await kit.runJobs(new Date('2026-06-01T00:00:00Z'));
    expect(ran).toContain(`${KEY}@${kit.units.county}`);
    expect(await kit.runJobs(new Date('2026-06-01T00:30:00Z'))).not.toContain(`${KEY}@${kit.units.county}`);
    expect(await notices()).toEqual([{ orgUnitId: kit.units.township, body: expect.stringContaining('尚有 1 座库塘未开展本年度汛前检查:黄泥塘水库') }]);
    expect(kit.api.sentSms).toEqual([expect.objectContaining({ phone: '13800000001', text: expect.stringContaining('主汛期已开始') })]);
    const audit = await kit.api.database.prisma.auditLog.findMany({ where: { procedure: `job.${KEY}` } });
    expect(audit).toMatchObject([{ entityId: kit.units.township, after: { unchecked: 1, texted: true, responsibleTexted: 0 } }]);
  });
});
