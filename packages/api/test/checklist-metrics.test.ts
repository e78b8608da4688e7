import { metricSource, type AssessmentPlanConfig, type ChecklistTemplate } from '@duban/core';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessorPanel } from './assessments-fixture.ts';
import { useTestCounty } from './county-fixture.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** 村容村貌周检: four scored items of 25 points; the record passes when every item passes. */
const weekly: ChecklistTemplate = {
  key: 'sanitation-weekly',
  name: { zh: '村容村貌周检', en: 'Weekly sanitation check' },
  items: [
    { key: 'roads', label: { zh: '道路无垃圾', en: 'Roads clean' }, type: 'yesNo', required: true, score: 25 },
    { key: 'bins', label: { zh: '垃圾桶清运及时', en: 'Bins emptied' }, type: 'yesNo', required: true, score: 25 },
    { key: 'water', label: { zh: '沟渠无污水', en: 'Ditches clean' }, type: 'yesNo', required: true, score: 25 },
    { key: 'toilets', label: { zh: '公厕保洁', en: 'Toilets kept' }, type: 'yesNo', required: true, score: 25 },
  ],
};

/**
 * Checklist results as metrics (issue 11, C8), through the real procedures: weekly checks of a
 * township's villages in June score a monthly 村容村貌 indicator of an assessment plan.
 */
