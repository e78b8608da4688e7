import { completeCaseStepInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import type { JointCaseStep } from './types.ts';
import { useCaseInvalidate } from './use-case-invalidate.ts';

/** One step of a share done (断电, 下达通知 …), with an optional note of what was done. */
export function CompleteStepModal({ step, onClose }: { step: JointCaseStep; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useCaseInvalidate();
  const { form, rule, validate, showError } = useZodForm(completeCaseStepInput, () => ({ stepId: step.id }));
  const complete = useMutation(trpc.jointCase.completeStep.mutationOptions());
  const submit = async () => {
    const input = await validate();
    if (!input) return;
    complete.mutate(input, {
      onSuccess: async () => {
        message.success(t('jointCases.step.done', { name: step.name }));
        await invalidate();
        onClose();
      },
      onError: showError,
    });
  };
  return (
    <Modal
      open
      title={t('jointCases.step.completeTitle', { name: step.name })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('jointCases.step.complete')}
      okButtonProps={{ 'data-testid': 'step-confirm' } as ButtonProps}
      confirmLoading={complete.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="note" label={t('jointCases.step.note')} rules={[rule]}>
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('jointCases.step.notePlaceholder')} data-testid="step-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
