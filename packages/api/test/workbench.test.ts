import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

const DAY = 86_400_000;

describe('工作台 (workbench)', () => {
  const t = useTestCounty();
  const office = () => t.county.seeded.departments.get('supervision-office')!.id;

  const handOver = async (title: string, responsibleUnitId: string, days = 20) => {
    const duchashi = await t.api.as('a-duchashi');
    return duchashi.task.handOver({ kind: 'rectification', title, supervisingUnitId: office(), responsibleUnitId, deadline: new Date(Date.now() + days * DAY).toISOString() });
  };

  it("counts a township's tiles with the list's own filters, and each count is what the list shows", async () => {
    const [t1, t2] = t.county.seeded.townships;
    const township = await t.api.as('a-xiangzhen');
    const toSign = await handOver('待签收事项', t1!.id);
    const signed = await handOver('整改中事项', t1!.id);
    await township.task.handle({ taskId: signed.id, action: 'sign' });
    const late = await handOver('逾期事项', t1!.id);
    const lateListed = await handOver('逾期挂牌事项', t1!.id);
    await handOver('即将到期事项', t1!.id, 2);
    await handOver('他镇事项', t2!.id, 2);
    const db = t.api.database.prisma;
    await db.task.updateMany({ where: { id: { in: [late.id, lateListed.id] } }, data: { deadline: new Date(Date.now() - 5 * DAY) } });
    await db.task.update({ where: { countyId_id: { countyId: lateListed.countyId, id: lateListed.id } }, data: { escalation: 'listed' } });

    const home = await township.workbench.responsible();
    const count = (key: string) => home.tiles.find((x) => x.key === key)!.count;
    expect(count('toSign')).toBe(4); // five handed to this township, one of them signed
    expect(count('rectifying')).toBe(1);
    expect(count('overdue')).toBe(2);
    expect(count('overdueListed')).toBe(1);
    expect(count('dueSoon')).toBe(1);
    expect(home.tiles.find((x) => x.key === 'overdue')!.light).toBe('red');
    expect(home.tiles.find((x) => x.key === 'submitted')!.light).toBe('green');
    for (const tile of home.tiles) {
      const list = await township.task.list({ ...tile.filter, pageSize: 200 });
      expect(list.total, tile.key).toBe(tile.count);
    }
    expect((await township.task.list({ ...home.tiles.find((x) => x.key === 'toSign')!.filter, pageSize: 200 })).items.map((x) => x.id)).toContain(toSign.id);
  });

  it('gives the 督查室 its supervising tiles, the week and the 片区 ranking; others are refused', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const home = await duchashi.workbench.office();
    for (const tile of home.tiles) expect((await duchashi.task.list({ ...tile.filter, pageSize: 200 })).total, tile.key).toBe(tile.count);
    expect(home.tiles.find((x) => x.key === 'overdue')!.count).toBe(2);
    expect(home.ranking.map((r) => r.rank)).toEqual(home.ranking.map((_, i) => i + 1));
    const township = await t.api.as('a-xiangzhen');
    await expect(township.workbench.office()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(township.workbench.county()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("shows a county reader the year's monthly trend and the worst townships", async () => {
    const admin = await t.api.as('a-admin');
    const home = await admin.workbench.county();
    expect(home.trend).toHaveLength(12);
    expect(home.trend.reduce((n, m) => n + m.created, 0)).toBe(6);
    expect(home.worst[0]).toMatchObject({ name: t.county.seeded.townships[0]!.name, overdue: 2 });
  });
});
