import { describe, expect, it } from 'vitest';
import type { AssessmentPlanConfig } from './config.ts';
import { townshipAnnualTemplate } from './township-template.ts';
import { validateAssessmentConfig } from './validate-config.ts';

const known = { metrics: new Set(['core.task.completionRate', 'core.task.onTimeRate', 'core.task.overdue', 'core.task.satisfactionRate', 'core.task.meetingRate']), vetoConditions: new Set(['core.task.listedOverdue']) };

describe('plan configuration rules', () => {
  it('the township annual template is valid', () => {
    expect(validateAssessmentConfig(townshipAnnualTemplate.config, known).errors).toEqual([]);
  });

  it('weights that do not add up are reported with their path in the tree', () => {
    const config: AssessmentPlanConfig = structuredClone(townshipAnnualTemplate.config);
    config.components[0]!.weight = 15;
    const ind = config.components[3]!.categories[0]!.indicators[0]!;
    ind.maxScore = 5;
    const r = validateAssessmentConfig(config, known);
    expect(r.ok).toBe(false);
    expect(r.weightTotal).toBe(105);
    expect(r.errors).toContainEqual({ path: ['components'], label: '考核环节权重', message: '各环节权重合计 105%,应为 100%' });
    expect(r.errors).toContainEqual({ path: ['components', 3], label: '年终考核', message: '各指标满分合计 95 分(不含加分项),应为 100 分' });
  });

  it('names the indicator for method errors, and checks keys, bands and sources', () => {
    const config: AssessmentPlanConfig = structuredClone(townshipAnnualTemplate.config);
    const cat = config.components[1]!.categories[0]!;
    cat.indicators[0] = { ...cat.indicators[0]!, method: 'formula', metricKey: 'nope.metric', mapping: { kind: 'linear', from: 5, to: 5 } } as never;
    cat.indicators[1]!.key = cat.indicators[2]!.key;
    config.gradeBands = [{ key: 'a', name: '优秀', min: 90 }, { key: 'b', name: '合格', min: 95 }, { key: 'c', name: '不合格', min: 10 }];
    config.vetoRules.push({ key: 'x', name: '未知', kind: 'auto', conditionKey: 'nope.veto' });
    const messages = validateAssessmentConfig(config, known).errors.map((e) => `${e.label}:${e.message}`);
    expect(messages).toContain('半年督查 › 督办事项办理 › 督办事项办结率:未知的指标数据来源「nope.metric」');
    expect(messages).toContain('半年督查 › 督办事项办理 › 督办事项办结率:线性换算的起点和终点不能相同');
    expect(messages).toContain('半年督查 › 督办事项办理 › 逾期未办结事项:指标编码「hy-overdue」重复');
    expect(messages).toContain('等次 › 合格:下限须低于上一等次「优秀」的 90 分');
    expect(messages).toContain('等次 › 不合格:最低等次的下限须为 0(兜底等次,也是一票否决的等次)');
    expect(messages).toContain('一票否决 › 未知:未知的否决条件「nope.veto」');
  });
});
