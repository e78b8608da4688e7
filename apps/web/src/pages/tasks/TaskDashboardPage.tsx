import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Select, Skeleton, Space } from 'antd';
import { lazy, Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { usePermissionRoots, withinRoots } from '../../components/use-permission-roots.ts';
import { ChildrenTable } from './ChildrenTable.tsx';
import { KpiCards } from './KpiCards.tsx';
import { EscalationRules } from './EscalationRules.tsx';
import { TasksNav } from './TasksNav.tsx';
import './tasks.css';

// ECharts is large: it arrives with the charts, after the figures are already on screen.
const StatsCharts = lazy(() => import('./charts/StatsCharts.tsx'));

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 5 }, (_, i) => thisYear - i);

/** 督办看板: a unit's items of a year — rates, overdue and listed counts, per child unit. */
export default function TaskDashboardPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const { roots } = usePermissionRoots('core.task.read');
  const unitId = params.get('unit') ?? roots[0]?.id ?? '';
  const year = Number(params.get('year')) || thisYear;
  const readable = useCallback((u: { path: string }) => withinRoots(roots, u), [roots]);

  const stats = useQuery({
    ...trpc.supervision.stats.queryOptions({ orgUnitId: unitId, year }),
    enabled: !!unitId,
    placeholderData: keepPreviousData,
  });

  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader title={t('tasks.dashboard.title')} subtitle={t('tasks.dashboard.subtitle')} extra={<TasksNav />} />
      <Card variant="borderless" size="small" style={{ marginBottom: 16 }} styles={{ body: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 12 } }}>
        <Space wrap size={12}>
          <span>{t('tasks.dashboard.unit')}</span>
          <OrgUnitTreeSelect value={unitId || undefined} onChange={(id) => set({ unit: id })} selectable={readable} prune={(u) => u.level === 'group'} style={{ width: 260 }} data-testid="dashboard-unit" />
          <span>{t('tasks.dashboard.year')}</span>
          <Select<number> value={year} onChange={(y) => set({ year: String(y) })} style={{ width: 110 }} options={years.map((y) => ({ value: y, label: t('tasks.dashboard.yearLabel', { year: y }) }))} />
        </Space>
        <EscalationRules />
      </Card>
      {stats.error && <QueryError error={stats.error} onRetry={() => void stats.refetch()} />}
      {!stats.data ? (
        !stats.error && <Card variant="borderless"><Skeleton active paragraph={{ rows: 6 }} /></Card>
      ) : (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <KpiCards stats={stats.data} />
          </Col>
          <Col span={24}>
            <Suspense fallback={<Card variant="borderless"><Skeleton active paragraph={{ rows: 7 }} /></Card>}>
              <StatsCharts stats={stats.data} />
            </Suspense>
          </Col>
          <Col span={24}>
            <ChildrenTable rows={stats.data.children} />
          </Col>
        </Row>
      )}
    </>
  );
}
