import { useQuery } from '@tanstack/react-query';
import { Card, Col, Spin } from 'antd';
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { PluginPageProps, PluginWidget } from '@duban/plugin-sdk/web';
import { useTRPC } from '../api/trpc.ts';
import { useCan, useCanAt } from '../app/session.ts';
import { loadWebPlugin } from './plugin-host.ts';

const lazyWidgets = new Map<string, ComponentType<PluginPageProps>>();
const widgetComponent = (key: string, widget: PluginWidget) => {
  let C = lazyWidgets.get(key);
  if (!C) {
    C = lazy(widget.component);
    lazyWidgets.set(key, C);
  }
  return C;
};

/** Dashboard cards contributed by the plugins enabled for the user, for their first such unit. */
export function PluginWidgets() {
  const { i18n } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const canAt = useCanAt();
  const mine = useQuery({ ...trpc.plugin.mine.queryOptions(), staleTime: 60_000 });
  const plugins = useQuery({
    queryKey: ['web-plugins', mine.data?.map((p) => p.pluginId)],
    queryFn: () => Promise.all((mine.data ?? []).map(async (p) => ({ enabled: p, web: await loadWebPlugin(p.pluginId) }))),
    enabled: !!mine.data?.length,
    staleTime: Infinity,
  });
  const cards = (plugins.data ?? []).flatMap(({ enabled, web }) =>
    !web || !enabled.units[0] ? [] : (web.widgets ?? []).filter((w) => can(w.permission)).map((w) => ({ w, web, unit: enabled.units[0]! })),
  );
  return (
    <>
      {cards.map(({ w, web, unit }) => {
        const Widget = widgetComponent(`${web.manifest.id}/${w.key}`, w);
        return (
          <Col xs={24} lg={12} key={`${web.manifest.id}/${w.key}`}>
            <Card title={i18n.language === 'en' ? w.title.en : w.title.zh} variant="borderless" style={{ height: '100%' }}>
              <Suspense fallback={<Spin />}>
                <Widget orgUnitId={unit.id} can={(permission) => canAt(permission, unit)} />
              </Suspense>
            </Card>
          </Col>
        );
      })}
    </>
  );
}
