import type { Results } from '../types.ts';
import { groupBars } from './result-view.ts';

export const gradeColors = { best: '#2e8b57', middle: '#1f5fbf', worst: '#c62828', none: '#9aa3b2' };

/** A bar's colour from its grade's place among the bands (best green, failing/vetoed red). */
export function gradeColor(bands: readonly { key: string }[], gradeKey: string | null, vetoed: boolean) {
  if (vetoed) return gradeColors.worst;
  const i = bands.findIndex((b) => b.key === gradeKey);
  if (i < 0) return gradeColors.none;
  if (i === bands.length - 1) return gradeColors.worst;
  return i === 0 ? gradeColors.best : gradeColors.middle;
}

export interface RankingLabels {
  total: string;
  vetoed: string;
  tied: string;
  rank: (rank: number) => string;
}

/**
 * The ranking as bars: units ordered by peer group, then rank; a shaded band names each group;
 * a dashed line marks each grade's lower bound (优秀 90, 合格 75 …).
 */
export function rankingOption(results: Pick<Results, 'items' | 'gradeBands'>, labels: RankingLabels, group?: string) {
  const groups = groupBars(results.items).filter((g) => !group || g.group === group);
  const units = groups.flatMap((g) => g.units.map((u) => ({ ...u, group: g.group })));
  let start = 0;
  const areas = groups.map((g) => {
    const first = units[start]!.name;
    start += g.units.length;
    return [{ name: g.group, xAxis: `${g.group}\u0000${first}` }, { xAxis: `${g.group}\u0000${units[start - 1]!.name}` }];
  });
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number }[]) => {
        const u = units[params[0]!.dataIndex]!;
        const rank = u.rank === null ? '—' : `${labels.rank(u.rank)}${u.tied ? ` (${labels.tied})` : ''}`;
        return `${u.group} · ${u.name}<br/>${labels.total}: ${u.total?.toFixed(2) ?? '—'}<br/>${rank}${u.vetoed ? `<br/>${labels.vetoed}` : ''}`;
      },
    },
    grid: { left: 8, right: 70, top: 36, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      // Names may repeat across groups; the key keeps bars apart, the label shows the name.
      data: units.map((u) => `${u.group}\u0000${u.name}`),
      axisLabel: { interval: 0, rotate: units.length > 12 ? 45 : 0, formatter: (v: string) => v.split('\u0000')[1] ?? v },
    },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      {
        name: labels.total,
        type: 'bar',
        barMaxWidth: 26,
        data: units.map((u) => ({ value: u.total, itemStyle: { color: gradeColor(results.gradeBands, u.gradeKey, u.vetoed), decal: u.vetoed ? { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [4, 3], rotation: -0.8 } : undefined } })),
        label: { show: units.length <= 20, position: 'top', formatter: (p: { value: number | null }) => (p.value === null ? '' : p.value.toFixed(1)), fontSize: 10 },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { type: 'dashed' },
          data: results.gradeBands.filter((b) => b.min > 0).map((b) => ({ yAxis: b.min, name: b.name, label: { formatter: `${b.name} ${b.min}`, position: 'end' } })),
        },
        markArea: groups.length > 1 ? { silent: true, itemStyle: { color: 'rgba(31,95,191,0.05)' }, label: { position: 'insideTop', color: '#6b7588' }, data: areas } : undefined,
      },
    ],
  };
}

export interface ChangeLabels {
  change: string;
  previous: string;
  current: string;
  rankMove: (places: number) => string;
}

/** 与上期比较: each unit's score change from the previous period, best gain first. */
export function changeOption(results: Pick<Results, 'items'>, labels: ChangeLabels) {
  const rows = results.items.filter((r) => r.change?.score !== null && r.change?.score !== undefined).sort((a, b) => b.change!.score! - a.change!.score!);
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number }[]) => {
        const r = rows[params[0]!.dataIndex]!;
        const move = r.change?.rank ? `<br/>${labels.rankMove(r.change.rank)}` : '';
        return `${r.orgUnit.name}<br/>${labels.previous}: ${r.previous?.total?.toFixed(2) ?? '—'}<br/>${labels.current}: ${r.total?.toFixed(2) ?? '—'}${move}`;
      },
    },
    grid: { left: 8, right: 12, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.orgUnit.name), axisLabel: { interval: 0, rotate: rows.length > 12 ? 45 : 0 } },
    yAxis: { type: 'value', name: labels.change },
    series: [{ name: labels.change, type: 'bar', barMaxWidth: 22, data: rows.map((r) => ({ value: r.change!.score, itemStyle: { color: r.change!.score! >= 0 ? gradeColors.best : gradeColors.worst } })) }],
    count: rows.length,
  };
}
