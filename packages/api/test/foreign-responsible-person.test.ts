// Issue 12, F17: 督查组 handed an item to 青龙镇 naming a 金凤镇 person as responsible, and the
// township then read that person's phone on the item while person.list for 金凤镇 refused it.
// The responsible person must work in the responsible (or lead) unit or below it.
import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

describe('a responsible person from another unit is refused (F17)', () => {
  const t = useTestCounty();
  const later = () => new Date(Date.now() + 7 * 86_400_000).toISOString();
  const personOf = (unitId: string) => t.county.seeded.people.find((p) => p.unit.id === unitId)!;

  it('on task.handOver, and accepts a person of the unit or a unit below it', async () => {
    const [own, other] = t.county.seeded.townships;
    const duchashi = await t.api.as('a-duchashi');
    const office = t.county.seeded.departments.get('supervision-office')!;
    const base = { title: '责任人核验', supervisingUnitId: office.id, responsibleUnitId: own!.id, deadline: later() };
    await expect(duchashi.task.handOver({ ...base, responsiblePersonId: personOf(other!.id).id })).rejects.toMatchObject({
      code: 'BAD_REQUEST', cause: { key: 'errors.person.notOfUnit' },
    });
    expect(await t.api.database.prisma.task.count({ where: { title: '责任人核验' } })).toBe(0);
    await expect(duchashi.task.handOver({ ...base, responsiblePersonId: personOf(own!.id).id })).resolves.toMatchObject({ responsibleUnitId: own!.id });
    const villager = t.county.seeded.people.find((p) => p.unit.id === own!.villages[0]!.id);
    if (villager) await expect(duchashi.task.handOver({ ...base, responsiblePersonId: villager.id })).resolves.toMatchObject({ responsiblePersonId: villager.id });
  });

  it('on keyWork.create and keyWork.decompose', async () => {
    const [own, other] = t.county.seeded.townships;
    const admin = await t.api.as('a-admin');
    const county = t.county.county;
    const input = {
      title: '重点工作责任人', year: 2027, leadUnitId: county.id, deadline: later(),
      targets: [{ metric: '完成率', unit: '%', targetValue: 100, direction: 'higher' as const, aggregation: 'sum' as const }],
    };
    await expect(admin.keyWork.create({ ...input, responsiblePersonId: personOf(own!.id).id })).resolves.toBeTruthy();
    const kw = await admin.keyWork.create(input);
    const target = await t.api.database.prisma.keyWorkTarget.findFirstOrThrow({ where: { keyWorkId: kw.id } });
    await expect(admin.keyWork.decompose({
      keyWorkId: kw.id, parts: [{ leadUnitId: own!.id, responsiblePersonId: personOf(other!.id).id, targets: [{ targetId: target.id, targetValue: 100 }] }],
    })).rejects.toMatchObject({ cause: { key: 'errors.person.notOfUnit' } });
    expect(await t.api.database.prisma.keyWork.count({ where: { parentId: kw.id } })).toBe(0);
  });
});
