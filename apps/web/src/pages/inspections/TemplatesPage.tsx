import './inspections.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { IconPlus } from '../../app/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDate } from '../tasks/deadline.tsx';
import { InspectionsNav } from './InspectionsNav.tsx';
import { bi } from './types.ts';

/** 检查表模板: the county's own (versioned, editable) and those the installed modules contribute. */
export default function TemplatesPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const list = useQuery(trpc.inspection.listTemplates.queryOptions({}));
  const archive = useMutation(trpc.inspection.archiveTemplate.mutationOptions({
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.inspection.pathKey() }),
    onError: (e) => void message.error(errorMessage(e, t)),
  }));
  return (
    <>
      <PageHeader
        title={t('inspections.templates.title')}
        subtitle={t('inspections.templates.subtitle')}
        extra={<Button type="primary" icon={<IconPlus />} onClick={() => void navigate('/inspections/templates/new')} data-testid="template-create">{t('inspections.templates.create')}</Button>}
      />
      <div style={{ marginBottom: 16 }}><InspectionsNav /></div>
      {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Card variant="borderless" title={t('inspections.templates.county')} style={{ marginBottom: 16 }}>
        <Table
          data-testid="template-list" rowKey="id" size="middle" loading={list.isFetching} pagination={false} dataSource={list.data?.county ?? []}
          columns={[
            { key: 'name', title: t('inspections.templates.name'), render: (_, x) => (x.pluginId ? x.name : <Link to={`/inspections/templates/${x.id}`} data-testid="template-link">{x.name}</Link>) },
            { key: 'source', title: t('inspections.templates.source'), width: 140, render: (_, x) => (x.pluginId ? <Tag>{x.pluginId}</Tag> : x.ownerUnit.name) },
            { key: 'version', title: t('inspections.templates.version'), width: 90, render: (_, x) => `v${x.currentVersion}` },
            { key: 'updated', title: t('inspections.templates.updated'), width: 120, render: (_, x) => <span className="mono">{formatDate(x.updatedAt)}</span> },
            {
              key: 'actions', title: '', width: 100,
              render: (_, x) => !x.pluginId && (
                <Popconfirm title={t('inspections.templates.archiveConfirm')} onConfirm={() => archive.mutate({ templateId: x.id })}>
                  <Button size="small" type="link" danger>{t('inspections.templates.archive')}</Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </Card>
      <Card variant="borderless" title={t('inspections.templates.plugins')}>
        <Table
          rowKey={(x) => `${x.pluginId}:${x.key}`} size="middle" pagination={false} dataSource={list.data?.plugins ?? []}
          locale={{ emptyText: t('inspections.templates.noPlugins') }}
          columns={[
            { key: 'name', title: t('inspections.templates.name'), render: (_, x) => bi(x.name, i18n.language) },
            { key: 'plugin', title: t('inspections.templates.source'), width: 200, render: (_, x) => bi(x.pluginName, i18n.language) },
            { key: 'items', title: t('inspections.templates.items'), width: 100, render: (_, x) => x.definition.sections.reduce((n, s) => n + s.items.length, 0) },
          ]}
        />
        <p className="muted" style={{ marginTop: 8 }}>{t('inspections.templates.pluginHint')}</p>
      </Card>
    </>
  );
}
