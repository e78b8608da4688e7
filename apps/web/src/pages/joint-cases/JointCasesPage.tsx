import { useQuery } from '@tanstack/react-query';
import { Button, Card, Grid, Input, List, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDate } from '../tasks/deadline.tsx';
import { CaseProgress, CaseStatusTag } from './CaseTags.tsx';
import { OpenJointCaseModal } from './OpenJointCaseModal.tsx';
import './joint-cases.css';
import type { JointCaseRow } from './types.ts';

const PAGE_SIZE = 30;

/** 联合办案: the cases this user's units coordinate or take a share in, open ones first. */
export default function JointCasesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [status, setStatus] = useState<'open' | 'closed' | 'all'>('open');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [opening, setOpening] = useState(false);
  const list = useQuery(trpc.jointCase.list.queryOptions({ status: status === 'all' ? undefined : status, search: search || undefined, page, pageSize: PAGE_SIZE }));
  const rows = list.data?.items ?? [];
  const total = list.data?.total ?? 0;

  const units = (row: JointCaseRow) => (
    <span className="case-units">
      {row.units.map((u) => (
        <Tag key={u.id} color={u.done ? 'green' : u.role === 'lead' ? 'volcano' : 'default'} variant="outlined">
          {u.role === 'lead' ? `${t('jointCases.lead')}·` : ''}{u.name}
        </Tag>
      ))}
    </span>
  );

  return (
    <>
      <PageHeader
        title={t('jointCases.title')}
        subtitle={t('jointCases.subtitle')}
        extra={can('core.task.handOver') && <Button type="primary" onClick={() => setOpening(true)} data-testid="case-open">{t('jointCases.open')}</Button>}
      />
      <Card variant="borderless">
        <Space wrap style={{ marginBottom: 12 }}>
          <Segmented
            value={status}
            onChange={(v) => { setStatus(v as typeof status); setPage(1); }}
            options={[{ value: 'open', label: t('jointCases.statusOpen') }, { value: 'closed', label: t('jointCases.statusClosed') }, { value: 'all', label: t('jointCases.all') }]}
          />
          <Input.Search allowClear placeholder={t('jointCases.searchPlaceholder')} onSearch={(v) => { setSearch(v.trim()); setPage(1); }} style={{ width: 240, maxWidth: '100%' }} />
        </Space>
        {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        {screens.md === false ? (
          <List<JointCaseRow>
            loading={list.isFetching}
            dataSource={rows}
            locale={{ emptyText: t('jointCases.empty') }}
            pagination={total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total, size: 'small', simple: true, onChange: setPage } : false}
            renderItem={(row) => (
              <Link to={`/joint-cases/${row.id}`} className="case-card" data-testid="case-card">
                <span className="case-card-top"><span className="mono muted">{row.serial}</span><CaseStatusTag status={row.status} /></span>
                <span className="case-card-title">{row.title}</span>
                <CaseProgress done={row.progress.sharesDone} total={row.progress.shares} compact />
                {units(row)}
                {row.nextDeadline && <span className="muted">{t('jointCases.nextDeadline')} <span className="mono">{formatDate(row.nextDeadline)}</span></span>}
              </Link>
            )}
          />
        ) : (
          <Table<JointCaseRow>
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            dataSource={rows}
            locale={{ emptyText: t('jointCases.empty') }}
            onRow={(row) => ({ onClick: () => void navigate(`/joint-cases/${row.id}`), style: { cursor: 'pointer' } })}
            pagination={{ current: page, pageSize: PAGE_SIZE, total, showSizeChanger: false, hideOnSinglePage: true, onChange: setPage, showTotal: (count) => t('common.total', { count }) }}
            data-testid="case-table"
            columns={[
              { title: t('jointCases.fields.serial'), dataIndex: 'serial', width: 150, render: (s: string) => <span className="mono">{s}</span> },
              { title: t('jointCases.fields.title'), dataIndex: 'title', render: (v: string, row) => <Link to={`/joint-cases/${row.id}`} className="task-title-link">{v}</Link> },
              { title: t('jointCases.fields.category'), dataIndex: 'category', width: 100, render: (c: string | null) => c ?? <span className="muted">—</span> },
              { title: t('jointCases.fields.units'), key: 'units', render: (_, row) => units(row) },
              { title: t('jointCases.fields.status'), key: 'progress', width: 230, render: (_, row) => <Space size={6}><CaseStatusTag status={row.status} /><CaseProgress done={row.progress.sharesDone} total={row.progress.shares} compact /></Space> },
              { title: t('jointCases.nextDeadline'), dataIndex: 'nextDeadline', width: 120, render: (d: string | null) => <span className="mono">{formatDate(d)}</span> },
            ]}
          />
        )}
      </Card>
      {opening && <OpenJointCaseModal onClose={() => setOpening(false)} onDone={(c) => void navigate(`/joint-cases/${c.id}`)} />}
    </>
  );
}
