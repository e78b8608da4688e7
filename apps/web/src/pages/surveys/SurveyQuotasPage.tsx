import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Progress, Skeleton, Table, Tag } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { MonthPicker, useMonthParam } from './MonthPicker.tsx';
import { formatDate, periodOf } from './period.ts';
import { SurveysNav } from './SurveysNav.tsx';
import type { QuotaReport } from './types.ts';
import './surveys.css';

// ECharts arrives with the charts, after the tables are already on screen.
const QuotaCharts = lazy(() => import('./charts/QuotaCharts.tsx'));

type GroupRow = QuotaReport['groups'][number];
type VisitRow = QuotaReport['visits'][number];

/** 配额进度: each group's households this month against the quota, and each visit's village coverage. */
export default function SurveyQuotasPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [month, setMonth] = useMonthParam();
  const period = periodOf(month);
  const report = useQuery({ ...trpc.survey.quotas.queryOptions(period), placeholderData: keepPreviousData });
  const s = report.data?.settings;

  return (
    <>
      <PageHeader
        title={t('surveys.quotas.title')}
        subtitle={s ? t('surveys.quotas.subtitle', { quota: s.monthlyQuota, num: s.villageShareNum, den: s.villageShareDen }) : undefined}
        extra={<SurveysNav />}
      />
      <Card variant="borderless" size="small" style={{ marginBottom: 16 }}>
        <MonthPicker value={month} onChange={setMonth} />
      </Card>
      {report.error && <QueryError error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
          <QuotaCharts report={report.data} />
        </Suspense>
      )}
      <Card variant="borderless" title={t('surveys.quotas.groupsChart')} style={{ marginTop: 16 }}>
        <Table<GroupRow>
          rowKey="groupId"
          size="middle"
          loading={report.isFetching}
          dataSource={report.data?.groups ?? []}
          pagination={false}
          data-testid="quota-groups"
          columns={[
            { title: t('surveys.fields.group'), dataIndex: 'groupName' },
            { title: t('surveys.quotas.thisMonth', { month: period.month }), key: 'n', width: 120, render: (_, g) => g.months[period.month - 1] },
            {
              title: t('surveys.quotas.progress'), key: 'p', width: 320,
              render: (_, g) => {
                const n = g.months[period.month - 1] ?? 0;
                return <Progress percent={Math.min(100, Math.round((n / g.quota) * 100))} status={n >= g.quota ? 'success' : 'active'} format={() => `${n} / ${g.quota}`} />;
              },
            },
            { title: '', key: 'met', width: 90, render: (_, g) => ((g.months[period.month - 1] ?? 0) >= g.quota ? <Tag color="green">{t('surveys.quotas.met')}</Tag> : <Tag>{t('surveys.quotas.notMet')}</Tag>) },
          ]}
        />
      </Card>
      <Card variant="borderless" title={t('surveys.quotas.visitsChart')} style={{ marginTop: 16 }}>
        <Table<VisitRow>
          rowKey="visitId"
          size="middle"
          loading={report.isFetching}
          dataSource={report.data?.visits ?? []}
          pagination={false}
          scroll={{ x: 800 }}
          locale={{ emptyText: t('surveys.quotas.noVisits') }}
          data-testid="quota-visits"
          columns={[
            { title: t('surveys.quotas.visit'), dataIndex: 'title' },
            { title: t('surveys.fields.group'), dataIndex: 'groupName', width: 120 },
            { title: t('surveys.quotas.window'), key: 'w', width: 200, render: (_, v) => <span className="mono">{formatDate(v.windowStart)} – {formatDate(v.windowEnd)}</span> },
            { title: t('surveys.quotas.surveys'), dataIndex: 'surveys', width: 90 },
            { title: t('surveys.quotas.covered'), key: 'c', width: 160, render: (_, v) => <span className={v.covered >= v.required ? 'quota-met' : 'quota-missed'}>{v.covered} / {v.required}({t('surveys.quotas.villages')} {v.villages})</span> },
            { title: '', key: 'met', width: 90, render: (_, v) => (v.covered >= v.required ? <Tag color="green">{t('surveys.quotas.met')}</Tag> : <Tag color="red">{t('surveys.quotas.notMet')}</Tag>) },
          ]}
        />
      </Card>
    </>
  );
}
