import { useQuery } from '@tanstack/react-query';
import { Col, Empty, List, Skeleton, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { formatPercent } from './format.ts';
import { HomeCard } from './WorkTiles.tsx';

// ECharts arrives with the chart, after the figures are on screen (the perf budget keeps it off the shell).
const TrendChart = lazy(() => import('./TrendChart.tsx'));

/** A county leader's view: the year's monthly trend and the townships doing worst. */
export function CountyHome() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const q = useQuery(trpc.workbench.county.queryOptions());
  if (q.error) return <Col span={24}><QueryError error={q.error} onRetry={() => void q.refetch()} /></Col>;
  if (!q.data) return <Col span={24}><Skeleton active /></Col>;
  const d = q.data;
  return (
    <>
      <Col xs={24} lg={15}>
        <HomeCard title={t('workbench.trend', { year: d.year })} extra={<Link to="/tasks/dashboard">{t('workbench.open')}</Link>} testId="home-trend">
          <Suspense fallback={<div style={{ height: 260, display: 'grid', placeItems: 'center' }}><Spin /></div>}>
            <TrendChart trend={d.trend} />
          </Suspense>
        </HomeCard>
      </Col>
      <Col xs={24} lg={9}>
        <HomeCard title={t('workbench.worst')} testId="home-worst">
          {d.worst.length === 0 ? (
            <Empty description={t('workbench.noWorst')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <List
              size="small"
              dataSource={d.worst}
              renderItem={(w, i) => (
                <List.Item data-testid="worst-township">
                  <span><span className="wb-rank wb-rank-bad">{i + 1}</span>{w.name}</span>
                  <span>
                    <span className="task-red">{t('workbench.overdueItems', { count: w.overdue })}</span>
                    <span className="muted" style={{ marginInlineStart: 10 }}>{t('workbench.completionRate', { rate: formatPercent(w.completionRate) })}</span>
                  </span>
                </List.Item>
              )}
            />
          )}
        </HomeCard>
      </Col>
    </>
  );
}
