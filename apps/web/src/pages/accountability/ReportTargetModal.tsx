import { reportLetterTargetInput } from '@duban/api/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import type { LetterTargetRow } from './types.ts';

/** 报告完成值 of one target, by the bound unit. */
export function ReportTargetModal({ target, onClose }: { target: LetterTargetRow; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { form, rule, validate, showError } = useZodForm(reportLetterTargetInput, () => ({ targetId: target.id }));
  const report = useMutation(trpc.letter.reportTarget.mutationOptions());
  const submit = async () => {
    const input = await validate();
    if (!input) return;
    report.mutate(input, {
      onSuccess: async () => {
        message.success(t('accountability.letters.reported'));
        await queryClient.invalidateQueries({ queryKey: trpc.letter.pathKey() });
        onClose();
      },
      onError: showError,
    });
  };
  return (
    <Modal open title={t('accountability.letters.reportTitle', { metric: target.metric })} onCancel={onClose} onOk={() => void submit()} okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'report-confirm' } as ButtonProps} confirmLoading={report.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ actualValue: target.actualValue === null ? undefined : Number(target.actualValue) }}>
        <Form.Item name="actualValue" label={`${t('accountability.letters.fields.actualValue')}(${target.unit})`} required rules={[rule]}>
          <InputNumber min={0} style={{ width: '100%' }} data-testid="report-value" />
        </Form.Item>
        <Form.Item name="note" label={t('accountability.letters.fields.note')} rules={[rule]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
