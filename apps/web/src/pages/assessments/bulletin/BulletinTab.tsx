import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../../api/trpc.ts';
import { useCan } from '../../../app/session.ts';
import { QueryError } from '../../../components/QueryError.tsx';
import { formatDate } from '../../tasks/deadline.tsx';
import type { PlanDetail, Problem } from '../types.ts';
import { DownloadButton } from './DownloadButton.tsx';
import { RectificationModal } from './RectificationModal.tsx';

const sourceColors: Record<Problem['source'], string> = { manual: 'blue', deduction: 'orange', veto: 'red' };

/** 通报: the notification document (PDF, Excel) and the problems it lists, each of which can become a rectification item. */
export default function BulletinTab({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const problems = useQuery(trpc.assessment.problems.queryOptions({ planId: plan.id }));
  const [handing, setHanding] = useState<Problem | null>(null);
  // Handed over from the plan's owner unit: the managers of the plan do it.
  const canHandOver = can('core.assessment.manage');
  const hasResults = plan.versions.some((v) => v.computedAt);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card variant="borderless" title={t('assessments.bulletin.title')}>
        {plan.status !== 'published' && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('assessments.bulletin.draftNote')} />}
        <p className="muted">{t('assessments.bulletin.contents')}</p>
        <Space wrap>
          <DownloadButton kind="pdf" planId={plan.id} disabled={!hasResults} />
          <DownloadButton kind="excel" planId={plan.id} disabled={!hasResults} />
        </Space>
      </Card>
      <Card variant="borderless" title={t('assessments.problems.title')} extra={<span className="muted">{t('assessments.problems.hint')}</span>}>
        {problems.error && <QueryError error={problems.error} onRetry={() => void problems.refetch()} />}
        <Table<Problem>
          rowKey="id"
          size="small"
          loading={problems.isFetching}
          dataSource={problems.data ?? []}
          pagination={{ pageSize: 30, hideOnSinglePage: true }}
          locale={{ emptyText: t('assessments.problems.empty') }}
          data-testid="problem-list"
          columns={[
            { key: 'unit', title: t('assessments.units.unit'), width: 120, render: (_, p) => p.orgUnit.name },
            { key: 'source', title: t('assessments.problems.source'), width: 100, render: (_, p) => <Tag color={sourceColors[p.source]}>{t(`assessments.problems.sources.${p.source}`)}</Tag> },
            { key: 'indicator', title: t('assessments.entries.indicator'), width: 150, render: (_, p) => p.indicatorName ?? <span className="muted">—</span> },
            {
              key: 'description',
              title: t('assessments.problems.description'),
              render: (_, p) => (
                <div>
                  <div>{p.description}</div>
                  {p.requirement && <div className="muted">{t('assessments.problems.requirement')}:{p.requirement}</div>}
                </div>
              ),
            },
            { key: 'date', title: t('assessments.entries.date'), width: 100, render: (_, p) => <span className="mono">{formatDate(p.createdAt)}</span> },
            {
              key: 'task',
              title: t('assessments.problems.task'),
              width: 190,
              render: (_, p) =>
                p.task ? (
                  <Link to={`/tasks/${p.task.id}`} data-testid="problem-task">
                    <span className="mono">{p.task.serial}</span> <Tag>{t(`tasks.status.${p.task.status}`, { defaultValue: p.task.status })}</Tag>
                  </Link>
                ) : canHandOver ? (
                  <Button size="small" onClick={() => setHanding(p)} data-testid="problem-rectify">
                    {t('assessments.problems.toRectification')}
                  </Button>
                ) : (
                  <span className="muted">—</span>
                ),
            },
          ]}
        />
      </Card>
      {handing && <RectificationModal problem={handing} onClose={() => setHanding(null)} />}
    </Space>
  );
}
