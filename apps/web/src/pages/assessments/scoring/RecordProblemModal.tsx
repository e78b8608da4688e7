import { recordProblemInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc.ts';
import { useZodForm } from '../../../forms/use-zod-form.ts';
import type { PlanDetail, ScoringSheet } from '../types.ts';
import { useAssessmentInvalidate } from '../use-assessment-invalidate.ts';

/** 存在问题: a problem found while assessing, listed in the 通报 with its rectification requirement. */
export function RecordProblemModal({ plan, sheet, onClose }: { plan: PlanDetail; sheet: ScoringSheet; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useAssessmentInvalidate();
  const { form, rule, validate, showError } = useZodForm(recordProblemInput, () => ({ planId: plan.id }));
  const record = useMutation(trpc.assessment.recordProblem.mutationOptions());

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    record.mutate(input, {
      onSuccess: async () => {
        message.success(t('assessments.problems.recorded'));
        await invalidate();
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal open width={600} title={t('assessments.problems.record')} onCancel={onClose} onOk={() => void submit()} okButtonProps={{ 'data-testid': 'problem-submit' } as ButtonProps} confirmLoading={record.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="orgUnitId" label={t('assessments.units.unit')} required rules={[rule]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={sheet.units.map((u) => ({ value: u.orgUnitId, label: u.name }))} />
        </Form.Item>
        <Form.Item name="indicatorKey" label={t('assessments.entries.indicator')} rules={[rule]}>
          <Select allowClear options={sheet.indicators.map((i) => ({ value: i.key, label: `${i.categoryName} › ${i.name}` }))} />
        </Form.Item>
        <Form.Item name="description" label={t('assessments.problems.description')} required rules={[rule]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item name="requirement" label={t('assessments.problems.requirement')} rules={[rule]}>
          <Input.TextArea rows={2} maxLength={1000} placeholder={t('assessments.problems.requirementPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
