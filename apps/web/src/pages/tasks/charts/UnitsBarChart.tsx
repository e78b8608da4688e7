import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import type { ChildStats } from '../types.ts';
import { echarts } from './echarts.ts';

/**
 * Each child unit's items as one stacked bar: closed, still in hand, overdue — so the bar's height
 * is the unit's total and the red cap its overdue items.
 */
export type BarRow = Pick<ChildStats, 'name' | 'total' | 'closed' | 'overdue'>;

export function UnitsBarChart({ rows }: { rows: readonly BarRow[] }) {
  const { t } = useTranslation();
  const units = rows.filter((r) => (r.total ?? 0) > 0 || rows.length <= 12);
  const closed = units.map((r) => r.closed ?? 0);
  const overdue = units.map((r) => r.overdue ?? 0);
  const open = units.map((r) => Math.max(0, (r.total ?? 0) - (r.closed ?? 0) - (r.overdue ?? 0)));
  const series = (name: string, data: number[], color: string) => ({ name, type: 'bar', stack: 'total', data, itemStyle: { color }, barMaxWidth: 28, emphasis: { focus: 'series' } });
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 12, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: units.map((r) => r.name), axisLabel: { interval: 0, rotate: units.length > 8 ? 40 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      series(t('tasks.dashboard.closed'), closed, '#2e8b57'),
      series(t('tasks.dashboard.inHand'), open, '#1f5fbf'),
      series(t('tasks.dashboard.overdue'), overdue, '#c62828'),
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 340 }} />;
}
