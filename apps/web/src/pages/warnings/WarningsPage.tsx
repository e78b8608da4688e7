import { useQuery } from '@tanstack/react-query';
import { Button, Card, Progress, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import type { RouterOutputs } from '../../api/types.ts';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDateTime } from '../tasks/deadline.tsx';
import { IssueWarningModal } from './IssueWarningModal.tsx';
import { LevelTag } from './level.tsx';
import './warnings.css';

type Row = RouterOutputs['warning']['list'][number];

/** 预警: the warnings units in the user's scope issued, with how many have acknowledged each. */
export default function WarningsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const [issuing, setIssuing] = useState(false);
  const list = useQuery({ ...trpc.warning.list.queryOptions({}), refetchInterval: 10_000 });
  return (
    <>
      <PageHeader
        title={t('warnings.title')}
        subtitle={t('warnings.subtitle')}
        extra={
          <div className="warn-actions">
            {can('core.warning.acknowledge') && <Link to="/warnings/mine"><Button>{t('warnings.mine')}</Button></Link>}
            {can('core.warning.issue') && <Button type="primary" danger onClick={() => setIssuing(true)} data-testid="issue-warning">{t('warnings.issue')}</Button>}
          </div>
        }
      />
      <Card variant="borderless">
        {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<Row>
          rowKey="id"
          size="middle"
          loading={list.isPending}
          dataSource={list.data ?? []}
          scroll={{ x: 860 }}
          locale={{ emptyText: t('warnings.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          data-testid="warnings-list"
          columns={[
            { title: t('warnings.fields.level'), dataIndex: 'level', width: 110, render: (l: Row['level']) => <LevelTag level={l} /> },
            { title: t('warnings.fields.title'), dataIndex: 'title', render: (title: string, row) => <Link to={`/warnings/${row.id}`} className="task-title-link">{title}</Link> },
            { title: t('warnings.fields.issuingUnit'), dataIndex: 'issuingUnit', width: 140 },
            { title: t('warnings.fields.createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => <span className="mono">{formatDateTime(v)}</span> },
            {
              title: t('warnings.fields.progress'), key: 'progress', width: 200,
              render: (_, row) => (
                <div className="warn-progress">
                  <Progress percent={row.recipients ? Math.round((row.acknowledged / row.recipients) * 100) : 0} size="small" showInfo={false} status={row.acknowledged < row.recipients ? 'active' : 'success'} />
                  <span className="mono">{t('warnings.board.ofTotal', { done: row.acknowledged, total: row.recipients })}</span>
                </div>
              ),
            },
            {
              title: t('warnings.fields.status'), key: 'status', width: 100,
              render: (_, row) => (row.cancelledAt ? <Tag>{t('warnings.cancelled')}</Tag> : row.live ? <Tag color="processing">{t('warnings.live')}</Tag> : <Tag>{t('warnings.ended')}</Tag>),
            },
          ]}
        />
      </Card>
      {issuing && <IssueWarningModal onClose={() => setIssuing(false)} />}
    </>
  );
}
