import { describe, expect, it } from 'vitest';
import { assessorPanel, days, singleItemConfig } from './assessments-fixture.ts';
import { useTestCounty } from './county-fixture.ts';
import type { Caller } from '../src/testing/index.ts';

type Scores = Record<string, (number | null)[]>;

describe('assessment results: grades, ties, year-on-year change, missing scores, versions', () => {
  const t = useTestCounty();

  /** A published-or-computed single-item plan over the three townships, scored by the panel. */
  async function runPlan(name: string, year: number, scores: (townships: string[]) => Scores, opts: { previousPlanId?: string; missingRule?: 'average_present' | 'zero' | 'block'; publish?: boolean; panelSize?: number } = {}) {
    const duchashi = await t.api.as('a-duchashi');
    const office = t.county.seeded.departments.get('assessment-office')!;
    const panel = (await assessorPanel(t.api.database, t.county)).slice(0, opts.panelSize ?? 2);
    const { planId } = await duchashi.assessment.createPlan({
      ownerUnitId: office.id, name, year, periodStart: days(-100), periodEnd: days(10), previousPlanId: opts.previousPlanId ?? null,
      units: { mode: 'level', level: 'township' }, grouping: { by: 'all' }, config: singleItemConfig(opts.missingRule),
    });
    await duchashi.assessment.setAssessors({ planId, userIds: panel });
    await duchashi.assessment.start({ planId });
    await duchashi.assessment.openScoring({ planId });
    const townships = t.county.seeded.townships.map((x) => x.id);
    const names = ['a-kaohe', 'a-kaohe2', 'a-kaohe3'].slice(0, panel.length);
    const byTownship = scores(townships);
    for (const [i, login] of names.entries()) {
      const a: Caller = await t.api.as(login);
      const list = Object.entries(byTownship).flatMap(([orgUnitId, v]) => (v[i] == null ? [] : [{ orgUnitId, indicatorKey: 'k', score: v[i]! }]));
      if (list.length) await a.assessment.saveScores({ planId, scores: list });
    }
    if (opts.publish) {
      await duchashi.assessment.submitForReview({ planId });
      await duchashi.assessment.approve({ planId });
      await duchashi.assessment.publish({ planId });
    } else {
      await duchashi.assessment.compute({ planId });
    }
    const results = await duchashi.assessment.results({ planId });
    return { planId, duchashi, row: (id: string) => results.items.find((r) => r.orgUnit.id === id)!, results };
  }

  it('grade bounds are inclusive, and the total is rounded once (74.99 / 75 averaged → 74.995 → 75.00 合格)', async () => {
    const [T1, T2, T3] = t.county.seeded.townships.map((x) => x.id);
    const r2025 = await runPlan('2025年度考核', 2025, () => ({ [T1!]: [74.99, 74.99], [T2!]: [89.99, 89.99], [T3!]: [74.99, 75] }), { publish: true });
    expect(r2025.row(T1!)).toMatchObject({ total: 74.99, grade: { name: '不合格' }, rank: 3 });
    expect(r2025.row(T2!)).toMatchObject({ total: 89.99, grade: { name: '合格' }, rank: 1 });
    expect(r2025.row(T3!)).toMatchObject({ total: 75, exactTotal: '74.995', grade: { name: '合格' }, rank: 2 });

    // 2026: T1 and T2 tie at 90.00 (优秀, bound inclusive) and share rank 1; T3 is third (1, 1, 3).
    const r2026 = await runPlan('2026年度考核', 2026, () => ({ [T1!]: [90, 90], [T2!]: [89.99, 90.01], [T3!]: [70, 70.5] }), { previousPlanId: r2025.planId });
    expect(r2026.row(T1!)).toMatchObject({ total: 90, grade: { name: '优秀' }, rank: 1, tied: true });
    expect(r2026.row(T2!)).toMatchObject({ total: 90, grade: { name: '优秀' }, rank: 1, tied: true });
    expect(r2026.row(T3!)).toMatchObject({ total: 70.25, rank: 3, tied: false, grade: { name: '不合格' } });
    // Year on year: score and rank change against the previous period's published results.
    expect(r2026.row(T1!)).toMatchObject({ previous: { total: 74.99, rank: 3, groupSize: 3 }, change: { score: 15.01, rank: 2 } });
    expect(r2026.row(T2!)).toMatchObject({ previous: { total: 89.99, rank: 1 }, change: { score: 0.01, rank: 0 } });
    expect(r2026.row(T3!)).toMatchObject({ previous: { total: 75, rank: 2 }, change: { score: -4.75, rank: -1 } });
    const e = await r2026.duchashi.assessment.explain({ assessmentUnitId: r2026.results.items.find((r) => r.orgUnit.id === T1)!.assessmentUnitId });
    expect(e).toMatchObject({ rank: 1, tied: true, previous: { total: 74.99, rank: 3 } });
    expect(e.rankRule).toContain('并列');
    expect(e.roundingRule).toContain('74.995 计为 75.00');
  }, 120_000);

  it('a missing score under each rule: average of present, zero, or no result until complete', async () => {
    const [T1, T2, T3] = t.county.seeded.townships.map((x) => x.id);
    const grid = () => ({ [T1!]: [80, 90, null], [T2!]: [70, 70, 70], [T3!]: [null, null, null] });
    const present = await runPlan('缺评:按已评平均', 2030, grid, { panelSize: 3 });
    expect(present.row(T1!)).toMatchObject({ total: 85, missingScores: 1, complete: true });
    expect(present.row(T3!)).toMatchObject({ total: 0, missingScores: 3, complete: true });
    const zero = await runPlan('缺评:按零分', 2031, grid, { panelSize: 3, missingRule: 'zero' });
    expect(zero.row(T1!)).toMatchObject({ total: 56.67, exactTotal: '56.66666666666666666667' });
    const block = await runPlan('缺评:全部评完', 2032, grid, { panelSize: 3, missingRule: 'block' });
    expect(block.row(T1!)).toMatchObject({ total: null, grade: null, rank: null, complete: false, missingScores: 1 });
    expect(block.row(T2!)).toMatchObject({ total: 70, rank: 1, groupSize: 1 });
    await expect(block.duchashi.assessment.submitForReview({ planId: block.planId })).rejects.toThrow('还有 2 个单位共 4 项评分未完成');
  }, 120_000);

  it('versions: drafts change in place; a plan in use gets a new version with a reason; results keep theirs', async () => {
    const [T1] = t.county.seeded.townships.map((x) => x.id);
    const run = await runPlan('版本测试', 2040, (ts) => Object.fromEntries(ts.map((id) => [id, [80, 80]])));
    const { duchashi, planId } = run;
    const before = await duchashi.assessment.getPlan({ planId });
    expect(before.version.number).toBe(1);
    const config = singleItemConfig();
    config.gradeBands[1]!.min = 85; // 合格 now needs 85
    await expect(duchashi.assessment.updatePlan({ planId, config })).rejects.toThrow('请说明修改原因');
    await expect(duchashi.assessment.updatePlan({ planId, units: { mode: 'level', level: 'village' } })).rejects.toThrow('不能再修改');
    const bad = singleItemConfig();
    bad.components[0]!.weight = 90;
    await expect(duchashi.assessment.updatePlan({ planId, config: bad, reason: '调整权重' })).rejects.toThrow('各环节权重合计 90%,应为 100%');
    const updated = await duchashi.assessment.updatePlan({ planId, config, reason: '提高合格线' });
    expect(updated).toMatchObject({ versionNumber: 2, newVersion: true });
    // Version 1's results stay as computed; version 2 reuses the scores (keyed by indicator) under the new bands.
    const v1 = before.version.id;
    expect((await duchashi.assessment.results({ planId, versionId: v1 })).items.find((r) => r.orgUnit.id === T1)!.grade!.name).toBe('合格');
    await duchashi.assessment.compute({ planId });
    const now = await duchashi.assessment.results({ planId });
    expect(now.version!.number).toBe(2);
    expect(now.items.find((r) => r.orgUnit.id === T1)!).toMatchObject({ total: 80, grade: { name: '不合格' } });
    const versions = (await duchashi.assessment.getPlan({ planId })).versions;
    expect(versions.map((v) => [v.number, v.status, v.reason])).toEqual([[2, 'active', '提高合格线'], [1, 'superseded', null]]);

    // A draft is edited in place (no new version).
    const office = t.county.seeded.departments.get('assessment-office')!;
    const draft = await duchashi.assessment.createFromTemplate({ ownerUnitId: office.id, templateKey: 'core.township-annual', year: 2041 });
    const detail = await duchashi.assessment.getPlan({ planId: draft.planId });
    expect(detail).toMatchObject({ name: '2041年度乡镇年度重点工作目标考核', templateKey: 'core.township-annual', configErrors: [] });
    expect(detail.version.config.components.map((c) => c.weight)).toEqual([10, 20, 10, 50, 10]);
    const same = await duchashi.assessment.updatePlan({ planId: draft.planId, name: '2041年度乡镇目标考核', config: { ...detail.version.config, missingRule: 'zero' } });
    expect(same).toMatchObject({ versionNumber: 1, newVersion: false });
    await duchashi.assessment.deletePlan({ planId: draft.planId });
    await expect(duchashi.assessment.deletePlan({ planId })).rejects.toThrow('不能删除');
  }, 120_000);

  it('validateConfig reports errors with their path for the editor; the catalog lists the sources', async () => {
    const kaohe = await t.api.as('a-kaohe');
    const config = singleItemConfig();
    config.components[0]!.categories[0]!.indicators[0]!.maxScore = 90;
    const v = await kaohe.assessment.validateConfig({ config });
    expect(v).toMatchObject({ ok: false, weightTotal: 100, errors: [{ path: ['components', 0], label: '年终考核', message: '各指标满分合计 90 分(不含加分项),应为 100 分' }] });
    const catalog = await kaohe.assessment.catalog();
    expect(catalog.metrics.map((m) => m.key)).toContain('core.task.completionRate');
    expect(catalog.vetoConditions.map((m) => m.key)).toContain('core.task.listedOverdue');
    expect(catalog.templates.map((m) => m.key)).toContain('core.township-annual');
  }, 120_000);
});
