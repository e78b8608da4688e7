import { allItems, evaluateChecklist, parseChecklistTemplate, type Answers } from '@duban/plugin-sdk/server';
import { describe, expect, it } from 'vitest';
import foodSafetyPlugin from '../src/server.ts';

// The on-site checks of the source's 考核方式 4, as the inspections feature will run them.
describe('食品安全 (food-safety): on-site checklists', () => {
  const templates = foodSafetyPlugin.checklists!.map((t) => parseChecklistTemplate(t));

  it('covers the six kinds of place the source names, each valid with checks worth 100', () => {
    expect(templates.map((t) => t.name.zh)).toEqual([
      '农产品养殖基地(场)现场检查', '畜禽定点屠宰场现场检查', '超市现场检查', '农贸市场现场检查', '集体食堂现场检查', '餐饮企业现场检查',
    ]);
    for (const t of templates) expect(allItems(t).reduce((n, i) => n + i.score, 0), t.key).toBe(100);
  });

  const answersFor = (t: (typeof templates)[number], override: Answers = {}): Answers => ({
    ...Object.fromEntries(allItems(t).map((i) => [i.key, i.type === 'yesNo' ? true : i.type === 'number' ? 12 : i.type === 'photo' ? ['0'] : i.type === 'signature' ? 'sig-0' : i.type === 'gps' ? { lat: 30.7, lng: 111.3 } : '无'])),
    ...override,
  });

  it('passes a place that meets every point, and at 80 % of the score', () => {
    const canteen = templates.find((t) => t.key === 'food-safety.canteen')!;
    expect(evaluateChecklist(canteen, answersFor(canteen)).passed).toBe(true);
    expect(evaluateChecklist(canteen, answersFor(canteen, { samples: false, additives: false })).passed).toBe(true); // 80
    expect(evaluateChecklist(canteen, answersFor(canteen, { samples: false, additives: false, pests: false })).passed).toBe(false); // 70
  });

  it('fails a place on a critical item whatever its score (瘦肉精, 注水, 过期食品, 地沟油, 禁用物质)', () => {
    const slaughterhouse = templates.find((t) => t.key === 'food-safety.slaughterhouse')!;
    const result = evaluateChecklist(slaughterhouse, answersFor(slaughterhouse, { clenbuterol: false }));
    expect(result.score).toBe(85);
    expect(result.passed).toBe(false);
    expect(result.failedItems).toContain('clenbuterol');
  });
});
