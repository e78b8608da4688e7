import { Col, DatePicker, Divider, Form, Input, Modal, Row, Select, Switch, Typography } from 'antd';
import { useBilingual } from '@duban/plugin-sdk/web';
import type { IncidentFacts } from '../../shared/classify-incident.ts';
import { createIncidentInput } from '../../server/schemas/incident.ts';
import { isoOf, showIssues } from '../form-helpers.ts';
import { factDefaults, FactsFields, SuggestedLevel } from './FactsFields.tsx';

type CreateInput = ReturnType<typeof createIncidentInput.parse>;

/** 登记事故: the facts, with the level they suggest shown live as the user types. */
export function IncidentForm(props: { open: boolean; orgUnitId: string; units: { id: string; name: string }[]; saving: boolean; onCancel(): void; onSubmit(input: CreateInput): void }) {
  const tr = useBilingual();
  const [form] = Form.useForm();
  const watched = Form.useWatch([], form) as Partial<IncidentFacts> & { reported?: boolean } | undefined;

  const submit = async () => {
    const v = await form.validateFields();
    const parsed = createIncidentInput.safeParse({
      ...v, orgUnitId: v.orgUnitId ?? props.orgUnitId, occurredAt: isoOf(v.occurredAt), discoveredAt: isoOf(v.discoveredAt),
      initialReport: v.reported ? { reportedAt: isoOf(v.initialReport?.reportedAt), reportedTo: v.initialReport?.reportedTo, content: v.initialReport?.content } : null,
    });
    if (!parsed.success) return showIssues(form, parsed.error.issues);
    props.onSubmit(parsed.data);
  };
  return (
    <Modal
      open={props.open} width={860} destroyOnHidden onCancel={props.onCancel} onOk={submit} confirmLoading={props.saving}
      title={tr({ zh: '登记食品安全事故', en: 'Record a food-safety incident' })} okText={tr({ zh: '保存', en: 'Save' })} cancelText={tr({ zh: '取消', en: 'Cancel' })}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ ...factDefaults, orgUnitId: props.orgUnitId, reported: true, initialReport: { reportedTo: '县市场监督管理局' } }}>
        <Row gutter={16}>
          <Col span={12}><Form.Item name="title" label={tr({ zh: '事故名称', en: 'Incident' })} rules={[{ required: true, message: tr({ zh: '请填写事故名称', en: 'Enter the incident name' }) }]}><Input maxLength={100} /></Form.Item></Col>
          <Col span={12}>
            <Form.Item name="orgUnitId" label={tr({ zh: '事发单位(责任单位)', en: 'Responsible unit' })}>
              <Select showSearch optionFilterProp="label" options={props.units.map((u) => ({ value: u.id, label: u.name }))} />
            </Form.Item>
          </Col>
          <Col span={12}><Form.Item name="occurredAt" label={tr({ zh: '发生时间', en: 'Occurred' })} rules={[{ required: true, message: tr({ zh: '请选择发生时间', en: 'Choose the time' }) }]}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={12}><Form.Item name="discoveredAt" label={tr({ zh: '发现时间', en: 'Discovered' })} rules={[{ required: true, message: tr({ zh: '请选择发现时间', en: 'Choose the time' }) }]}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={12}><Form.Item name="place" label={tr({ zh: '发生地点', en: 'Place' })} rules={[{ required: true, message: tr({ zh: '请填写发生地点', en: 'Enter the place' }) }]}><Input maxLength={200} /></Form.Item></Col>
          <Col span={12}><Form.Item name="unitsInvolved" label={tr({ zh: '涉事单位', en: 'Units involved' })} rules={[{ required: true, message: tr({ zh: '请填写涉事单位', en: 'Enter the units involved' }) }]}><Input maxLength={300} /></Form.Item></Col>
        </Row>
        <Form.Item name="description" label={tr({ zh: '事故经过', en: 'Description' })}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
        <Divider titlePlacement="start">{tr({ zh: '分级要素', en: 'Facts for grading' })}</Divider>
        <FactsFields />
        <SuggestedLevel values={watched} />
        <Divider titlePlacement="start">{tr({ zh: '首报', en: 'First report' })}</Divider>
        <Form.Item name="reported" label={tr({ zh: '事发单位已报告', en: 'Reported by the unit' })} valuePropName="checked"><Switch /></Form.Item>
        {watched?.reported !== false && (
          <Row gutter={16}>
            <Col span={8}><Form.Item name={['initialReport', 'reportedAt']} label={tr({ zh: '首报时间', en: 'Reported at' })} rules={[{ required: true, message: tr({ zh: '请选择首报时间', en: 'Choose the report time' }) }]}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} /></Form.Item></Col>
            <Col span={8}><Form.Item name={['initialReport', 'reportedTo']} label={tr({ zh: '报告对象', en: 'Reported to' })}><Input maxLength={100} /></Form.Item></Col>
            <Col span={8}><Form.Item name={['initialReport', 'content']} label={tr({ zh: '报告内容', en: 'Report' })}><Input maxLength={2000} /></Form.Item></Col>
          </Row>
        )}
        <Typography.Text type="secondary">
          {tr({ zh: '不报告或超过瞒报时限才报告,视为隐瞒不报,一票否决。', en: 'Not reporting, or reporting after the concealment limit, counts as concealment and is vetoed.' })}
        </Typography.Text>
      </Form>
    </Modal>
  );
}
