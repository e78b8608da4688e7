import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../api/types.ts';
import { echarts } from './echarts.ts';
import { clickedFeature, layerSeries, type DrawnLayer, type MapLayerFeature } from './layer-series.ts';

type UnitMapData = RouterOutputs['map']['unit'];
const round = (v: number) => Math.round(v * 100) / 100;

export interface UnitMapProps {
  data: UnitMapData;
  /** Choropleth values by unit id (absent: the regions are drawn plain). */
  values?: ReadonlyMap<string, number>;
  unit?: string;
  layers: readonly DrawnLayer[];
  selectedId?: string | null;
  onRegion: (unitId: string) => void;
  onFeature: (layer: DrawnLayer, feature: MapLayerFeature) => void;
}

/**
 * The unit's children drawn from their boundaries (registered as an ECharts map under the unit's
 * id, so each unit is its own map), coloured by the metric, with the layers on top. Regions are
 * keyed by unit id (names repeat across townships); labels and tooltips show the name.
 */
export default function UnitMap({ data, values, unit, layers, selectedId, onRegion, onFeature }: UnitMapProps) {
  const { t } = useTranslation();
  const drawn = data.regions.filter((r) => r.geometry);
  const mapName = `unit:${data.unit.id}`;
  const nameOf = useMemo(() => new Map(data.regions.map((r) => [r.id, r.name])), [data]);
  useMemo(() => {
    const features = drawn.length
      ? drawn.map((r) => ({ type: 'Feature' as const, id: r.id, properties: { name: r.id }, geometry: r.geometry! }))
      : data.unit.geometry ? [{ type: 'Feature' as const, id: data.unit.id, properties: { name: data.unit.id }, geometry: data.unit.geometry }] : [];
    echarts.registerMap(mapName, { type: 'FeatureCollection', features } as never);
  }, [data, mapName]);
  const numbers = values ? [...values.values()] : [];
  const min = numbers.length ? Math.min(...numbers) : 0;
  const max = numbers.length ? Math.max(...numbers) : 1;
  const option = {
    tooltip: { trigger: 'item' },
    visualMap: values && numbers.length
      ? { type: 'continuous', min, max: max === min ? min + 1 : max, left: 8, bottom: 8, calculable: false, itemHeight: 100, inRange: { color: ['#e8f1fb', '#7fb0e6', '#1f5fbf'] }, text: [`${round(max)} ${unit ?? ''}`, `${round(min)}`], textStyle: { fontSize: 11 }, seriesIndex: 0 }
      : undefined,
    geo: {
      map: mapName, roam: true, scaleLimit: { min: 0.8, max: 12 }, layoutCenter: ['50%', '50%'], layoutSize: '95%',
      itemStyle: { areaColor: '#eef3f9', borderColor: '#7a8ca5', borderWidth: 0.8 },
      emphasis: { itemStyle: { areaColor: '#ffd666' }, label: { show: true } },
      select: { itemStyle: { areaColor: '#ffc53d' }, label: { show: true } },
      selectedMode: 'single',
      label: { show: drawn.length <= 40, fontSize: 11, color: '#1d2939', formatter: (p: { name: string }) => nameOf.get(p.name) ?? '' },
      regions: selectedId ? [{ name: selectedId, selected: true }] : [],
      tooltip: { show: true, formatter: (p: { name: string }) => nameOf.get(p.name) ?? '' },
    },
    series: [
      {
        id: 'regions', type: 'map', geoIndex: 0,
        data: drawn.map((r) => ({ name: r.id, value: values?.get(r.id) ?? null })),
        tooltip: {
          formatter: (p: { name: string; value: number | null }) => {
            const name = nameOf.get(p.name) ?? '';
            if (!values) return name;
            return `${name}<br/>${p.value === null || Number.isNaN(p.value) ? t('maps.noValue') : `${Math.round(p.value * 100) / 100} ${unit ?? ''}`}`;
          },
        },
      },
      ...layers.flatMap(layerSeries),
    ],
  };
  const onEvents = {
    click: (p: { componentType: string; seriesType?: string; seriesId?: string; name: string; dataIndex: number; data: unknown }) => {
      if (p.componentType === 'geo' || p.seriesType === 'map') {
        if (nameOf.has(p.name)) onRegion(p.name);
        return;
      }
      const hit = clickedFeature(layers, p.seriesId, p.dataIndex, p.data);
      if (hit) onFeature(hit.layer, hit.feature);
    },
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge onEvents={onEvents} className="unit-map" opts={{ renderer: 'canvas' }} />;
}
