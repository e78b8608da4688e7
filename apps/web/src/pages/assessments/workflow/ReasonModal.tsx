import { reasonInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc.ts';
import { useZodForm } from '../../../forms/use-zod-form.ts';
import type { PlanDetail } from '../types.ts';
import { useAssessmentInvalidate } from '../use-assessment-invalidate.ts';

/**
 * 退回评分 and 更正: both undo a stage and must say why. A correction of a published plan makes a
 * new version; the published one stays as it was.
 */
export function ReasonModal({ plan, action, onClose }: { plan: PlanDetail; action: 'returnToScoring' | 'correct'; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useAssessmentInvalidate();
  const { form, rule, validate, showError } = useZodForm(reasonInput, () => ({ planId: plan.id }));
  const back = useMutation(trpc.assessment.returnToScoring.mutationOptions());
  const correct = useMutation(trpc.assessment.correct.mutationOptions());

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    (action === 'correct' ? correct : back).mutate(input, {
      onSuccess: async (out) => {
        message.success(action === 'correct' ? t('assessments.workflow.corrected', { version: out.versionNumber }) : t('assessments.workflow.done', { action: t(`assessments.actions.${action}`) }));
        await invalidate();
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal
      open
      title={`${t(`assessments.actions.${action}`)} · ${plan.name}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t(`assessments.actions.${action}`)}
      okButtonProps={{ danger: true, 'data-testid': 'reason-submit' } as ButtonProps}
      confirmLoading={back.isPending || correct.isPending}
      destroyOnHidden
    >
      <p>{t(`assessments.confirm.${action}`, { name: plan.name, next: plan.version.number + 1 })}</p>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" label={t('assessments.workflow.reason')} required rules={[rule]}>
          <Input.TextArea rows={3} maxLength={500} showCount autoFocus data-testid="reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
