// One unit's score from its inputs, by the pure rules: the reference the set-based roll-up is
// tested against, and the basis of the explanation view.
import { flattenIndicators, type GradeBand, type IndicatorConfig, type AssessmentPlanConfig } from './config.ts';
import { Dec } from './decimal.ts';
import { gradeOf } from './grades.ts';
import { scoreBonus, scoreDeduction, scoreFormula, scoreManual, type AssessmentItemScoreValue } from './methods.ts';

export interface AssessmentScoreInput {
  assessorId: string;
  score: Dec;
}
export interface AssessmentEntryInput {
  kind: 'deduction' | 'bonus';
  count: number;
  points: Dec;
}
export interface AssessmentVetoInput {
  ruleKey: string;
  reason: string;
  createdAt: Date;
  id: string;
}

export interface AssessmentUnitInputs {
  orgUnitId: string;
  peerGroup: string;
  /** Scores by indicator key, from panel members only. */
  scores: Map<string, AssessmentScoreInput[]>;
  entries: Map<string, AssessmentEntryInput[]>;
  /** Metric snapshot by metric key (null: the source had no value). Absent key = no value. */
  metrics: Map<string, Dec | null>;
  vetoes: AssessmentVetoInput[];
}

export interface AssessmentItemResult extends AssessmentItemScoreValue {
  indicator: IndicatorConfig;
  componentKey: string;
  /** Deduction: occurrences counted (entries + metric); bonus: points claimed. */
  occurrences?: Dec;
  claimed?: Dec;
  metricValue?: Dec | null;
}

export interface AssessmentUnitScore {
  orgUnitId: string;
  peerGroup: string;
  items: Map<string, AssessmentItemResult>;
  components: { key: string; exact: Dec }[];
  /** Σ weight% × component score, exact; null when incomplete. */
  exactTotal: Dec | null;
  /** Rounded half up to 2 decimals, once. */
  total: Dec | null;
  complete: boolean;
  /** Manual (item × panel member) scores still missing. */
  missingScores: number;
  vetoed: boolean;
  /** "rule name:reason", in the order the vetoes were recorded. */
  vetoReasons: string[];
  grade: GradeBand | null;
}

export function assessmentItemScore(indicator: IndicatorConfig, inputs: AssessmentUnitInputs, panelSize: number, config: AssessmentPlanConfig): Omit<AssessmentItemResult, 'componentKey'> {
  const max = Dec.of(indicator.maxScore);
  switch (indicator.method) {
    case 'manual':
      return { indicator, ...scoreManual(max, (inputs.scores.get(indicator.key) ?? []).map((s) => s.score), panelSize, config.missingRule) };
    case 'deduction': {
      const recorded = (inputs.entries.get(indicator.key) ?? []).filter((e) => e.kind === 'deduction').reduce((s, e) => s + e.count, 0);
      const metricValue = indicator.metricKey ? (inputs.metrics.get(indicator.metricKey) ?? null) : undefined;
      const occurrences = Dec.of(recorded).plus(metricValue ?? Dec.ZERO);
      return { indicator, occurrences, metricValue, ...scoreDeduction(max, Dec.of(indicator.pointsPerOccurrence), occurrences) };
    }
    case 'bonus': {
      const claimed = (inputs.entries.get(indicator.key) ?? []).filter((e) => e.kind === 'bonus').reduce((s, e) => s.plus(e.points), Dec.ZERO);
      return { indicator, claimed, ...scoreBonus(max, claimed) };
    }
    case 'formula': {
      const metricValue = inputs.metrics.get(indicator.metricKey) ?? null;
      return { indicator, metricValue, ...scoreFormula(max, metricValue, indicator.mapping, indicator.noData ?? 'zero') };
    }
  }
}

const HUNDREDTH = Dec.of('0.01');

export function computeAssessmentUnitScore(config: AssessmentPlanConfig, panelSize: number, inputs: AssessmentUnitInputs): AssessmentUnitScore {
  const items = new Map<string, AssessmentItemResult>();
  for (const { component, indicator } of flattenIndicators(config)) {
    items.set(indicator.key, { ...assessmentItemScore(indicator, inputs, panelSize, config), componentKey: component.key });
  }
  const components = config.components.map((c) => ({
    key: c.key,
    exact: [...items.values()].filter((i) => i.componentKey === c.key).reduce((s, i) => s.plus(i.exact ?? Dec.ZERO), Dec.ZERO),
  }));
  const manualCount = [...items.values()].filter((i) => i.indicator.method === 'manual').length;
  const given = [...items.values()].filter((i) => i.indicator.method === 'manual').reduce((s, i) => s + (inputs.scores.get(i.indicator.key)?.length ?? 0), 0);
  const missingScores = manualCount * panelSize - given;
  const complete = !(config.missingRule === 'block' && missingScores > 0);
  const exactTotal = complete
    ? config.components.reduce((s, c, i) => s.plus(Dec.of(c.weight).times(components[i]!.exact)), Dec.ZERO).times(HUNDREDTH)
    : null;
  const total = exactTotal ? exactTotal.round(2) : null;
  const rules = new Map(config.vetoRules.map((r) => [r.key, r]));
  // Vetoes under rules the version no longer has do not apply.
  const vetoes = inputs.vetoes
    .filter((v) => rules.has(v.ruleKey))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const vetoed = vetoes.length > 0;
  return {
    orgUnitId: inputs.orgUnitId,
    peerGroup: inputs.peerGroup,
    items,
    components,
    exactTotal,
    total,
    complete,
    missingScores,
    vetoed,
    vetoReasons: vetoes.map((v) => `${rules.get(v.ruleKey)!.name}:${v.reason}`),
    grade: gradeOf(config.gradeBands, total, vetoed),
  };
}
