import { useQuery } from '@tanstack/react-query';
import { Button, Card, Grid, Input, List, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDate } from '../tasks/deadline.tsx';
import { AccountabilityNav } from './AccountabilityNav.tsx';
import { RecordAccountabilityModal } from './RecordAccountabilityModal.tsx';
import './accountability.css';
import type { AccountabilityRow } from './types.ts';

const PAGE_SIZE = 30;

/** The record's subject, linked: the item, the joint case or the letter it is about. */
function Subject({ row }: { row: AccountabilityRow }) {
  const { t } = useTranslation();
  if (row.task) return <Link to={`/tasks/${row.task.id}`}>{t('accountability.register.subjectKinds.task')} {row.task.serial}</Link>;
  if (row.jointCase) return <Link to={`/joint-cases/${row.jointCase.id}`}>{t('accountability.register.subjectKinds.jointCase')} {row.jointCase.serial}</Link>;
  if (row.letter) return <Link to={`/accountability/letters/${row.letter.id}`}>{row.letter.title}</Link>;
  return <span className="muted">—</span>;
}

/** 问责台账: who was held accountable, for what, in which form, linked to what it was about. */
export default function AccountabilityRegisterPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const screens = Grid.useBreakpoint();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [recording, setRecording] = useState(false);
  const list = useQuery(trpc.accountability.list.queryOptions({ search: search || undefined, page, pageSize: PAGE_SIZE }));
  const rows = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const form = (k: string) => t(`accountability.register.forms.${k}`);
  const f = (k: string) => t(`accountability.register.fields.${k}`);

  return (
    <>
      <PageHeader
        title={t('accountability.title')}
        subtitle={t('accountability.subtitle')}
        extra={<Space wrap><AccountabilityNav />{can('core.task.verify') && <Button type="primary" onClick={() => setRecording(true)} data-testid="accountability-record">{t('accountability.register.record')}</Button>}</Space>}
      />
      <Card variant="borderless">
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search allowClear placeholder={t('accountability.register.searchPlaceholder')} onSearch={(v) => { setSearch(v.trim()); setPage(1); }} style={{ width: 260, maxWidth: '100%' }} />
          {(list.data?.byForm ?? []).map((b) => <Tag key={b.form} data-testid="accountability-by-form">{t('accountability.register.byForm', { form: form(b.form), count: b.count })}</Tag>)}
        </Space>
        {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        {screens.md === false ? (
          <List<AccountabilityRow>
            loading={list.isFetching}
            dataSource={rows}
            locale={{ emptyText: t('accountability.register.empty') }}
            pagination={total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total, size: 'small', simple: true, onChange: setPage } : false}
            renderItem={(r) => (
              <div className="register-card" data-testid="accountability-card">
                <span><strong>{r.personName}</strong>{r.position ? <span className="muted"> · {r.position}</span> : null} <Tag color="volcano">{form(r.form)}</Tag></span>
                <span className="muted">{r.orgUnit.name} · {formatDate(r.decidedAt)}{r.documentNo ? ` · ${r.documentNo}` : ''}</span>
                <span>{r.reason}</span>
                <Subject row={r} />
              </div>
            )}
          />
        ) : (
          <Table<AccountabilityRow>
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            dataSource={rows}
            locale={{ emptyText: t('accountability.register.empty') }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total, showSizeChanger: false, hideOnSinglePage: true, onChange: setPage, showTotal: (count) => t('common.total', { count }) }}
            data-testid="accountability-table"
            columns={[
              { title: f('decidedAt'), dataIndex: 'decidedAt', width: 110, render: (d: string) => <span className="mono">{formatDate(d)}</span> },
              { title: f('personName'), key: 'person', width: 170, render: (_, r) => <span>{r.personName}{r.position ? <div className="muted">{r.position}</div> : null}</span> },
              { title: f('orgUnit'), key: 'unit', width: 130, render: (_, r) => r.orgUnit.name },
              { title: f('form'), dataIndex: 'form', width: 130, render: (v: string) => <Tag color="volcano">{form(v)}</Tag> },
              { title: f('reason'), dataIndex: 'reason', ellipsis: true },
              { title: t('accountability.register.subject'), key: 'subject', width: 200, render: (_, r) => <Subject row={r} /> },
              { title: f('decidingUnit'), key: 'decider', width: 140, render: (_, r) => <span>{r.decidingUnit.name}{r.documentNo ? <div className="muted">{r.documentNo}</div> : null}</span> },
            ]}
          />
        )}
      </Card>
      {recording && <RecordAccountabilityModal onClose={() => setRecording(false)} />}
    </>
  );
}
