import { buildDemoCounty, checkPlan, seedCounty, seedDemoInspections } from '@duban/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../src/testing/index.ts';

describe('demo inspections (云峡县)', () => {
  let api: TestApi;
  let countyId: string;
  let result: Awaited<ReturnType<typeof seedDemoInspections>>;
  beforeAll(async () => {
    api = await createTestApi();
    const seeded = await seedCounty(api.database.prisma, buildDemoCounty(), { password: 'Test1234pass' });
    countyId = seeded.county.id;
    result = await api.database.prisma.$transaction((tx) => seedDemoInspections(tx, { countyId, files: api.services.files }), { timeout: 300_000 });
  }, 300_000);
  afterAll(() => api.close());

  it('seeds six groups, a valid rotation for the year and the current rotation as visits', async () => {
    expect(result.groups).toBe(6);
    const plan = await api.database.prisma.inspectionRotationPlan.findFirstOrThrow({ where: { countyId } });
    const check = await checkPlan(api.database.prisma, countyId, plan.id);
    expect(check.violations).toEqual([]);
    // 第三、第五督查组 each have a township cadre: they never cover that township's district.
    expect(check.rules.conflicts).toHaveLength(2);
    expect(await api.database.prisma.inspectionVisit.count({ where: { countyId, rotationPlanId: plan.id } })).toBe(31);
  });

  it('shows 青龙镇 its announced visit and not the unannounced ones planned for it', async () => {
    const xiangzhen = await api.as('xiangzhen');
    const visible = (await xiangzhen.inspection.listVisits({ pageSize: 200 })).items;
    const all = await api.database.prisma.inspectionVisit.findMany({ where: { countyId, orgUnit: { name: '青龙镇' } } });
    expect(all.some((v) => v.unannounced && !v.startedAt)).toBe(true);
    expect(visible.map((v) => v.title)).toContain('青龙镇农村环境卫生专项检查');
    for (const v of visible) expect(!v.unannounced || v.startedAt !== null).toBe(true);
    const ducha = await api.as('ducha');
    expect((await ducha.inspection.listVisits({ mine: true, pageSize: 200 })).total).toBeGreaterThan(0);
  });
});
