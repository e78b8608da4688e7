// Key-work targets roll up the decomposition tree by their own aggregation, and count progress by
// their direction and baseline (issue 16, item 4). Summing everything made two townships at 95%
// awareness a county at 190%; a rate is a mean or a ratio of sums, a "worst township" is a min.
import type { TargetAggregation, TargetDirection } from '@duban/db';

type Dec = { toString(): string } | number | string | null;

export interface RollupTarget {
  id: string;
  metric: string;
  unit: string;
  targetValue: Dec;
  baselineValue: Dec;
  direction: TargetDirection;
  aggregation: TargetAggregation;
  weightLabel: string | null;
  weight: Dec;
  sortOrder: number;
}

export interface RollupProgress {
  targetId: string | null;
  value: Dec;
  denominator: Dec;
  reportedAt: Date;
}

export interface RollupNode {
  id: string;
  parentId: string | null;
  targets: RollupTarget[];
  progress: RollupProgress[];
}

export interface TargetStatus {
  id: string;
  metric: string;
  unit: string;
  targetValue: number;
  baselineValue: number | null;
  direction: TargetDirection;
  aggregation: TargetAggregation;
  weightLabel: string | null;
  /** The weight this part counts with in its parent's weighted mean (1 when none is set). */
  weight: number;
  /** The current value: own report at a leaf, the aggregation of the parts above one. */
  actual: number;
  /** ratio: the sums behind `actual` (numerator / denominator × 100). */
  numerator: number | null;
  denominator: number | null;
  /** Progress towards the target in percent by direction and baseline (null when it cannot be told). */
  percent: number | null;
  met: boolean;
  /** Whether any value was reported in this part or below. */
  reported: boolean;
}

/**
 * What a target without stated semantics means (an Excel row, the migration of earlier targets): a
 * percentage is a rate and rolls up as a mean, a target of 0 is a zero target, anything else a count.
 */
export function defaultTargetSemantics(unit: string, targetValue: number): { direction: TargetDirection; aggregation: TargetAggregation } {
  return { direction: targetValue === 0 ? 'zero' : 'higher', aggregation: unit === '%' || unit === '％' ? 'weighted_mean' : 'sum' };
}

const n = (v: Dec): number | null => (v === null || v === undefined || v === '' ? null : Number(v.toString()));
const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Percent of the way from baseline to target. Higher is better: (actual − baseline) / (target − baseline),
 * from 0 without a baseline. Lower is better: (baseline − actual) / (baseline − target); without a baseline
 * 100 once at or under the target, else target / actual. Zero target: 100 at 0, else 0.
 */
export function targetPercent(direction: TargetDirection, actual: number, target: number, baseline: number | null): number | null {
  if (direction === 'zero') return actual === 0 ? 100 : 0;
  if (direction === 'higher') {
    const from = baseline ?? 0;
    return target > from ? round2(((actual - from) * 100) / (target - from)) : actual >= target ? 100 : null;
  }
  if (baseline !== null && baseline > target) return round2(((baseline - actual) * 100) / (baseline - target));
  if (actual <= target) return 100;
  return actual > 0 ? round2((target * 100) / actual) : null;
}

export function targetMet(direction: TargetDirection, actual: number, target: number) {
  return direction === 'zero' ? actual === 0 : direction === 'higher' ? actual >= target : actual <= target;
}

interface Aggregate {
  actual: number;
  numerator: number | null;
  denominator: number | null;
  weight: number;
  reported: boolean;
}

/** The parent's value from its parts' (those that reported anything), by the parent target's aggregation. */
export function aggregateParts(aggregation: TargetAggregation, parts: readonly Aggregate[]): Omit<Aggregate, 'weight'> {
  const reported = parts.filter((p) => p.reported);
  if (!reported.length) return { actual: 0, numerator: null, denominator: null, reported: false };
  const sum = (f: (p: Aggregate) => number) => reported.reduce((s, p) => s + f(p), 0);
  switch (aggregation) {
    case 'sum':
      return { actual: round2(sum((p) => p.actual)), numerator: null, denominator: null, reported: true };
    case 'weighted_mean': {
      const w = sum((p) => p.weight);
      return { actual: w > 0 ? round2(sum((p) => p.actual * p.weight) / w) : 0, numerator: null, denominator: null, reported: true };
    }
    case 'ratio': {
      const num = sum((p) => p.numerator ?? 0);
      const den = sum((p) => p.denominator ?? 0);
      return { actual: den > 0 ? round2((num * 100) / den) : 0, numerator: num, denominator: den, reported: true };
    }
    case 'min':
      return { actual: Math.min(...reported.map((p) => p.actual)), numerator: null, denominator: null, reported: true };
    case 'max':
      return { actual: Math.max(...reported.map((p) => p.actual)), numerator: null, denominator: null, reported: true };
  }
}

/**
 * Status of every target of every key work: a leaf counts its latest report; a decomposed key
 * work aggregates its parts' values for the same metric and unit. Linear in the number of key
 * works (children looked up in a map, each node visited once).
 */
export function rollUpKeyWork(all: readonly RollupNode[]): Map<string, TargetStatus[]> {
  const childrenOf = new Map<string, RollupNode[]>();
  for (const k of all) if (k.parentId) childrenOf.set(k.parentId, [...(childrenOf.get(k.parentId) ?? []), k]);
  const memo = new Map<string, TargetStatus[]>();
  const visit = (node: RollupNode): TargetStatus[] => {
    const cached = memo.get(node.id);
    if (cached) return cached;
    const kids = (childrenOf.get(node.id) ?? []).flatMap((c) => visit(c));
    const result = [...node.targets]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((t): TargetStatus => {
        const targetValue = n(t.targetValue) ?? 0;
        const baselineValue = n(t.baselineValue);
        const parts = kids.filter((k) => k.metric === t.metric && k.unit === t.unit);
        let agg: Omit<Aggregate, 'weight'>;
        if (parts.length) agg = aggregateParts(t.aggregation, parts);
        else {
          const latest = node.progress.filter((p) => p.targetId === t.id && p.value !== null).sort((a, b) => b.reportedAt.getTime() - a.reportedAt.getTime())[0];
          const value = n(latest?.value ?? null);
          const den = n(latest?.denominator ?? null);
          agg = t.aggregation === 'ratio' && value !== null && den
            ? { actual: round2((value * 100) / den), numerator: value, denominator: den, reported: true }
            : { actual: value ?? 0, numerator: null, denominator: null, reported: value !== null };
        }
        return {
          id: t.id, metric: t.metric, unit: t.unit, targetValue, baselineValue, direction: t.direction, aggregation: t.aggregation,
          weightLabel: t.weightLabel, weight: n(t.weight) ?? 1, ...agg,
          // Nothing reported yet: 0% of a count, unknown for a rate or a zero target.
          percent: agg.reported ? targetPercent(t.direction, agg.actual, targetValue, baselineValue) : t.direction === 'higher' && baselineValue === null ? 0 : null,
          met: agg.reported && targetMet(t.direction, agg.actual, targetValue),
        };
      });
    memo.set(node.id, result);
    return result;
  };
  for (const k of all) visit(k);
  return memo;
}
