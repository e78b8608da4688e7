import { useQuery } from '@tanstack/react-query';
import { Button, Space, Table, Tag, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PermissionDef, RoleRow } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { IconPlus } from '../../app/icons.tsx';
import { useCan } from '../../app/session.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { groupPermissions } from './permission-groups.ts';
import { AccessTag } from './PermissionPicker.tsx';
import { RoleFormModal, type RoleDialog } from './RoleFormModal.tsx';

/** 角色: built-in and custom roles with their permissions in words, and how many hold each. */
export function RolesTab() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const roles = useQuery(trpc.role.list.queryOptions());
  const catalog = useQuery(trpc.role.permissions.queryOptions());
  const [dialog, setDialog] = useState<RoleDialog | null>(null);
  const en = i18n.language === 'en';
  const manage = can('core.role.manage');

  const byKey = useMemo(() => new Map((catalog.data ?? []).map((p) => [p.key, p])), [catalog.data]);
  const groups = useMemo(() => groupPermissions(catalog.data ?? []), [catalog.data]);
  const label = (p: PermissionDef) => (en ? p.en : p.zh);

  return (
    <>
      {manage && (
        <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 16 }}>
          <Button type="primary" icon={<IconPlus />} onClick={() => setDialog({ mode: 'create' })} disabled={!catalog.data}>{t('roles.add')}</Button>
        </div>
      )}
      {(roles.error || catalog.error) && <QueryError error={roles.error ?? catalog.error} onRetry={() => { void roles.refetch(); void catalog.refetch(); }} />}
      <Table<RoleRow>
        rowKey="id"
        loading={roles.isPending || catalog.isPending}
        dataSource={roles.data ?? []}
        pagination={false}
        columns={[
          {
            title: t('roles.name'),
            key: 'name',
            width: 180,
            render: (_, r) => (
              <Space orientation="vertical" size={2}>
                <Space size={6}>
                  <strong style={{ fontWeight: 600 }}>{en ? r.nameEn : r.name}</strong>
                  {r.builtIn ? <Tag color="blue">{t('roles.builtIn')}</Tag> : <Tag color="gold">{t('roles.custom')}</Tag>}
                </Space>
                <span className="muted" style={{ fontSize: 12 }}>{en ? r.name : r.nameEn}</span>
              </Space>
            ),
          },
          { title: t('roles.description'), dataIndex: 'description', width: 220, render: (d: string | null) => d ?? <span className="muted">—</span> },
          {
            title: t('roles.permissions'),
            key: 'permissions',
            render: (_, r) => (
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
                {r.permissions.map((key) => {
                  const p = byKey.get(key);
                  return (
                    <Tag key={key} style={{ margin: 0, display: 'inline-flex', alignItems: 'center', gap: 4 }} color={p?.access === 'write' ? 'orange' : undefined}>
                      {p ? label(p) : key}
                    </Tag>
                  );
                })}
              </div>
            ),
          },
          { title: t('roles.assignments'), dataIndex: 'assignmentCount', width: 90, align: 'right' },
          ...(manage
            ? [{
                title: t('common.actions'),
                key: 'actions',
                width: 130,
                render: (_: unknown, r: RoleRow) => (
                  <Space size={0}>
                    {r.builtIn ? (
                      <Tooltip title={t('roles.builtInLocked')}><Button type="link" size="small" disabled>{t('common.edit')}</Button></Tooltip>
                    ) : (
                      <Button type="link" size="small" onClick={() => setDialog({ mode: 'edit', role: r })}>{t('common.edit')}</Button>
                    )}
                    <Button type="link" size="small" onClick={() => setDialog({ mode: 'copy', role: r })}>{t('common.copy')}</Button>
                  </Space>
                ),
              }]
            : []),
        ]}
      />
      <div className="muted" style={{ marginTop: 12, fontSize: 12.5, display: 'flex', alignItems: 'center', gap: 6 }}>
        <AccessTag access="write" /> / <AccessTag access="read" /> {t('roles.accessHint')}
      </div>
      {dialog && <RoleFormModal dialog={dialog} groups={groups} onClose={() => setDialog(null)} />}
    </>
  );
}
