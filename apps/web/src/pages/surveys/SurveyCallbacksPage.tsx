import { useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { DrawCallbacks } from './DrawCallbacks.tsx';
import { formatDateTime } from './period.ts';
import { RecordCallbackModal } from './RecordCallbackModal.tsx';
import { SurveysNav } from './SurveysNav.tsx';
import type { CallbackRow } from './types.ts';
import './surveys.css';

const outcomeColor = { reached_confirmed: 'green', reached_denied: 'red', unreachable: 'default' } as const;

/** 回访核实: draw a seeded sample of surveys, call each household and record what they said. */
export default function SurveyCallbacksPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const caller = can('core.survey.callback');
  const [drawId, setDrawId] = useState<string>();
  const [pendingOnly, setPendingOnly] = useState(false);
  const [recording, setRecording] = useState<CallbackRow | null>(null);
  const settings = useQuery(trpc.survey.settings.queryOptions());
  const draws = useQuery(trpc.survey.callback.draws.queryOptions());
  const list = useQuery(trpc.survey.callback.list.queryOptions({ drawId, pendingOnly }));

  return (
    <>
      <PageHeader title={t('surveys.callbacks.title')} extra={<SurveysNav />} />
      {caller && settings.data && <DrawCallbacks defaultPercent={settings.data.callbackPercent} />}
      <Card variant="borderless" size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <span>{t('surveys.callbacks.draws')}</span>
          <Select
            allowClear
            style={{ width: 420 }}
            value={drawId}
            onChange={setDrawId}
            options={(draws.data ?? []).map((d) => ({
              value: d.id,
              label: `${formatDateTime(d.drawnAt)} · ${d.orgUnit.name} · ${d.sharePercent}% · ${t('surveys.callbacks.progress', { called: d.called, drawn: d.drawn })}`,
            }))}
          />
          <Switch checked={pendingOnly} onChange={setPendingOnly} /> {t('surveys.callbacks.pendingOnly')}
        </Space>
      </Card>
      <Card variant="borderless">
        {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<CallbackRow>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data ?? []}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('surveys.callbacks.empty') }}
          pagination={{ pageSize: 30, showSizeChanger: false, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
          data-testid="callback-table"
          columns={[
            { title: t('surveys.fields.respondent'), key: 'r', width: 100, render: (_, c) => c.survey.respondentName },
            { title: t('surveys.fields.phone'), key: 'p', width: 130, render: (_, c) => <span className="mono">{c.survey.phoneMasked}</span> },
            { title: t('surveys.fields.village'), key: 'w', render: (_, c) => `${c.survey.township.name} · ${c.survey.village.name} · ${c.survey.address}` },
            { title: t('surveys.fields.surveyor'), key: 's', width: 150, render: (_, c) => `${c.survey.group.name} ${c.survey.submittedByName}` },
            { title: t('surveys.fields.capturedAt'), key: 'at', width: 150, render: (_, c) => <span className="mono">{formatDateTime(c.survey.capturedAt)}</span> },
            {
              title: t('surveys.callbacks.outcome'), key: 'o', width: 220,
              render: (_, c) => (
                <>
                  {c.outcome ? <Tag color={outcomeColor[c.outcome]}>{t(`surveys.callbacks.outcomes.${c.outcome}`)}</Tag> : <Tag>{t('surveys.callbacks.pending')}</Tag>}
                  {c.note && <div className="muted">{c.note}</div>}
                  {c.calledAt && <div className="muted" style={{ fontSize: 12 }}>{t('surveys.callbacks.calledBy', { name: c.calledByName ?? '', at: formatDateTime(c.calledAt) })}</div>}
                </>
              ),
            },
            ...(caller
              ? [{
                  title: t('common.actions'), key: 'a', width: 100,
                  render: (_: unknown, c: CallbackRow) => (!c.outcome || c.outcome === 'unreachable') && <Button size="small" type="link" onClick={() => setRecording(c)} data-testid="callback-record">{t('surveys.callbacks.record')}</Button>,
                }]
              : []),
          ]}
        />
      </Card>
      {recording && <RecordCallbackModal callback={recording} canReveal={can('core.survey.revealPhone')} onClose={() => setRecording(null)} />}
    </>
  );
}
