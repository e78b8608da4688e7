import { recordCallbackInput } from '@duban/api/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Radio } from 'antd';
import { Modal, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { RevealPhone } from './RevealPhone.tsx';
import type { CallbackRow } from './types.ts';

const outcomes = ['reached_confirmed', 'reached_denied', 'unreachable'] as const;

/** 记录回访结果: call the household (reveal the number if allowed), then say what they said. */
export function RecordCallbackModal({ callback, canReveal, onClose }: { callback: CallbackRow; canReveal: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { form, rule, validate, showError } = useZodForm(recordCallbackInput, () => ({ callbackId: callback.id }));
  const record = useMutation(trpc.survey.callback.record.mutationOptions());
  const s = callback.survey;

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    record.mutate(input, {
      onSuccess: async () => {
        message.success(t('surveys.callbacks.recorded'));
        await queryClient.invalidateQueries({ queryKey: trpc.survey.callback.pathKey() });
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal open title={t('surveys.callbacks.record')} onCancel={onClose} onOk={() => void submit()} okText={t('common.save')} confirmLoading={record.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'callback-save' } as ButtonProps}>
      <p>
        <strong>{s.respondentName}</strong> <RevealPhone surveyId={s.id} masked={s.phoneMasked} canReveal={canReveal} />
        <br />
        <span className="muted">{s.township.name} · {s.village.name} · {s.address} · {s.group.name} {s.submittedByName}</span>
      </p>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ outcome: 'reached_confirmed' }}>
        <Form.Item name="outcome" label={t('surveys.callbacks.outcome')} required rules={[rule]}>
          <Radio.Group options={outcomes.map((o) => ({ value: o, label: t(`surveys.callbacks.outcomes.${o}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('surveys.callbacks.note')} rules={[rule]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('surveys.callbacks.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