describe('checklist results as assessment metrics', () => {
  const t = useTestCounty();
  let now = Date.parse('2026-05-20T00:00:00Z');
  const township = (i: number) => t.county.seeded.townships[i]!;
  const office = () => t.county.seeded.departments.get('supervision-office')!;
  let groupId: string;
  let templateId: string;

  beforeAll(async () => {
    t.api.services.clock = () => new Date(now);
    const duchashi = await t.api.as('a-duchashi');
    const inspector = t.county.seeded.people.filter((p) => p.unit.id === office().id)[2]!;
    const water = t.county.seeded.people.find((p) => p.unit.id === t.county.seeded.departments.get('water-resources')!.id)!;
    groupId = (await duchashi.inspection.createGroup({
      planningUnitId: t.county.county.id, name: '人居环境督查组', year: 2026, members: [{ personId: inspector.id, role: 'leader' }, { personId: water.id, role: 'member' }],
    })).id;
    templateId = (await duchashi.inspection.createTemplate({ ownerUnitId: t.county.county.id, definition: weekly })).id;
  });

  /** One check at a unit on a day: plan, start, submit (the group's leader is a-ducha). Returns the record id. */
  async function check(orgUnitId: string, day: string, answers: Record<string, boolean>, correct?: { previousId: string }) {
    const duchashi = await t.api.as('a-duchashi');
    const ducha = await t.api.as('a-ducha');
    let visitId: string;
    let versionId: string;
    if (correct) {
      const prev = await ducha.inspection.getRecord({ recordId: correct.previousId });
      visitId = prev.visitId;
      versionId = prev.templateVersionId;
    } else {
      now = Date.parse(`${day}T00:00:00Z`);
      const visit = await duchashi.inspection.planVisit({
        orgUnitId, groupId, title: `周检 ${randomUUID().slice(0, 6)}`, unannounced: true, templateRefs: [templateId],
        windowStart: new Date(now + HOUR).toISOString(), windowEnd: new Date(now + 2 * DAY).toISOString(),
      });
      now += 2 * HOUR;
      await ducha.inspection.startVisit({ visitId: visit.id });
      visitId = visit.id;
      versionId = (await ducha.inspection.getVisit({ visitId: visit.id })).forms[0]!.templateVersionId;
    }
    const record = await ducha.inspection.submitRecord({
      idempotencyKey: randomUUID(), visitId, templateVersionId: versionId, capturedAt: new Date(now).toISOString(), answers, files: [],
      ...(correct ? { previousId: correct.previousId, correctionNote: '复核更正' } : {}),
    });
    return record.id;
  }

  const all = { roads: true, bins: true, water: true, toilets: true };

  it('a monthly sanitation indicator scores the average of the weekly checks; pass rate and failed items per unit', async () => {
    const [T0, T1, T2] = [township(0), township(1), township(2)];
    const [v1, v2] = T0.villages;
    // June, 青龙镇's two villages: 100, 75 (bins), 50 corrected to 75 (the correction counts, once), 100.
    await check(v1!.id, '2026-06-01', all);
    await check(v2!.id, '2026-06-08', { ...all, bins: false });
    const wrong = await check(v1!.id, '2026-06-15', { ...all, bins: false, water: false });
    await check(v1!.id, '2026-06-15', { ...all, water: false }, { previousId: wrong });
    await check(v2!.id, '2026-06-22', all);
    // Outside the period (May, July) and at another township: not counted for T0.
    await check(v1!.id, '2026-05-25', { roads: false, bins: false, water: false, toilets: false });
    await check(v1!.id, '2026-07-01', { roads: false, bins: false, water: false, toilets: false });
    await check(T1.id, '2026-06-10', { ...all, roads: false });

    const june = { start: new Date('2026-06-01T00:00:00+08:00'), end: new Date('2026-07-01T00:00:00+08:00') };
    const db = t.api.database.prisma;
    const compute = (family: string) => metricSource(`core.checklist.${family}:sanitation-weekly`)!.item.compute(db, { countyId: t.county.county.id, orgUnitIds: [T0.id, T1.id, T2.id], period: june });
    const score = await compute('score');
    expect(score.get(T0.id)).toBeCloseTo(87.5, 6); // (100 + 75 + 75 + 100) / 4
    expect(score.get(T1.id)).toBeCloseTo(75, 6);
    expect(score.has(T2.id)).toBe(false); // no checks: no data
    expect((await compute('passRate')).get(T0.id)).toBe(50); // 2 of 4 records pass every item
    expect((await compute('failedItems')).get(T0.id)).toBe(2);

    // The plan editor is offered the template's three metrics by name.
    const duchashi = await t.api.as('a-duchashi');
    const catalog = await duchashi.assessment.catalog();
    expect(catalog.metrics.find((m) => m.key === 'core.checklist.score:sanitation-weekly')).toMatchObject({
      name: { zh: '「村容村貌周检」检查平均得分(百分制)' }, unit: '分', group: { zh: '检查平均得分(百分制)' },
    });

    // A plan scoring the month from the weekly checks: 87.5 of 100 → 87.5 points; no checks → full marks by its rule.
    const config: AssessmentPlanConfig = {
      missingRule: 'average_present',
      gradeBands: [{ key: 'excellent', name: '优秀', min: 90 }, { key: 'pass', name: '合格', min: 75 }, { key: 'fail', name: '不合格', min: 0 }],
      vetoRules: [],
      components: [{ key: 'S', name: '人居环境月度考核', kind: 'other', weight: 100, categories: [{ key: 'S1', name: '村容村貌', indicators: [
        { key: 'sanitation', name: '村容村貌周检平均得分', method: 'formula', maxScore: 100, metricKey: 'core.checklist.score:sanitation-weekly', mapping: { kind: 'linear', from: 0, to: 100 }, noData: 'full' },
      ] }] }],
    };
    expect(await duchashi.assessment.validateConfig({ config })).toMatchObject({ ok: true });
    const assessmentOffice = t.county.seeded.departments.get('assessment-office')!;
    const { planId } = await duchashi.assessment.createPlan({
      ownerUnitId: assessmentOffice.id, name: '2026年6月人居环境考核', year: 2026, periodStart: june.start.toISOString(), periodEnd: june.end.toISOString(),
      previousPlanId: null, units: { mode: 'level', level: 'township' }, grouping: { by: 'all' }, config,
    });
    await duchashi.assessment.setAssessors({ planId, userIds: (await assessorPanel(t.api.database, t.county)).slice(0, 1) });
    await duchashi.assessment.start({ planId });
    await duchashi.assessment.openScoring({ planId });
    await duchashi.assessment.compute({ planId });
    const results = await duchashi.assessment.results({ planId });
    const total = (id: string) => results.items.find((r) => r.orgUnit.id === id)!.total;
    expect(total(T0.id)).toBe(87.5);
    expect(total(T1.id)).toBe(75);
    expect(total(T2.id)).toBe(100);
    // The explanation names the template the metric came from.
    const explained = await duchashi.assessment.explain({ assessmentUnitId: results.items.find((r) => r.orgUnit.id === T0.id)!.assessmentUnitId });
    expect(JSON.stringify(explained)).toContain('「村容村貌周检」检查平均得分(百分制)');

    // An unknown family parameter shape is refused by the validator, as an unknown source.
    const bad = structuredClone(config);
    (bad.components[0]!.categories[0]!.indicators[0] as { metricKey: string }).metricKey = 'core.survey.answerShare:nonsense';
    expect(await duchashi.assessment.validateConfig({ config: bad })).toMatchObject({ ok: false, errors: [{ message: '未知的指标数据来源「core.survey.answerShare:nonsense」' }] });
  }, 300_000);
});
