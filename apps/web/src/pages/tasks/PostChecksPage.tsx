import { useQuery } from '@tanstack/react-query';
import { Button, Card, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDateTime } from './deadline.tsx';
import { RecordPostCheckModal } from './RecordPostCheckModal.tsx';
import { SamplePostChecks } from './SamplePostChecks.tsx';
import { PickPostCheck } from './PickPostCheck.tsx';
import { PostCheckEvidence } from './PostCheckEvidence.tsx';
import { TasksNav } from './TasksNav.tsx';
import { PostCheckResult } from './TaskPostChecks.tsx';
import './tasks.css';
import type { PostCheckRow } from './types.ts';

/** 后督察台账: closed items drawn at random or picked by name for re-inspection, and what each re-inspection found (with its video). */
export default function PostChecksPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const verifier = can('core.task.verify');
  const [recording, setRecording] = useState<PostCheckRow | null>(null);
  const ledger = useQuery(trpc.supervision.postChecks.queryOptions());

  return (
    <>
      <PageHeader title={t('tasks.postChecks.title')} subtitle={t('tasks.postChecks.subtitle')} extra={<TasksNav />} />
      {verifier && <SamplePostChecks />}
      {verifier && <PickPostCheck />}
      <Card variant="borderless" title={t('tasks.postChecks.ledger')}>
        {ledger.error && <QueryError error={ledger.error} onRetry={() => void ledger.refetch()} />}
        <Table<PostCheckRow>
          rowKey="id"
          size="middle"
          loading={ledger.isFetching}
          dataSource={ledger.data ?? []}
          scroll={{ x: 1240 }}
          locale={{ emptyText: t('tasks.postChecks.empty') }}
          pagination={{ pageSize: 30, showSizeChanger: false, showTotal: (count) => t('common.total', { count }), hideOnSinglePage: true }}
          data-testid="post-checks"
          columns={[
            { title: t('tasks.postChecks.sampledAt'), dataIndex: 'sampledAt', width: 150, render: (v: string) => <span className="mono">{formatDateTime(v)}</span> },
            { title: t('tasks.fields.serial'), key: 'serial', width: 150, render: (_, row) => <span className="mono">{row.task.serial}</span> },
            { title: t('tasks.fields.title'), key: 'title', render: (_, row) => <Link to={`/tasks/${row.task.id}`} className="task-title-link">{row.task.title}</Link> },
            { title: t('tasks.fields.responsibleUnit'), key: 'unit', width: 150, render: (_, row) => row.task.responsibleUnit.name },
            {
              title: t('accountability.postChecks.source'), dataIndex: 'source', width: 110,
              render: (v: 'random' | 'picked', row) => (
                <Tooltip title={row.reason}><Tag color={v === 'picked' ? 'purple' : 'default'} data-testid="post-check-source">{t(`accountability.postChecks.sources.${v}`)}</Tag></Tooltip>
              ),
            },
            { title: t('tasks.postChecks.result'), dataIndex: 'result', width: 100, render: (r: string | null) => <PostCheckResult result={r} /> },
            { title: t('tasks.postChecks.checkedAt'), dataIndex: 'checkedAt', width: 150, render: (v: string | null) => <span className="mono">{formatDateTime(v)}</span> },
            { title: t('tasks.postChecks.note'), dataIndex: 'note', ellipsis: true, render: (n: string | null) => n ?? <span className="muted">—</span> },
            { title: t('accountability.postChecks.evidence'), key: 'evidence', width: 170, render: (_, row) => <PostCheckEvidence check={row} /> },
            ...(verifier
              ? [{
                  title: t('common.actions'),
                  key: 'actions',
                  width: 110,
                  render: (_: unknown, row: PostCheckRow) =>
                    !row.result && <Button type="link" size="small" onClick={() => setRecording(row)} data-testid="post-check-record">{t('tasks.postChecks.record')}</Button>,
                }]
              : []),
          ]}
        />
      </Card>
      {recording && <RecordPostCheckModal check={recording} onClose={() => setRecording(null)} />}
    </>
  );
}
