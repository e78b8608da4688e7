import { describe, expect, it } from 'vitest';
import { defaultGradeBands } from './config.ts';
import { Dec } from './decimal.ts';
import { gradeOf, gradeRuleText } from './grades.ts';
import { rankUnits } from './ranking.ts';

const grade = (total: string, vetoed = false) => gradeOf(defaultGradeBands, Dec.of(total).round(2), vetoed)?.name;

describe('grade bands (优秀 ≥ 90, 合格 ≥ 75, 不合格 < 75, bounds inclusive)', () => {
  it('places the bounds exactly', () => {
    expect(grade('74.99')).toBe('不合格');
    expect(grade('75')).toBe('合格');
    expect(grade('89.99')).toBe('合格');
    expect(grade('90')).toBe('优秀');
    // Rounded once, at the end: 74.995 is 75.00.
    expect(grade('74.995')).toBe('合格');
    expect(grade('89.994')).toBe('合格');
  });

  it('a veto is 不合格 whatever the score; no total, no grade', () => {
    expect(grade('98.5', true)).toBe('不合格');
    expect(gradeOf(defaultGradeBands, null, false)).toBeNull();
  });

  it('custom bands work the same way', () => {
    const bands = [{ key: 'a', name: '好', min: 85 }, { key: 'b', name: '较好', min: 70 }, { key: 'c', name: '一般', min: 60 }, { key: 'd', name: '差', min: 0 }];
    expect(gradeOf(bands, Dec.of('60'), false)?.name).toBe('一般');
    expect(gradeOf(bands, Dec.of('59.99'), false)?.name).toBe('差');
    expect(gradeRuleText(bands)).toContain('较好 ≥ 70 且 < 85');
  });
});

describe('ranking in peer groups', () => {
  const u = (id: string, total: string | null, peerGroup = 'A', vetoed = false) => ({ id, peerGroup, total: total === null ? null : Dec.of(total), vetoed });

  it('equal totals to 2 decimals share a rank (并列) and the next rank skips', () => {
    const r = rankUnits([u('a', '95.50'), u('b', '91.20'), u('c', '91.20'), u('d', '88.00')]);
    expect([...r.entries()].map(([id, x]) => `${id}:${x.rank}${x.tied ? '=' : ''}`)).toEqual(['a:1', 'b:2=', 'c:2=', 'd:4']);
    expect(r.get('d')!.groupSize).toBe(4);
  });

  it('ranks within each group; vetoed units after the others; incomplete units unranked', () => {
    const r = rankUnits([u('a', '80', 'East'), u('b', '99', 'East', true), u('c', '70', 'East'), u('d', '60', 'West'), u('e', null, 'West')]);
    expect(r.get('a')!.rank).toBe(1);
    expect(r.get('c')!.rank).toBe(2);
    expect(r.get('b')!.rank).toBe(3);
    expect(r.get('d')).toEqual({ rank: 1, tied: false, groupSize: 1 });
    expect(r.get('e')).toEqual({ rank: null, tied: false, groupSize: 1 });
  });
});
