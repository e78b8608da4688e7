// The scoring methods, one pure function each, on exact decimals. The SQL roll-up (sql.ts)
// implements the same rules set-based; property tests hold the two to the same digits.
import type { LinearMapping, MissingScoreRule, ThresholdMapping } from './config.ts';
import { Dec } from './decimal.ts';

export type AssessmentItemFlag = 'missing_scores' | 'no_scores' | 'capped' | 'no_metric' | 'deduction_capped' | 'bonus_capped';

export interface AssessmentItemScoreValue {
  /** null: no result yet (a missing score under the "block" rule). */
  exact: Dec | null;
  flags: AssessmentItemFlag[];
}

/**
 * 逐项打分, averaged across assessors: `present` are the scores the panel gave (members who have
 * not scored are absent). A score above the maximum (the maximum was lowered in a later version)
 * counts as the maximum.
 */
export function scoreManual(maxScore: Dec, present: Dec[], panelSize: number, rule: MissingScoreRule): AssessmentItemScoreValue {
  const flags: AssessmentItemFlag[] = [];
  const missing = panelSize - present.length;
  if (missing > 0) flags.push('missing_scores');
  if (rule === 'block' && missing > 0) return { exact: null, flags };
  if (present.length === 0 && rule === 'average_present') return { exact: Dec.ZERO, flags: [...flags, 'no_scores'] };
  const divisor = rule === 'average_present' ? present.length : panelSize;
  if (divisor === 0) return { exact: Dec.ZERO, flags: [...flags, 'no_scores'] };
  const total = present.reduce((s, v) => s.plus(v), Dec.ZERO);
  const avg = total.div(Dec.of(divisor));
  if (maxScore.lt(avg)) return { exact: maxScore, flags: [...flags, 'capped'] };
  return { exact: avg, flags };
}

/** 扣分: X points per occurrence, the deduction capped at the item's maximum (never below 0). */
export function scoreDeduction(maxScore: Dec, pointsPerOccurrence: Dec, occurrences: Dec): AssessmentItemScoreValue {
  const occ = occurrences.lt(Dec.ZERO) ? Dec.ZERO : occurrences;
  const deducted = pointsPerOccurrence.times(occ);
  if (maxScore.lt(deducted)) return { exact: Dec.ZERO, flags: ['deduction_capped'] };
  return { exact: maxScore.minus(deducted), flags: [] };
}

/** 加分: the decSum of bonus entries, capped. */
export function scoreBonus(maxScore: Dec, points: Dec): AssessmentItemScoreValue {
  if (maxScore.lt(points)) return { exact: maxScore, flags: ['bonus_capped'] };
  return { exact: points.lt(Dec.ZERO) ? Dec.ZERO : points, flags: [] };
}

/** Formula over a metric: linear between two values, or threshold bands. No value → 0 points, or full marks if the item says so. */
export function scoreFormula(maxScore: Dec, value: Dec | null, mapping: LinearMapping | ThresholdMapping, noData: 'zero' | 'full' = 'zero'): AssessmentItemScoreValue {
  if (value === null) return { exact: noData === 'full' ? maxScore : Dec.ZERO, flags: ['no_metric'] };
  if (mapping.kind === 'linear') {
    const from = Dec.of(mapping.from);
    const to = Dec.of(mapping.to);
    const [span, gained] = from.lt(to) ? [to.minus(from), value.minus(from)] : [from.minus(to), from.minus(value)];
    if (span.isZero()) return { exact: Dec.ZERO, flags: [] };
    const clamped = gained.lt(Dec.ZERO) ? Dec.ZERO : span.lt(gained) ? span : gained;
    return { exact: maxScore.times(clamped).div(span), flags: [] };
  }
  return { exact: thresholdPoints(value, mapping).min(maxScore), flags: [] };
}

/** The band that applies: 'higher' — largest bound ≤ value; 'lower' — smallest bound ≥ value. */
export function thresholdPoints(value: Dec, mapping: ThresholdMapping): Dec {
  const bands = mapping.bands.map((b) => ({ bound: Dec.of(b.bound), points: Dec.of(b.points) }));
  const applicable = bands.filter((b) => (mapping.direction === 'higher' ? b.bound.lte(value) : value.lte(b.bound)));
  if (applicable.length === 0) return Dec.ZERO;
  applicable.sort((a, b) => (mapping.direction === 'higher' ? b.bound.cmp(a.bound) : a.bound.cmp(b.bound)));
  return applicable[0]!.points;
}
