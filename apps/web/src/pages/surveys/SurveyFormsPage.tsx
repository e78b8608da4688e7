import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { SurveyFormModal } from './SurveyFormModal.tsx';
import { SurveySettingsCard } from './SurveySettingsCard.tsx';
import { SurveysNav } from './SurveysNav.tsx';
import type { FormRow } from './types.ts';
import './surveys.css';

/** 调查表设置: the county's survey forms per topic, and its quota and flag numbers. */
export default function SurveyFormsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const manager = can('core.survey.manage');
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<FormRow | 'new' | null>(null);
  const forms = useQuery(trpc.survey.form.list.queryOptions());
  const archive = useMutation(trpc.survey.form.setArchived.mutationOptions({
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.survey.pathKey() }),
    onError: (e) => message.error(errorMessage(e, t)),
  }));

  return (
    <>
      <PageHeader title={t('surveys.forms.title')} extra={<SurveysNav />} />
      <Card variant="borderless" extra={manager && <Button type="primary" onClick={() => setEditing('new')} data-testid="form-create">{t('surveys.forms.create')}</Button>}>
        {forms.error && <QueryError error={forms.error} onRetry={() => void forms.refetch()} />}
        <Table<FormRow>
          rowKey="id"
          size="middle"
          loading={forms.isFetching}
          dataSource={forms.data ?? []}
          pagination={false}
          expandable={{ expandedRowRender: (f) => <ol style={{ margin: 0 }}>{f.questions.map((q) => <li key={q.key}>{q.label} <Tag>{t(`surveys.forms.types.${q.type}`)}</Tag>{q.type === 'choice' && <span className="muted">{q.options.join(' / ')}</span>}</li>)}</ol> }}
          columns={[
            { title: t('surveys.fields.form'), dataIndex: 'title', render: (v: string, f) => <>{v} {f.archivedAt && <Tag>{t('surveys.forms.archived')}</Tag>}</> },
            { title: t('surveys.forms.topic'), dataIndex: 'topic', width: 180 },
            { title: t('surveys.forms.questions'), key: 'q', width: 90, render: (_, f) => f.questions.length },
            { title: '', key: 'v', width: 180, render: (_, f) => <span className="muted">{t('surveys.forms.version', { version: f.currentVersion })} · {t('surveys.forms.uses', { count: f.surveys })}</span> },
            ...(manager
              ? [{
                  title: t('common.actions'), key: 'a', width: 150,
                  render: (_: unknown, f: FormRow) => (
                    <>
                      {!f.archivedAt && <Button size="small" type="link" onClick={() => setEditing(f)}>{t('surveys.forms.edit')}</Button>}
                      <Button size="small" type="link" danger={!f.archivedAt} onClick={() => archive.mutate({ formId: f.id, archived: !f.archivedAt })}>{f.archivedAt ? t('surveys.forms.restore') : t('surveys.forms.archive')}</Button>
                    </>
                  ),
                }]
              : []),
          ]}
        />
      </Card>
      <SurveySettingsCard editable={manager} />
      {editing && <SurveyFormModal editing={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
