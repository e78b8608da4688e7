import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Grid, Skeleton, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { CreateStationModal } from './CreateStationModal.tsx';
import { StateTag } from './StateTag.tsx';
import { countyTime, fmt, type StationRow } from './types.ts';
import './readings.css';

function Latest({ s }: { s: StationRow }) {
  if (!s.latest) return <span className="muted">—</span>;
  return (
    <span>
      <span className={`rdg-value${s.state === 'over' ? ' rdg-value-over' : ''}`}>{fmt(s.latest.value)}</span> {s.unit}
      {s.threshold !== null && <span className="muted"> / {fmt(s.threshold)}</span>}
    </span>
  );
}

/** 监测站点: the stations at units the user may read — latest value against the threshold, this year's total and maximum. */
export default function StationsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const phone = Grid.useBreakpoint().md === false;
  const [creating, setCreating] = useState(false);
  const list = useQuery(trpc.reading.listStations.queryOptions());
  const rows = list.data ?? [];
  const season = (s: StationRow) => (s.seasonStart ? `${s.seasonStart}–${s.seasonEnd}` : t('readings.calendarYear'));

  return (
    <>
      <PageHeader
        title={t('readings.title')}
        subtitle={t('readings.subtitle')}
        extra={can('core.reading.manage') && <Button type="primary" onClick={() => setCreating(true)} data-testid="create-station">{t('readings.create')}</Button>}
      />
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : !list.data ? <Skeleton active /> : rows.length === 0 ? (
        <Card variant="borderless"><Empty description={t('readings.empty')} /></Card>
      ) : phone ? (
        <div className="rdg-cards" data-testid="station-list">
          {rows.map((s) => (
            <Link to={`/readings/${s.id}`} key={s.id} className={`rdg-card${s.state === 'over' ? ' rdg-over' : ''}`} data-testid="station-row">
              <span className="rdg-card-top"><span className="rdg-card-title">{s.name}</span><StateTag state={s.state} /></span>
              <span className="rdg-card-meta"><span>{t(`readings.kinds.${s.kind}`)} · {s.unitName}</span>{s.archived && <Tag>{t('readings.station.archived')}</Tag>}</span>
              <span className="rdg-card-meta"><span>{t('readings.fields.latest')}：<Latest s={s} /></span><span className="mono">{countyTime(s.latest?.measuredAt, s.timeZone)}</span></span>
              <span className="rdg-card-meta">
                <span>{t('readings.fields.seasonTotal')} {fmt(s.season.total)}</span>
                <span>{t('readings.fields.seasonMax')} {fmt(s.season.max)}</span>
                <span className="muted">{season(s)}</span>
              </span>
              {s.subjectRef && <span className="rdg-card-meta mono">{s.subjectRef}</span>}
            </Link>
          ))}
        </div>
      ) : (
        <Card variant="borderless">
          <Table<StationRow>
            rowKey="id"
            size="middle"
            dataSource={rows}
            data-testid="station-list"
            onRow={() => ({ 'data-testid': 'station-row' }) as React.HTMLAttributes<HTMLElement>}
            pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            columns={[
              {
                title: t('readings.fields.name'), key: 'name',
                render: (_, s) => (
                  <span>
                    <Link to={`/readings/${s.id}`} data-testid="station-link">{s.name}</Link>
                    {s.archived && <Tag style={{ marginInlineStart: 6 }}>{t('readings.station.archived')}</Tag>}
                    {s.subjectRef && <div className="muted mono" style={{ fontSize: 12 }}>{s.subjectRef}</div>}
                  </span>
                ),
              },
              { title: t('readings.fields.kind'), key: 'kind', width: 110, render: (_, s) => t(`readings.kinds.${s.kind}`) },
              { title: t('readings.fields.unit'), dataIndex: 'unitName', width: 140 },
              { title: `${t('readings.fields.latest')} / ${t('readings.fields.threshold')}`, key: 'latest', width: 170, render: (_, s) => <Latest s={s} /> },
              { title: t('readings.fields.measuredAt'), key: 'at', width: 150, render: (_, s) => <span className="mono">{countyTime(s.latest?.measuredAt, s.timeZone)}</span> },
              { title: '', key: 'state', width: 110, render: (_, s) => <StateTag state={s.state} /> },
              { title: `${t('readings.fields.seasonTotal')} / ${t('readings.fields.seasonMax')}`, key: 'season', width: 170, render: (_, s) => <span><span className="rdg-value">{fmt(s.season.total)}</span> / {fmt(s.season.max)}<div className="muted" style={{ fontSize: 12 }}>{season(s)}</div></span> },
            ]}
          />
        </Card>
      )}
      {creating && <CreateStationModal onClose={() => setCreating(false)} />}
    </>
  );
}
