import { useQuery } from '@tanstack/react-query';
import { Alert, Result, Select, Space, Spin } from 'antd';
import { lazy, Suspense, useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PluginPageProps, PluginWeb } from '@duban/plugin-sdk/web';
import { useTRPC } from '../api/trpc.ts';
import { useCan, useCanAt } from '../app/session.ts';
import { loadWebPlugin } from './plugin-host.ts';

const lazyPages = new Map<string, ComponentType<PluginPageProps>>();
function lazyPage(plugin: PluginWeb, path: string) {
  const key = `${plugin.manifest.id}/${path}`;
  let Page = lazyPages.get(key);
  if (!Page) {
    const page = plugin.pages.find((p) => p.path === path);
    if (!page) return null;
    Page = lazy(page.component);
    lazyPages.set(key, Page);
  }
  return Page;
}

/**
 * /plugins/:pluginId/* — mounts a plugin's page for a unit where the plugin is enabled for the
 * user. Where it is enabled at several of the user's units, the user picks one.
 */
export default function PluginPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const canAt = useCanAt();
  const params = useParams();
  const pluginId = params.pluginId ?? '';
  const path = params['*'] ?? '';
  const mine = useQuery({ ...trpc.plugin.mine.queryOptions(), staleTime: 60_000 });
  const enabled = mine.data?.find((p) => p.pluginId === pluginId);
  const plugin = useQuery({ queryKey: ['web-plugin', pluginId], queryFn: () => loadWebPlugin(pluginId), enabled: !!enabled, staleTime: Infinity });
  const [unitId, setUnitId] = useState<string | undefined>();
  const units = useMemo(() => enabled?.units ?? [], [enabled]);
  const currentUnit = unitId ?? units[0]?.id;

  if (mine.isPending || (enabled && plugin.isPending)) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (!enabled || !plugin.data) {
    return <Result status="403" title={t('plugins.notEnabledTitle')} subTitle={t('plugins.notEnabled')} data-testid="forbidden" />;
  }
  const page = plugin.data.pages.find((p) => p.path === path);
  const Page = page ? lazyPage(plugin.data, path) : null;
  if (!page || !Page) return <Result status="404" title={t('plugins.pageMissing')} />;
  if (!can(page.permission)) return <Result status="403" title={t('forbidden.title')} data-testid="forbidden" />;
  const name = i18n.language === 'en' ? plugin.data.manifest.name.en : plugin.data.manifest.name.zh;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {units.length > 1 && (
        <Space>
          <span>{t('plugins.unit', { name })}</span>
          <Select style={{ minWidth: 220 }} value={currentUnit} onChange={setUnitId} options={units.map((u) => ({ value: u.id, label: u.name }))} />
        </Space>
      )}
      {!currentUnit ? (
        <Alert type="info" showIcon message={t('plugins.noUnit')} />
      ) : (
        <Suspense fallback={<Spin style={{ display: 'block', margin: '80px auto' }} />}>
          <Page key={currentUnit} orgUnitId={currentUnit} can={(permission) => canAt(permission, units.find((u) => u.id === currentUnit))} />
        </Suspense>
      )}
    </Space>
  );
}
