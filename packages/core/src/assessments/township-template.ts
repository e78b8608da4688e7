import { defaultGradeBands } from './config.ts';
import type { AssessmentTemplate } from './template.ts';

/**
 * 乡镇年度重点工作目标考核: the core's generic template. Quarterly self-checks, half-year
 * supervision (from 督办 figures), random spot checks, the year-end assessment scored by the
 * panel, and satisfaction (满意率 / 见面率 of proposals and complaints). Each environment adjusts it.
 */
export const townshipAnnualTemplate: AssessmentTemplate = {
  key: 'core.township-annual',
  name: { zh: '乡镇年度重点工作目标考核', en: 'Township annual key-work assessment' },
  description: {
    zh: '季度自查 10%、半年督查 20%、随机抽查 10%、年终考核 50%、满意度测评 10%;优秀 ≥ 90、合格 ≥ 75。',
    en: 'Self-checks 10%, half-year supervision 20%, spot checks 10%, year-end 50%, satisfaction 10%.',
  },
  units: { mode: 'level', level: 'township' },
  grouping: { by: 'district' },
  config: {
    missingRule: 'average_present',
    gradeBands: defaultGradeBands,
    vetoRules: [
      { key: 'major-accident', name: '发生重大安全责任事故', kind: 'manual' },
      { key: 'concealment', name: '瞒报、谎报、迟报重大事项', kind: 'manual' },
      { key: 'listed-overdue', name: '挂牌督办事项逾期未整改', kind: 'auto', conditionKey: 'core.task.listedOverdue' },
    ],
    components: [
      {
        key: 'self-check', name: '季度自查', kind: 'self_check', weight: 10,
        categories: [{
          key: 'self-check-work', name: '自查工作',
          indicators: [
            { key: 'sc-report', name: '季度自查报告按时报送', method: 'deduction', maxScore: 50, pointsPerOccurrence: 25, standard: '每季度末 10 日内报送自查报告,缺报或迟报一次扣 25 分' },
            { key: 'sc-quality', name: '自查问题查摆和整改', method: 'manual', maxScore: 50, standard: '问题查摆深入具体、整改措施有力,由考核组评定' },
          ],
        }],
      },
      {
        key: 'half-year', name: '半年督查', kind: 'half_year', weight: 20,
        categories: [{
          key: 'supervision', name: '督办事项办理',
          indicators: [
            { key: 'hy-completion', name: '督办事项办结率', method: 'formula', noData: 'full', maxScore: 40, metricKey: 'core.task.completionRate', mapping: { kind: 'linear', from: 60, to: 100 }, standard: '办结率 60% 以下不得分,100% 得满分,其间按比例计分;无督办事项的按满分计' },
            { key: 'hy-on-time', name: '按期办结率', method: 'formula', noData: 'full', maxScore: 30, metricKey: 'core.task.onTimeRate', mapping: { kind: 'thresholds', direction: 'higher', bands: [{ bound: 95, points: 30 }, { bound: 85, points: 24 }, { bound: 70, points: 15 }] }, standard: '≥95% 得 30 分,≥85% 得 24 分,≥70% 得 15 分' },
            { key: 'hy-overdue', name: '逾期未办结事项', method: 'deduction', maxScore: 30, pointsPerOccurrence: 5, metricKey: 'core.task.overdue', standard: '每有一件逾期未办结扣 5 分' },
          ],
        }],
      },
      {
        key: 'spot-check', name: '随机抽查', kind: 'spot_check', weight: 10,
        categories: [{
          key: 'spot', name: '抽查情况',
          indicators: [
            { key: 'sp-files', name: '台账资料规范完整', method: 'manual', maxScore: 40 },
            { key: 'sp-site', name: '现场点位达标', method: 'manual', maxScore: 60, standard: '随机抽取点位现场检查,对照标准评分' },
          ],
        }],
      },
      {
        key: 'year-end', name: '年终考核', kind: 'year_end', weight: 50,
        categories: [
          { key: 'leadership', name: '组织领导', indicators: [
            { key: 'ye-attention', name: '领导重视', method: 'manual', maxScore: 10, standard: '主要领导亲自部署,专题研究不少于 2 次' },
            { key: 'ye-responsibility', name: '责任落实', method: 'manual', maxScore: 10, standard: '目标任务分解到人,责任到人' },
          ] },
          { key: 'key-work', name: '重点工作完成', indicators: [
            { key: 'ye-targets', name: '目标任务完成情况', method: 'manual', maxScore: 30, standard: '对照年初下达的量化目标逐项核实' },
            { key: 'ye-innovation', name: '工作创新', method: 'manual', maxScore: 10 },
          ] },
          { key: 'guarantee', name: '制度保障', indicators: [
            { key: 'ye-rules', name: '制度建设', method: 'manual', maxScore: 10 },
            { key: 'ye-funds', name: '经费保障', method: 'manual', maxScore: 10 },
          ] },
          { key: 'publicity', name: '宣传教育', indicators: [{ key: 'ye-publicity', name: '宣传教育', method: 'manual', maxScore: 10 }] },
          { key: 'major-cases', name: '重大事项处置', indicators: [{ key: 'ye-cases', name: '重大案件和突发事件处置', method: 'manual', maxScore: 10 }] },
          { key: 'bonus', name: '加分项目', indicators: [{ key: 'ye-bonus', name: '获上级表彰或经验推广', method: 'bonus', maxScore: 5, standard: '获市级以上表彰或经验被推广,每项加 1–3 分,最多加 5 分' }] },
        ],
      },
      {
        key: 'survey', name: '满意度测评', kind: 'survey', weight: 10,
        categories: [{
          key: 'satisfaction', name: '群众满意度',
          indicators: [
            { key: 'sv-satisfaction', name: '群众满意率', method: 'formula', noData: 'full', maxScore: 60, metricKey: 'core.task.satisfactionRate', mapping: { kind: 'linear', from: 60, to: 100 } },
            { key: 'sv-meeting', name: '代表委员见面率', method: 'formula', noData: 'full', maxScore: 40, metricKey: 'core.task.meetingRate', mapping: { kind: 'linear', from: 50, to: 100 } },
          ],
        }],
      },
    ],
  },
};
