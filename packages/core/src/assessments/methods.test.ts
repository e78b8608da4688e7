import { describe, expect, it } from 'vitest';
import { Dec } from './decimal.ts';
import { scoreBonus, scoreDeduction, scoreFormula, scoreManual, thresholdPoints } from './methods.ts';

const d = (v: number | string) => Dec.of(v);
const scores = (...v: number[]) => v.map((x) => d(x));

describe('scoring methods', () => {
  it('manual: averages the assessors (逐项打分, 平均)', () => {
    expect(scoreManual(d(10), scores(9, 8.5, 10), 3, 'average_present').exact!.toFixed(2)).toBe('9.17');
  });

  it('manual, a missing score: each rule is explicit and visible', () => {
    const present = scores(9, 8);
    const avg = scoreManual(d(10), present, 3, 'average_present');
    expect(avg.exact!.toString()).toBe('8.5');
    expect(avg.flags).toContain('missing_scores');
    const zero = scoreManual(d(10), present, 3, 'zero');
    expect(zero.exact!.toFixed(2)).toBe('5.67');
    const block = scoreManual(d(10), present, 3, 'block');
    expect(block.exact).toBeNull();
    expect(scoreManual(d(10), [], 3, 'average_present')).toMatchObject({ exact: Dec.ZERO, flags: ['missing_scores', 'no_scores'] });
  });

  it('manual: an average above the maximum (maximum lowered in a new version) counts as the maximum', () => {
    expect(scoreManual(d(8), scores(10, 10), 2, 'zero')).toMatchObject({ exact: d(8), flags: ['capped'] });
  });

  it('deduction: X points per occurrence, capped at the maximum', () => {
    expect(scoreDeduction(d(10), d(2), d(3)).exact!.toString()).toBe('4');
    expect(scoreDeduction(d(10), d(2), d(0)).exact!.toString()).toBe('10');
    expect(scoreDeduction(d(10), d(4), d(3))).toMatchObject({ exact: Dec.ZERO, flags: ['deduction_capped'] });
    expect(scoreDeduction(d(10), d(5), d(2)).exact!.toString()).toBe('0');
  });

  it('bonus: the sum of entries, capped', () => {
    expect(scoreBonus(d(5), d(3)).exact!.toString()).toBe('3');
    expect(scoreBonus(d(5), d(7))).toMatchObject({ exact: d(5), flags: ['bonus_capped'] });
  });

  it('formula, linear: from earns 0, to earns the maximum, clamped outside', () => {
    const m = { kind: 'linear' as const, from: 60, to: 100 };
    expect(scoreFormula(d(40), d(92.5), m).exact!.toString()).toBe('32.5');
    expect(scoreFormula(d(40), d(50), m).exact!.toString()).toBe('0');
    expect(scoreFormula(d(40), d(120), m).exact!.toString()).toBe('40');
    // Lower is better: 0 overdue → full marks, 10 or more → 0.
    expect(scoreFormula(d(10), d(4), { kind: 'linear', from: 10, to: 0 }).exact!.toString()).toBe('6');
    expect(scoreFormula(d(40), null, m)).toMatchObject({ exact: Dec.ZERO, flags: ['no_metric'] });
    // …or full marks when the item says so (no such work in the period: nothing to deduct).
    expect(scoreFormula(d(40), null, m, 'full')).toMatchObject({ exact: d(40), flags: ['no_metric'] });
  });

  it('formula, thresholds: the band that applies, bounds inclusive', () => {
    const higher = { kind: 'thresholds' as const, direction: 'higher' as const, bands: [{ bound: 95, points: 30 }, { bound: 85, points: 24 }, { bound: 70, points: 15 }] };
    expect(thresholdPoints(d(95), higher).toString()).toBe('30');
    expect(thresholdPoints(d(94.99), higher).toString()).toBe('24');
    expect(thresholdPoints(d(69.99), higher).toString()).toBe('0');
    const lower = { kind: 'thresholds' as const, direction: 'lower' as const, bands: [{ bound: 0, points: 10 }, { bound: 2, points: 6 }, { bound: 5, points: 3 }] };
    expect(thresholdPoints(d(0), lower).toString()).toBe('10');
    expect(thresholdPoints(d(2), lower).toString()).toBe('6');
    expect(thresholdPoints(d(6), lower).toString()).toBe('0');
  });
});
