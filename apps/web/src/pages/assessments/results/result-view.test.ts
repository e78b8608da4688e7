import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../types.ts';
import { byGroupAndRank, compareNullable, groupBars, trendOf } from './result-view.ts';

const row = (name: string, peerGroup: string, total: number | null, rank: number | null, extra: Partial<ResultRow> = {}): ResultRow => ({
  assessmentUnitId: name, orgUnit: { id: name, name, path: `/${name}` }, peerGroup, total, exactTotal: total === null ? null : String(total),
  components: [], grade: null, vetoed: false, vetoReasons: [], rank, tied: false, groupSize: 3, complete: total !== null, missingScores: 0,
  previous: null, change: null, ...extra,
});

describe('result view helpers', () => {
  it('reads the direction of a change', () => {
    expect(trendOf(2.5)).toBe('up');
    expect(trendOf(-1)).toBe('down');
    expect(trendOf(0)).toBe('same');
    expect(trendOf(null)).toBeNull();
  });

  it('keeps missing values last in both sort directions', () => {
    const values = [3, null, 1, 2];
    const asc = [...values].sort((a, b) => compareNullable(a, b, 'ascend'));
    expect(asc).toEqual([1, 2, 3, null]);
    // antd sorts descending by reversing the comparator's result.
    const desc = [...values].sort((a, b) => -compareNullable(a, b, 'descend'));
    expect(desc).toEqual([3, 2, 1, null]);
  });

  it('orders by group then rank, unranked last', () => {
    const rows = [row('乙', '东片区', 80, 2), row('丙', '东片区', null, null), row('甲', '东片区', 90, 1), row('丁', '西片区', 70, 1)];
    expect([...rows].sort(byGroupAndRank).map((r) => r.orgUnit.name)).toEqual(['甲', '乙', '丙', '丁']);
  });

  it('groups bars by peer group, best first, ties kept', () => {
    const rows = [row('乙', 'A', 85, 1, { tied: true }), row('甲', 'A', 85, 1, { tied: true }), row('丙', 'A', 70, 3, { vetoed: true }), row('丁', 'B', 60, 1)];
    const bars = groupBars(rows);
    expect(bars.map((g) => g.group)).toEqual(['A', 'B']);
    expect(bars[0]!.units.map((u) => `${u.name}${u.rank}${u.tied ? '并列' : ''}`)).toEqual(['甲1并列', '乙1并列', '丙3']);
    expect(bars[0]!.units[2]!.vetoed).toBe(true);
  });
});
