import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { escalationLevels, type EscalationLevel } from '../types.ts';
import { echarts } from './echarts.ts';

const colors: Record<EscalationLevel, string> = { none: '#9aa3b2', reminded: '#e6a23c', urged: '#f08c2e', supervised: '#e4572e', listed: '#c62828' };

/** How many items stand at each escalation level (正常 … 挂牌督办), as a donut. */
export function EscalationPie({ counts }: { counts: Partial<Record<string, number>> }) {
  const { t } = useTranslation();
  const data = escalationLevels.map((level) => ({ name: t(`tasks.escalation.${level}`), value: counts[level] ?? 0, itemStyle: { color: colors[level] } }));
  const option = {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['40%', '62%'],
        center: ['50%', '46%'],
        avoidLabelOverlap: true,
        // Short lines and no truncation: 挂牌督办 must read in full beside its slice.
        label: { formatter: '{b}\n{c}', overflow: 'none', lineHeight: 16 },
        labelLine: { length: 8, length2: 8 },
        data: data.filter((d) => d.value > 0),
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 340 }} />;
}
