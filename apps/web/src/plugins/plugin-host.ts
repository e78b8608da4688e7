import { lazy } from 'react';
import { provideChartRenderer, provideRegisterExcel, type PluginWeb } from '@duban/plugin-sdk/web';
import { webPlugins } from '../generated/plugins.ts';

// Plugin charts (<PluginChart>) are drawn with the app's own ECharts, loaded on first use.
provideChartRenderer(lazy(() => import('./PluginChartRenderer.tsx')));
// A register's 导入 / 导出 (<RegisterExcel>) is the app's own Excel import dialog.
provideRegisterExcel(lazy(() => import('./RegisterExcelActions.tsx')));

// The web parts of the discovered plugins (generated registry). Each is its own chunk, loaded
// only for users who have the plugin enabled somewhere.
const loaded = new Map<string, Promise<PluginWeb>>();

export const knownPluginIds = () => webPlugins.map((p) => p.id);

export function loadWebPlugin(id: string): Promise<PluginWeb> | null {
  const entry = webPlugins.find((p) => p.id === id);
  if (!entry) return null;
  let promise = loaded.get(id);
  if (!promise) {
    promise = entry.load().then((m) => m.default);
    loaded.set(id, promise);
  }
  return promise;
}

/** `/plugins/flood-control/` + page path. */
export const pluginPagePath = (pluginId: string, pagePath: string) => `/plugins/${pluginId}${pagePath ? `/${pagePath}` : ''}`;
