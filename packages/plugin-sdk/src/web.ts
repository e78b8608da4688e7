// The web side of a plugin: lazily loaded pages, navigation entries and dashboard widgets. The
// settings form is not written by the plugin: the core renders it from the settings schema.
import type { ComponentType } from 'react';
import type { PluginManifest } from './manifest.ts';

type Bilingual = { zh: string; en: string };
type LazyComponent = () => Promise<{ default: ComponentType<PluginPageProps> }>;

export interface PluginPageProps {
  /** The org unit the page is opened for (the user's unit where the plugin is enabled). */
  orgUnitId: string;
  /**
   * Whether the user holds a permission at that unit (capture scope for write permissions, view
   * scope for read ones), to offer only the actions the server will allow. The server still decides.
   */
  can(permission: string): boolean;
}

export interface PluginPage {
  /** Relative to /plugins/<id>/, e.g. "" for the plugin's home or "reservoirs". */
  path: string;
  title: Bilingual;
  permission: string;
  component: LazyComponent;
}

export interface PluginNavigation {
  key: string;
  label: Bilingual;
  /** The page path it opens (relative, as in PluginPage). */
  path: string;
  permission: string;
  order?: number;
}

export interface PluginWidget {
  key: string;
  title: Bilingual;
  permission: string;
  component: LazyComponent;
}

export interface PluginWeb<Id extends string = string> {
  manifest: PluginManifest<Id>;
  pages: PluginPage[];
  navigation: PluginNavigation[];
  widgets?: PluginWidget[];
}

export function definePluginWeb<const Id extends string>(manifest: PluginManifest<Id>, parts: Omit<PluginWeb<Id>, 'manifest'>): PluginWeb<Id> {
  return { manifest, ...parts };
}

export { csrfToken, usePluginApi } from './web-client.ts';
export { useBilingual } from './web-locale.ts';
export { PluginChart, provideChartRenderer, type PluginChartProps } from './web-chart.ts';
export { useErrorMessage } from './web-errors.ts';
export { say, type Bilingual } from './bilingual.ts';
