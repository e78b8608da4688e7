import { validateAssessmentConfig } from '@duban/plugin-sdk/server';
import { describe, expect, it } from 'vitest';
import foodSafetyPlugin from '../src/server.ts';

// 食品安全工作目标责任制考核 as the source lays it down: its indicators, cadence, grades and vetoes.
describe('食品安全 (food-safety): assessment templates', () => {
  const assessmentTemplates = foodSafetyPlugin.assessmentTemplates!;
  const known = { metrics: new Set(foodSafetyPlugin.metrics!.map((m) => m.key)), vetoConditions: new Set(foodSafetyPlugin.vetoes!.map((v) => v.key)) };

  it('are valid plans over the plugin\'s own metrics and veto conditions', () => {
    for (const t of assessmentTemplates) expect(validateAssessmentConfig(t.config, known).errors, t.key).toEqual([]);
  });

  it('combine quarterly self-checks, half-year supervision, spot checks and the year end, graded 90 / 75', () => {
    for (const t of assessmentTemplates) {
      expect(t.config.components.map((c) => c.kind)).toEqual(['self_check', 'half_year', 'spot_check', 'year_end']);
      expect(t.config.gradeBands.map((b) => [b.name, b.min])).toEqual([['优秀', 90], ['合格', 75], ['不合格', 0]]);
      expect(t.config.missingRule).toBe('average_present'); // 逐项打分,汇总以后计算平均分值
      expect(t.config.vetoRules.map((r) => (r.kind === 'auto' ? r.conditionKey : r.kind))).toEqual(['food-safety.major-incident', 'food-safety.concealment', 'food-safety.case-not-transferred']);
      expect(t.description?.zh).toContain('11月30日前报送自查报告,12月31日前完成统一考核');
    }
  });

  it('assess governments on the seven indicators of 第三条(二)', () => {
    const yearEnd = assessmentTemplates[0]!.config.components.find((c) => c.kind === 'year_end')!;
    expect(yearEnd.categories.map((c) => c.name)).toEqual(['组织领导', '制度保障', '重点工作完成情况', '宣传教育实施情况', '重大案件查处情况', '经费保障情况', '群众满意度']);
    expect(assessmentTemplates[0]!.units).toEqual({ mode: 'level', level: 'township' });
    expect(assessmentTemplates[1]!.units).toEqual({ mode: 'level', level: 'department' });
  });
});
