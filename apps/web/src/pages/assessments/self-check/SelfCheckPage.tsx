import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTRPC } from '../../../api/trpc.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { formatDateTime } from '../../tasks/deadline.tsx';
import '../assessments.css';
import { formatScore } from '../decimal.ts';
import { ExplainDrawer } from '../results/ExplainDrawer.tsx';
import { PlanStatusTag } from '../tags.tsx';
import { SelfCheckForm } from './SelfCheckForm.tsx';

/** 自查: an assessed unit's self-check of every item, with evidence; later, its published result and why. */
export default function SelfCheckPage() {
  const { assessmentUnitId = '' } = useParams();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(trpc.assessment.getSelfCheck.queryOptions({ assessmentUnitId }));
  const mine = useQuery(trpc.assessment.myAssessments.queryOptions());
  const [explaining, setExplaining] = useState(false);
  const data = query.data;
  const result = mine.data?.find((m) => m.assessmentUnitId === assessmentUnitId)?.result ?? null;

  return (
    <>
      <PageHeader
        title={data ? t('assessments.selfCheck.title', { unit: data.orgUnit.name }) : t('assessments.selfCheck.titleShort')}
        subtitle={data?.planName}
        extra={
          <Space>
            {data && <PlanStatusTag status={data.status} />}
            <Link to="/assessments">{t('assessments.backToList')}</Link>
          </Space>
        }
      />
      {query.error && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {!data ? (
        !query.error && <Card loading variant="borderless" />
      ) : (
        <>
          {result && (
            <Card variant="borderless" style={{ marginBottom: 16 }} title={t('assessments.selfCheck.result')} extra={<Button onClick={() => setExplaining(true)} data-testid="explain-open">{t('assessments.results.explain')}</Button>}>
              <Descriptions
                size="small"
                column={{ xs: 1, md: 4 }}
                items={[
                  { key: 'total', label: t('assessments.results.total'), children: <strong className="mono">{formatScore(result.total)}</strong> },
                  { key: 'grade', label: t('assessments.results.grade'), children: result.grade?.name ?? '—' },
                  { key: 'rank', label: t('assessments.results.rank'), children: result.rank === null ? '—' : t('assessments.results.rankOf', { rank: result.rank, size: result.groupSize }) },
                  { key: 'veto', label: t('assessments.results.veto'), children: result.vetoed ? t('assessments.results.vetoed') : '—' },
                ]}
              />
            </Card>
          )}
          <Card variant="borderless" title={t('assessments.selfCheck.items')} extra={data.submittedAt && <span className="muted">{t('assessments.selfCheck.submittedAt', { at: formatDateTime(data.submittedAt) })}</span>}>
            <SelfCheckForm data={data} />
          </Card>
        </>
      )}
      {explaining && data && <ExplainDrawer assessmentUnitId={assessmentUnitId} unitName={data.orgUnit.name} onClose={() => setExplaining(false)} />}
    </>
  );
}
