import { describe, expect, it } from 'vitest';
import { rollUpKeyWork, targetPercent, type RollupNode, type RollupTarget } from './key-work-rollup.ts';

const at = new Date('2026-06-01T00:00:00Z');
const target = (over: Partial<RollupTarget> = {}): RollupTarget => ({
  id: 't', metric: '政策知晓率', unit: '%', targetValue: 95, baselineValue: null, direction: 'higher', aggregation: 'sum', weightLabel: null, weight: null, sortOrder: 0, ...over,
});
/** A county key work and its township parts, each part with one report (value, denominator). */
function tree(parent: Partial<RollupTarget>, parts: { value: number; denominator?: number; weight?: number }[]): RollupNode[] {
  return [
    { id: 'county', parentId: null, targets: [target({ id: 'ct', ...parent })], progress: [] },
    ...parts.map((p, i) => ({
      id: `tw${i}`, parentId: 'county',
      targets: [target({ id: `tt${i}`, ...parent, weight: p.weight ?? null })],
      progress: [{ targetId: `tt${i}`, value: p.value, denominator: p.denominator ?? null, reportedAt: at }],
    })),
  ];
}
const county = (nodes: RollupNode[]) => rollUpKeyWork(nodes).get('county')![0]!;

describe('key-work roll-up by aggregation', () => {
  it('a mean of rates: two townships at 95% are a county at 95%, not 190%', () => {
    const s = county(tree({ aggregation: 'weighted_mean' }, [{ value: 95 }, { value: 95 }]));
    expect(s.actual).toBe(95);
    expect(s.met).toBe(true);
    expect(s.percent).toBe(100);
  });

  it('weighted by the parts’ weights (抽样户数 600 at 90%, 400 at 100% → 94%)', () => {
    expect(county(tree({ aggregation: 'weighted_mean', weightLabel: '抽样户数' }, [{ value: 90, weight: 600 }, { value: 100, weight: 400 }])).actual).toBe(94);
  });

  it('sums counts (整治库塘 300 + 309 = 609 座 of 609)', () => {
    const s = county(tree({ metric: '整治库塘', unit: '座', targetValue: 609 }, [{ value: 300 }, { value: 309 }]));
    expect([s.actual, s.percent, s.met]).toEqual([609, 100, true]);
  });

  it('a ratio of sums is not the mean of the ratios (9/10 and 1/90 → 10/100 = 10%)', () => {
    const s = county(tree({ aggregation: 'ratio', targetValue: 95 }, [{ value: 9, denominator: 10 }, { value: 1, denominator: 90 }]));
    expect([s.numerator, s.denominator, s.actual]).toEqual([10, 100, 10]);
  });

  it('the source’s 1,102 households sampled, 1,047 aware → 95.01% (ratio)', () => {
    const s = county(tree({ aggregation: 'ratio' }, [{ value: 600, denominator: 630 }, { value: 447, denominator: 472 }]));
    expect(s.actual).toBe(95.01);
    expect(s.met).toBe(true);
  });

  it('min and max take the weakest or strongest part', () => {
    expect(county(tree({ aggregation: 'min' }, [{ value: 80 }, { value: 97 }])).actual).toBe(80);
    expect(county(tree({ aggregation: 'max' }, [{ value: 80 }, { value: 97 }])).actual).toBe(97);
  });

  it('a part that has not reported is left out of a mean, not counted as 0', () => {
    const nodes = tree({ aggregation: 'weighted_mean' }, [{ value: 95 }]);
    nodes.push({ id: 'silent', parentId: 'county', targets: [target({ id: 'ts', aggregation: 'weighted_mean' })], progress: [] });
    expect(county(nodes).actual).toBe(95);
  });
});

describe('progress by direction and baseline', () => {
  it('lower is better with a baseline: 蛀果率 21.8% → 1.7% against a target of 2%', () => {
    const s = county(tree({ metric: '蛀果率', direction: 'lower', baselineValue: 21.8, targetValue: 2, aggregation: 'weighted_mean' }, [{ value: 1.7 }]));
    expect(s.baselineValue).toBe(21.8);
    expect(s.actual).toBe(1.7);
    expect(s.met).toBe(true);
    expect(s.percent).toBe(101.52); // (21.8 − 1.7) / (21.8 − 2)
  });

  it('higher is better from a baseline: 知晓率 55% → 95%, halfway at 75%', () => {
    expect(targetPercent('higher', 75, 95, 55)).toBe(50);
    expect(targetPercent('higher', 95, 95, 55)).toBe(100);
  });

  it('a zero target (违法用地零问责) is met only at 0', () => {
    expect(county(tree({ metric: '违法用地问责', unit: '起', direction: 'zero', targetValue: 0 }, [{ value: 0 }, { value: 0 }])).met).toBe(true);
    const s = county(tree({ metric: '违法用地问责', unit: '起', direction: 'zero', targetValue: 0 }, [{ value: 0 }, { value: 1 }]));
    expect([s.actual, s.met, s.percent]).toEqual([1, false, 0]);
  });

  it('nothing reported: a count is at 0%, a zero target is not yet met', () => {
    const nodes: RollupNode[] = [{ id: 'county', parentId: null, targets: [target({ direction: 'zero', targetValue: 0 })], progress: [] }];
    expect(county(nodes)).toMatchObject({ reported: false, met: false, percent: null });
  });
});
