import './inspections.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Grid, Input, List, Select, Space, Statistic, Switch, Table } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { downloadBase64 } from '../../api/files.ts';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC, useTRPCClient } from '../../api/trpc.ts';
import { IconPlus } from '../../app/icons.tsx';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { useOfflineQuery } from '../../offline/index.ts';
import { formatDate } from '../tasks/deadline.tsx';
import { InspectionsNav } from './InspectionsNav.tsx';
import { PlanVisitModal } from './PlanVisitModal.tsx';
import type { VisitRow, VisitStatus } from './types.ts';
import { VisitModeTags, VisitStatusTag } from './VisitStatusTag.tsx';

const statuses: VisitStatus[] = ['planned', 'in_progress', 'completed', 'cancelled'];

/**
 * 督查计划: the visits the user may see. The server applies 三不准: an unannounced visit appears
 * here for the inspected unit only once the group has arrived.
 */
export default function VisitListPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const can = useCan();
  const { message } = App.useApp();
  const inspector = can('core.inspection.inspect');
  // A phone gets one card per visit, not a sideways-scrolling table.
  const phone = Grid.useBreakpoint().md === false;
  const [status, setStatus] = useState<VisitStatus[] | undefined>();
  const [search, setSearch] = useState('');
  // 只看本组 lives in the URL (kept on reload); by default on only for an inspector who is in a group.
  const [params, setParams] = useSearchParams();
  const stats = useQuery(trpc.inspection.visitStats.queryOptions({}));
  const mine = params.has('mine') ? params.get('mine') === '1' : inspector && !!stats.data?.inGroup;
  const setMine = (v: boolean) => setParams((p) => { const next = new URLSearchParams(p); next.set('mine', v ? '1' : '0'); return next; }, { replace: true });
  const [page, setPage] = useState(1);
  const [planning, setPlanning] = useState(false);
  const [exporting, setExporting] = useState(false);
  const filters = { status, search: search || undefined, mine: mine || undefined };
  const input = { ...filters, page, pageSize: 20 };
  const list = useOfflineQuery(`inspection.listVisits:${JSON.stringify(input)}`, { ...trpc.inspection.listVisits.queryOptions(input), placeholderData: keepPreviousData });

  const exportList = async () => {
    setExporting(true);
    try {
      const file = await client.inspection.exportVisits.query(filters);
      downloadBase64(file.fileBase64, file.fileName);
    } catch (error) {
      void message.error(errorMessage(error, t));
    } finally {
      setExporting(false);
    }
  };

  const columns: TableProps<VisitRow>['columns'] = [
    {
      key: 'title', title: t('inspections.fields.title'),
      render: (_, v) => (
        <Space orientation="vertical" size={2}>
          <Link to={`/inspections/visits/${v.id}`} data-testid="visit-link">{v.title}</Link>
          <span><VisitModeTags visit={v} /></span>
        </Space>
      ),
    },
    { key: 'unit', title: t('inspections.fields.unit'), width: 130, render: (_, v) => v.orgUnit.name },
    { key: 'group', title: t('inspections.fields.group'), width: 120, render: (_, v) => v.group.name },
    { key: 'window', title: t('inspections.fields.window'), width: 190, render: (_, v) => <span className="mono">{formatDate(v.windowStart)} ~ {formatDate(v.windowEnd)}</span> },
    { key: 'status', title: t('inspections.fields.status'), width: 100, render: (_, v) => <VisitStatusTag status={v.status} /> },
    { key: 'records', title: t('inspections.fields.records'), width: 90, align: 'right', render: (_, v) => `${v.records} / ${v.findings}` },
  ];

  return (
    <>
      <PageHeader
        title={t('inspections.title')}
        subtitle={t('inspections.subtitle')}
        extra={
          <Space wrap>
            <Button onClick={() => void exportList()} loading={exporting} data-testid="visits-export">{t('inspections.list.export')}</Button>
            {can('core.inspection.plan') && (
              <Button type="primary" icon={<IconPlus />} onClick={() => setPlanning(true)} data-testid="visit-plan-button">{t('inspections.plan.button')}</Button>
            )}
          </Space>
        }
      />
      <div style={{ marginBottom: 16 }}><InspectionsNav /></div>
      {stats.data && (
        <Card variant="borderless" style={{ marginBottom: 16 }}>
          <Space size={32} wrap data-testid="visit-stats">
            <Statistic title={t('inspections.status.planned')} value={stats.data.planned} />
            <Statistic title={t('inspections.status.in_progress')} value={stats.data.inProgress} />
            <Statistic title={t('inspections.status.completed')} value={stats.data.completed} />
            <Statistic title={t('inspections.stats.recordsFailed')} value={stats.data.recordsFailed} suffix={`/ ${stats.data.recordsPassed + stats.data.recordsFailed}`} />
            <Statistic title={t('inspections.stats.findings')} value={stats.data.findings} />
          </Space>
        </Card>
      )}
      <Card variant="borderless">
        <Space wrap style={{ marginBottom: 12 }}>
          <Select<VisitStatus[]>
            mode="multiple" allowClear placeholder={t('inspections.list.allStatuses')} style={{ minWidth: 200 }}
            value={status} onChange={(v) => { setStatus(v.length ? v : undefined); setPage(1); }}
            options={statuses.map((s) => ({ value: s, label: t(`inspections.status.${s}`) }))}
          />
          <Input.Search allowClear placeholder={t('inspections.list.search')} onSearch={(v) => { setSearch(v.trim()); setPage(1); }} style={{ width: 220 }} data-testid="visits-search" />
          {inspector && (
            <Space><Switch checked={mine} onChange={(v) => { setMine(v); setPage(1); }} data-testid="visits-mine" />{t('inspections.list.mine')}</Space>
          )}
        </Space>
        {list.isError && <QueryError error={list.query.error} onRetry={() => void list.query.refetch()} />}
        {phone ? (
          <List<VisitRow>
            data-testid="visit-list" className="visit-cards" loading={list.query.isFetching && !list.fromSnapshot} dataSource={list.data?.items ?? []}
            locale={{ emptyText: t('inspections.list.empty') }}
            pagination={(list.data?.total ?? 0) > 20 ? { current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, simple: true, size: 'small' } : false}
            renderItem={(v) => (
              <Link to={`/inspections/visits/${v.id}`} className="visit-card" data-testid="visit-link">
                <span className="visit-card-top"><span className="visit-card-title" data-testid="visit-card-title">{v.title}</span><VisitStatusTag status={v.status} /></span>
                <span className="visit-card-meta"><span>{v.orgUnit.name} · {v.group.name}</span><span className="mono">{formatDate(v.windowStart)} ~ {formatDate(v.windowEnd)}</span></span>
                <span><VisitModeTags visit={v} /></span>
              </Link>
            )}
          />
        ) : <Table<VisitRow>
          data-testid="visit-list" rowKey="id" size="middle" loading={list.query.isFetching && !list.fromSnapshot} columns={columns} dataSource={list.data?.items ?? []}
          scroll={{ x: 800 }}
          pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
          locale={{ emptyText: t('inspections.list.empty') }}
        />}
      </Card>
      {planning && <PlanVisitModal onClose={() => setPlanning(false)} />}
    </>
  );
}
