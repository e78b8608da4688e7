import { accountabilityFormKeys, recordAccountabilityInput } from '@duban/api/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, Modal, Radio, Row, Select } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useCanAt, useMe } from '../../app/session.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { useOrgUnits } from '../../components/use-org-units.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { SubjectSelect, type SubjectKind } from './SubjectSelect.tsx';

const isGroup = (u: OrgUnit) => u.level === 'group';
/** A person held accountable works in a township, village or department. */
const holdsPeople = (u: OrgUnit) => u.level !== 'county' && u.level !== 'group';
const subjectField = { task: 'taskId', jointCase: 'jointCaseId', letter: 'letterId' } as const;

/** 登记问责: who, in which unit, in which form, why, decided when and by whom — about an item, a case or a letter. */
export function RecordAccountabilityModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const canAt = useCanAt();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { index } = useOrgUnits();
  const [kind, setKind] = useState<SubjectKind>('task');
  const { form, rule, validate, showError } = useZodForm(recordAccountabilityInput, (): object => {
    const subject = form.getFieldValue('subject') as string | undefined;
    return { decidedAt: (form.getFieldValue('decidedAtDay') as Dayjs | undefined)?.startOf('day').toISOString(), [subjectField[kind]]: subject };
  });
  const record = useMutation(trpc.accountability.record.mutationOptions());
  const canDecideAt = useCallback((u: OrgUnit) => canAt('core.task.verify', u), [canAt]);
  useEffect(() => {
    if (form.isFieldTouched('decidingUnitId')) return;
    const own = index?.byId.get(me.orgUnitId);
    form.setFieldValue('decidingUnitId', own && canAt('core.task.verify', own) ? own.id : me.scopes['core.task.verify']?.[0]?.id);
  }, [form, index, me, canAt]);

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    record.mutate(input, {
      onSuccess: async () => {
        message.success(t('accountability.register.recorded'));
        await queryClient.invalidateQueries({ queryKey: trpc.accountability.pathKey() });
        onClose();
      },
      onError: showError,
    });
  };
  const f = (k: string) => t(`accountability.register.fields.${k}`);

  return (
    <Modal open width={680} title={t('accountability.register.recordTitle')} onCancel={onClose} onOk={() => void submit()} okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'accountability-submit' } as ButtonProps} confirmLoading={record.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ form: 'admonition', decidedAtDay: dayjs() }} data-testid="accountability-form">
        <Row gutter={12}>
          <Col xs={24} md={12}><Form.Item name="personName" label={f('personName')} required rules={[rule]}><Input maxLength={30} data-testid="accountability-person" /></Form.Item></Col>
          <Col xs={24} md={12}><Form.Item name="position" label={f('position')} rules={[rule]}><Input maxLength={30} /></Form.Item></Col>
          <Col xs={24} md={12}><Form.Item name="orgUnitId" label={f('orgUnit')} required rules={[rule]}><OrgUnitTreeSelect selectable={holdsPeople} prune={isGroup} data-testid="accountability-unit" /></Form.Item></Col>
          <Col xs={24} md={12}><Form.Item name="decidingUnitId" label={f('decidingUnit')} required rules={[rule]}><OrgUnitTreeSelect selectable={canDecideAt} prune={isGroup} /></Form.Item></Col>
          <Col xs={24} md={12}>
            <Form.Item name="form" label={f('form')} required rules={[rule]}>
              <Select options={accountabilityFormKeys.map((k) => ({ value: k, label: t(`accountability.register.forms.${k}`) }))} data-testid="accountability-form-select" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}><Form.Item name="decidedAtDay" label={f('decidedAt')} required rules={[{ required: true, message: t('form.required') }]}><DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} /></Form.Item></Col>
          <Col xs={12} md={6}><Form.Item name="documentNo" label={f('documentNo')} rules={[rule]}><Input maxLength={60} /></Form.Item></Col>
        </Row>
        <Form.Item name="reason" label={f('reason')} required rules={[rule]}>
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('accountability.register.placeholders.reason')} data-testid="accountability-reason" />
        </Form.Item>
        <Form.Item label={t('accountability.register.subject')} required extra={t('accountability.register.subjectHint')}>
          <Radio.Group optionType="button" value={kind} onChange={(e) => { setKind(e.target.value as SubjectKind); form.setFieldValue('subject', undefined); }}
            options={(['task', 'jointCase', 'letter'] as const).map((k) => ({ value: k, label: t(`accountability.register.subjectKinds.${k}`) }))} style={{ marginBottom: 8 }} />
          <Form.Item name="subject" noStyle rules={[{ required: true, message: t('accountability.register.subjectHint') }]}>
            <SubjectSelect kind={kind} testId="accountability-subject" />
          </Form.Item>
        </Form.Item>
      </Form>
    </Modal>
  );
}
