import { createPluginTestKit, type PluginTestKit } from '@duban/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import foodSafetyPlugin from '../src/server.ts';
import { yearPeriod } from '../src/shared/periods.ts';

const DAY = 86_400_000;

describe('食品安全 (food-safety): sampling tests and satisfaction surveys', () => {
  let kit: PluginTestKit<'food-safety', typeof foodSafetyPlugin.router>;
  const year = new Date().getFullYear();
  const metric = (key: string) => foodSafetyPlugin.metrics!.find((m) => m.key === key)!;
  const compute = (key: string, period = yearPeriod(year)) =>
    metric(key).compute(kit.api.database.prisma, { countyId: kit.units.county, orgUnitIds: [kit.units.township, kit.units.village, kit.units.neighbourTownship], period });

  beforeAll(async () => {
    kit = await createPluginTestKit(foodSafetyPlugin);
  });
  afterAll(() => kit.close());

  it('records results against a plan; an unqualified sample becomes a rectification item of the unit where it was taken', async () => {
    const bureau = await kit.as('module-admin');
    const plan = await bureau['food-safety'].sampling.createPlan({ orgUnitId: kit.units.township, year, name: '蔬菜农残抽检', category: 'vegetables', plannedCount: 10 });
    const sampledAt = new Date(Math.max(yearPeriod(year).start.getTime() + DAY, Date.now() - DAY)).toISOString();
    for (const unit of [kit.units.township, kit.units.village, kit.units.village]) {
      await bureau['food-safety'].sampling.recordResult({ planId: plan.id, orgUnitId: unit, sampleName: '芹菜', vendor: '摊位1号', sampledAt, qualified: true });
    }
    const failed = await bureau['food-safety'].sampling.recordResult({ planId: plan.id, orgUnitId: kit.units.village, sampleName: '韭菜', vendor: '摊位2号', sampledAt, qualified: false, failedItems: '腐霉利超标' });
    expect(failed.taskId).toBeTruthy();
    const task = await kit.api.database.prisma.task.findFirstOrThrow({ where: { id: failed.taskId! } });
    expect(task).toMatchObject({ kind: 'food-safety.sampling-rectification', responsibleUnitId: kit.units.village, status: 'handed_over', title: '抽检不合格整改:摊位2号 韭菜' });
    expect(Math.round((task.deadline.getTime() - Date.now()) / DAY)).toBe(15);
    const audited = await kit.api.database.prisma.auditLog.findFirst({ where: { entityType: 'task', entityId: task.id } });
    expect(audited?.detail).toBe('handed over as food-safety.sampling-rectification');

    const plans = await bureau['food-safety'].sampling.listPlans({ orgUnitId: kit.units.township, year });
    expect(plans).toMatchObject([{ id: plan.id, taken: 4, qualified: 3, passRate: 75, categoryName: { zh: '蔬菜' } }]);
    const results = await bureau['food-safety'].sampling.listResults({ planId: plan.id });
    expect(results.find((r) => !r.qualified)?.task?.serial).toBe(task.serial);

    const dashboard = await bureau['food-safety'].sampling.dashboard({ orgUnitId: kit.units.township, year });
    expect(dashboard).toMatchObject({ planned: 10, taken: 4, qualified: 3, unqualified: 1, rectificationItems: 1, passRate: 75, completion: 40 });
    expect(dashboard.byUnit.map((u) => [u.orgUnitId, u.total, u.qualified])).toEqual(expect.arrayContaining([[kit.units.township, 1, 1], [kit.units.village, 3, 2]]));
    expect(dashboard.byCategory).toMatchObject([{ category: 'vegetables', total: 4, passRate: 75 }]);
  });

  it('computes the pass rate and plan completion per unit in one query each; units with no samples get no value', async () => {
    const pass = await compute('food-safety.sampling-pass-rate');
    expect(pass.get(kit.units.township)).toBe(75);
    expect(pass.get(kit.units.village)).toBeCloseTo(200 / 3, 10);
    expect(pass.has(kit.units.neighbourTownship)).toBe(false);
    const completion = await compute('food-safety.sampling-completion');
    expect(completion.get(kit.units.township)).toBe(40);
    expect(completion.has(kit.units.village)).toBe(false); // no plan of its own
    expect((await compute('food-safety.sampling-pass-rate', yearPeriod(year - 1))).size).toBe(0);
  });

  it('rejects an unqualified result without its failed items, and a sample outside the plan\'s unit', async () => {
    const bureau = await kit.as('module-admin');
    const [plan] = await bureau['food-safety'].sampling.listPlans({ orgUnitId: kit.units.township, year });
    const sampledAt = new Date(Date.now() - DAY).toISOString();
    await expect(bureau['food-safety'].sampling.recordResult({ planId: plan!.id, sampleName: '韭菜', vendor: '摊位3号', sampledAt, qualified: false })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(bureau['food-safety'].sampling.recordResult({ planId: plan!.id, orgUnitId: kit.units.neighbourTownship, sampleName: '韭菜', vendor: '摊位3号', sampledAt, qualified: true }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: `抽样地点须在「${plan!.unitName}」范围内` });
  });

  it('feeds the satisfaction indicator: (满意 + 基本满意) of all answers, %', async () => {
    const bureau = await kit.as('module-admin');
    const surveyedOn = new Date(Math.max(yearPeriod(year).start.getTime() + DAY, Date.now() - DAY)).toISOString();
    await bureau['food-safety'].survey.create({ orgUnitId: kit.units.township, title: '年度测评', surveyedOn, satisfied: 150, basicallySatisfied: 30, dissatisfied: 20 });
    const second = await bureau['food-safety'].survey.create({ orgUnitId: kit.units.village, title: '村测评', surveyedOn, satisfied: 40, basicallySatisfied: 5, dissatisfied: 5 });
    expect(second.rate).toBe(90);
    const rates = await compute('food-safety.satisfaction-rate');
    expect(rates.get(kit.units.township)).toBe(90); // (180 + 45) / 250
    expect(rates.get(kit.units.village)).toBe(90);
    expect(rates.has(kit.units.neighbourTownship)).toBe(false);
    await bureau['food-safety'].survey.archive({ surveyId: second.id });
    expect((await compute('food-safety.satisfaction-rate')).has(kit.units.village)).toBe(false);
    await expect(bureau['food-safety'].survey.create({ orgUnitId: kit.units.township, title: '空', surveyedOn, satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('lets townships read but not plan sampling; 403 where disabled', async () => {
    const official = await kit.as('township-official');
    expect(await official['food-safety'].sampling.listPlans({ orgUnitId: kit.units.township, year })).toHaveLength(1);
    await expect(official['food-safety'].sampling.createPlan({ orgUnitId: kit.units.township, year, name: '计划', category: 'fruit', plannedCount: 5 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const bureau = await kit.as('module-admin');
    await expect(bureau['food-safety'].sampling.createPlan({ orgUnitId: kit.units.neighbourTownship, year, name: '计划', category: 'fruit', plannedCount: 5 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
