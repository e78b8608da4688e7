import { Alert, Col, Form, InputNumber, Row, Select, Space, Switch } from 'antd';
import { useBilingual } from '@duban/plugin-sdk/web';
import { classifyIncident, handledByNames, handledByValues, type IncidentFacts } from '../../shared/classify-incident.ts';
import { LevelTag } from './tags.tsx';

export const factDefaults: IncidentFacts = {
  harmed: 0, deaths: 0, countiesAffected: 1, prefecturesAffected: 1, provincesAffected: 1, spreading: false,
  crossBorder: false, severeSocialImpact: false, beyondProvincialCapacity: false, handledBy: 'county',
};

/** The facts the grading rules look at, as form fields (inside an antd Form). */
export function FactsFields() {
  const tr = useBilingual();
  const count = (name: keyof IncidentFacts, label: { zh: string; en: string }, min = 0) => (
    <Form.Item name={name} label={tr(label)} rules={[{ required: true, message: tr({ zh: `请填写${label.zh}`, en: `Enter the ${label.en}` }) }]}>
      <InputNumber min={min} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );
  const flag = (name: keyof IncidentFacts, label: { zh: string; en: string }) => (
    <Form.Item name={name} label={tr(label)} valuePropName="checked"><Switch /></Form.Item>
  );
  return (
    <Row gutter={16}>
      <Col span={6}>{count('harmed', { zh: '伤害人数(含死亡)', en: 'Harmed (incl. deaths)' })}</Col>
      <Col span={6}>{count('deaths', { zh: '死亡人数', en: 'Deaths' })}</Col>
      <Col span={4}>{count('countiesAffected', { zh: '涉及县数', en: 'Counties' }, 1)}</Col>
      <Col span={4}>{count('prefecturesAffected', { zh: '涉及地市数', en: 'Prefectures' }, 1)}</Col>
      <Col span={4}>{count('provincesAffected', { zh: '涉及省份数', en: 'Provinces' }, 1)}</Col>
      <Col span={6}>{flag('spreading', { zh: '有进一步扩散趋势', en: 'Spreading' })}</Col>
      <Col span={6}>{flag('crossBorder', { zh: '跨国(境)', en: 'Cross-border' })}</Col>
      <Col span={6}>{flag('severeSocialImpact', { zh: '特别严重社会影响', en: 'Especially serious impact' })}</Col>
      <Col span={6}>{flag('beyondProvincialCapacity', { zh: '超出省级处置能力', en: 'Beyond provincial capacity' })}</Col>
      <Col span={12}>
        <Form.Item name="handledBy" label={tr({ zh: '处置或认定机关', en: 'Handled by' })}>
          <Select options={handledByValues.map((h) => ({ value: h, label: tr(handledByNames[h]) }))} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** The level the facts typed so far suggest, with the criteria that decided it. */
export function SuggestedLevel({ values }: { values: Partial<IncidentFacts> | undefined }) {
  const tr = useBilingual();
  const facts = { ...factDefaults, ...Object.fromEntries(Object.entries(values ?? {}).filter(([, v]) => v !== undefined && v !== null)) } as IncidentFacts;
  const suggestion = classifyIncident(facts);
  return (
    <Alert
      type={suggestion.level === 'IV' ? 'info' : 'warning'} showIcon data-testid="suggested-level"
      title={<Space>{tr({ zh: '建议等级', en: 'Suggested level' })}<LevelTag level={suggestion.level} /></Space>}
      description={suggestion.reasons.map((r) => <div key={r.rule}>{r.rule} {tr(r.criterion)}:{tr(r.facts)}</div>)}
    />
  );
}
