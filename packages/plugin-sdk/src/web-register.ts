// The web side of a register (server-registers.ts): one component a plugin page mounts for 导入
// (template, check, progress, errors with the user's own workbook, confirm) and 导出 (with the
// list's filters). It is drawn by the host app's Excel import dialog — the one every core import
// uses — which the app provides once at start-up, as it does for charts.
import { createElement, Suspense, type ComponentType } from 'react';
import type { Bilingual } from './bilingual.ts';

export interface RegisterExcelProps {
  /** The router path of the register's procedures: `flood-control.reservoir` (its template, import, export). */
  path: string;
  /** The unit the page is for: imports land at it or below, exports cover its subtree. */
  orgUnitId: string;
  /** The list's current filters, passed to the export. */
  filters?: Record<string, unknown>;
  /** Whether to offer 导入 (the write permission at the unit; the server still decides). */
  canImport: boolean;
  /** The register's name, for the dialog's title and file names. */
  name: Bilingual;
  /** After a committed import (refresh the list). */
  onImported?: () => unknown;
}

let renderer: ComponentType<RegisterExcelProps> | null = null;

/** Called by the host app (apps/web) with its implementation. */
export function provideRegisterExcel(component: ComponentType<RegisterExcelProps>) {
  renderer = component;
}

export function RegisterExcel(props: RegisterExcelProps) {
  if (!renderer) return null;
  return createElement(Suspense, { fallback: null }, createElement(renderer, props));
}
