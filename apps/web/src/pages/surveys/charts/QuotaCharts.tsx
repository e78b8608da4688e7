import { Card, Col, Empty, Row } from 'antd';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import type { QuotaReport } from '../types.ts';
import { echarts } from './echarts.ts';

const palette = ['#1f5fbf', '#2e9d8f', '#e6a23c', '#8e44ad', '#e4572e', '#5b7083', '#3a86ff', '#9aa3b2'];

/** Households per group and month (bars) against the monthly quota (a dashed line). */
function GroupsChart({ report }: { report: QuotaReport }) {
  const { t } = useTranslation();
  const quota = report.settings.monthlyQuota;
  const option = {
    color: palette,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 40, right: 16, top: 40, bottom: 28 },
    xAxis: { type: 'category', data: Array.from({ length: 12 }, (_, i) => t('surveys.quotas.thisMonth', { month: i + 1 })) },
    yAxis: { type: 'value', name: t('surveys.quotas.surveys'), max: (v: { max: number }) => Math.max(v.max, Math.ceil(quota * 1.1)) },
    series: report.groups.map((g, i) => ({
      name: g.groupName,
      type: 'bar',
      barMaxWidth: 18,
      data: g.months,
      ...(i === 0 ? { markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#c62828' }, label: { formatter: t('surveys.quotas.quotaLine', { quota }), position: 'insideEndTop' }, data: [{ yAxis: quota }] } } : {}),
    })),
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 340 }} />;
}

/**
 * Villages covered per township visit as horizontal bars (green when the share is met, red when
 * short), with the required number as a red tick: a district's ~30 visits stay readable.
 */
function VisitsChart({ report }: { report: QuotaReport }) {
  const { t } = useTranslation();
  // Shortest first at the top (ECharts draws the first category at the bottom).
  const visits = [...report.visits].sort((a, b) => b.covered / Math.max(1, b.required) - a.covered / Math.max(1, a.required));
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    yAxis: { type: 'category', data: visits.map((v) => `${v.townshipName} · ${v.groupName}`), axisLabel: { fontSize: 11 } },
    xAxis: { type: 'value', name: t('surveys.quotas.villages'), minInterval: 1 },
    series: [
      {
        name: t('surveys.quotas.covered'), type: 'bar', barMaxWidth: 14,
        data: visits.map((v) => ({ value: v.covered, itemStyle: { color: v.covered >= v.required ? '#2e9d8f' : '#e4572e' } })),
      },
      { name: t('surveys.quotas.required'), type: 'scatter', symbol: 'rect', symbolSize: [3, 14], itemStyle: { color: '#c62828' }, data: visits.map((v) => v.required) },
      { name: t('surveys.quotas.villages'), type: 'scatter', symbol: 'circle', symbolSize: 6, itemStyle: { color: '#9aa3b2' }, data: visits.map((v) => v.villages) },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: Math.max(320, 22 * visits.length + 60) }} />;
}

/** The quota dashboard's charts, in their own chunk with ECharts. */
export default function QuotaCharts({ report }: { report: QuotaReport }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card variant="borderless" title={t('surveys.quotas.groupsChart')} data-testid="chart-groups">
          {report.groups.length ? <GroupsChart report={report} /> : <Empty description={t('surveys.quotas.noGroups')} style={{ height: 308, paddingTop: 100 }} />}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card variant="borderless" title={t('surveys.quotas.visitsChart')} data-testid="chart-visits">
          {report.visits.length ? <VisitsChart report={report} /> : <Empty description={t('surveys.quotas.noVisits')} style={{ height: 308, paddingTop: 100 }} />}
        </Card>
      </Col>
    </Row>
  );
}
