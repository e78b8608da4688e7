import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { IconPlus } from '../../app/icons.tsx';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDate } from '../tasks/deadline.tsx';
import './assessments.css';
import { CreatePlanModal } from './CreatePlanModal.tsx';
import { MyAssessments } from './MyAssessments.tsx';
import { lastDayOf } from './period.ts';
import { PlanStatusTag } from './tags.tsx';
import { planStatuses, type PlanStatus, type PlanSummary } from './types.ts';

const thisYear = new Date().getFullYear();
const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3];

/** 考核: the plans the user runs, scores or reads, and — for an assessed unit — its own assessments. */
export default function AssessmentsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const navigate = useNavigate();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [status, setStatus] = useState<PlanStatus | undefined>(undefined);
  const [creating, setCreating] = useState<'template' | 'blank' | null>(null);
  const plans = useQuery({ ...trpc.assessment.listPlans.queryOptions({ year, status }), placeholderData: keepPreviousData });
  const canManage = can('core.assessment.manage');

  return (
    <>
      <PageHeader
        title={t('assessments.title')}
        subtitle={t('assessments.subtitle')}
        extra={
          canManage && (
            <Space wrap>
              <Button onClick={() => setCreating('blank')} data-testid="plan-create-blank">
                {t('assessments.create.blank')}
              </Button>
              <Button type="primary" icon={<IconPlus />} onClick={() => setCreating('template')} data-testid="plan-create-template">
                {t('assessments.create.fromTemplate')}
              </Button>
            </Space>
          )
        }
      />
      <MyAssessments />
      <Card variant="borderless" title={t('assessments.list.title')}>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            value={year ?? 0}
            onChange={(v: number) => setYear(v || undefined)}
            style={{ width: 120 }}
            options={[{ value: 0, label: t('assessments.list.allYears') }, ...years.map((y) => ({ value: y, label: t('assessments.list.year', { year: y }) }))]}
          />
          <Select
            value={status ?? ''}
            onChange={(v: PlanStatus | '') => setStatus(v || undefined)}
            style={{ width: 140 }}
            options={[{ value: '', label: t('assessments.list.allStatuses') }, ...planStatuses.map((s) => ({ value: s, label: t(`assessments.status.${s}`) }))]}
          />
        </Space>
        {plans.error && <QueryError error={plans.error} onRetry={() => void plans.refetch()} />}
        <Table<PlanSummary>
          data-testid="plan-list"
          rowKey="id"
          size="middle"
          loading={plans.isFetching}
          dataSource={plans.data ?? []}
          pagination={{ pageSize: 30, hideOnSinglePage: true }}
          locale={{ emptyText: t('assessments.list.empty') }}
          scroll={{ x: 900 }}
          columns={[
            { key: 'name', title: t('assessments.fields.name'), render: (_, p) => <Link to={`/assessments/${p.id}`} data-testid="plan-link">{p.name}</Link> },
            { key: 'year', title: t('assessments.fields.year'), dataIndex: 'year', width: 80 },
            { key: 'status', title: t('assessments.fields.status'), width: 110, render: (_, p) => <PlanStatusTag status={p.status} /> },
            { key: 'version', title: t('assessments.fields.version'), width: 80, render: (_, p) => <span className="mono">v{p.versionNumber}</span> },
            { key: 'units', title: t('assessments.fields.unitCount'), dataIndex: 'unitCount', width: 100 },
            { key: 'owner', title: t('assessments.fields.ownerUnit'), width: 150, render: (_, p) => p.ownerUnit.name },
            { key: 'period', title: t('assessments.fields.period'), width: 210, render: (_, p) => <span className="mono">{formatDate(p.periodStart)} ~ {formatDate(lastDayOf(p.periodEnd))}</span> },
          ]}
        />
      </Card>
      {creating && <CreatePlanModal mode={creating} onClose={() => setCreating(null)} onDone={(id) => void navigate(`/assessments/${id}`)} />}
    </>
  );
}
