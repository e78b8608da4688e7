import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { downloadBase64 } from '../../api/files.ts';
import { useTRPC } from '../../api/trpc.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { useOrgUnits } from '../../components/use-org-units.ts';
import { OfflineStatusBadge } from '../../offline/index.ts';
import { MonthPicker, useMonthParam } from './MonthPicker.tsx';
import { formatDateTime, periodOf } from './period.ts';
import { SurveyDetailDrawer } from './SurveyDetailDrawer.tsx';
import { SurveysNav } from './SurveysNav.tsx';
import type { SurveyRow } from './types.ts';
import './surveys.css';

/** 调查记录: the surveys of a month in the reader's scope, phones masked; open one for its answers. */
export default function SurveyListPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [month, setMonth] = useMonthParam();
  const [townshipId, setTownshipId] = useState<string>();
  const [groupId, setGroupId] = useState<string>();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const filters = { ...periodOf(month), townshipId, groupId, search: search || undefined };
  const list = useQuery({ ...trpc.survey.list.queryOptions({ ...filters, page, pageSize: 30 }), placeholderData: keepPreviousData });
  const quotas = useQuery(trpc.survey.quotas.queryOptions(periodOf(month)));
  const orgUnits = useOrgUnits();

  const exportLedger = async () => {
    setExporting(true);
    try {
      const file = await queryClient.fetchQuery({ ...trpc.survey.export.queryOptions(filters), staleTime: 0 });
      downloadBase64(file.fileBase64, file.fileName);
      message.success(t('surveys.list.exported', { count: file.rows }));
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageHeader title={t('surveys.title')} subtitle={t('surveys.subtitle')} extra={<div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}><OfflineStatusBadge /><SurveysNav /></div>} />
      <Card variant="borderless" size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <MonthPicker value={month} onChange={(d) => { setMonth(d); setPage(1); }} />
          <Select allowClear placeholder={t('surveys.list.allGroups')} style={{ width: 160 }} value={groupId} onChange={(v) => { setGroupId(v); setPage(1); }}
            options={(quotas.data?.groups ?? []).map((g) => ({ value: g.groupId, label: g.groupName }))} />
          <Select allowClear showSearch optionFilterProp="label" placeholder={t('surveys.list.allTownships')} style={{ width: 160 }} value={townshipId} onChange={(v) => { setTownshipId(v); setPage(1); }}
            options={(orgUnits.index?.units ?? []).filter((u) => u.level === 'township' && !u.archivedAt).map((u) => ({ value: u.id, label: u.name }))} />
          <Input.Search allowClear placeholder={t('surveys.list.search')} style={{ width: 240 }} onSearch={(v) => { setSearch(v.trim()); setPage(1); }} data-testid="survey-search" />
          <Button onClick={() => void exportLedger()} loading={exporting} data-testid="survey-export">{t('surveys.list.export')}</Button>
        </Space>
      </Card>
      <Card variant="borderless">
        {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<SurveyRow>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('surveys.list.empty') }}
          onRow={(row) => ({ onClick: () => setOpen(row.id), style: { cursor: 'pointer' } })}
          pagination={{ current: page, pageSize: 30, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (count) => t('common.total', { count }), hideOnSinglePage: true }}
          data-testid="survey-table"
          columns={[
            { title: t('surveys.fields.capturedAt'), dataIndex: 'capturedAt', width: 150, render: (v: string) => <span className="mono">{formatDateTime(v)}</span> },
            { title: t('surveys.fields.respondent'), dataIndex: 'respondentName', width: 110 },
            { title: t('surveys.fields.phone'), dataIndex: 'phoneMasked', width: 130, render: (v: string) => <span className="mono">{v}</span> },
            { title: t('surveys.fields.village'), key: 'where', render: (_, s) => `${s.township.name} · ${s.village.name} · ${s.address}` },
            { title: t('surveys.fields.group'), key: 'group', width: 130, render: (_, s) => s.group.name },
            { title: t('surveys.fields.surveyor'), dataIndex: 'submittedByName', width: 100 },
            { title: t('surveys.fields.form'), key: 'form', width: 200, ellipsis: true, render: (_, s) => s.formVersion.form.title },
            {
              title: t('surveys.fields.callback'), key: 'callback', width: 130,
              render: (_, s) => (s.callback ? <Tag color={s.callback.outcome === 'reached_denied' ? 'red' : s.callback.outcome === 'reached_confirmed' ? 'green' : 'default'}>{s.callback.outcome ? t(`surveys.callbacks.outcomes.${s.callback.outcome}`) : t('surveys.callbacks.pending')}</Tag> : null),
            },
          ]}
        />
      </Card>
      {open && <SurveyDetailDrawer surveyId={open} onClose={() => setOpen(null)} />}
    </>
  );
}
