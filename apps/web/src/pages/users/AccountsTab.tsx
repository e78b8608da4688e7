import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Input, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import type { UserRow } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useInvalidate } from '../../api/use-invalidate.ts';
import { IconPlus } from '../../app/icons.tsx';
import { useCan, useCanAt, useMe } from '../../app/session.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { usePermissionRoots, withinRoots } from '../../components/use-permission-roots.ts';
import { AssignRoleModal } from './AssignRoleModal.tsx';
import { CreateUserModal } from './CreateUserModal.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { userStatus } from './user-status.ts';

const PAGE_SIZE = 20;
type Dialog = { kind: 'create' } | { kind: 'assign' | 'reset'; user: UserRow } | null;
type Assignment = UserRow['assignments'][number];

const statusColor = { active: 'green', disabled: 'default', locked: 'orange', initialPassword: 'blue' } as const;
const statusLabel = { active: 'users.statusActive', disabled: 'users.statusDisabled', locked: 'users.statusLocked', initialPassword: 'users.statusInitialPassword' } as const;

/** 账号: accounts of the people in a unit's subtree, with status, roles and account actions. */
export function AccountsTab() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const can = useCan();
  const canAt = useCanAt();
  const trpc = useTRPC();
  const { message, modal } = App.useApp();
  const invalidate = useInvalidate();
  // Default to where accounts may be read (a second, county-wide role may not include that).
  const { roots } = usePermissionRoots('core.user.read');
  const [picked, setPicked] = useState<string>();
  const unitId = picked ?? roots[0]?.id ?? '';
  const readable = useCallback((u: { path: string }) => withinRoots(roots, u), [roots]);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog>(null);
  const en = i18n.language === 'en';

  const users = useQuery({
    ...trpc.user.list.queryOptions({ orgUnitId: unitId, search: search || undefined, page, pageSize: PAGE_SIZE }),
    enabled: !!unitId,
    placeholderData: keepPreviousData,
  });
  const disable = useMutation(trpc.user.disable.mutationOptions());
  const enable = useMutation(trpc.user.enable.mutationOptions());
  const revoke = useMutation(trpc.user.revokeRole.mutationOptions());

  const done = (key: string, params: Record<string, string>) => async () => {
    message.success(t(key, params));
    await invalidate.users();
  };
  const failed = (error: unknown) => message.error(errorMessage(error, t));

  const confirmRevoke = (user: UserRow, a: Assignment) =>
    modal.confirm({
      title: t('users.revokeTitle', { role: en ? a.role.nameEn : a.role.name, unit: a.captureUnit.name }),
      content: user.person.name,
      okText: t('users.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => revoke.mutateAsync({ assignmentId: a.id }).then(done('users.revoked', {}), failed),
    });

  return (
    <>
      <Space wrap size={12} style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap size={12}>
          <span>{t('users.unit')}</span>
          <OrgUnitTreeSelect value={unitId || undefined} onChange={(id) => { setPicked(id); setPage(1); }} selectable={readable} style={{ width: 260 }} />
          <Input.Search allowClear placeholder={t('users.searchPlaceholder')} onSearch={(v) => { setSearch(v.trim()); setPage(1); }} style={{ width: 220 }} maxLength={30} />
        </Space>
        {can('core.user.create') && (
          <Button type="primary" icon={<IconPlus />} onClick={() => setDialog({ kind: 'create' })}>{t('users.add')}</Button>
        )}
      </Space>
      {users.error && <QueryError error={users.error} onRetry={() => void users.refetch()} />}
      <Table<UserRow>
        rowKey="id"
        loading={users.isFetching}
        dataSource={users.data?.items ?? []}
        locale={{ emptyText: t('users.empty') }}
        scroll={{ x: 1000 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: users.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: setPage,
        }}
        columns={[
          {
            title: t('users.username'),
            dataIndex: 'username',
            width: 130,
            render: (username: string, u) => (
              <Space size={4}>
                <span className="mono">{username}</span>
                {u.id === me.userId && <Tag color="blue" style={{ marginInlineEnd: 0 }}>{t('users.self')}</Tag>}
              </Space>
            ),
          },
          { title: t('users.name'), key: 'name', width: 110, render: (_, u) => u.person.name },
          { title: t('users.unit'), key: 'unit', width: 150, render: (_, u) => u.person.orgUnit.name },
          {
            title: t('users.roles'),
            key: 'roles',
            render: (_, u) =>
              u.assignments.length === 0 ? (
                <span className="muted">{t('users.noRoles')}</span>
              ) : (
                <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
                  {u.assignments.map((a) => (
                    <Tooltip key={a.id} title={t('users.scope', { capture: a.captureUnit.name, view: a.viewUnit.name })}>
                      <Tag
                        color="geekblue"
                        style={{ margin: 0 }}
                        closable={canAt('core.user.assignRole', a.captureUnit)}
                        onClose={(e) => {
                          e.preventDefault(); // removed only once the server agrees
                          confirmRevoke(u, a);
                        }}
                      >
                        {en ? a.role.nameEn : a.role.name}
                        <span style={{ opacity: 0.65 }}> · {a.captureUnit.name}</span>
                      </Tag>
                    </Tooltip>
                  ))}
                </div>
              ),
          },
          {
            title: t('users.status'),
            key: 'status',
            width: 90,
            render: (_, u) => {
              const status = userStatus(u);
              const tag = <Tag color={statusColor[status]}>{t(statusLabel[status])}</Tag>;
              return status === 'locked' ? <Tooltip title={t('users.lockedUntil', { time: dayjs(u.lockedUntil).format('MM-DD HH:mm') })}>{tag}</Tooltip> : tag;
            },
          },
          {
            title: t('users.lastLogin'),
            dataIndex: 'lastLoginAt',
            width: 150,
            render: (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : <span className="muted">{t('users.neverLoggedIn')}</span>),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 230,
            fixed: 'right',
            render: (_, u) => {
              const unit = u.person.orgUnit;
              const status = userStatus(u);
              return (
                <Space size={0} wrap>
                  {canAt('core.user.assignRole', unit) && (
                    <Button type="link" size="small" onClick={() => setDialog({ kind: 'assign', user: u })}>{t('users.assignRole')}</Button>
                  )}
                  {canAt('core.user.update', unit) && (
                    <Button type="link" size="small" onClick={() => setDialog({ kind: 'reset', user: u })}>{t('users.resetPassword')}</Button>
                  )}
                  {canAt('core.user.update', unit) && u.id !== me.userId && (status === 'active' ? (
                    <Popconfirm
                      title={t('users.disableTitle', { username: u.username })}
                      description={<div style={{ maxWidth: 260 }}>{t('users.disableDescription')}</div>}
                      okText={t('users.disable')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={() => disable.mutateAsync({ userId: u.id }).then(done('users.disabled', { username: u.username }), failed)}
                    >
                      <Button type="link" size="small" danger>{t('users.disable')}</Button>
                    </Popconfirm>
                  ) : (
                    <Button type="link" size="small" onClick={() => enable.mutateAsync({ userId: u.id }).then(done('users.enabled', { username: u.username }), failed)}>
                      {t('users.enable')}
                    </Button>
                  ))}
                </Space>
              );
            },
          },
        ]}
      />
      {dialog?.kind === 'create' && <CreateUserModal unitId={unitId} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'assign' && <AssignRoleModal user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'reset' && <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />}
    </>
  );
}
