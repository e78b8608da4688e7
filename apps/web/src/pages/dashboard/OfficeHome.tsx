import { useQuery } from '@tanstack/react-query';
import { Col, Empty, Row, Skeleton, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RouterOutputs } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { formatPercent } from './format.ts';
import { HomeCard, WorkTiles } from './WorkTiles.tsx';

type Office = RouterOutputs['workbench']['office'];
const visitOrder = ['planned', 'in_progress', 'completed', 'cancelled'] as const;

/** 督查室: overdue, 挂牌督办, 待核查 and near-due among what it supervises; this week's visits; the 片区 ranking. */
export function OfficeHome() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const q = useQuery(trpc.workbench.office.queryOptions());
  if (q.error) return <Col span={24}><QueryError error={q.error} onRetry={() => void q.refetch()} /></Col>;
  if (!q.data) return <Col span={24}><Skeleton active /></Col>;
  const d = q.data;
  return (
    <>
      <Col span={24}>
        <HomeCard title={t('workbench.office')} testId="home-office">
          <WorkTiles tiles={d.tiles} dueSoonDays={d.dueSoonDays} testId="tiles-office" />
        </HomeCard>
      </Col>
      <Col xs={24} lg={9}>
        <WeekCard week={d.week} />
      </Col>
      <Col xs={24} lg={15}>
        <HomeCard title={t('workbench.ranking')} testId="home-ranking">
          <Table<Office['ranking'][number]>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={d.ranking}
            columns={[
              { title: t('workbench.rank'), dataIndex: 'rank', width: 60, render: (r: number) => <span className={`wb-rank wb-rank-${r}`}>{r}</span> },
              { title: t('workbench.district'), dataIndex: 'name' },
              { title: t('workbench.total'), dataIndex: 'total', align: 'right', width: 70 },
              { title: t('workbench.overdueCount'), dataIndex: 'overdue', align: 'right', width: 70, render: (n: number) => <span className={n ? 'task-red' : ''}>{n}</span> },
              { title: t('workbench.onTimeRate'), dataIndex: 'onTimeRate', align: 'right', width: 110, render: (r: number | null) => formatPercent(r) },
            ]}
          />
        </HomeCard>
      </Col>
    </>
  );
}

function WeekCard({ week }: { week: Office['week'] }) {
  const { t } = useTranslation();
  const range = `${dayjs(week.start).format('M月D日')}—${dayjs(week.end).subtract(1, 'day').format('M月D日')}`;
  const any = visitOrder.some((s) => (week.visits[s] ?? 0) > 0);
  return (
    <HomeCard title={t('workbench.week', { range })} extra={<Link to="/inspections">{t('workbench.open')}</Link>} testId="home-week">
      {!any ? <Empty description={t('workbench.noVisits')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : (
        <Row gutter={[12, 12]}>
          {visitOrder.map((s) => (
            <Col span={12} key={s}>
              <div className="wb-mini">
                <span className="wb-mini-count">{week.visits[s] ?? 0}</span>
                <Tag color={s === 'completed' ? 'green' : s === 'in_progress' ? 'blue' : s === 'planned' ? 'gold' : 'default'}>{t(`workbench.visits.${s}`)}</Tag>
              </div>
            </Col>
          ))}
        </Row>
      )}
    </HomeCard>
  );
}
