import { describe, expect, it } from 'vitest';
import {
  addCategory, addComponent, addGradeBand, addIndicator, addVetoRule, fillWeights, freshKey, moveIndicator, patchIndicator,
  removeCategory, removeComponent, updateComponent, withMethod, type PlanConfig,
} from './config-ops.ts';
import { validatePlanConfig } from './validate.ts';

const empty = (): PlanConfig => ({
  components: [],
  gradeBands: [
    { key: 'excellent', name: '优秀', min: 90 },
    { key: 'pass', name: '合格', min: 75 },
    { key: 'fail', name: '不合格', min: 0 },
  ],
  missingRule: 'average_present',
  vetoRules: [],
});
const known = { metrics: new Set(['m']), vetoConditions: new Set<string>() };

describe('config edits', () => {
  it('builds a valid plan step by step without touching the input', () => {
    const start = empty();
    let c = addComponent(start, 'year_end', '年终考核');
    expect(start.components).toHaveLength(0);
    c = updateComponent(c, 0, { weight: 100 });
    c = addCategory(c, 0, '组织领导');
    c = addIndicator(c, 0, 0, '领导重视', 60);
    c = addIndicator(c, 0, 0, '制度保障', 40);
    expect(c.components[0]!.categories[0]!.indicators.map((i) => i.key)).toEqual(['k1', 'k2']);
    expect(validatePlanConfig(c, known).ok).toBe(true);
    const broken = patchIndicator(c, 0, 0, 1, { maxScore: 30 });
    expect(validatePlanConfig(broken, known).issues.map((i) => i.code)).toEqual(['maxSum']);
    expect(c.components[0]!.categories[0]!.indicators[1]!.maxScore).toBe(40);
  });

  it('fresh keys never collide', () => {
    let c = addComponent(empty(), 'year_end', 'a');
    c = addComponent(c, 'survey', 'b');
    expect(c.components.map((x) => x.key)).toEqual(['c1', 'c2']);
    c = removeComponent(c, 0);
    c = addComponent(c, 'other', 'c');
    expect(new Set(c.components.map((x) => x.key)).size).toBe(2);
    expect(freshKey(c, 'grade')).toBe('grade1');
  });

  it('moves and removes', () => {
    let c = addCategory(addComponent(empty(), 'year_end', 'a'), 0, 'g');
    c = addIndicator(addIndicator(c, 0, 0, 'x'), 0, 0, 'y');
    c = moveIndicator(c, 0, 0, 1, -1);
    expect(c.components[0]!.categories[0]!.indicators.map((i) => i.name)).toEqual(['y', 'x']);
    expect(moveIndicator(c, 0, 0, 0, -1)).toEqual(c);
    c = removeCategory(c, 0, 0);
    expect(c.components[0]!.categories).toEqual([]);
  });

  it('switches methods keeping what they share', () => {
    const manual = { key: 'k', name: '按期办结率', method: 'manual' as const, maxScore: 10, standard: '按期办结' };
    const formula = withMethod(manual, 'formula');
    expect(formula).toEqual({ key: 'k', name: '按期办结率', method: 'formula', maxScore: 10, standard: '按期办结', metricKey: '', mapping: { kind: 'linear', from: 0, to: 100 } });
    const deduction = withMethod({ ...formula, metricKey: 'm' } as typeof formula, 'deduction');
    expect(deduction).toMatchObject({ method: 'deduction', pointsPerOccurrence: 1, metricKey: 'm' });
    expect(withMethod(deduction, 'bonus')).toEqual({ key: 'k', name: '按期办结率', method: 'bonus', maxScore: 10, standard: '按期办结' });
    expect(withMethod(manual, 'manual')).toBe(manual);
  });

  it('keeps grade bands ordered and adds veto rules', () => {
    const c = addVetoRule(addGradeBand(empty(), '良好', 80), '瞒报');
    expect(c.gradeBands.map((b) => b.min)).toEqual([90, 80, 75, 0]);
    expect(c.vetoRules).toEqual([{ key: 'veto1', name: '瞒报', kind: 'manual' }]);
  });

  it('fills the weights left to components at 0', () => {
    let c = addComponent(addComponent(addComponent(empty(), 'year_end', 'a'), 'survey', 'b'), 'other', 'c');
    c = updateComponent(c, 0, { weight: 40 });
    c = fillWeights(c);
    expect(c.components.map((x) => x.weight)).toEqual([40, 30, 30]);
    let d = addComponent(addComponent(addComponent(empty(), 'year_end', 'a'), 'survey', 'b'), 'other', 'c');
    d = fillWeights(d);
    expect(d.components.map((x) => x.weight)).toEqual([33.34, 33.33, 33.33]);
    expect(fillWeights(d)).toBe(d);
  });
});
