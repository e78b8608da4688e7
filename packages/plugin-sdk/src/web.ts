// The web side of a plugin: lazily loaded pages, navigation entries and dashboard widgets. The
// settings form is not written by the plugin: the core renders it from the settings schema.
import type { ComponentType } from 'react';
import type { PermissionKey, PluginManifest } from './manifest.ts';

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

export interface PluginPage<P extends string = string> {
  /** Relative to /plugins/<id>/, e.g. "" for the plugin's home or "reservoirs". */
  path: string;
  title: Bilingual;
  permission: P;
  component: LazyComponent;
}

export interface PluginNavigation<P extends string = string> {
  key: string;
  label: Bilingual;
  /** The page path it opens (relative, as in PluginPage). */
  path: string;
  permission: P;
  order?: number;
}

export interface PluginWidget<P extends string = string> {
  key: string;
  title: Bilingual;
  permission: P;
  component: LazyComponent;
}

export interface PluginWeb<Id extends string = string> {
  manifest: PluginManifest<Id>;
  pages: PluginPage[];
  navigation: PluginNavigation[];
  widgets?: PluginWidget[];
}

/** What a plugin's web part declares; every permission must be one of its manifest's keys. */
export interface PluginWebParts<P extends string> {
  pages: PluginPage<P>[];
  navigation: PluginNavigation<P>[];
  widgets?: PluginWidget<P>[];
}

export function definePluginWeb<M extends PluginManifest>(manifest: M, parts: PluginWebParts<PermissionKey<M>>): PluginWeb<M['id']> {
  return { manifest, ...parts };
}

export { csrfToken, usePluginApi } from './web-client.ts';
export { useBilingual } from './web-locale.ts';
export { PluginChart, provideChartRenderer, type PluginChartProps } from './web-chart.ts';
export { useErrorMessage } from './web-errors.ts';
export { say, type Bilingual } from './bilingual.ts';
export { RegisterExcel, provideRegisterExcel, type RegisterExcelProps } from './web-register.ts';
