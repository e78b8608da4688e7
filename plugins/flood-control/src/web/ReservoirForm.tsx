import { Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useBilingual } from '@duban/plugin-sdk/web';
import { reservoirFields } from '../server/schemas.ts';

export type ReservoirValues = {
  name: string;
  kind: 'reservoir' | 'pond';
  capacity: number;
  floodLimitLevel?: number | null;
  adminResponsible?: string | null;
  technicalResponsible?: string | null;
  dangerous: boolean;
  emptied: boolean;
};

/**
 * Create/edit form; validated with the same zod schema as the server before it is sent. Number
 * inputs have no `min`: antd would turn −50 into 0 on blur; the schema refuses it with a message.
 */
export function ReservoirForm(props: { open: boolean; initial?: Partial<ReservoirValues>; saving: boolean; onCancel(): void; onSubmit(values: ReservoirValues): void }) {
  const tr = useBilingual();
  const [form] = Form.useForm<ReservoirValues>();
  const submit = async () => {
    const values = await form.validateFields();
    const parsed = reservoirFields.safeParse(values);
    if (!parsed.success) {
      form.setFields(parsed.error.issues.map((i) => ({ name: i.path[0] as keyof ReservoirValues, errors: [i.message] })));
      return;
    }
    props.onSubmit(parsed.data as ReservoirValues);
  };
  return (
    <Modal
      open={props.open}
      title={props.initial?.name ? tr({ zh: '编辑库塘', en: 'Edit reservoir' }) : tr({ zh: '登记库塘', en: 'Register a reservoir' })}
      onCancel={props.onCancel}
      onOk={submit}
      confirmLoading={props.saving}
      destroyOnHidden
      okText={tr({ zh: '保存', en: 'Save' })}
      cancelText={tr({ zh: '取消', en: 'Cancel' })}
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'reservoir', dangerous: false, emptied: false, ...props.initial }} preserve={false}>
        <Form.Item name="name" label={tr({ zh: '名称', en: 'Name' })} rules={[{ required: true, message: tr({ zh: '请填写名称', en: 'Name is required' }) }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="kind" label={tr({ zh: '类型', en: 'Kind' })}>
          <Select options={[{ value: 'reservoir', label: tr({ zh: '水库', en: 'Reservoir' }) }, { value: 'pond', label: tr({ zh: '山坪塘', en: 'Pond' }) }]} />
        </Form.Item>
        <Form.Item name="capacity" label={tr({ zh: '总库容(万立方米)', en: 'Capacity (10,000 m³)' })} rules={[{ required: true, message: tr({ zh: '请填写库容', en: 'Capacity is required' }) }]}>
          <InputNumber step={0.01} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="floodLimitLevel" label={tr({ zh: '汛限水位(米)', en: 'Flood-season limit level (m)' })}>
          <InputNumber step={0.01} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="adminResponsible" label={tr({ zh: '行政责任人', en: 'Administrative responsible person' })}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="technicalResponsible" label={tr({ zh: '技术责任人', en: 'Technical responsible person' })}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="dangerous" label={tr({ zh: '病险库塘', en: 'Dangerous' })} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="emptied" label={tr({ zh: '空库运行', en: 'Run empty' })} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
