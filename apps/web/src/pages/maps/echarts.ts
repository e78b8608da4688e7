import { CustomChart, LinesChart, MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// The map draws offline: boundaries registered as a map (no tiles), a choropleth on them, and
// layers as scatter (points), lines and custom polygons on the same geo coordinate system.
echarts.use([MapChart, ScatterChart, LinesChart, CustomChart, GeoComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export { echarts };
