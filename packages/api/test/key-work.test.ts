import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

describe('key work (重点工作)', () => {
  const t = useTestCounty();

  it('is set with targets, decomposed to townships, and progress rolls back up', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const [t1, t2] = t.county.seeded.townships;
    const kw = await duchashi.keyWork.create({
      title: '病险库塘整治', source: 'document', documentNo: '云府办发〔2026〕12号', year: 2026, leadUnitId: t.county.county.id,
      deadline: new Date(Date.now() + 90 * 86_400_000).toISOString(), targets: [{ metric: '整治库塘', unit: '座', targetValue: 100 }],
    });
    const target = kw.targets[0]!;
    const parts = await duchashi.keyWork.decompose({
      keyWorkId: kw.id,
      parts: [
        { leadUnitId: t1!.id, targets: [{ targetId: target.id, targetValue: 60 }] },
        { leadUnitId: t2!.id, targets: [{ targetId: target.id, targetValue: 40 }] },
      ],
    });
    const township = await t.api.as('a-xiangzhen');
    const mine = (await township.keyWork.list({})).find((k) => k.id === parts[0]!.id)!;
    expect(mine.stale).toBe(false);
    await township.keyWork.report({ keyWorkId: parts[0]!.id, targetId: mine.targets[0]!.id, value: 30, note: '已完成 30 座' });
    // A township cannot report for its neighbour's part.
    await expect(township.keyWork.report({ keyWorkId: parts[1]!.id, note: '越权' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const detail = await duchashi.keyWork.get({ keyWorkId: kw.id });
    expect(detail.targets[0]).toMatchObject({ metric: '整治库塘', targetValue: 100, actual: 30, percent: 30 });
    expect(detail.parts.map((p) => p.targets[0]!.actual).sort()).toEqual([0, 30]);
  });
});
