import { useQuery } from '@tanstack/react-query';
import { Button, Card, Grid, Input, List, Progress, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDate } from '../tasks/deadline.tsx';
import '../tasks/tasks.css';
import { AccountabilityNav } from './AccountabilityNav.tsx';
import { CreateLetterModal } from './CreateLetterModal.tsx';
import { LetterStatusTag } from './LetterTags.tsx';
import './accountability.css';
import type { LetterList, LetterRow } from './types.ts';

const PAGE_SIZE = 30;

/** 责任状: the letters this user's units issued or are bound by, and how many are fulfilled. */
export default function LettersPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useQuery(trpc.letter.list.queryOptions({ search: search || undefined, page, pageSize: PAGE_SIZE }));
  const rows = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const period = (l: LetterRow) => `${formatDate(l.periodStart)} ~ ${formatDate(new Date(new Date(l.periodEnd).getTime() - 1).toISOString())}`;

  return (
    <>
      <PageHeader
        title={t('accountability.title')}
        subtitle={t('accountability.subtitle')}
        extra={<Space wrap><AccountabilityNav />{can('core.keyWork.manage') && <Button type="primary" onClick={() => setCreating(true)} data-testid="letter-create">{t('accountability.letters.create')}</Button>}</Space>}
      />
      {list.data && <Rollup rollup={list.data.rollup} />}
      <Card variant="borderless" style={{ marginTop: 16 }}>
        <Input.Search allowClear placeholder={t('accountability.letters.searchPlaceholder')} onSearch={(v) => { setSearch(v.trim()); setPage(1); }} style={{ width: 280, maxWidth: '100%', marginBottom: 12 }} />
        {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        {screens.md === false ? (
          <List<LetterRow>
            loading={list.isFetching}
            dataSource={rows}
            locale={{ emptyText: t('accountability.letters.empty') }}
            pagination={total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total, size: 'small', simple: true, onChange: setPage } : false}
            renderItem={(l) => (
              <Link to={`/accountability/letters/${l.id}`} className="letter-card" data-testid="letter-card">
                <span className="letter-card-top"><span className="muted">{t(`accountability.letters.kinds.${l.kind}`)}{l.category ? ` · ${l.category}` : ''}</span><LetterStatusTag done={l.completion.done} overdue={l.overdue} /></span>
                <span className="letter-card-title">{l.title}</span>
                <span>{l.responsibleParty ?? l.responsibleUnit.name} <span className="muted">· {t('accountability.letters.targetsMet', l.completion)}</span></span>
                <span className="muted mono">{period(l)}</span>
              </Link>
            )}
          />
        ) : (
          <Table<LetterRow>
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            dataSource={rows}
            locale={{ emptyText: t('accountability.letters.empty') }}
            onRow={(l) => ({ onClick: () => void navigate(`/accountability/letters/${l.id}`), style: { cursor: 'pointer' } })}
            pagination={{ current: page, pageSize: PAGE_SIZE, total, showSizeChanger: false, hideOnSinglePage: true, onChange: setPage, showTotal: (count) => t('common.total', { count }) }}
            data-testid="letter-table"
            columns={[
              { title: t('accountability.letters.fields.title'), dataIndex: 'title', render: (v: string, l) => <Link to={`/accountability/letters/${l.id}`} className="task-title-link">{v}</Link> },
              { title: t('accountability.letters.fields.kind'), key: 'kind', width: 150, render: (_, l) => `${t(`accountability.letters.kinds.${l.kind}`)}${l.category ? ` · ${l.category}` : ''}` },
              { title: t('accountability.letters.fields.responsibleUnit'), key: 'unit', width: 180, render: (_, l) => l.responsibleParty ? <span>{l.responsibleParty} <span className="muted">({l.responsibleUnit.name})</span></span> : l.responsibleUnit.name },
              { title: t('accountability.letters.fields.period'), key: 'period', width: 210, render: (_, l) => <span className="mono">{period(l)}</span> },
              { title: t('accountability.letters.fields.completion'), key: 'completion', width: 220, render: (_, l) => <Space size={6}><LetterStatusTag done={l.completion.done} overdue={l.overdue} /><span className="muted">{t('accountability.letters.targetsMet', l.completion)}</span></Space> },
            ]}
          />
        )}
      </Card>
      {creating && <CreateLetterModal onClose={() => setCreating(false)} onDone={(id) => void navigate(`/accountability/letters/${id}`)} />}
    </>
  );
}

/** 64 份签订, 30 份完成 = 46.9%, and the summed targets (削减 1,533 吨). */
function Rollup({ rollup }: { rollup: LetterList['rollup'] }) {
  const { t } = useTranslation();
  return (
    <Card variant="borderless" data-testid="letter-rollup">
      <div className="letter-rollup">
        <span>
          <div className="muted">{t('accountability.letters.rate')}</div>
          <span className="figure" data-testid="letter-rate">{rollup.rate === null ? '—' : `${rollup.rate}%`}</span>
        </span>
        <span style={{ minWidth: 200 }}>
          <Progress percent={rollup.rate ?? 0} showInfo={false} status="active" />
          <span className="muted">{t('accountability.letters.rollup', rollup)}</span>
          {rollup.overdue > 0 && <span style={{ color: '#cf1322', marginLeft: 12 }}>{t('accountability.letters.overdue', { count: rollup.overdue })}</span>}
        </span>
        {rollup.sums.map((s) => (
          <span key={`${s.metric}-${s.unit}`} className="muted">{t('accountability.letters.sums', { ...s, actual: s.actual.toLocaleString(), target: s.target.toLocaleString() })}</span>
        ))}
      </div>
    </Card>
  );
}
