import { Card, Col, Row } from 'antd';
import { PluginChart, useBilingual } from '@duban/plugin-sdk/web';

type Tally = { total: number; qualified: number; passRate: number | null };
export interface DashboardData {
  byUnit: (Tally & { orgUnitId: string; name: string })[];
  byCategory: (Tally & { category: string; name: { zh: string; en: string } })[];
  byMonth: (Tally & { month: number })[];
}

const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
const GREEN = '#2e8b57';
const RED = '#c62828';
const BLUE = '#1f5fbf';

/** 抽检看板: samples and pass rate by unit below, by food category, by month. */
export function SamplingCharts({ data }: { data: DashboardData }) {
  const tr = useBilingual();
  const qualifiedName = tr({ zh: '合格', en: 'Qualified' });
  const unqualifiedName = tr({ zh: '不合格', en: 'Unqualified' });
  const rateName = tr({ zh: '合格率(%)', en: 'Pass rate (%)' });
  const stacked = (rows: Tally[], labels: string[]) => ({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 35 : 0 } },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      { name: qualifiedName, type: 'bar', stack: 'n', data: rows.map((r) => r.qualified), itemStyle: { color: GREEN }, barMaxWidth: 28 },
      { name: unqualifiedName, type: 'bar', stack: 'n', data: rows.map((r) => r.total - r.qualified), itemStyle: { color: RED }, barMaxWidth: 28 },
      { name: rateName, type: 'line', yAxisIndex: 1, data: rows.map((r) => round(r.passRate)), itemStyle: { color: BLUE }, connectNulls: true },
    ],
  });
  const units = data.byUnit.filter((u) => u.total > 0 || data.byUnit.length <= 12);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card size="small" title={tr({ zh: '各单位抽检情况', en: 'By unit' })}>
          <PluginChart option={stacked(units, units.map((u) => u.name))} ariaLabel={tr({ zh: '各单位抽检情况', en: 'Samples by unit' })} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={tr({ zh: '各类食品抽检情况', en: 'By food category' })}>
          <PluginChart option={stacked(data.byCategory, data.byCategory.map((c) => tr(c.name)))} ariaLabel={tr({ zh: '各类食品抽检情况', en: 'Samples by category' })} />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title={tr({ zh: '逐月抽检批次与合格率', en: 'Samples and pass rate by month' })}>
          <PluginChart height={280} option={stacked(data.byMonth, data.byMonth.map((m) => tr({ zh: `${m.month}月`, en: `M${m.month}` })))} ariaLabel={tr({ zh: '逐月抽检', en: 'Samples by month' })} />
        </Card>
      </Col>
    </Row>
  );
}
