import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../types.ts';
import { changeOption, gradeColor, gradeColors, rankingOption } from './chart-options.ts';

const bands = [
  { key: 'excellent', name: '优秀', min: 90 },
  { key: 'pass', name: '合格', min: 75 },
  { key: 'fail', name: '不合格', min: 0 },
];
const row = (name: string, peerGroup: string, total: number, rank: number, extra: Partial<ResultRow> = {}): ResultRow => ({
  assessmentUnitId: name, orgUnit: { id: name, name, path: `/${name}` }, peerGroup, total, exactTotal: String(total), components: [],
  grade: { key: total >= 90 ? 'excellent' : total >= 75 ? 'pass' : 'fail', name: '' }, vetoed: false, vetoReasons: [], rank, tied: false, groupSize: 2,
  complete: true, missingScores: 0, previous: null, change: null, ...extra,
});

describe('ranking chart options', () => {
  const items = [row('乙', '东片区', 80, 2), row('甲', '东片区', 92, 1), row('丙', '西片区', 70, 1, { vetoed: true })];
  const labels = { total: '总分', vetoed: '一票否决', tied: '并列', rank: (r: number) => `第 ${r} 名` };

  it('orders bars by group then rank and draws a line per grade bound above 0', () => {
    const option = rankingOption({ items, gradeBands: bands }, labels);
    expect(option.xAxis.data.map((k) => k.split('\u0000')[1])).toEqual(['甲', '乙', '丙']);
    expect(option.series[0]!.data.map((d) => d.value)).toEqual([92, 80, 70]);
    expect(option.series[0]!.markLine.data.map((d) => d.yAxis)).toEqual([90, 75]);
    expect(option.series[0]!.markArea?.data.map((a) => a[0]!.name)).toEqual(['东片区', '西片区']);
  });

  it('colours by grade, a veto red whatever the score', () => {
    expect(gradeColor(bands, 'excellent', false)).toBe(gradeColors.best);
    expect(gradeColor(bands, 'pass', false)).toBe(gradeColors.middle);
    expect(gradeColor(bands, 'fail', false)).toBe(gradeColors.worst);
    expect(gradeColor(bands, 'excellent', true)).toBe(gradeColors.worst);
    expect(gradeColor(bands, null, false)).toBe(gradeColors.none);
  });

  it('shows one group when asked, without group bands', () => {
    const option = rankingOption({ items, gradeBands: bands }, labels, '西片区');
    expect(option.xAxis.data).toHaveLength(1);
    expect(option.series[0]!.markArea).toBeUndefined();
  });

  it('plots the change from the previous period, best gain first, only where known', () => {
    const withPrev = [
      row('甲', 'A', 92, 1, { previous: { total: 90, rank: 2, groupSize: 2 }, change: { score: 2, rank: 1 } }),
      row('乙', 'A', 80, 2, { previous: { total: 85, rank: 1, groupSize: 2 }, change: { score: -5, rank: -1 } }),
      row('丙', 'A', 70, 3),
    ];
    const option = changeOption({ items: withPrev }, { change: '变化', previous: '上期', current: '本期', rankMove: (n) => String(n) });
    expect(option.count).toBe(2);
    expect(option.xAxis.data).toEqual(['甲', '乙']);
    expect(option.series[0]!.data.map((d) => d.value)).toEqual([2, -5]);
  });
});
