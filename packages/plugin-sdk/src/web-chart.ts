// Charts for plugin pages, drawn by the host app's ECharts. A plugin depends on no chart library:
// it hands an ECharts option to <PluginChart>, and the web app (which already bundles a trimmed
// ECharts for its own dashboards) provides the renderer once at start-up, so every plugin's
// charts share one copy and one look.
import { createElement, Suspense, type ComponentType } from 'react';

export interface PluginChartProps {
  /** An ECharts option object (series types: bar, line, pie; grid, legend, tooltip, title). */
  option: Record<string, unknown>;
  height?: number;
  /** For tests and screen readers: what the chart shows. */
  ariaLabel?: string;
}

let renderer: ComponentType<PluginChartProps> | null = null;

/** Called by the host app (apps/web) with its ECharts-backed component. */
export function provideChartRenderer(component: ComponentType<PluginChartProps>) {
  renderer = component;
}

export function PluginChart(props: PluginChartProps) {
  const height = props.height ?? 320;
  if (!renderer) return createElement('div', { style: { height }, role: 'img', 'aria-label': props.ariaLabel });
  return createElement(Suspense, { fallback: createElement('div', { style: { height } }) }, createElement(renderer, { ...props, height }));
}
