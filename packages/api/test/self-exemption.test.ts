// Issue 12, F2: a township official cleared its own 片区 with orgUnit.update {districtId: null} and
// was left out of the next rotation stage. A unit's own capture scope no longer edits its
// supervision attributes, and the rotation planner reports townships that moved between districts.
import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

describe('a unit cannot exempt itself from supervision (F2)', () => {
  const t = useTestCounty();
  const township = (i: number) => t.api.database.prisma.orgUnit.findUniqueOrThrow({ where: { countyId_id: { countyId: t.county.county.id, id: t.county.seeded.townships[i]!.id } } });

  it('refuses a township’s own scope editing its district, code or parent, but lets it rename itself', async () => {
    const own = await township(0);
    expect(own.districtId).not.toBeNull();
    const xiangzhen = await t.api.as('a-xiangzhen');
    // The exact request of the finding.
    await expect(xiangzhen.orgUnit.update({ id: own.id, name: own.name, districtId: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(xiangzhen.orgUnit.update({ id: own.id, name: own.name, code: 'X123' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const other = (await t.api.database.prisma.district.findMany({ where: { countyId: own.countyId } })).find((d) => d.id !== own.districtId)!;
    await expect(xiangzhen.orgUnit.update({ id: own.id, name: own.name, districtId: other.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await township(0)).districtId).toBe(own.districtId);
    // Sending the current values back (as the edit form does) is not a change; renaming is allowed.
    const renamed = await xiangzhen.orgUnit.update({ id: own.id, name: `${own.name}新`, code: own.code, districtId: own.districtId });
    expect(renamed.name).toBe(`${own.name}新`);
    // Its villages are below its scope: it may still recode them.
    const village = t.county.seeded.townships[0]!.villages[0]!;
    await expect(xiangzhen.orgUnit.update({ id: village.id, name: village.name, code: 'V0001' })).resolves.toMatchObject({ code: 'V0001' });
  });

  it('reports townships that left or joined a district after the rotation plan was made', async () => {
    t.api.services.clock = () => new Date('2027-01-01T00:00:00Z');
    const duchashi = await t.api.as('a-duchashi');
    const office = t.county.seeded.departments.get('supervision-office')!;
    const person = (unitId: string, skip = 0) => t.county.seeded.people.filter((p) => p.unit.id === unitId)[skip]!;
    const g1 = await duchashi.inspection.createGroup({ planningUnitId: t.county.county.id, name: '第一组', year: 2027, members: [{ personId: person(office.id, 2).id, role: 'leader' }, { personId: person(t.county.seeded.departments.get('water-resources')!.id).id, role: 'member' }] });
    const g2 = await duchashi.inspection.createGroup({ planningUnitId: t.county.county.id, name: '第二组', year: 2027, members: [{ personId: person(office.id, 1).id, role: 'leader' }, { personId: person(t.county.seeded.departments.get('health')!.id).id, role: 'member' }] });
    const districts = await duchashi.district.list();
    const plan = await duchashi.inspection.generateRotation({
      planningUnitId: t.county.county.id, name: '2027 年轮换', year: 2027, groupIds: [g1.id, g2.id], districtIds: districts.map((d) => d.id),
      stages: 2, startsOn: '2027-03-01', endsOn: '2027-12-31',
    });
    expect((await duchashi.inspection.getRotation({ planId: plan.id })).districtChanges).toEqual([]);

    // The county admin (strictly above the township) moves it to the other district.
    const moved = await township(0);
    const from = districts.find((d) => d.id === moved.districtId)!;
    const to = districts.find((d) => d.id !== moved.districtId)!;
    const admin = await t.api.as('a-admin');
    await admin.orgUnit.update({ id: moved.id, name: moved.name, districtId: to.id });

    const expected = expect.arrayContaining([
      { townshipId: moved.id, townshipName: moved.name, districtId: from.id, districtName: from.name, change: 'left' },
      { townshipId: moved.id, townshipName: moved.name, districtId: to.id, districtName: to.name, change: 'joined' },
    ]);
    const view = await duchashi.inspection.getRotation({ planId: plan.id });
    expect(view.districtChanges).toEqual(expected);
    expect(view.districtChanges).toHaveLength(2);
    const scheduled = await duchashi.inspection.scheduleStage({ planId: plan.id, stage: 0, templateRefs: [] });
    expect(scheduled.districtChanges).toEqual(expected);
  });
});
