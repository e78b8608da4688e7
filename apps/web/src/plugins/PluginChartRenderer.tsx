import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { PluginChartProps } from '@duban/plugin-sdk/web';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// What plugin charts may draw (bars, lines, pies with grid, legend, title, tooltip), registered
// once; the chunk loads with the first plugin page that shows a chart.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export default function PluginChartRenderer({ option, height, ariaLabel }: PluginChartProps) {
  return (
    <div role="img" aria-label={ariaLabel}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: height ?? 320 }} />
    </div>
  );
}
