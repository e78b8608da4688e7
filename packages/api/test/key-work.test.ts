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

  it('rolls a rate up as a mean (95% and 95% → 95%) and shows a before/after indicator', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const [t1, t2] = t.county.seeded.townships;
    const kw = await duchashi.keyWork.create({
      title: '柑橘病虫害统防统治', year: 2026, leadUnitId: t.county.county.id, deadline: new Date(Date.now() + 90 * 86_400_000).toISOString(),
      targets: [
        { metric: '政策知晓率', unit: '%', targetValue: 95, baselineValue: 55, aggregation: 'weighted_mean', weightLabel: '抽样户数' },
        { metric: '蛀果率', unit: '%', targetValue: 2, baselineValue: 21.8, direction: 'lower', aggregation: 'max' },
        { metric: '知晓户数', unit: '%', targetValue: 95, aggregation: 'ratio' },
      ],
    });
    // By metric: create returns the targets in no promised order.
    const [aware, damaged, ratio] = ['政策知晓率', '蛀果率', '知晓户数'].map((m) => kw.targets.find((x) => x.metric === m));
    const parts = await duchashi.keyWork.decompose({
      keyWorkId: kw.id,
      parts: [t1!, t2!].map((u) => ({ leadUnitId: u.id, targets: [{ targetId: aware!.id, targetValue: 95, weight: 500 }, { targetId: damaged!.id, targetValue: 2 }, { targetId: ratio!.id, targetValue: 95 }] })),
    });
    for (const p of parts) {
      const reporter = await t.api.as(p.leadUnitId === t1!.id ? 'a-xiangzhen' : 'a-xiangzhen2');
      const own = (await reporter.keyWork.get({ keyWorkId: p.id })).targets;
      await reporter.keyWork.report({ keyWorkId: p.id, targetId: own[0]!.id, value: 95, note: '入户抽查' });
      await reporter.keyWork.report({ keyWorkId: p.id, targetId: own[1]!.id, value: p.leadUnitId === t1!.id ? 1.7 : 1.5, note: '抽样调查' });
      await reporter.keyWork.report({ keyWorkId: p.id, targetId: own[2]!.id, value: p.leadUnitId === t1!.id ? 9 : 1, denominator: p.leadUnitId === t1!.id ? 10 : 90, note: '抽查' });
    }
    // A ratio target's report needs its denominator.
    const township = await t.api.as('a-xiangzhen');
    const own = (await township.keyWork.get({ keyWorkId: parts[0]!.id })).targets;
    await expect(township.keyWork.report({ keyWorkId: parts[0]!.id, targetId: own[2]!.id, value: 9, note: '缺分母' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const [a, d, r] = (await duchashi.keyWork.get({ keyWorkId: kw.id })).targets;
    expect(a).toMatchObject({ actual: 95, baselineValue: 55, met: true, percent: 100 });
    expect(d).toMatchObject({ actual: 1.7, baselineValue: 21.8, direction: 'lower', met: true });
    expect(r).toMatchObject({ numerator: 10, denominator: 100, actual: 10, met: false });
  });

  it('refuses a zero target with a non-zero value', async () => {
    const duchashi = await t.api.as('a-duchashi');
    await expect(
      duchashi.keyWork.create({ title: '违法用地零问责', year: 2026, leadUnitId: t.county.county.id, deadline: new Date().toISOString(), targets: [{ metric: '违法用地问责', unit: '起', targetValue: 1, direction: 'zero' }] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
