import { BarChart, CustomChart, LineChart, LinesChart, MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// The map draws offline: boundaries registered as a map (no tiles), a choropleth on them, and
// layers as scatter (points), lines and custom polygons on the same geo coordinate system.
// 监测数据 (pages/readings) draws with the same setup: a line of daily maxima, bars of daily
// totals and the threshold as a mark line on a grid — one ECharts registration for map and series.
echarts.use([MapChart, ScatterChart, LinesChart, CustomChart, LineChart, BarChart, GeoComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export { echarts };
