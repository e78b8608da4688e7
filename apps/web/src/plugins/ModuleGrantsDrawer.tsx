import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Drawer, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors.ts';
import { useTRPC } from '../api/trpc.ts';
import { useInvalidate } from '../api/use-invalidate.ts';

/**
 * 授权: the owning department gives its module's role to its own staff for a unit it covers
 * (the server refuses anyone outside the owning departments), and takes it back.
 */
export function ModuleGrantsDrawer({ pluginId, pluginName, unitId, unitName, manageable, onClose }: {
  pluginId: string | null; pluginName: string; unitId: string; unitName: string; manageable: boolean; onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [userId, setUserId] = useState<string | undefined>();
  const input = { orgUnitId: unitId, pluginId: pluginId ?? '' };
  const grants = useQuery({ ...trpc.plugin.grants.queryOptions(input), enabled: !!pluginId });
  const candidates = useQuery({ ...trpc.plugin.grantCandidates.queryOptions(input), enabled: !!pluginId && manageable });
  const done = async () => invalidate(trpc.plugin.grants.queryKey());
  const grant = useMutation(trpc.plugin.grant.mutationOptions({
    onSuccess: async () => { message.success(t('plugins.grantedOk', { unit: unitName })); setUserId(undefined); await done(); },
    onError: (e) => message.error(errorMessage(e, t)),
  }));
  const revoke = useMutation(trpc.plugin.revokeGrant.mutationOptions({
    onSuccess: async () => { message.success(t('plugins.revokedOk')); await done(); },
    onError: (e) => message.error(errorMessage(e, t)),
  }));

  return (
    <Drawer open={!!pluginId} width={520} title={t('plugins.grantsOf', { name: pluginName, unit: unitName })} onClose={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('plugins.grantsHint', { name: pluginName })}</Typography.Paragraph>
      {manageable && (
        <Space.Compact style={{ width: '100%', marginBottom: 16 }}>
          <Select
            data-testid="grant-user"
            style={{ width: '100%' }}
            placeholder={t('plugins.grantPick')}
            value={userId}
            onChange={setUserId}
            loading={candidates.isLoading}
            options={(candidates.data ?? []).map((u) => ({ value: u.id, label: `${u.name}(${u.username} · ${u.unit})` }))}
          />
          <Button type="primary" disabled={!userId} loading={grant.isPending} onClick={() => userId && grant.mutate({ ...input, userId })}>
            {t('plugins.grant')}
          </Button>
        </Space.Compact>
      )}
      <Table
        rowKey="id"
        size="small"
        loading={grants.isLoading}
        dataSource={grants.data ?? []}
        pagination={false}
        locale={{ emptyText: t('plugins.noGrants') }}
        columns={[
          { title: t('plugins.grantee'), render: (_, g) => `${g.user.name}(${g.user.username})` },
          { title: t('plugins.grantUnit'), render: (_, g) => g.unit.name },
          {
            title: t('common.actions'),
            width: 90,
            render: (_, g) => (
              <Popconfirm title={t('plugins.revokeConfirm', { name: g.user.name })} onConfirm={() => revoke.mutate({ assignmentId: g.id })} disabled={!manageable}>
                <Button size="small" danger disabled={!manageable}>{t('plugins.revoke')}</Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Drawer>
  );
}
