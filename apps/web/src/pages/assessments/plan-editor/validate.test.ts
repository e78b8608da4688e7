import type { PlanConfigInput } from '@duban/api/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesAt, issuesUnder, validatePlanConfig } from './validate.ts';

const known = { metrics: new Set(['core.task.onTimeRate']), vetoConditions: new Set(['food-safety.majorIncident']) };

function config(): PlanConfigInput {
  return {
    components: [
      {
        key: 'year_end', name: '年终考核', kind: 'year_end', weight: 70,
        categories: [
          { key: 'org', name: '组织领导', indicators: [
            { key: 'lead', name: '领导重视', method: 'manual', maxScore: 40 },
            { key: 'overdue', name: '逾期事项', method: 'deduction', maxScore: 30, pointsPerOccurrence: 2 },
          ] },
          { key: 'work', name: '重点工作', indicators: [
            { key: 'ontime', name: '按期办结率', method: 'formula', maxScore: 30, metricKey: 'core.task.onTimeRate', mapping: { kind: 'linear', from: 60, to: 100 } },
            { key: 'extra', name: '创新加分', method: 'bonus', maxScore: 5 },
          ] },
        ],
      },
      {
        key: 'self', name: '季度自查', kind: 'self_check', weight: 30,
        categories: [{ key: 'self_all', name: '自查', indicators: [{ key: 'self_score', name: '自查情况', method: 'manual', maxScore: 100 }] }],
      },
    ],
    gradeBands: [
      { key: 'excellent', name: '优秀', min: 90 },
      { key: 'pass', name: '合格', min: 75 },
      { key: 'fail', name: '不合格', min: 0 },
    ],
    missingRule: 'average_present',
    vetoRules: [{ key: 'incident', name: '重大食品安全事故', kind: 'auto', conditionKey: 'food-safety.majorIncident' }],
  };
}

