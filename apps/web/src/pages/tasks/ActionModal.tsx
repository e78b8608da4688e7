import { handleTaskInput, verifyTaskInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import type { TaskDetail } from './types.ts';
import { useTaskInvalidate } from './use-task-invalidate.ts';

/** Every step but 申请办结 (which carries evidence) and 转办: a confirmation with a note. */
export type SimpleAction = 'sign' | 'start' | 'pass' | 'fail' | 'notify' | 'reopen' | 'return' | 'track' | 'stagePass';
const handled = new Set<SimpleAction>(['sign', 'start', 'return']);
/** These must say why (the server refuses them otherwise). */
const needsReason = new Set<SimpleAction>(['fail', 'reopen', 'return', 'track', 'stagePass']);
/** 长期跟踪 takes the next report date, which becomes the item's deadline. */
const needsDate = new Set<SimpleAction>(['track', 'stagePass']);
const endOfDay = (d: Dayjs | undefined) => (d ? d.endOf('day').toISOString() : undefined);

export function ActionModal({ task, action, onClose }: { task: TaskDetail; action: SimpleAction; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useTaskInvalidate();
  const isHandle = handled.has(action);
  const reason = needsReason.has(action);
  const dated = needsDate.has(action);
  const { form, rule, validate, showError } = useZodForm(isHandle ? handleTaskInput : verifyTaskInput, (): object => ({
    taskId: task.id, action, ...(dated ? { deadline: endOfDay(form.getFieldValue('deadline') as Dayjs | undefined) } : {}),
  }));
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
    if (action === 'sign' || action === 'start' || action === 'return') handle.mutate({ taskId: task.id, action, note }, options);
    else verify.mutate({ taskId: task.id, action, note, deadline: dated ? (input as { deadline?: string | null }).deadline : undefined }, options);
  };

  return (
    <Modal
      open
      title={`${t(`tasks.actions.${action}`)} · ${task.serial}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t(`tasks.actions.${action}`)}
      okButtonProps={{ danger: action === 'fail' || action === 'reopen' || action === 'return', 'data-testid': 'confirm-action' } as ButtonProps}
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
            placeholder={reason ? t(`tasks.verify.reasonPlaceholder.${action as 'fail' | 'reopen' | 'return' | 'track' | 'stagePass'}`) : t('tasks.verify.notePlaceholder')}
            data-testid={action === 'fail' ? 'fail-reason' : `${action}-note`}
          />
        </Form.Item>
        {dated && (
          <Form.Item name="deadline" label={t('tasks.verify.nextReport')} required rules={[rule]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid={`${action}-date`} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
