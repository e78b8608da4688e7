import { useQuery } from '@tanstack/react-query';
import { Button, Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';
import { formatScore } from './decimal.ts';
import { PlanStatusTag } from './tags.tsx';
import type { MyAssessment } from './types.ts';

/** 我的考核: the plans the user's own unit is assessed in — self-check to do, published result. */
export function MyAssessments() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  // Plan managers reach every unit through the plans themselves; this list is for assessed units.
  const assessed = can('core.assessment.selfCheck') && !can('core.assessment.manage');
  const mine = useQuery({ ...trpc.assessment.myAssessments.queryOptions(), enabled: assessed });
  if (!assessed || !mine.data?.length) return null;
  return (
    <Card variant="borderless" title={t('assessments.mine.title')} style={{ marginBottom: 16 }} data-testid="my-assessments">
      <Table<MyAssessment>
        rowKey="assessmentUnitId"
        size="small"
        pagination={false}
        dataSource={mine.data}
        columns={[
          { key: 'plan', title: t('assessments.fields.name'), render: (_, a) => a.planName },
          { key: 'unit', title: t('assessments.mine.unit'), width: 140, render: (_, a) => a.orgUnit.name },
          { key: 'status', title: t('assessments.fields.status'), width: 110, render: (_, a) => <PlanStatusTag status={a.status} /> },
          {
            key: 'selfCheck',
            title: t('assessments.mine.selfCheck'),
            width: 200,
            render: (_, a) =>
              a.selfCheckSubmittedAt ? (
                <Tag color="green">{t('assessments.mine.submitted')}</Tag>
              ) : a.selfCheckOpen ? (
                <Link to={`/assessments/self-check/${a.assessmentUnitId}`}>
                  <Button size="small" type="primary" data-testid="self-check-open">{t('assessments.mine.fill')}</Button>
                </Link>
              ) : (
                <span className="muted">{t('assessments.mine.notOpen')}</span>
              ),
          },
          {
            key: 'result',
            title: t('assessments.mine.result'),
            width: 220,
            render: (_, a) =>
              a.result ? (
                <span>
                  <strong className="mono">{formatScore(a.result.total)}</strong> {a.result.grade?.name}
                  {a.result.rank !== null && <span className="muted"> · {t('assessments.results.rankOf', { rank: a.result.rank, size: a.result.groupSize })}</span>}
                  {a.result.vetoed && <Tag color="red" style={{ marginInlineStart: 6 }}>{t('assessments.results.vetoed')}</Tag>}
                </span>
              ) : (
                <span className="muted">{t('assessments.mine.noResult')}</span>
              ),
          },
          {
            key: 'open',
            width: 90,
            render: (_, a) => <Link to={`/assessments/self-check/${a.assessmentUnitId}`}>{t('assessments.mine.view')}</Link>,
          },
        ]}
      />
    </Card>
  );
}
