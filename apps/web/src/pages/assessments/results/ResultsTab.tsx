import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Input, Row, Select, Skeleton, Space, Tag } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc.ts';
import { QueryError } from '../../../components/QueryError.tsx';
import { formatDateTime } from '../../tasks/deadline.tsx';
import { VersionTag } from '../tags.tsx';
import type { PlanDetail } from '../types.ts';
import { ExplainDrawer } from './ExplainDrawer.tsx';
import { ResultsTable } from './ResultsTable.tsx';

// ECharts is large: the charts arrive after the table is on screen.
const RankingCharts = lazy(() => import('./RankingCharts.tsx'));

type VetoFilter = 'all' | 'yes' | 'no';

/** 考核结果: totals, components, grades, vetoes, ranks and change, with charts and an explanation per unit. */
export default function ResultsTab({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [versionId, setVersionId] = useState<string | undefined>(undefined);
  const [peerGroup, setPeerGroup] = useState<string | undefined>(undefined);
  const [grade, setGrade] = useState<string | undefined>(undefined);
  const [veto, setVeto] = useState<VetoFilter>('all');
  const [search, setSearch] = useState('');
  const [explaining, setExplaining] = useState<{ assessmentUnitId: string; name: string } | null>(null);
  const input = { planId: plan.id, versionId, peerGroup, grade, vetoed: veto === 'all' ? undefined : veto === 'yes', search: search.trim() || undefined };
  const results = useQuery({ ...trpc.assessment.results.queryOptions(input), placeholderData: keepPreviousData });
  // The charts show the whole ranking, whatever the table's filters.
  const all = useQuery({ ...trpc.assessment.results.queryOptions({ planId: plan.id, versionId }), placeholderData: keepPreviousData });
  const data = results.data;
  const versions = plan.versions.filter((v) => v.computedAt);

  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card variant="borderless" data-testid="results">
          <div className="asm-results-filters">
            <Space wrap size={12}>
              {versions.length > 1 && (
                <Select
                  value={versionId ?? data?.version?.id}
                  onChange={setVersionId}
                  style={{ width: 220 }}
                  options={versions.map((v) => ({ value: v.id, label: `v${v.number} · ${t(`assessments.versionStatus.${v.status}`)}` }))}
                  data-testid="results-version"
                />
              )}
              <Select allowClear placeholder={t('assessments.fields.peerGroup')} value={peerGroup} onChange={setPeerGroup} style={{ width: 150 }} options={(data?.peerGroups ?? []).map((g) => ({ value: g, label: g }))} data-testid="filter-group" />
              <Select allowClear placeholder={t('assessments.results.grade')} value={grade} onChange={setGrade} style={{ width: 130 }} options={(data?.gradeBands ?? []).map((b) => ({ value: b.key, label: b.name }))} data-testid="filter-grade" />
              <Select<VetoFilter>
                value={veto}
                onChange={setVeto}
                style={{ width: 140 }}
                options={[
                  { value: 'all', label: t('assessments.results.vetoAll') },
                  { value: 'yes', label: t('assessments.results.vetoYes') },
                  { value: 'no', label: t('assessments.results.vetoNo') },
                ]}
                data-testid="filter-veto"
              />
              <Input.Search allowClear placeholder={t('assessments.results.search')} onSearch={setSearch} style={{ width: 200 }} />
            </Space>
            {data?.version && (
              <Space size={6} className="muted">
                <VersionTag version={data.version} />
                {data.version.computedAt && t('assessments.results.computedAt', { at: formatDateTime(data.version.computedAt) })}
              </Space>
            )}
          </div>
          {data && data.gradeCounts.length > 0 && (
            <Space wrap size={6} style={{ marginBottom: 12 }} data-testid="grade-counts">
              {data.gradeCounts.map((g) => (
                <Tag key={g.key}>{g.name} {g.count}</Tag>
              ))}
            </Space>
          )}
          {data && !data.version && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('assessments.results.none')} />}
          {data && !data.fullView && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('assessments.results.ownOnly')} />}
          {results.error && <QueryError error={results.error} onRetry={() => void results.refetch()} />}
          <ResultsTable data={data} loading={results.isFetching} onExplain={(row) => setExplaining({ assessmentUnitId: row.assessmentUnitId, name: row.orgUnit.name })} />
        </Card>
      </Col>
      {all.data?.version && all.data.items.length > 0 && (
        <Col span={24}>
          <Suspense fallback={<Card variant="borderless"><Skeleton active paragraph={{ rows: 6 }} /></Card>}>
            <RankingCharts results={all.data} />
          </Suspense>
        </Col>
      )}
      {explaining && <ExplainDrawer assessmentUnitId={explaining.assessmentUnitId} unitName={explaining.name} versionId={versionId ?? data?.version?.id} bands={data?.gradeBands} onClose={() => setExplaining(null)} />}
    </Row>
  );
}
