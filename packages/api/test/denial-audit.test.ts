// Issue 12, F13: one township official calling task.get on another township's item 952 times in
// 10 s wrote 998 audit rows, and every audited write of the county queued behind them. With the
// server's sampler, the first denial is written with its target and the rest as one count row.
import { DenialSampler } from '@duban/core';
import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

describe('repeated denials are audited as one count (F13)', () => {
  const t = useTestCounty();

  it('writes the first denial and, when the window ends, one row with the count', async () => {
    let now = Date.parse('2027-03-01T00:00:00Z');
    const sampler = new DenialSampler({ windowMs: 60_000, maxKeys: 1_000 }, () => now);
    t.api.services.denials = sampler;
    const [own, other] = t.county.seeded.townships;
    const duchashi = await t.api.as('a-duchashi');
    const office = t.county.seeded.departments.get('supervision-office')!;
    const task = await duchashi.task.handOver({ title: '他乡事项', supervisingUnitId: office.id, responsibleUnitId: other!.id, deadline: new Date(Date.now() + 7 * 86_400_000).toISOString() });
    expect(own).toBeTruthy();
    const xiangzhen = await t.api.as('a-xiangzhen');
    const denied = () => t.api.database.prisma.auditLog.findMany({ where: { outcome: 'denied', procedure: 'task.get' }, orderBy: { seq: 'asc' } });
    for (let i = 0; i < 40; i++) await expect(xiangzhen.task.get({ taskId: task.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await denied()).toHaveLength(1);
    now += 60_000;
    await sampler.sweep();
    const rows = await denied();
    expect(rows).toHaveLength(2);
    expect(rows[1]!.detail).toMatch(/^39 more denials of this procedure within 60 s/);
    delete t.api.services.denials;
  });
});
