import { useQueries, useQuery, useQueryClient, useMutation } from '@tanstack/react-query';
import { Alert, App, Breadcrumb, Button, Card, Checkbox, Descriptions, Empty, Popconfirm, Select, Space, Spin, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { usePermissionRoots, withinRoots } from '../../components/use-permission-roots.ts';
import { useOrgUnits } from '../../components/use-org-units.ts';
import { ImportBoundariesModal } from './ImportBoundariesModal.tsx';
import { ImportLayerModal } from './ImportLayerModal.tsx';
import type { DrawnLayer, MapLayerFeature } from './layer-series.ts';
import './maps.css';

const UnitMap = lazy(() => import('./UnitMap.tsx'));

const thisYear = new Date().getFullYear();

/**
 * 地图: the unit the user is at, its children drawn from their boundaries, coloured by any metric;
 * a click selects a region (drill down, or open the unit), layers are switched on beside it.
 */
export default function MapPage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const trpc = useTRPC();
  const can = useCan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { roots } = usePermissionRoots('core.map.read');
  const { roots: manageRoots } = usePermissionRoots('core.map.manage');
  const { index } = useOrgUnits();
  const params = useParams();
  const unitId = params.unitId ?? roots[0]?.id ?? '';
  const [metricKey, setMetricKey] = useState<string | null>(null);
  const [year, setYear] = useState(thisYear);
  const [shown, setShown] = useState<string[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [feature, setFeature] = useState<{ layer: DrawnLayer; feature: MapLayerFeature } | null>(null);
  const [importing, setImporting] = useState<'layer' | 'boundaries' | null>(null);

  const map = useQuery({ ...trpc.map.unit.queryOptions({ unitId }), enabled: !!unitId });
  const metrics = useQuery(trpc.map.metrics.queryOptions());
  const values = useQuery({ ...trpc.map.metricValues.queryOptions({ unitId, metricKey: metricKey ?? '', year }), enabled: !!unitId && !!metricKey });
  const layers = useQuery(trpc.map.layers.queryOptions());
  const features = useQueries({ queries: shown.map((layerId) => ({ ...trpc.map.layerFeatures.queryOptions({ layerId }), staleTime: 60_000 })) });
  const deleteLayer = useMutation(trpc.map.deleteLayer.mutationOptions());

  const drawnLayers = useMemo<DrawnLayer[]>(
    () => shown.flatMap((id, i) => {
      const layer = layers.data?.find((l) => l.id === id);
      const data = features[i]?.data;
      return layer && data ? [{ id, name: layer.name, color: layer.color, features: data }] : [];
    }),
    [shown, layers.data, ...features.map((f) => f.data)],
  );
  const valueMap = useMemo(() => (values.data ? new Map(values.data.values.map((v) => [v.orgUnitId, v.value])) : undefined), [values.data]);
  const region = map.data?.regions.find((r) => r.id === selected) ?? null;
  const undrawn = map.data?.regions.filter((r) => !r.geometry) ?? [];
  // The way back up: the unit's ancestors the user may see (the org index has them).
  const trail = useMemo(() => {
    const out: { id: string; name: string }[] = [];
    let u = index?.byId.get(unitId);
    while (u && withinRoots(roots, u)) {
      out.unshift({ id: u.id, name: u.name });
      u = u.parentId ? index?.byId.get(u.parentId) : undefined;
    }
    return out;
  }, [index, unitId, roots]);
  const metricOptions = useMemo(() => {
    const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
    for (const m of metrics.data ?? []) {
      const g = m.group ? (en ? m.group.en : m.group.zh) : m.source;
      const entry = groups.get(g) ?? { label: g, options: [] };
      entry.options.push({ value: m.key, label: `${en ? m.name.en : m.name.zh}${m.unit ? `(${m.unit})` : ''}` });
      groups.set(g, entry);
    }
    return [...groups.values()];
  }, [metrics.data, en]);

  const go = (id: string) => {
    setSelected(null);
    setFeature(null);
    void navigate(`/map/${id}`);
  };

  return (
    <>
      <PageHeader
        title={t('maps.title')}
        subtitle={t('maps.subtitle')}
        extra={
          <Space wrap>
            {can('core.map.layers') && <Button onClick={() => setImporting('layer')} data-testid="import-layer">{t('maps.importLayer')}</Button>}
            {map.data && withinRoots(manageRoots, index?.byId.get(unitId) ?? { path: '\u0000' }) && (
              <Button onClick={() => setImporting('boundaries')}>{t('maps.importBoundaries')}</Button>
            )}
          </Space>
        }
      />
      <div className="map-layout">
        <Card variant="borderless" className="map-canvas-card">
          <div className="map-toolbar">
            <Breadcrumb items={trail.map((u, i) => ({ title: i === trail.length - 1 ? u.name : <a onClick={() => go(u.id)}>{u.name}</a> }))} />
            <Space wrap>
              <Select
                className="map-metric" allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('maps.metric')} value={metricKey ?? undefined}
                onChange={(v) => setMetricKey(v ?? null)} options={metricOptions} loading={metrics.isPending} popupMatchSelectWidth={false} data-testid="map-metric"
              />
              <Select value={year} onChange={setYear} options={[0, 1, 2].map((d) => ({ value: thisYear - d, label: String(thisYear - d) }))} aria-label={t('maps.year')} />
            </Space>
          </div>
          {map.error && <QueryError error={map.error} onRetry={() => void map.refetch()} />}
          {values.error && <QueryError error={values.error} onRetry={() => void values.refetch()} />}
          {map.isPending && unitId ? (
            <div className="unit-map map-loading"><Spin /></div>
          ) : map.data && (map.data.unit.geometry || map.data.regions.some((r) => r.geometry)) ? (
            <Suspense fallback={<div className="unit-map map-loading"><Spin /></div>}>
              <UnitMap
                data={map.data} values={valueMap} unit={values.data?.unit} layers={drawnLayers} selectedId={selected}
                onRegion={(id) => { setSelected(id); setFeature(null); }}
                onFeature={(layer, f) => { setFeature({ layer, feature: f }); setSelected(null); }}
              />
            </Suspense>
          ) : map.data ? (
            <Empty className="map-empty" description={t('maps.noBoundary')} />
          ) : null}
          {undrawn.length > 0 && map.data?.regions.some((r) => r.geometry) && (
            <Alert type="info" showIcon className="map-undrawn"
              message={t('maps.undrawn', { count: undrawn.length, names: undrawn.slice(0, 8).map((r) => r.name).join(en ? ', ' : '、') + (undrawn.length > 8 ? '…' : '') })} />
          )}
        </Card>
        <div className="map-side">
          <Card size="small" title={t('maps.selected')} data-testid="map-selected">
            {region ? (
              <>
                <Typography.Title level={5} style={{ marginTop: 0 }}>{region.name}</Typography.Title>
                {metricKey && (
                  <Descriptions size="small" column={1} items={[{ key: 'v', label: values.data ? (en ? values.data.name.en : values.data.name.zh) : t('maps.value'),
                    children: valueMap?.has(region.id) ? `${Math.round(valueMap.get(region.id)! * 100) / 100} ${values.data?.unit ?? ''}` : t('maps.noValue') }]} />
                )}
                <Space wrap style={{ marginTop: 8 }}>
                  {region.level !== 'village' && region.level !== 'group' && <Button type="primary" onClick={() => go(region.id)} data-testid="map-drill">{t('maps.drillDown')}</Button>}
                  <Link to={`/org-units/${region.id}`}><Button data-testid="map-open-unit">{t('maps.openUnit')}</Button></Link>
                </Space>
              </>
            ) : feature ? (
              <>
                <Typography.Title level={5} style={{ marginTop: 0 }}>{feature.feature.name} <Tag color={feature.layer.color}>{feature.layer.name}</Tag></Typography.Title>
                <Descriptions size="small" column={1} items={Object.entries(feature.feature.properties).slice(0, 12).map(([k, v]) => ({ key: k, label: k, children: String(v) }))} />
                {feature.feature.href && <Link to={feature.feature.href}><Button style={{ marginTop: 8 }}>{t('maps.openUnit')}</Button></Link>}
              </>
            ) : (
              <Typography.Text type="secondary">{t('maps.clickHint')}</Typography.Text>
            )}
          </Card>
          <Card size="small" title={t('maps.layers')} data-testid="map-layers">
            {layers.error && <QueryError error={layers.error} onRetry={() => void layers.refetch()} />}
            {(layers.data ?? []).length === 0 ? (
              <Typography.Text type="secondary">{t('maps.noLayers')}</Typography.Text>
            ) : (
              <Checkbox.Group value={shown} onChange={(v) => setShown(v as string[])} className="map-layer-list">
                {(layers.data ?? []).map((l) => (
                  <div key={l.id} className="map-layer-row">
                    <Checkbox value={l.id} data-testid={`layer-${l.name}`}>
                      <span className="map-swatch" style={{ background: l.color }} /> {l.name}
                    </Checkbox>
                    <Typography.Text type="secondary" className="map-layer-meta">
                      {t('maps.features', { count: l.features })} · {l.ownerUnit}
                    </Typography.Text>
                    {l.source === 'core' && can('core.map.layers') && (
                      <Popconfirm title={t('maps.deleteLayerConfirm', { name: l.name })}
                        onConfirm={() => deleteLayer.mutate({ layerId: l.id }, {
                          onSuccess: async () => {
                            message.success(t('maps.deleted'));
                            setShown((s) => s.filter((x) => x !== l.id));
                            await queryClient.invalidateQueries({ queryKey: trpc.map.layers.pathKey() });
                          },
                        })}>
                        <Button size="small" type="link" danger>{t('maps.deleteLayer')}</Button>
                      </Popconfirm>
                    )}
                  </div>
                ))}
              </Checkbox.Group>
            )}
          </Card>
        </div>
      </div>
      {importing === 'layer' && <ImportLayerModal onClose={() => setImporting(null)} onImported={(id) => setShown((s) => [...s, id])} />}
      {importing === 'boundaries' && map.data && <ImportBoundariesModal unit={map.data.unit} onClose={() => setImporting(null)} />}
    </>
  );
}
