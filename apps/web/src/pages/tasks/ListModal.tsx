import { listForSupervisionInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import type { TaskDetail } from './types.ts';
import { useTaskInvalidate } from './use-task-invalidate.ts';

/** 挂牌督办 by decision: the item is flagged red everywhere, with the leader answerable for it. */
export function ListModal({ task, onClose }: { task: TaskDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useTaskInvalidate();
  const { form, rule, validate, showError } = useZodForm(listForSupervisionInput, () => ({ taskId: task.id }));
  const list = useMutation(trpc.task.listForSupervision.mutationOptions());

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    list.mutate(input, {
      onSuccess: async () => {
        message.success(t('tasks.list.done'));
        await invalidate();
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal
      open
      title={`${t('tasks.actions.list')} · ${task.serial}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('tasks.actions.list')}
      okButtonProps={{ danger: true, 'data-testid': 'confirm-action' } as ButtonProps}
      confirmLoading={list.isPending}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('tasks.list.hint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" preserve={false} initialValues={{ leader: task.listedLeader ?? task.suggestedLeader ?? '' }} onFinish={() => void submit()}>
        <Form.Item name="leader" label={t('tasks.fields.listedLeader')} required rules={[rule]}>
          <Input maxLength={60} autoFocus placeholder={t('tasks.list.leaderPlaceholder')} data-testid="list-leader" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
