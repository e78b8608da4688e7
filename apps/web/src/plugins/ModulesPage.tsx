import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Drawer, Form, Grid, Space, Switch, Table, Tag, Timeline, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage, zodIssuesOf } from '../api/errors.ts';
import { useTRPC } from '../api/trpc.ts';
import { useInvalidate } from '../api/use-invalidate.ts';
import { useCanAt } from '../app/session.ts';
import { OrgUnitTreeSelect } from '../components/OrgUnitTreeSelect.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { QueryError } from '../components/QueryError.tsx';
import { usePermissionRoots, withinRoots } from '../components/use-permission-roots.ts';
import { useOrgUnits } from '../components/use-org-units.ts';
import { ModuleGrantsDrawer } from './ModuleGrantsDrawer.tsx';
import { SettingsForm, type SettingsSchema } from './SettingsForm.tsx';

/**
 * 模块管理: a department switches its own work-domain modules (C1: the manifest's owners) on or
 * off for the units in its scope, configures them and grants them to its staff. The server lists
 * only the caller's modules (all of them for a county administrator). The nearest setting above
 * a unit applies to it; every change is kept.
 */
export default function ModulesPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const canAt = useCanAt();
  const [params, setParams] = useSearchParams();
  const { roots } = usePermissionRoots('core.plugin.read');
  const unitId = params.get('unit') ?? roots[0]?.id ?? '';
  const { index } = useOrgUnits();
  const unit = index?.byId.get(unitId);
  const [settingsFor, setSettingsFor] = useState<string | null>(null);
  const [grantsFor, setGrantsFor] = useState<string | null>(null);
  const [form] = Form.useForm();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  // On a phone the table keeps module, state and actions; the rest is on a wider screen.
  const phone = !Grid.useBreakpoint().md;

  const state = useQuery({ ...trpc.plugin.enablements.queryOptions({ orgUnitId: unitId }), enabled: !!unitId });
  const history = useQuery({ ...trpc.plugin.history.queryOptions({ orgUnitId: unitId }), enabled: !!unitId });
  const save = useMutation(
    trpc.plugin.setEnablement.mutationOptions({
      onSuccess: async (_row, vars) => {
        message.success(vars.enabled ? t('plugins.enabledOk', { unit: unit?.name ?? '' }) : t('plugins.disabledOk', { unit: unit?.name ?? '' }));
        setSettingsFor(null);
        await invalidate(trpc.plugin.enablements.queryKey(), trpc.plugin.history.queryKey(), trpc.plugin.mine.queryKey());
      },
      onError: (error) => {
        const issues = zodIssuesOf(error);
        if (issues.length) form.setFields(issues.map((i) => ({ name: i.path, errors: [i.message] })));
        else message.error(errorMessage(error, t));
      },
    }),
  );
  const manageable = canAt('core.plugin.manage', unit);
  /** "flood-control enabled for 青龙镇 (as county administrator)" (as audited) → "为「青龙镇」启用防汛抗旱（县级管理员）". */
  const historyText = (detail: string | null) => {
    const m = /^(\S+) (enabled|disabled) for (.+?)( \(as county administrator\))?$/.exec(detail ?? '');
    if (!m) return detail;
    const plugin = state.data?.find((s) => s.plugin.id === m[1])?.plugin.name[lang] ?? m[1];
    return t(m[2] === 'enabled' ? 'plugins.historyOn' : 'plugins.historyOff', { plugin, unit: m[3] }) + (m[4] ? t('plugins.historyByCounty') : '');
  };
  const editing = state.data?.find((s) => s.plugin.id === settingsFor);
  const granting = state.data?.find((s) => s.plugin.id === grantsFor);

  return (
    <>
      <PageHeader
        title={t('plugins.title')}
        subtitle={t('plugins.subtitle')}
        extra={
          <OrgUnitTreeSelect
            data-testid="modules-unit"
            value={unitId}
            onChange={(id) => id && setParams({ unit: id })}
            selectable={(u) => withinRoots(roots, u)}
            style={{ width: phone ? '100%' : 280 }}
          />
        }
      />
      {state.error ? <QueryError error={state.error} onRetry={() => void state.refetch()} /> : null}
      <Card title={t('plugins.modulesAt', { unit: unit?.name ?? '' })}>
        <Table
          rowKey={(r) => r.plugin.id}
          loading={state.isLoading}
          dataSource={state.data ?? []}
          pagination={false}
          locale={{ emptyText: t('plugins.noneOwned') }}
          columns={[
            {
              title: t('plugins.module'),
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  <Space size={4}>
                    <Typography.Text strong>{r.plugin.name[lang]}</Typography.Text>
                    {r.standing === 'county-admin' && (
                      <Tooltip title={t('plugins.asCountyAdminHint')}><Tag color="orange">{t('plugins.asCountyAdmin')}</Tag></Tooltip>
                    )}
                  </Space>
                  <Typography.Text type="secondary">{r.plugin.description?.[lang]}</Typography.Text>
                </Space>
              ),
            },
            { title: t('plugins.version'), render: (_, r) => <Tag>{r.plugin.version}</Tag>, width: 100, responsive: ['md'] },
            {
              title: t('plugins.state'),
              width: phone ? undefined : 260,
              render: (_, r) => {
                const inherited = r.effective.decidedAtUnitId && r.effective.decidedAtUnitId !== unitId;
                const from = inherited ? index?.byId.get(r.effective.decidedAtUnitId!)?.name : null;
                return (
                  <Space wrap size={4}>
                    <Tooltip title={manageable ? undefined : t('plugins.noManage')}>
                      <Switch
                        data-testid={`toggle-${r.plugin.id}`}
                        checked={r.effective.enabled}
                        disabled={!manageable}
                        loading={save.isPending && save.variables?.pluginId === r.plugin.id}
                        onChange={(enabled) => save.mutate({ orgUnitId: unitId, pluginId: r.plugin.id, enabled })}
                      />
                    </Tooltip>
                    <span>{r.effective.enabled ? t('plugins.on') : t('plugins.off')}</span>
                    {from && <Typography.Text type="secondary">{t('plugins.inherited', { unit: from })}</Typography.Text>}
                  </Space>
                );
              },
            },
            {
              title: t('plugins.enabledBelow'),
              responsive: ['md'],
              render: (_, r) => {
                const below = r.rows.filter((row) => row.orgUnitId !== unitId);
                return below.length ? below.map((row) => <Tag key={row.id} color={row.enabled ? 'blue' : 'default'}>{row.orgUnit.name}</Tag>) : '—';
              },
            },
            {
              title: t('common.actions'),
              width: phone ? 80 : 150,
              render: (_, r) => (
                <Space size={4} direction={phone ? 'vertical' : 'horizontal'}>
                  <Button size="small" disabled={!manageable} onClick={() => { form.resetFields(); setSettingsFor(r.plugin.id); }}>
                    {t('plugins.settings')}
                  </Button>
                  <Button size="small" data-testid={`grants-${r.plugin.id}`} onClick={() => setGrantsFor(r.plugin.id)}>
                    {t('plugins.grants')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('plugins.history')} style={{ marginTop: 16 }} loading={history.isLoading} data-testid="module-history" data-loaded={history.isSuccess}>
        {history.data?.length ? (
          <Timeline
            items={history.data.map((h) => ({
              color: / enabled for /.test(h.detail ?? '') ? 'blue' : 'gray',
              children: (
                <Space direction="vertical" size={0}>
                  <span>{historyText(h.detail)}</span>
                  <Typography.Text type="secondary">{new Date(h.at).toLocaleString(i18n.language)} · {h.actorName ?? '—'}</Typography.Text>
                </Space>
              ),
            }))}
          />
        ) : (
          <Typography.Text type="secondary">{t('plugins.noHistory')}</Typography.Text>
        )}
      </Card>
      <Drawer
        open={!!editing}
        width={420}
        title={editing ? t('plugins.settingsOf', { name: editing.plugin.name[lang], unit: unit?.name ?? '' }) : ''}
        onClose={() => setSettingsFor(null)}
        destroyOnHidden
        extra={
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => editing && save.mutate({ orgUnitId: unitId, pluginId: editing.plugin.id, enabled: editing.effective.enabled, settings: form.getFieldsValue() })}
          >
            {t('common.save')}
          </Button>
        }
      >
        {editing && (
          <SettingsForm
            schema={editing.plugin.settingsSchema as SettingsSchema}
            form={form}
            language={i18n.language}
            initialValues={{ ...(editing.plugin.defaultSettings as Record<string, unknown>), ...editing.effective.settings }}
          />
        )}
      </Drawer>
      <ModuleGrantsDrawer
        pluginId={granting?.plugin.id ?? null}
        pluginName={granting?.plugin.name[lang] ?? ''}
        unitId={unitId}
        unitName={unit?.name ?? ''}
        manageable={manageable}
        onClose={() => setGrantsFor(null)}
      />
    </>
  );
}