describe('validatePlanConfig', () => {
  it('accepts a plan whose weights and maximum scores add up', () => {
    const check = validatePlanConfig(config(), known);
    expect(check.issues).toEqual([]);
    expect(check.ok).toBe(true);
    expect(check.weightTotalCents).toBe(10_000);
    expect(check.components[0]).toMatchObject({ maxTotalCents: 10_000, bonusCapCents: 500 });
    expect(check.components[0]!.categories.map((c) => c.maxTotalCents)).toEqual([7000, 3000]);
  });

  it('puts a weight sum error on the component list, with the current total', () => {
    const c = config();
    c.components[0]!.weight = 65;
    const check = validatePlanConfig(c, known);
    expect(issuesAt(check.issues, ['components'])).toEqual([{ path: ['components'], code: 'weightSum', params: { total: '95' } }]);
  });

  it('adds weights exactly (33.33 + 33.33 + 33.34 = 100)', () => {
    const c = config();
    const third = c.components[1]!;
    c.components = [
      { ...c.components[0]!, weight: 33.33 },
      { ...third, key: 'a', weight: 33.33, categories: [{ ...third.categories[0]!, key: 'ga', indicators: [{ ...third.categories[0]!.indicators[0]!, key: 'ia' }] }] },
      { ...third, key: 'b', weight: 33.34, categories: [{ ...third.categories[0]!, key: 'gb', indicators: [{ ...third.categories[0]!.indicators[0]!, key: 'ib' }] }] },
    ];
    expect(validatePlanConfig(c, known).issues).toEqual([]);
  });

  it('puts a maximum-score sum error on the component, bonus items not counted', () => {
    const c = config();
    c.components[0]!.categories[0]!.indicators[0]!.maxScore = 35;
    const check = validatePlanConfig(c, known);
    expect(issuesAt(check.issues, ['components', 0])).toEqual([{ path: ['components', 0], code: 'maxSum', params: { total: '95' } }]);
    expect(issuesUnder(check.issues, ['components', 1])).toEqual([]);
  });

  it('flags empty components and categories', () => {
    const c = config();
    c.components[1]!.categories[0]!.indicators = [];
    c.components[0]!.categories = [];
    const codes = validatePlanConfig(c, known).issues.map((i) => `${i.path.join('.')}:${i.code}`);
    expect(codes).toContain('components.0:noCategories');
    expect(codes).toContain('components.1.categories.0:noIndicators');
    expect(codes).toContain('components.0:maxSum');
  });

  it('flags duplicate keys at the later node', () => {
    const c = config();
    c.components[1]!.categories[0]!.indicators[0]!.key = 'lead';
    const check = validatePlanConfig(c, known);
    expect(issuesAt(check.issues, ['components', 1, 'categories', 0, 'indicators', 0, 'key'])).toEqual([
      { path: ['components', 1, 'categories', 0, 'indicators', 0, 'key'], code: 'duplicateKey', params: { key: 'lead' } },
    ]);
  });

  it('checks each method', () => {
    const c = config();
    const [org, work] = c.components[0]!.categories;
    org!.indicators[1] = { key: 'overdue', name: '逾期事项', method: 'deduction', maxScore: 30, pointsPerOccurrence: 0, metricKey: 'nope' };
    work!.indicators[0] = { key: 'ontime', name: '按期办结率', method: 'formula', maxScore: 30, metricKey: 'core.task.onTimeRate', mapping: { kind: 'thresholds', direction: 'higher', bands: [{ bound: 90, points: 30 }, { bound: 90, points: 31 }] } };
    work!.indicators[1] = { key: 'extra', name: '创新加分', method: 'bonus', maxScore: 0 };
    const codes = validatePlanConfig(c, known).issues.map((i) => `${i.path.join('.')}:${i.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'components.0.categories.0.indicators.1.pointsPerOccurrence:perOccurrencePositive',
        'components.0.categories.0.indicators.1.metricKey:unknownMetric',
        'components.0.categories.1.indicators.0.mapping.bands.1.bound:duplicateBound',
        'components.0.categories.1.indicators.0.mapping.bands.1.points:bandOverMax',
        'components.0.categories.1.indicators.1.maxScore:bonusCapPositive',
      ]),
    );
    work!.indicators[0] = { key: 'ontime', name: '按期办结率', method: 'formula', maxScore: 30, metricKey: '', mapping: { kind: 'linear', from: 5, to: 5 } };
    const again = validatePlanConfig(c, known).issues.map((i) => `${i.path.join('.')}:${i.code}`);
    expect(again).toEqual(expect.arrayContaining(['components.0.categories.1.indicators.0.metricKey:metricRequired', 'components.0.categories.1.indicators.0.mapping:linearSame']));
  });

  it('checks grade bands: descending, the last at 0', () => {
    const c = config();
    c.gradeBands[1]!.min = 95;
    c.gradeBands[2]!.min = 10;
    const codes = validatePlanConfig(c, known).issues.map((i) => `${i.path.join('.')}:${i.code}`);
    expect(codes).toEqual(['gradeBands.1.min:gradeOrder', 'gradeBands.2.min:lastGradeZero']);
  });

  it('checks veto conditions exist', () => {
    const c = config();
    c.vetoRules = [{ key: 'x', name: '瞒报', kind: 'auto', conditionKey: 'gone' }, { key: 'y', name: '', kind: 'manual' }];
    const codes = validatePlanConfig(c, known).issues.map((i) => `${i.path.join('.')}:${i.code}`);
    expect(codes).toEqual(['vetoRules.0.conditionKey:unknownVetoCondition', 'vetoRules.1.name:nameRequired']);
  });

  it('reports a weight sum error exactly when the weights do not add up to 100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 6 }), (cents) => {
        const base = config().components[1]!;
        const c = config();
        c.components = cents.map((w, i) => ({ ...base, key: `c${i}`, weight: w / 100, categories: [{ key: `g${i}`, name: 'g', indicators: [{ key: `i${i}`, name: 'i', method: 'manual' as const, maxScore: 100 }] }] }));
        const total = cents.reduce((a, b) => a + b, 0);
        const weightIssue = validatePlanConfig(c, known).issues.some((i) => i.code === 'weightSum');
        expect(weightIssue).toBe(total !== 10_000);
      }),
    );
  });
});
