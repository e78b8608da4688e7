import type { ComplaintStage } from '@duban/api/schemas';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Grid, Input, List, Segmented, Select, Switch, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import type { RouterOutputs } from '../../api/types.ts';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDateTime } from '../tasks/deadline.tsx';
import { useTaskKinds } from '../tasks/use-task-kinds.ts';
import { ComplaintsNav } from './ComplaintsNav.tsx';
import { ExportComplaintsButton } from './ExportComplaintsButton.tsx';
import { ComplaintFlags, StageTag } from './StageTag.tsx';
import './complaints.css';

type Row = RouterOutputs['complaint']['list']['items'][number];
const PAGE_SIZE = 20;
const stages: (ComplaintStage | 'all')[] = ['all', 'received', 'handling', 'callback', 'closed', 'merged'];

/** 投诉台账: every complaint taken in or dispatched where the user may read, newest first. */
export default function ComplaintsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const navigate = useNavigate();
  const { channelOptions } = useTaskKinds();
  const [stage, setStage] = useState<ComplaintStage | 'all'>('all');
  const [channel, setChannel] = useState<string | null>(null);
  const [repeatedOnly, setRepeatedOnly] = useState(false);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const filters = { stage: stage === 'all' ? null : stage, channel, repeatedOnly, search: search || null };
  const list = useQuery(trpc.complaint.list.queryOptions({ ...filters, page, pageSize: PAGE_SIZE }));
  const channelName = (key: string) => channelOptions.find((c) => c.value === key)?.label ?? key;
  const phone = Grid.useBreakpoint().md === false;
  const rows = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const reset = () => setPage(1);

  return (
    <>
      <PageHeader
        title={t('complaints.title')}
        subtitle={t('complaints.subtitle')}
        extra={
          <div className="cmp-actions">
            {can('core.complaint.read') && <ExportComplaintsButton filters={filters} />}
            {can('core.complaint.intake') && <Button type="primary" onClick={() => void navigate('/complaints/new')} data-testid="complaint-intake">{t('complaints.intake')}</Button>}
          </div>
        }
      />
      <ComplaintsNav />
      <Card variant="borderless">
        <div className="cmp-toolbar">
          <Segmented
            value={stage}
            onChange={(v) => { setStage(v); reset(); }}
            options={stages.map((s) => ({ value: s, label: t(`complaints.stages.${s}`) }))}
            data-testid="complaint-stage-filter"
            style={phone ? { maxWidth: '100%', overflowX: 'auto' } : undefined}
          />
          <Select allowClear placeholder={t('complaints.allChannels')} options={channelOptions} value={channel} onChange={(v) => { setChannel(v ?? null); reset(); }} style={{ width: 190 }} />
          <Input.Search allowClear placeholder={t('complaints.search')} onSearch={(v) => { setSearch(v.trim()); reset(); }} data-testid="complaint-search" />
          <span><Switch size="small" checked={repeatedOnly} onChange={(v) => { setRepeatedOnly(v); reset(); }} /> {t('complaints.repeatedOnly')}</span>
        </div>
        {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        {phone ? (
          <List<Row>
            loading={list.isPending}
            dataSource={rows}
            locale={{ emptyText: t('complaints.empty') }}
            pagination={total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total, size: 'small', simple: true, onChange: setPage } : false}
            renderItem={(c) => (
              <Link to={`/complaints/${c.id}`} className="cmp-card" data-testid="complaint-card">
                <span className="cmp-card-top"><span className="mono muted">{c.serial}</span><StageTag stage={c.stage} /></span>
                <span className="cmp-card-title">{c.subject}<ComplaintFlags c={c} /></span>
                <span className="cmp-card-text">{c.content}</span>
                <span className="cmp-card-meta"><span>{channelName(c.channel)} · {c.locationUnit.name}</span><span className="mono muted">{formatDateTime(c.receivedAt)}</span></span>
                {c.units.length > 0 && <span className="muted">{t('complaints.fields.units')}：{c.units.join('、')}</span>}
              </Link>
            )}
          />
        ) : (
          <Table<Row>
            rowKey="id"
            size="middle"
            loading={list.isPending}
            dataSource={rows}
            locale={{ emptyText: t('complaints.empty') }}
            data-testid="complaints-list"
            pagination={{ current: page, pageSize: PAGE_SIZE, total, showSizeChanger: false, hideOnSinglePage: true, onChange: setPage, showTotal: (count) => t('common.total', { count }) }}
            columns={[
              { title: t('complaints.fields.serial'), dataIndex: 'serial', width: 150, render: (s: string) => <span className="mono">{s}</span> },
              {
                title: t('complaints.fields.subject'), key: 'subject',
                render: (_, c) => (
                  <span>
                    <Link to={`/complaints/${c.id}`} className="task-title-link" data-testid="complaint-link">{c.subject}</Link>
                    <ComplaintFlags c={c} />
                    <div className="cmp-card-text">{c.content}</div>
                  </span>
                ),
              },
              { title: t('complaints.fields.channel'), dataIndex: 'channel', width: 150, render: (k: string) => channelName(k) },
              { title: t('complaints.fields.location'), key: 'location', width: 130, render: (_, c) => c.locationUnit.name },
              { title: t('complaints.fields.units'), key: 'units', width: 160, render: (_, c) => c.units.join('、') || '—' },
              { title: t('complaints.fields.receivedAt'), dataIndex: 'receivedAt', width: 150, render: (v: string) => <span className="mono">{formatDateTime(v)}</span> },
              { title: t('complaints.fields.stage'), key: 'stage', width: 130, render: (_, c) => <StageTag stage={c.stage} /> },
            ]}
          />
        )}
      </Card>
    </>
  );
}
