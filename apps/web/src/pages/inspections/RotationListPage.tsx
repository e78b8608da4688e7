import './inspections.css';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { IconPlus } from '../../app/icons.tsx';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDate } from '../tasks/deadline.tsx';
import { GenerateRotationModal } from './GenerateRotationModal.tsx';
import { InspectionsNav } from './InspectionsNav.tsx';

/** 轮换计划: the plans of the planning units the user reads (townships see none). */
export default function RotationListPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const navigate = useNavigate();
  const [generating, setGenerating] = useState(false);
  const plans = useQuery(trpc.inspection.listRotations.queryOptions({}));
  return (
    <>
      <PageHeader
        title={t('inspections.rotation.title')}
        subtitle={t('inspections.rotation.subtitle')}
        extra={can('core.inspection.plan') && (
          <Button type="primary" icon={<IconPlus />} onClick={() => setGenerating(true)} data-testid="rotation-generate-button">{t('inspections.rotation.generate')}</Button>
        )}
      />
      <div style={{ marginBottom: 16 }}><InspectionsNav /></div>
      <Card variant="borderless">
        {plans.error && <QueryError error={plans.error} onRetry={() => void plans.refetch()} />}
        <Table
          data-testid="rotation-list" rowKey="id" size="middle" loading={plans.isFetching} dataSource={plans.data ?? []} pagination={false}
          locale={{ emptyText: t('inspections.rotation.empty') }}
          columns={[
            { key: 'name', title: t('inspections.rotation.name'), render: (_, p) => <Link to={`/inspections/rotation/${p.id}`} data-testid="rotation-link">{p.name}</Link> },
            { key: 'status', title: t('inspections.fields.status'), width: 100, render: (_, p) => <Tag color={p.status === 'published' ? 'green' : 'default'}>{t(`inspections.rotation.status.${p.status}`)}</Tag> },
            { key: 'stages', title: t('inspections.rotation.stages'), width: 100, render: (_, p) => p.stages.length },
            { key: 'span', title: t('inspections.rotation.span'), width: 220, render: (_, p) => <span className="mono">{formatDate(p.stages[0]?.startsOn)} ~ {formatDate(p.stages.at(-1)?.endsOn)}</span> },
            { key: 'counts', title: t('inspections.rotation.size'), width: 160, render: (_, p) => <Space>{t('inspections.rotation.sizeText', { groups: p.groupIds.length, districts: p.districtIds.length })}</Space> },
          ]}
        />
      </Card>
      {generating && <GenerateRotationModal onClose={() => setGenerating(false)} onDone={(id) => void navigate(`/inspections/rotation/${id}`)} />}
    </>
  );
}
