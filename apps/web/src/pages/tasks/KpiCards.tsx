import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { IconFlag } from './task-icons.tsx';
import type { TaskStats } from './types.ts';

interface Kpi {
  key: string;
  label: string;
  value: number | null | undefined;
  percent?: boolean;
  tone?: 'red' | 'green' | 'blue';
  icon?: React.ReactNode;
}

const toneColor = { red: '#c62828', green: '#2e8b57', blue: '#1f5fbf' } as const;

/** 督办事项, 办结率, 按期办结率, 逾期, 挂牌督办, 满意率 of the chosen unit and year. */
export function KpiCards({ stats }: { stats: TaskStats }) {
  const { t } = useTranslation();
  const u = stats.unit;
  const kpis: Kpi[] = [
    { key: 'total', label: t('tasks.dashboard.total'), value: u.total ?? 0, tone: 'blue' },
    { key: 'completionRate', label: t('tasks.dashboard.completionRate'), value: u.completionRate, percent: true, tone: 'green' },
    { key: 'onTimeRate', label: t('tasks.dashboard.onTimeRate'), value: u.onTimeRate, percent: true, tone: 'green' },
    { key: 'overdue', label: t('tasks.dashboard.overdue'), value: u.overdue ?? 0, tone: (u.overdue ?? 0) > 0 ? 'red' : undefined },
    { key: 'listed', label: t('tasks.dashboard.listed'), value: stats.byEscalation.listed ?? 0, tone: (stats.byEscalation.listed ?? 0) > 0 ? 'red' : undefined, icon: <IconFlag /> },
    { key: 'satisfactionRate', label: t('tasks.dashboard.satisfactionRate'), value: u.satisfactionRate, percent: true },
  ];
  return (
    <Row gutter={[16, 16]} data-testid="task-kpis">
      {kpis.map((k) => (
        <Col key={k.key} xs={12} md={8} xl={4}>
          <Card size="small" variant="borderless" className="task-kpi">
            <Statistic
              title={<span className="task-kpi-title">{k.icon}{k.label}</span>}
              value={k.value ?? '—'}
              precision={k.percent && k.value != null ? 1 : undefined}
              suffix={k.value == null ? undefined : k.percent ? '%' : t('tasks.dashboard.countUnit')}
              styles={{ content: { fontSize: 26, color: k.tone ? toneColor[k.tone] : undefined } }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
