import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { echarts } from './echarts.ts';

/** Items handed over and closed per month, as two bar series (the county leader's trend). */
export default function TrendChart({ trend }: { trend: readonly { month: number; created: number; closed: number }[] }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, right: 0 },
    grid: { left: 36, right: 12, top: 36, bottom: 24 },
    xAxis: { type: 'category', data: trend.map((m) => (en ? String(m.month) : `${m.month}月`)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('workbench.created'), type: 'bar', data: trend.map((m) => m.created), itemStyle: { color: '#1f5fbf' }, barMaxWidth: 16 },
      { name: t('workbench.closed'), type: 'bar', data: trend.map((m) => m.closed), itemStyle: { color: '#2e8b57' }, barMaxWidth: 16 },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 260 }} />;
}
