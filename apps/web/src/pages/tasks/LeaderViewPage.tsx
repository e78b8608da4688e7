import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Breadcrumb, Button, Card, Col, Grid, List, Row, Statistic, Table } from 'antd';
import type { TrafficLight } from '@duban/api/schemas';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import type { RouterOutputs } from '../../api/types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { usePermissionRoots } from '../../components/use-permission-roots.ts';
import { filterToSearch } from './filter-url.ts';
import { TasksNav } from './TasksNav.tsx';
import './tasks.css';

type View = RouterOutputs['supervision']['leaderView'];
type Child = View['children'][number];
const lights: readonly TrafficLight[] = ['red', 'yellow', 'green'];

/** The board, filtered to a unit's open items of one light (or all its open items). */
const itemsLink = (unit: { id: string; name: string }, light?: TrafficLight) => `/tasks?${filterToSearch({ unitId: unit.id, unitName: unit.name, light })}`;

/** 领导视图: open items by traffic light, county → township → item. */
export default function LeaderViewPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const { roots } = usePermissionRoots('core.task.read');
  const unitId = params.get('unit') ?? roots[0]?.id ?? '';
  const view = useQuery({ ...trpc.supervision.leaderView.queryOptions({ orgUnitId: unitId }), enabled: !!unitId, placeholderData: keepPreviousData });
  const drill = (id: string) => setParams((p) => { const next = new URLSearchParams(p); next.set('unit', id); return next; });
  const phone = Grid.useBreakpoint().md === false;
  const v = view.data;

  const count = (unit: { id: string; name: string }, light: TrafficLight, n: number) =>
    n > 0 ? (
      <Link to={itemsLink(unit, light)} className={`leader-light-count ${light}`} data-testid={`leader-${light}`}>{n}</Link>
    ) : <span className="muted">0</span>;

  return (
    <>
      <PageHeader title={t('tasks.leader.title')} subtitle={t('tasks.leader.subtitle')} extra={<TasksNav />} />
      {view.error && <QueryError error={view.error} onRetry={() => void view.refetch()} />}
      {v && (
        <>
          <Breadcrumb
            style={{ marginBottom: 12 }}
            items={[...v.path, { id: v.unit.id, name: v.unit.name }].map((u, i, all) => ({
              key: u.id,
              title: i < all.length - 1 ? <a onClick={() => drill(u.id)}>{u.name}</a> : <strong data-testid="leader-unit">{u.name}</strong>,
            }))}
          />
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
            {lights.map((l) => (
              <Col key={l} xs={8} md={6}>
                <Card variant="borderless" size="small">
                  <Link to={itemsLink(v.unit, l)} data-testid={`leader-total-${l}`}>
                    <Statistic title={<span className={`task-light ${l}`}><span className="task-light-dot" style={{ background: l === 'red' ? '#d32f2f' : l === 'yellow' ? '#f9a825' : '#2e7d32' }} />{t(`tasks.leader.${l}`)}</span>} value={v.total[l]} suffix={t('tasks.dashboard.countUnit')} />
                  </Link>
                </Card>
              </Col>
            ))}
            <Col xs={24} md={6} style={{ display: 'flex', alignItems: 'center' }}>
              <span className="muted">{t('tasks.leader.yellowWindow', { days: v.yellowDays })}</span>
            </Col>
          </Row>
          <Card variant="borderless" data-testid="leader-children">
            {phone ? (
              <List<Child>
                dataSource={v.children}
                locale={{ emptyText: t('tasks.leader.empty') }}
                renderItem={(c) => (
                  <List.Item
                    actions={[c.hasChildren && <Button key="d" size="small" onClick={() => drill(c.id)}>{t('tasks.leader.drill')}</Button>]}
                  >
                    <div style={{ width: '100%' }}>
                      <Link to={itemsLink(c)}><strong>{c.name}</strong></Link>
                      <div style={{ display: 'flex', gap: 16, marginTop: 4 }}>
                        {lights.map((l) => <span key={l}>{t(`tasks.leader.${l}`)} {count(c, l, c[l])}</span>)}
                      </div>
                    </div>
                  </List.Item>
                )}
              />
            ) : (
              <Table<Child>
                rowKey="id"
                size="middle"
                pagination={false}
                dataSource={v.children}
                locale={{ emptyText: t('tasks.leader.empty') }}
                rowClassName={(c) => (c.red > 0 ? 'task-row-listed' : '')}
                columns={[
                  {
                    title: t('tasks.leader.unit'),
                    key: 'name',
                    render: (_, c) => (c.hasChildren ? <a onClick={() => drill(c.id)} data-testid="leader-drill">{c.name}</a> : c.name),
                  },
                  ...lights.map((l) => ({
                    title: t(`tasks.leader.${l}`),
                    key: l,
                    width: 110,
                    sorter: (a: Child, b: Child) => a[l] - b[l],
                    render: (_: unknown, c: Child) => count(c, l, c[l]),
                  })),
                  { title: t('tasks.leader.open'), key: 'open', width: 110, render: (_, c) => <Link to={itemsLink(c)}>{t('tasks.leader.items')}（{c.red + c.yellow + c.green}）</Link> },
                ]}
              />
            )}
          </Card>
        </>
      )}
    </>
  );
}
