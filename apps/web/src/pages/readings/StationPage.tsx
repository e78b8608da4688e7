import { readingState } from '@duban/api/schemas';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Grid, List, Select, Skeleton, Table, Tag } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { useCanAt } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { DeviceKeyModal } from './DeviceKeyModal.tsx';
import { EnterReadingForm } from './EnterReadingForm.tsx';
import { ImportCsvModal } from './ImportCsvModal.tsx';
import { ProducedLink } from './ProducedLink.tsx';
import { StateTag } from './StateTag.tsx';
import { ThresholdsModal } from './ThresholdsModal.tsx';
import { countyTime, fmt, type AlertRow, type ReadingRow } from './types.ts';
import './readings.css';

const ReadingChart = lazy(() => import('./ReadingChart.tsx'));

/** 一个监测站点: the season chart with its threshold, the figures, the latest readings and what crossings raised; entry, CSV, key, threshold. */
export default function StationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canAt = useCanAt();
  const phone = Grid.useBreakpoint().md === false;
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [modal, setModal] = useState<'csv' | 'key' | 'thresholds' | null>(null);
  const series = useQuery(trpc.reading.series.queryOptions({ stationId: id, year }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.reading.pathKey() });

  if (series.error) return <QueryError error={series.error} onRetry={() => void series.refetch()} />;
  if (!series.data) return <Skeleton active />;
  const { station, stats, latest, alerts, timeZone } = series.data;
  const unit = { path: station.unitPath };
  const canEnter = !station.archived && canAt('core.reading.enter', unit);
  const canManage = !station.archived && canAt('core.reading.manage', unit);
  const alertOf = new Map(alerts.map((a) => [a.readingId, a]));
  const state = readingState(latest[0]?.value, station.threshold);
  const at = (iso: string | null | undefined) => countyTime(iso, timeZone);
  const over = (v: number) => station.threshold !== null && v >= station.threshold;
  const value = (r: ReadingRow) => <span className={`rdg-value${over(r.value) ? ' rdg-value-over' : ''}`}>{fmt(r.value)}</span>;
  const produced = (r: ReadingRow) => { const a = alertOf.get(r.id); return a ? <ProducedLink alert={a} /> : null; };

  return (
    <>
      <PageHeader
        title={<span>{station.name} {station.archived && <Tag>{t('readings.station.archived')}</Tag>}</span>}
        subtitle={<span><Link to="/readings">{t('readings.back')}</Link> · {t(`readings.kinds.${station.kind}`)} · {station.unitName}{station.subjectRef ? ` · ${station.subjectRef}` : ''}</span>}
        extra={
          <div className="rdg-actions">
            {canEnter && <Button onClick={() => setModal('csv')} data-testid="open-csv">{t('readings.csv.title')}</Button>}
            {canManage && <Button onClick={() => setModal('thresholds')} data-testid="open-thresholds">{t('readings.thresholds.edit')}</Button>}
            {canManage && <Button onClick={() => setModal('key')} data-testid="open-key">{t('readings.key.title')}</Button>}
          </div>
        }
      />
      <div className="rdg-figures">
        <div className="rdg-figure" data-testid="station-latest">
          <div className="rdg-figure-label">{t('readings.fields.latest')}</div>
          <div className="rdg-figure-value">{latest[0] ? <>{value(latest[0])} {station.unit}</> : '—'}</div>
          <StateTag state={state} />
        </div>
        <div className="rdg-figure"><div className="rdg-figure-label">{t('readings.fields.threshold')}</div><div className="rdg-figure-value">{station.threshold === null ? '—' : `${fmt(station.threshold)} ${station.unit}`}</div><span className="muted">{t(`readings.actions.${station.alertAction as 'warning'}`)}</span></div>
        <div className="rdg-figure"><div className="rdg-figure-label">{t('readings.fields.seasonTotal')}</div><div className="rdg-figure-value" data-testid="season-total">{fmt(stats.total)}</div><span className="muted">{t('readings.fields.count')} {stats.count}</span></div>
        <div className="rdg-figure"><div className="rdg-figure-label">{t('readings.fields.seasonMax')}</div><div className="rdg-figure-value">{fmt(stats.max?.value)}</div><span className="muted mono">{at(stats.max?.at)}</span></div>
      </div>

      <Card variant="borderless">
        <div className="rdg-toolbar">
          <h3>{t('readings.station.chart')}</h3>
          <span>
            <span className="muted">{station.seasonStart ? `${station.seasonStart}–${station.seasonEnd} ` : `${t('readings.calendarYear')} `}</span>
            <Select size="small" value={year} onChange={setYear} options={[0, 1, 2, 3, 4].map((n) => ({ value: thisYear - n, label: String(thisYear - n) }))} aria-label={t('readings.fields.year')} />
          </span>
        </div>
        {stats.days.length === 0 ? <Empty description={t('readings.station.noReadings')} /> : <Suspense fallback={<Skeleton active />}><ReadingChart data={series.data} /></Suspense>}
      </Card>

      {canEnter && (
        <Card variant="borderless" className="rdg-section" title={t('readings.enter.title')}>
          <EnterReadingForm stationId={station.id} unit={station.unit} timeZone={timeZone} onEntered={refresh} />
        </Card>
      )}

      <Card variant="borderless" className="rdg-section" title={t('readings.station.readings')}>
        {phone ? (
          <List<ReadingRow>
            dataSource={latest}
            locale={{ emptyText: t('readings.station.noReadings') }}
            data-testid="reading-table"
            renderItem={(r) => (
              <div className={`rdg-card${over(r.value) ? ' rdg-over' : ''}`} style={{ marginBottom: 8 }} data-testid="reading-row">
                <span className="rdg-card-top"><span>{value(r)} {station.unit}</span><span className="mono muted">{at(r.measuredAt)}</span></span>
                <span className="rdg-card-meta"><span>{t(`readings.sources.${r.source as 'manual'}`)}</span>{r.enteredByName && <span>{r.enteredByName}</span>}</span>
                {produced(r) && <span className="rdg-card-meta">{produced(r)}</span>}
              </div>
            )}
          />
        ) : (
          <Table<ReadingRow>
            rowKey="id"
            size="small"
            dataSource={latest}
            pagination={false}
            data-testid="reading-table"
            onRow={() => ({ 'data-testid': 'reading-row' }) as React.HTMLAttributes<HTMLElement>}
            locale={{ emptyText: t('readings.station.noReadings') }}
            columns={[
              { title: t('readings.fields.measuredAt'), key: 'at', width: 170, render: (_, r) => <span className="mono">{at(r.measuredAt)}</span> },
              { title: t('readings.fields.valueIn', { unit: station.unit }), key: 'value', width: 140, render: (_, r) => value(r) },
              { title: t('readings.fields.source'), key: 'source', width: 120, render: (_, r) => t(`readings.sources.${r.source as 'manual'}`) },
              { title: t('readings.fields.enteredBy'), dataIndex: 'enteredByName', width: 140, render: (n: string | null) => n ?? '—' },
              { title: t('readings.fields.produced'), key: 'produced', render: (_, r) => produced(r) ?? '—' },
            ]}
          />
        )}
      </Card>

      <Card variant="borderless" className="rdg-section" title={t('readings.station.alerts')}>
        <List<AlertRow>
          dataSource={alerts}
          locale={{ emptyText: t('readings.station.noAlerts') }}
          data-testid="alert-list"
          renderItem={(a) => (
            <List.Item>
              <span className="rdg-card-meta" style={{ margin: 0 }}>
                <span className="mono">{at(a.createdAt)}</span>
                <span className="rdg-value-over">{t('readings.station.alertText', { value: `${fmt(a.value)} ${station.unit}`, threshold: `${fmt(a.threshold)} ${station.unit}` })}</span>
                <ProducedLink alert={a} />
              </span>
            </List.Item>
          )}
        />
      </Card>

      {modal === 'csv' && <ImportCsvModal stationId={station.id} timeZone={timeZone} onClose={() => setModal(null)} onImported={refresh} />}
      {modal === 'key' && <DeviceKeyModal stationId={station.id} issuedAt={station.deviceKeyIssuedAt} onClose={() => setModal(null)} onIssued={refresh} />}
      {modal === 'thresholds' && <ThresholdsModal station={station} onClose={() => setModal(null)} onSaved={refresh} />}
    </>
  );
}
