import { Form, Modal, Typography } from 'antd';
import { useBilingual } from '@duban/plugin-sdk/web';
import type { IncidentFacts } from '../../shared/classify-incident.ts';
import { updateFactsInput } from '../../server/schemas/incident.ts';
import { showIssues } from '../form-helpers.ts';
import { FactsFields, SuggestedLevel } from './FactsFields.tsx';

type UpdateInput = ReturnType<typeof updateFactsInput.parse>;

/** 续报更新: harm and reach grow as an incident unfolds; the suggestion follows the new facts. */
export function FactsModal(props: { incidentId: string; initial: IncidentFacts; saving: boolean; onCancel(): void; onSubmit(input: UpdateInput): void }) {
  const tr = useBilingual();
  const [form] = Form.useForm();
  const watched = Form.useWatch([], form) as Partial<IncidentFacts> | undefined;
  const submit = async () => {
    const parsed = updateFactsInput.safeParse({ ...(await form.validateFields()), incidentId: props.incidentId });
    if (!parsed.success) return showIssues(form, parsed.error.issues);
    props.onSubmit(parsed.data);
  };
  return (
    <Modal
      open width={860} destroyOnHidden onCancel={props.onCancel} onOk={submit} confirmLoading={props.saving}
      title={tr({ zh: '更新分级要素', en: 'Update the facts' })} okText={tr({ zh: '保存', en: 'Save' })} cancelText={tr({ zh: '取消', en: 'Cancel' })}
    >
      <Typography.Paragraph type="secondary">
        {tr({ zh: '伤亡人数和影响范围随续报更新,建议等级随之重新计算;已认定的等级不变,需要时请重新认定。', en: 'Update casualties and reach as reports come in; the suggested level is recomputed. A confirmed level stays until it is confirmed again.' })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} initialValues={props.initial}>
        <FactsFields />
        <SuggestedLevel values={watched} />
      </Form>
    </Modal>
  );
}
