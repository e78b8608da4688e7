// The shape of an assessment plan's configuration (core: assessments/config.ts). Rules that span
// the tree — weights adding up, unique keys, bands in order — are checked by core's
// validateConfig, which names the path of every error (年终考核 › 组织领导 › 领导重视).
import { z } from 'zod';
import { boundedRecord, text } from '@duban/core/validation/bounded';

/** At most `n` decimals, judged on the number's shortest decimal form (0.29 → "0.29"). */
const decimals = (n: number) => (v: number) => new RegExp(`^-?\\d+(\\.\\d{1,${n}})?$`).test(String(v));
export const points = z
  .number({ message: '请输入分值' })
  .min(0, { message: '分值不能为负' })
  .max(1000, { message: '分值不能超过 1000' })
  .refine(decimals(2), { message: '分值最多两位小数' });
/** Metric values and bounds: up to 6 decimals (rates such as 97.7%). */
export const metricNumber = z.number().min(-1e12).max(1e12).refine(decimals(6), { message: '最多六位小数' });

export const configKey = text(40, { min: 1, minMessage: '请填写编码' }).regex(/^[A-Za-z0-9_.-]+$/, { message: '编码只能包含字母、数字和 _ . -' });
const label = text(80, { min: 1, minMessage: '请填写名称' });

export const componentKind = z.enum(['self_check', 'half_year', 'spot_check', 'year_end', 'survey', 'other']);
export const scoringMethod = z.enum(['manual', 'deduction', 'formula', 'bonus']);
export const missingScoreRule = z.enum(['average_present', 'zero', 'block']);

export const linearMapping = z.object({ kind: z.literal('linear'), from: metricNumber, to: metricNumber });
export const thresholdMapping = z.object({
  kind: z.literal('thresholds'),
  direction: z.enum(['higher', 'lower']),
  bands: z.array(z.object({ bound: metricNumber, points })).min(1, { message: '至少设置一个分档' }).max(20),
});

const indicatorBase = { key: configKey, name: label, standard: text(1000).nullish(), maxScore: points };
export const indicatorConfig = z.discriminatedUnion('method', [
  z.object({ ...indicatorBase, method: z.literal('manual') }),
  z.object({
    ...indicatorBase,
    method: z.literal('deduction'),
    pointsPerOccurrence: points.refine((v) => v > 0, { message: '每次扣分须大于 0' }),
    /** Occurrences also counted from a metric (e.g. core.task.overdue), on top of recorded ones. */
    metricKey: z.string().max(100).nullish(),
  }),
  z.object({
    ...indicatorBase,
    method: z.literal('formula'),
    metricKey: z.string().min(1, { message: '请选择指标数据来源' }).max(100),
    mapping: z.discriminatedUnion('kind', [linearMapping, thresholdMapping]),
    /** A unit without a value (no such work in the period): 0 points (default) or full marks. */
    noData: z.enum(['zero', 'full']).nullish(),
  }),
  z.object({ ...indicatorBase, method: z.literal('bonus') }),
]);

export const categoryConfig = z.object({ key: configKey, name: label, indicators: z.array(indicatorConfig).max(200) });
export const componentConfig = z.object({
  key: configKey,
  name: label,
  kind: componentKind,
  weight: z.number().min(0).max(100).refine(decimals(2), { message: '权重最多两位小数' }),
  categories: z.array(categoryConfig).max(50),
});
export const gradeBand = z.object({ key: configKey, name: text(20, { min: 1 }), min: points });
export const vetoRuleConfig = z.discriminatedUnion('kind', [
  z.object({ key: configKey, name: label, kind: z.literal('manual') }),
  z.object({ key: configKey, name: label, kind: z.literal('auto'), conditionKey: z.string().min(1, { message: '请选择否决条件' }).max(100) }),
]);

export const planConfig = z.object({
  components: z.array(componentConfig).min(1, { message: '至少设置一个考核环节' }).max(10),
  gradeBands: z.array(gradeBand).min(2, { message: '至少设置两个等次' }).max(6),
  missingRule: missingScoreRule,
  vetoRules: z.array(vetoRuleConfig).max(20).default([]),
});
export type PlanConfigInput = z.infer<typeof planConfig>;

/** Who is assessed: every unit of a level (optionally within a subtree) or an explicit set. */
export const unitSelection = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('level'), level: z.enum(['township', 'department', 'village']) }),
  z.object({ mode: z.literal('set'), orgUnitIds: z.array(z.string().min(1).max(64)).min(1, { message: '请选择被考核单位' }).max(5000) }),
]);
/**
 * Peer groups for ranking: all together, by 片区 (district), by level, or named groups per unit
 * (units left out of `groups` fall into `defaultGroup`).
 */
export const peerGrouping = z.discriminatedUnion('by', [
  z.object({ by: z.literal('all') }),
  z.object({ by: z.literal('district') }),
  z.object({ by: z.literal('level') }),
  z.object({ by: z.literal('custom'), groups: boundedRecord(z.string().min(1).max(64), text(30, { min: 1 }), 5000), defaultGroup: text(30, { min: 1 }).default('其他') }),
]);
