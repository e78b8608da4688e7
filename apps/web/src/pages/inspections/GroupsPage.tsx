import './inspections.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { IconPlus } from '../../app/icons.tsx';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { GroupFormModal } from './GroupFormModal.tsx';
import { InspectionsNav } from './InspectionsNav.tsx';
import type { GroupRow } from './types.ts';

/** 督查组: who inspects — a leader and members from several units, each with their home unit. */
export default function GroupsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const groups = useQuery(trpc.inspection.listGroups.queryOptions({}));
  const [editing, setEditing] = useState<GroupRow | 'new' | null>(null);
  const archive = useMutation(trpc.inspection.archiveGroup.mutationOptions({
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.inspection.pathKey() }),
    onError: (e) => void message.error(errorMessage(e, t)),
  }));
  const editable = can('core.inspection.plan');
  return (
    <>
      <PageHeader
        title={t('inspections.groups.title')}
        subtitle={t('inspections.groups.subtitle')}
        extra={editable && <Button type="primary" icon={<IconPlus />} onClick={() => setEditing('new')} data-testid="group-create">{t('inspections.groups.create')}</Button>}
      />
      <div style={{ marginBottom: 16 }}><InspectionsNav /></div>
      <Card variant="borderless">
        {groups.error && <QueryError error={groups.error} onRetry={() => void groups.refetch()} />}
        <Table<GroupRow>
          data-testid="group-list" rowKey="id" size="middle" loading={groups.isFetching} dataSource={groups.data ?? []} pagination={false} scroll={{ x: 700 }}
          columns={[
            { key: 'name', title: t('inspections.groups.name'), width: 140, render: (_, g) => <Space orientation="vertical" size={0}><strong>{g.name}</strong><span className="muted">{g.year}</span></Space> },
            {
              key: 'members', title: t('inspections.groups.members'),
              render: (_, g) => (
                <Space wrap size={[4, 4]}>
                  {g.members.map((m) => (
                    <Tag key={m.id} color={m.role === 'leader' ? 'gold' : undefined}>
                      {m.role === 'leader' ? `${t('inspections.groups.leader')} ` : ''}{m.person.name}({m.person.orgUnit.name})
                    </Tag>
                  ))}
                </Space>
              ),
            },
            {
              key: 'actions', title: '', width: 140,
              render: (_, g) => editable && (
                <Space>
                  <Button size="small" type="link" onClick={() => setEditing(g)}>{t('common.edit')}</Button>
                  <Popconfirm title={t('inspections.groups.archiveConfirm')} onConfirm={() => archive.mutate({ groupId: g.id })}>
                    <Button size="small" type="link" danger>{t('inspections.groups.archive')}</Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing && <GroupFormModal group={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
