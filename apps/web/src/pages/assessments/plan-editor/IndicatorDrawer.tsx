import { Button, Drawer, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { IconPlus } from '../../../app/icons.tsx';
import type { Catalog } from '../types.ts';
import { useBilingual } from '../use-bilingual.ts';
import { setIndicator, withMethod, type IndicatorConfig, type PlanConfig } from './config-ops.ts';
import { methods } from './IndicatorTree.tsx';
import { fieldStatus } from './IssueText.tsx';
import { issuesAt, type ConfigCheck } from './validate.ts';

type Formula = Extract<IndicatorConfig, { method: 'formula' }>;
type Thresholds = Extract<Formula['mapping'], { kind: 'thresholds' }>;

interface Props {
  config: PlanConfig;
  at: { ci: number; gi: number; ii: number };
  check: ConfigCheck;
  editable: boolean;
  catalog: Catalog;
  onChange: (config: PlanConfig) => void;
  onClose: () => void;
}

/** An indicator's full settings: code, standard, method and what the method needs. Edits apply as typed. */
export function IndicatorDrawer({ config, at, check, editable, catalog, onChange, onClose }: Props) {
  const { t } = useTranslation();
  const bi = useBilingual();
  const indicator = config.components[at.ci]?.categories[at.gi]?.indicators[at.ii];
  if (!indicator) return null;
  const path = ['components', at.ci, 'categories', at.gi, 'indicators', at.ii];
  const status = (...field: (string | number)[]) => fieldStatus(issuesAt(check.issues, [...path, ...field]), t);
  const set = (next: IndicatorConfig) => onChange(setIndicator(config, at.ci, at.gi, at.ii, next));
  const metricOptions = groupedMetricOptions(catalog, bi, t('assessments.editor.metricGroupPlain'));

  return (
    <Drawer open width={560} title={t('assessments.editor.indicatorTitle', { name: indicator.name })} onClose={onClose} destroyOnHidden data-testid="indicator-drawer">
      <Form layout="vertical" disabled={!editable}>
        <Space.Compact block>
          <Form.Item label={t('assessments.editor.key')} style={{ width: '35%' }} {...status('key')} extra={t('assessments.editor.keyHint')}>
            <Input value={indicator.key} maxLength={40} onChange={(e) => set({ ...indicator, key: e.target.value })} />
          </Form.Item>
          <Form.Item label={t('assessments.editor.indicatorName')} style={{ width: '65%' }} {...status('name')}>
            <Input value={indicator.name} maxLength={80} onChange={(e) => set({ ...indicator, name: e.target.value })} />
          </Form.Item>
        </Space.Compact>
        <Form.Item label={t('assessments.editor.standard')} extra={t('assessments.editor.standardHint')}>
          <Input.TextArea rows={3} maxLength={1000} value={indicator.standard ?? ''} onChange={(e) => set({ ...indicator, standard: e.target.value || null })} />
        </Form.Item>
        <Form.Item label={t('assessments.editor.method')}>
          <Radio.Group value={indicator.method} optionType="button" onChange={(e) => set(withMethod(indicator, e.target.value))} options={methods.map((m) => ({ value: m, label: t(`assessments.method.${m}`) }))} />
          <div className="muted asm-method-hint">{t(`assessments.methodHint.${indicator.method}`)}</div>
        </Form.Item>
        <Form.Item label={indicator.method === 'bonus' ? t('assessments.editor.bonusCap') : t('assessments.editor.maxScore')} {...status('maxScore')}>
          <InputNumber<number> value={indicator.maxScore} min={0} max={1000} precision={2} onChange={(v) => set({ ...indicator, maxScore: v ?? 0 })} />
        </Form.Item>

        {indicator.method === 'deduction' && (
          <>
            <Form.Item label={t('assessments.editor.pointsPerOccurrence')} {...status('pointsPerOccurrence')}>
              <InputNumber<number> value={indicator.pointsPerOccurrence} min={0} max={1000} precision={2} onChange={(v) => set({ ...indicator, pointsPerOccurrence: v ?? 0 })} />
            </Form.Item>
            <Form.Item label={t('assessments.editor.deductionMetric')} extra={t('assessments.editor.deductionMetricHint')} {...status('metricKey')}>
              <Select allowClear value={indicator.metricKey ?? undefined} options={metricOptions} onChange={(v?: string) => set({ ...indicator, metricKey: v ?? null })} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </>
        )}

        {indicator.method === 'formula' && <FormulaFields indicator={indicator} metricOptions={metricOptions} status={status} onSet={set} />}
      </Form>
    </Drawer>
  );
}

type MetricOption = { value: string; label: string };
type MetricOptions = (MetricOption | { label: string; options: MetricOption[] })[];

/**
 * The metrics to pick from: plain sources (办结率 …) first, then one group per family — each
 * checklist template's score, pass rate and failed items, each survey answer's share — since a
 * county's templates and forms make a long list.
 */
function groupedMetricOptions(catalog: Catalog, bi: ReturnType<typeof useBilingual>, plainLabel: string): MetricOptions {
  const option = (m: Catalog['metrics'][number]): MetricOption => ({ value: m.key, label: `${bi(m.name)}${m.unit ? `(${m.unit})` : ''}${m.source === 'core' ? '' : ` · ${m.source}`}` });
  const plain = catalog.metrics.filter((m) => !m.group).map(option);
  const groups = new Map<string, { label: string; options: MetricOption[] }>();
  for (const m of catalog.metrics) {
    if (!m.group) continue;
    const label = bi(m.group);
    const group = groups.get(label) ?? { label, options: [] };
    group.options.push(option(m));
    groups.set(label, group);
  }
  return groups.size === 0 ? plain : [{ label: plainLabel, options: plain }, ...groups.values()];
}

function FormulaFields({
  indicator,
  metricOptions,
  status,
  onSet,
}: {
  indicator: Formula;
  metricOptions: MetricOptions;
  status: (...field: (string | number)[]) => ReturnType<typeof fieldStatus>;
  onSet: (next: IndicatorConfig) => void;
}) {
  const { t } = useTranslation();
  const map = indicator.mapping;
  const setMap = (mapping: Formula['mapping']) => onSet({ ...indicator, mapping });
  const setBand = (bi: number, patch: Partial<Thresholds['bands'][number]>) => map.kind === 'thresholds' && setMap({ ...map, bands: map.bands.map((b, i) => (i === bi ? { ...b, ...patch } : b)) });
  return (
    <>
      <Form.Item label={t('assessments.editor.metric')} required {...status('metricKey')}>
        <Select value={indicator.metricKey || undefined} options={metricOptions} onChange={(v: string) => onSet({ ...indicator, metricKey: v })} showSearch={{ optionFilterProp: 'label' }} placeholder={t('assessments.editor.metricPlaceholder')} data-testid="indicator-metric" />
      </Form.Item>
      <Form.Item label={t('assessments.editor.mapping')} {...status('mapping')}>
        <Radio.Group
          value={map.kind}
          onChange={(e) => setMap(e.target.value === 'linear' ? { kind: 'linear', from: 0, to: 100 } : { kind: 'thresholds', direction: 'higher', bands: [{ bound: 90, points: indicator.maxScore }] })}
          options={[
            { value: 'linear', label: t('assessments.editor.linear') },
            { value: 'thresholds', label: t('assessments.editor.thresholds') },
          ]}
        />
      </Form.Item>
      {map.kind === 'linear' ? (
        <Space>
          <Form.Item label={t('assessments.editor.linearFrom')}>
            <InputNumber<number> value={map.from} onChange={(v) => setMap({ ...map, from: v ?? 0 })} />
          </Form.Item>
          <Form.Item label={t('assessments.editor.linearTo', { max: indicator.maxScore })}>
            <InputNumber<number> value={map.to} onChange={(v) => setMap({ ...map, to: v ?? 0 })} />
          </Form.Item>
        </Space>
      ) : (
        <>
          <Form.Item label={t('assessments.editor.direction')}>
            <Radio.Group value={map.direction} onChange={(e) => setMap({ ...map, direction: e.target.value })} options={[
              { value: 'higher', label: t('assessments.editor.higher') },
              { value: 'lower', label: t('assessments.editor.lower') },
            ]} />
          </Form.Item>
          {map.bands.map((band, i) => (
            <Space key={i} align="start">
              <Form.Item label={i === 0 ? t('assessments.editor.bound') : undefined} {...status('mapping', 'bands', i, 'bound')}>
                <InputNumber<number> prefix={map.direction === 'higher' ? '≥' : '≤'} value={band.bound} onChange={(v) => setBand(i, { bound: v ?? 0 })} />
              </Form.Item>
              <Form.Item label={i === 0 ? t('assessments.editor.bandPoints') : undefined} {...status('mapping', 'bands', i, 'points')}>
                <InputNumber<number> value={band.points} min={0} precision={2} onChange={(v) => setBand(i, { points: v ?? 0 })} />
              </Form.Item>
              <Button type="link" danger style={{ marginTop: i === 0 ? 30 : 0 }} disabled={map.bands.length === 1} onClick={() => setMap({ ...map, bands: map.bands.filter((_, j) => j !== i) })}>
                ×
              </Button>
            </Space>
          ))}
          {map.bands.length < 20 && (
            <Button type="dashed" size="small" icon={<IconPlus />} onClick={() => setMap({ ...map, bands: [...map.bands, { bound: 0, points: 0 }] })}>
              {t('assessments.editor.addBand')}
            </Button>
          )}
          <div className="muted asm-method-hint">{t(`assessments.editor.thresholdRule.${map.direction}`)}</div>
        </>
      )}
    </>
  );
}
