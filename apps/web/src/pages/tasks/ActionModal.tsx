import { handleTaskInput, verifyTaskInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import type { TaskDetail } from './types.ts';
import { useTaskInvalidate } from './use-task-invalidate.ts';

/** Every step but 申请办结 (which carries evidence): a confirmation with a note. */
export type SimpleAction = 'sign' | 'start' | 'pass' | 'fail' | 'notify' | 'reopen';
const handled = new Set<SimpleAction>(['sign', 'start']);
/** 核查不通过 and 重新整改 must say why (the server refuses them otherwise). */
const needsReason = new Set<SimpleAction>(['fail', 'reopen']);

export function ActionModal({ task, action, onClose }: { task: TaskDetail; action: SimpleAction; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useTaskInvalidate();
  const isHandle = handled.has(action);
  const reason = needsReason.has(action);
  const { form, rule, validate, showError } = useZodForm(isHandle ? handleTaskInput : verifyTaskInput, () => ({ taskId: task.id, action }));
  const handle = useMutation(trpc.task.handle.mutationOptions());
  const verify = useMutation(trpc.task.verify.mutationOptions());

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    const note = (input.note as string | null | undefined) || undefined;
    const options = {
      onSuccess: async () => {
        message.success(t('tasks.actionDone', { action: t(`tasks.actions.${action}`) }));
        await invalidate();
        onClose();
      },
      onError: showError,
    };
    if (action === 'sign' || action === 'start') handle.mutate({ taskId: task.id, action, note }, options);
    else verify.mutate({ taskId: task.id, action, note }, options);
  };

  return (
    <Modal
      open
      title={`${t(`tasks.actions.${action}`)} · ${task.serial}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t(`tasks.actions.${action}`)}
      okButtonProps={{ danger: reason, 'data-testid': 'confirm-action' } as ButtonProps}
      confirmLoading={handle.isPending || verify.isPending}
      destroyOnHidden
    >
      <p>{t(`tasks.confirm.${action}`, { title: task.title })}</p>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="note"
          label={reason ? t('tasks.verify.reason') : t('tasks.verify.note')}
          required={reason}
          rules={[
            ...(reason ? [{ required: true, whitespace: true, message: t('tasks.verify.reasonRequired') }] : []),
            rule,
          ]}
        >
          <Input.TextArea
            rows={4}
            maxLength={2000}
            showCount
            autoFocus
            placeholder={reason ? t(`tasks.verify.reasonPlaceholder.${action as 'fail' | 'reopen'}`) : t('tasks.verify.notePlaceholder')}
            data-testid={action === 'fail' ? 'fail-reason' : `${action}-note`}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
