import './inspections.css';
import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDate } from '../tasks/deadline.tsx';
import { InspectionsNav } from './InspectionsNav.tsx';

/** 督查问题: findings handed over for rectification, each with its 督办事项 and its state. */
export default function FindingsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const list = useQuery(trpc.inspection.listFindings.queryOptions({}));
  return (
    <>
      <PageHeader title={t('inspections.findings.title')} subtitle={t('inspections.findings.subtitle')} />
      <div style={{ marginBottom: 16 }}><InspectionsNav /></div>
      <Card variant="borderless">
        {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table
          data-testid="finding-list" rowKey="id" size="middle" loading={list.isFetching} dataSource={list.data ?? []} scroll={{ x: 700 }}
          locale={{ emptyText: t('inspections.visit.noFindings') }}
          columns={[
            { key: 'title', title: t('inspections.finding.titleLabel'), render: (_, f) => f.title },
            { key: 'unit', title: t('inspections.fields.unit'), width: 120, render: (_, f) => f.orgUnit.name },
            { key: 'visit', title: t('inspections.findings.visit'), width: 220, render: (_, f) => <Link to={`/inspections/visits/${f.visit.id}`}>{f.visit.title}</Link> },
            { key: 'task', title: t('inspections.finding.task'), width: 180, render: (_, f) => <Link to={`/tasks/${f.task.id}`}>{f.task.serial}</Link> },
            { key: 'status', title: t('inspections.fields.status'), width: 100, render: (_, f) => <Tag>{t(`tasks.status.${f.task.status}`)}</Tag> },
            { key: 'deadline', title: t('inspections.finding.deadline'), width: 110, render: (_, f) => <span className="mono">{formatDate(f.task.deadline)}</span> },
          ]}
        />
      </Card>
    </>
  );
}
