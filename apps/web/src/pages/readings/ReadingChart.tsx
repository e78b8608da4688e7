import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { echarts } from '../maps/echarts.ts';
import type { StationSeries } from './types.ts';

/**
 * The season day by day: the daily maximum as a line with the threshold as a dashed red mark
 * line (a day whose maximum reaches it had a crossing), and for rain the daily totals as bars.
 */
export default function ReadingChart({ data }: { data: StationSeries }) {
  const { t } = useTranslation();
  const { station, stats } = data;
  const days = stats.days;
  const threshold = station.threshold;
  const option = {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, left: 'center' },
    grid: { left: 44, right: station.kind === 'rain' ? 44 : 16, top: 64, bottom: 28 },
    xAxis: { type: 'category', data: days.map((d) => d.day.slice(5)) },
    // The threshold is per reading, so it sits on the maxima's axis; rain's daily totals get their own (right) axis.
    yAxis: [
      { type: 'value', name: station.unit, max: threshold === null ? undefined : (v: { max: number }) => Math.ceil(Math.max(v.max, threshold * 1.1)) },
      ...(station.kind === 'rain' ? [{ type: 'value', name: t('readings.station.chartTotal'), splitLine: { show: false } }] : []),
    ],
    series: [
      ...(station.kind === 'rain' ? [{ name: t('readings.station.chartTotal'), type: 'bar', yAxisIndex: 1, data: days.map((d) => d.total), itemStyle: { color: '#9dbbe8' }, barMaxWidth: 14 }] : []),
      {
        name: t('readings.station.chartMax'), type: 'line', data: days.map((d) => d.max), symbolSize: 6, itemStyle: { color: '#1f5fbf' },
        markLine: threshold === null ? undefined : {
          symbol: 'none', silent: true, lineStyle: { color: '#d32f2f', type: 'dashed', width: 1.5 },
          label: { formatter: `${t('readings.fields.threshold')} ${threshold}`, position: 'insideEndTop', color: '#c62828' },
          data: [{ yAxis: threshold }],
        },
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 280 }} />;
}
