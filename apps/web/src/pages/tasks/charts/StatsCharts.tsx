import { Card, Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskStats } from '../types.ts';
import { EscalationPie } from './EscalationPie.tsx';
import { UnitsBarChart, type BarRow } from './UnitsBarChart.tsx';

/** The dashboard's charts, in their own chunk with ECharts (loaded only on this page). */
export default function StatsCharts({ stats }: { stats: TaskStats }) {
  const { t } = useTranslation();
  const anyEscalation = Object.values(stats.byEscalation).some((n) => (n ?? 0) > 0);
  // Items of the unit itself (and, for a county, of its departments) are what the children miss.
  const sum = (key: 'total' | 'closed' | 'overdue') => (stats.unit[key] ?? 0) - stats.children.reduce((n, c) => n + (c[key] ?? 0), 0);
  const own: BarRow = { name: t('tasks.dashboard.ownLevel', { name: stats.unit.name }), total: sum('total'), closed: sum('closed'), overdue: sum('overdue') };
  const bars = [...((own.total ?? 0) > 0 ? [own] : []), ...stats.children];
  const anyItems = bars.some((b) => (b.total ?? 0) > 0);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card title={t('tasks.dashboard.byUnit')} variant="borderless" data-testid="chart-units">
          {anyItems ? <UnitsBarChart rows={bars} /> : <Empty description={t('common.empty')} style={{ height: 308, paddingTop: 100 }} />}
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card title={t('tasks.dashboard.byEscalation')} variant="borderless" data-testid="chart-escalation">
          {anyEscalation ? <EscalationPie counts={stats.byEscalation} /> : <Empty description={t('common.empty')} style={{ height: 308, paddingTop: 100 }} />}
        </Card>
      </Col>
    </Row>
  );
}
