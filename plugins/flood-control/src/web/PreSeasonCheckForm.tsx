import { Form, Input, Modal, Radio } from 'antd';
import { useBilingual } from '@duban/plugin-sdk/web';
import { preSeasonChecklist } from '../server/pre-season-checklist.ts';
import { recordCheckInput } from '../server/schemas.ts';

export type PreSeasonAnswers = { spillway: boolean; gates: boolean; power: boolean; warning: boolean; road: boolean; materials: boolean };

/** 汛前检查: the six points of this season's check, each 是/否, and a note. */
export function PreSeasonCheckForm(props: { open: boolean; name: string; saving: boolean; onCancel(): void; onSubmit(values: { answers: PreSeasonAnswers; note?: string }): void }) {
  const tr = useBilingual();
  const [form] = Form.useForm<{ answers: PreSeasonAnswers; note?: string }>();
  const submit = async () => {
    const values = await form.validateFields();
    const parsed = recordCheckInput.omit({ reservoirId: true }).safeParse(values);
    if (parsed.success) props.onSubmit(parsed.data);
  };
  return (
    <Modal open={props.open} title={tr({ zh: `汛前检查 · ${props.name}`, en: `Pre-season check · ${props.name}` })} onCancel={props.onCancel} onOk={submit}
      confirmLoading={props.saving} destroyOnHidden okText={tr({ zh: '保存', en: 'Save' })} cancelText={tr({ zh: '取消', en: 'Cancel' })}>
      <p style={{ marginTop: 0, color: '#666' }}>{tr({ zh: '本次检查计入本汛期，汛期结束后失效，下一汛期须重新检查。', en: 'The check counts for this flood season and expires when it ends.' })}</p>
      <Form form={form} layout="horizontal" labelCol={{ flex: '180px' }} labelWrap preserve={false} data-testid="pre-season-form">
        {(preSeasonChecklist.items ?? []).map((item) => (
          <Form.Item key={item.key} name={['answers', item.key]} label={tr({ zh: item.label.zh, en: item.label.en ?? item.label.zh })} rules={[{ required: true, message: tr({ zh: '请选择', en: 'Choose one' }) }]}>
            <Radio.Group optionType="button" options={[{ value: true, label: tr({ zh: '是', en: 'Yes' }) }, { value: false, label: tr({ zh: '否', en: 'No' }) }]} />
          </Form.Item>
        ))}
        <Form.Item name="note" label={tr({ zh: '备注', en: 'Note' })}>
          <Input.TextArea maxLength={300} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
