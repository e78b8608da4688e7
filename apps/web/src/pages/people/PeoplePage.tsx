import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Input, Popconfirm, Space, Switch, Table, Tag, Tooltip } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/errors.ts';
import type { PersonRow } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useInvalidate } from '../../api/use-invalidate.ts';
import { IconPlus } from '../../app/icons.tsx';
import { useCan, useCanAt } from '../../app/session.ts';
import { LevelIcon } from '../../components/levels.tsx';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { usePermissionRoots, withinRoots } from '../../components/use-permission-roots.ts';
import { PersonFormModal } from './PersonFormModal.tsx';

const PAGE_SIZE = 20;

/** 人员: everyone registered in a unit (and below), searchable, with add / edit / archive. */
export default function PeoplePage() {
  const { t } = useTranslation();
  const can = useCan();
  const canAt = useCanAt();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [params, setParams] = useSearchParams();
  // The default unit is where the user may read people, not merely the top of what they may see.
  const { roots } = usePermissionRoots('core.person.read');
  const unitId = params.get('unit') ?? roots[0]?.id ?? '';
  const readable = useCallback((u: { path: string }) => withinRoots(roots, u), [roots]);
  const [includeDescendants, setIncludeDescendants] = useState(true);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<PersonRow | 'new' | null>(null);

  const people = useQuery({
    ...trpc.person.list.queryOptions({ orgUnitId: unitId, includeDescendants, search: search || undefined, page, pageSize: PAGE_SIZE }),
    enabled: !!unitId,
    placeholderData: keepPreviousData,
  });
  const archive = useMutation(trpc.person.archive.mutationOptions());

  const setUnit = (id: string | undefined) => {
    setPage(1);
    setParams(id ? { unit: id } : {}, { replace: true });
  };

  const archivePerson = (person: PersonRow) =>
    archive.mutateAsync({ personId: person.id }).then(
      async () => {
        message.success(t('people.archived', { name: person.name }));
        await invalidate.people();
      },
      (error) => message.error(errorMessage(error, t)),
    );

  return (
    <>
      <PageHeader
        title={t('people.title')}
        extra={can('core.person.create') && (
          <Button type="primary" icon={<IconPlus />} onClick={() => setEditing('new')}>{t('people.add')}</Button>
        )}
      />
      <Card variant="borderless">
        <Space wrap size={12} style={{ marginBottom: 16 }}>
          <span>{t('people.unit')}</span>
          <OrgUnitTreeSelect value={unitId || undefined} onChange={setUnit} selectable={readable} style={{ width: 260 }} />
          <Space size={6}>
            <Switch size="small" checked={includeDescendants} onChange={(v) => { setIncludeDescendants(v); setPage(1); }} />
            <span>{t('people.includeDescendants')}</span>
          </Space>
          <Input.Search
            allowClear
            placeholder={t('people.searchPlaceholder')}
            onSearch={(v) => { setSearch(v.trim()); setPage(1); }}
            style={{ width: 240 }}
            maxLength={30}
          />
        </Space>
        {people.error && <QueryError error={people.error} onRetry={() => void people.refetch()} />}
        <Table<PersonRow>
          rowKey="id"
          loading={people.isFetching}
          dataSource={people.data?.items ?? []}
          locale={{ emptyText: t('people.empty') }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: people.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { count: total }),
            onChange: setPage,
          }}
          columns={[
            { title: t('people.name'), dataIndex: 'name', width: 120, render: (name: string) => <strong style={{ fontWeight: 500 }}>{name}</strong> },
            { title: t('people.position'), dataIndex: 'position', render: (v: string | null) => v ?? <span className="muted">—</span> },
            { title: t('people.phone'), dataIndex: 'phone', width: 150, render: (v: string | null) => (v ? <span className="mono">{v}</span> : <span className="muted">—</span>) },
            {
              title: t('people.unit'),
              key: 'unit',
              render: (_, p) => (
                <Space size={6}>
                  <span className="muted"><LevelIcon level={p.orgUnit.level} /></span>
                  {p.orgUnit.name}
                </Space>
              ),
            },
            {
              title: t('people.account'),
              key: 'account',
              width: 140,
              render: (_, p) =>
                !p.user ? (
                  <span className="muted">{t('people.noAccount')}</span>
                ) : p.user.disabledAt ? (
                  <Tooltip title={t('people.accountDisabled')}><Tag>{p.user.username}</Tag></Tooltip>
                ) : (
                  <Tag color="blue">{p.user.username}</Tag>
                ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 140,
              render: (_, p) => (
                <Space size={0}>
                  {canAt('core.person.update', p.orgUnit) && (
                    <Button type="link" size="small" onClick={() => setEditing(p)}>{t('common.edit')}</Button>
                  )}
                  {canAt('core.person.archive', p.orgUnit) && (
                    <Popconfirm
                      title={t('people.archiveTitle', { name: p.name })}
                      description={<div style={{ maxWidth: 280 }}>{t('people.archiveDescription')}</div>}
                      okText={t('people.archive')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={() => archivePerson(p)}
                    >
                      <Button type="link" size="small" danger>{t('people.archive')}</Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing && <PersonFormModal person={editing === 'new' ? null : editing} defaultUnitId={unitId} onClose={() => setEditing(null)} />}
    </>
  );
}
