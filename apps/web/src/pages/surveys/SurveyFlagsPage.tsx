import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Empty, Skeleton, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { MonthPicker, useMonthParam } from './MonthPicker.tsx';
import { formatDateTime, periodOf } from './period.ts';
import { SurveyDetailDrawer } from './SurveyDetailDrawer.tsx';
import { SurveysNav } from './SurveysNav.tsx';
import type { FlagRow } from './types.ts';
import './surveys.css';

const colors = { gps_cluster: 'volcano', impossible_timing: 'orange', repeated_phone: 'magenta' } as const;

/** What the flag says, in a sentence. */
function FlagSummary({ flag }: { flag: FlagRow }) {
  const { t } = useTranslation();
  if (flag.kind === 'gps_cluster') return <>{t('surveys.flags.cluster', { count: flag.surveyIds.length, radius: flag.radiusMeters })}</>;
  if (flag.kind === 'repeated_phone') return <>{t('surveys.flags.phone', { phone: flag.phoneMasked ?? '', count: flag.surveyIds.length })}</>;
  const minutes = Math.round(flag.gapMinutes * 10) / 10;
  if (flag.reason === 'gap') return <>{t('surveys.flags.gap', { name: flag.surveyorName, minutes })}</>;
  return <>{t('surveys.flags.speed', { name: flag.surveyorName, minutes, km: ((flag.distanceMeters ?? 0) / 1000).toFixed(1), speed: Math.round(flag.speedKmh ?? 0) })}</>;
}

/** 疑点线索: fabrication flags of a month, each with the surveys that raise it. */
export default function SurveyFlagsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [month, setMonth] = useMonthParam();
  const [open, setOpen] = useState<string | null>(null);
  const result = useQuery({ ...trpc.survey.flags.queryOptions(periodOf(month)), placeholderData: keepPreviousData });
  const s = result.data?.settings;

  return (
    <>
      <PageHeader title={t('surveys.flags.title')} subtitle={t('surveys.flags.subtitle')} extra={<SurveysNav />} />
      <Card variant="borderless" size="small" style={{ marginBottom: 16 }}>
        <div style={{ display: 'flex', gap: 16, alignItems: 'center', flexWrap: 'wrap' }}>
          <MonthPicker value={month} onChange={setMonth} />
          {s && <span className="muted">{t('surveys.flags.thresholds', { radius: s.clusterRadiusMeters, min: s.clusterMinSurveys, gap: s.minGapMinutes, speed: s.maxSpeedKmh, repeat: s.phoneRepeatMin })}</span>}
        </div>
      </Card>
      {result.error && <QueryError error={result.error} onRetry={() => void result.refetch()} />}
      {result.isPending && <Skeleton active />}
      {result.data && result.data.flags.length === 0 && <Card variant="borderless"><Empty description={t('surveys.flags.none')} /></Card>}
      {result.data?.flags.map((flag, i) => (
        <Card
          key={`${flag.kind}:${flag.surveyIds.join(',')}`}
          className="flag-card"
          variant="borderless"
          size="small"
          data-testid="survey-flag"
          title={<span><Tag color={colors[flag.kind]}>{t(`surveys.flags.kinds.${flag.kind}`)}</Tag><FlagSummary flag={flag} /></span>}
          extra={<span className="muted">#{i + 1}</span>}
        >
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: 900 }}
            dataSource={flag.surveys}
            onRow={(row) => ({ onClick: () => setOpen(row.id), style: { cursor: 'pointer' } })}
            columns={[
              { title: t('surveys.fields.capturedAt'), dataIndex: 'capturedAt', width: 150, render: (v: string) => <span className="mono">{formatDateTime(v)}</span> },
              { title: t('surveys.fields.surveyor'), dataIndex: 'surveyorName', width: 100 },
              { title: t('surveys.fields.group'), dataIndex: 'groupName', width: 120 },
              { title: t('surveys.fields.village'), key: 'where', render: (_, r) => `${r.townshipName} · ${r.villageName} · ${r.address}` },
              { title: t('surveys.fields.respondent'), dataIndex: 'respondentName', width: 100 },
              { title: t('surveys.fields.phone'), dataIndex: 'phoneMasked', width: 130, render: (v: string) => <span className="mono">{v}</span> },
              { title: t('surveys.fields.gps'), key: 'gps', width: 190, render: (_, r) => (r.latitude !== null && r.longitude !== null ? <span className="mono">{r.latitude.toFixed(5)}, {r.longitude.toFixed(5)}</span> : <span className="muted">—</span>) },
            ]}
          />
        </Card>
      ))}
      {open && <SurveyDetailDrawer surveyId={open} onClose={() => setOpen(null)} />}
    </>
  );
}
