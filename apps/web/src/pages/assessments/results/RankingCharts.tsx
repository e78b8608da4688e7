import ReactEChartsCore from 'echarts-for-react/esm/core';
import { Card, Col, Empty, Row, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Results } from '../types.ts';
import { changeOption, rankingOption } from './chart-options.ts';
import { echarts } from './echarts.ts';

const ALL = '';

/** 排名图: totals by peer group against the grade lines, and the change from the previous period. */
export default function RankingCharts({ results }: { results: Results }) {
  const { t } = useTranslation();
  const [group, setGroup] = useState(ALL);
  const ranking = rankingOption(results, {
    total: t('assessments.results.total'),
    vetoed: t('assessments.results.vetoed'),
    tied: t('assessments.results.tied'),
    rank: (rank) => t('assessments.charts.rank', { rank }),
  }, group || undefined);
  const { count, ...change } = changeOption(results, {
    change: t('assessments.charts.change'),
    previous: t('assessments.charts.previous'),
    current: t('assessments.charts.current'),
    rankMove: (n) => (n > 0 ? t('assessments.results.rankUp', { count: n }) : t('assessments.results.rankDown', { count: -n })),
  });
  return (
    <Row gutter={[16, 16]} data-testid="ranking-charts">
      <Col xs={24} xxl={14}>
        <Card
          variant="borderless"
          title={t('assessments.charts.ranking')}
          extra={results.peerGroups.length > 1 && <Segmented size="small" value={group} onChange={(v) => setGroup(String(v))} options={[{ value: ALL, label: t('common.all') }, ...results.peerGroups.map((g) => ({ value: g, label: g }))]} />}
        >
          <ReactEChartsCore echarts={echarts} option={ranking} notMerge style={{ height: 360 }} />
        </Card>
      </Col>
      <Col xs={24} xxl={10}>
        <Card variant="borderless" title={t('assessments.charts.trend')}>
          {count === 0 ? <Empty description={t('assessments.charts.noPrevious')} /> : <ReactEChartsCore echarts={echarts} option={change} notMerge style={{ height: 360 }} />}
        </Card>
      </Col>
    </Row>
  );
}
