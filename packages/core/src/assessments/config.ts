// The configuration of an assessment plan version (考核方案): components with weights, each with an
// indicator tree (categories → indicators) and a scoring method per indicator, grade bands, veto
// rules and the rule for missing assessor scores. Stored as JSON on the version; validated by
// the API's zod schema (shape) and by validateAssessmentConfig (rules that span the tree).

export type ComponentKind = 'self_check' | 'half_year' | 'spot_check' | 'year_end' | 'survey' | 'other';
export type ScoringMethod = 'manual' | 'deduction' | 'formula' | 'bonus';

/**
 * What happens when an assessor has not scored a manual item:
 * - average_present: the item's score is the average of the scores given (no score at all → 0);
 * - zero: a missing score counts as 0, the average is over the whole panel;
 * - block: the unit has no result until every panel member has scored every manual item.
 */
export type MissingScoreRule = 'average_present' | 'zero' | 'block';

/** Linear: `from` earns 0 points, `to` earns the full maximum, in between proportionally (clamped). */
export interface LinearMapping {
  kind: 'linear';
  from: number;
  to: number;
}

/**
 * Thresholds: direction 'higher' — the band with the largest bound ≤ value applies; 'lower' —
 * the band with the smallest bound ≥ value applies (e.g. overdue items ≤ 0 → 10 points). No band
 * → 0 points. Bounds inclusive.
 */
export interface ThresholdMapping {
  kind: 'thresholds';
  direction: 'higher' | 'lower';
  bands: { bound: number; points: number }[];
}

interface IndicatorBase {
  /** Stable across versions: scores, entries and self-checks refer to it. */
  key: string;
  name: string;
  /** 评分标准: what earns the points, shown to assessors and in explanations. */
  standard?: string | null;
  /** Maximum points (for bonus: the cap on the decSum of bonus entries). */
  maxScore: number;
}

export type IndicatorConfig =
  | (IndicatorBase & { method: 'manual' })
  | (IndicatorBase & { method: 'deduction'; pointsPerOccurrence: number; metricKey?: string | null })
  /**
   * noData: what a unit scores when the metric has no value for it (e.g. no supervision items were
   * handed over, so there is no 办结率): 'zero' (default) or 'full' marks (无此项工作的不扣分).
   */
  | (IndicatorBase & { method: 'formula'; metricKey: string; mapping: LinearMapping | ThresholdMapping; noData?: 'zero' | 'full' | null })
  | (IndicatorBase & { method: 'bonus' });

export interface CategoryConfig {
  key: string;
  name: string;
  indicators: IndicatorConfig[];
}

export interface ComponentConfig {
  key: string;
  name: string;
  kind: ComponentKind;
  /** Percent of the total (all components add up to 100). */
  weight: number;
  categories: CategoryConfig[];
}

/** Ordered from the best grade down; a unit gets the first band whose min ≤ its rounded total. */
export interface GradeBand {
  key: string;
  name: string;
  /** Inclusive lower bound; the last band's is 0 (it catches everything, and every veto). */
  min: number;
}

export type VetoRuleConfig =
  | { key: string; name: string; kind: 'manual' }
  /** conditionKey names a VetoCondition from the registry (core or a plugin). */
  | { key: string; name: string; kind: 'auto'; conditionKey: string };

export interface AssessmentPlanConfig {
  components: ComponentConfig[];
  gradeBands: GradeBand[];
  missingRule: MissingScoreRule;
  vetoRules: VetoRuleConfig[];
}

export const defaultGradeBands: GradeBand[] = [
  { key: 'excellent', name: '优秀', min: 90 },
  { key: 'pass', name: '合格', min: 75 },
  { key: 'fail', name: '不合格', min: 0 },
];

export const componentKindNames: Record<ComponentKind, { zh: string; en: string }> = {
  self_check: { zh: '季度自查', en: 'Quarterly self-check' },
  half_year: { zh: '半年督查', en: 'Half-year supervision' },
  spot_check: { zh: '随机抽查', en: 'Random spot checks' },
  year_end: { zh: '年终考核', en: 'Year-end assessment' },
  survey: { zh: '满意度测评', en: 'Satisfaction survey' },
  other: { zh: '其他', en: 'Other' },
};

export const methodNames: Record<ScoringMethod, { zh: string; en: string }> = {
  manual: { zh: '逐项打分', en: 'Scored by assessors' },
  deduction: { zh: '扣分', en: 'Deduction per occurrence' },
  formula: { zh: '指标公式', en: 'Formula over a metric' },
  bonus: { zh: '加分', en: 'Bonus points' },
};

export const missingRuleNames: Record<MissingScoreRule, { zh: string; en: string }> = {
  average_present: { zh: '按已评分评委平均(缺评不计入)', en: 'Average of the scores given' },
  zero: { zh: '缺评按 0 分计', en: 'A missing score counts as zero' },
  block: { zh: '全部评完方可出结果', en: 'No result until every score is in' },
};

/** Every indicator with the component and category it sits in, in tree order. */
export function flattenIndicators(config: AssessmentPlanConfig) {
  return config.components.flatMap((component) =>
    component.categories.flatMap((category) => category.indicators.map((indicator) => ({ component, category, indicator }))),
  );
}
