import { countersignInput, decideExtensionInput, instructTaskInput, requestCountersignInput, requestExtensionInput, transferTaskInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { formatDate } from './deadline.tsx';
import { OrgUnitMultiSelect } from './OrgUnitMultiSelect.tsx';
import type { TaskDetail } from './types.ts';
import { useTaskInvalidate } from './use-task-invalidate.ts';

/** Item operations beside the lifecycle steps (item-operations.router.ts), each in one dialog. */
export type ItemOperation = 'requestExtension' | 'decideExtension' | 'transfer' | 'requestCountersign' | 'countersign' | 'instruct';

const schemas = {
  requestExtension: requestExtensionInput,
  decideExtension: decideExtensionInput,
  transfer: transferTaskInput,
  requestCountersign: requestCountersignInput,
  countersign: countersignInput,
  instruct: instructTaskInput,
} as const;

/** Items go to townships, villages or departments (not the county, not a 组). */
const takesItems = (u: OrgUnit) => u.level === 'township' || u.level === 'village' || u.level === 'department';

export function ItemOperationModal({ task, operation, onClose }: { task: TaskDetail; operation: ItemOperation; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useTaskInvalidate();
  const pending = task.pendingExtension;
  const countersignId = task.operations.countersignIds[0];
  // Values that are not plain fields: the ids, and the date picker's day as an instant.
  const { form, rule, validate, showError } = useZodForm(schemas[operation], (): object => ({
    taskId: task.id,
    ...(operation === 'requestExtension' ? { deadline: (form.getFieldValue('deadline') as Dayjs | undefined)?.endOf('day').toISOString() } : {}),
    ...(operation === 'countersign' ? { countersignId } : {}),
  }));
  const options = {
    onSuccess: async () => {
      message.success(t('tasks.actionDone', { action: t(`tasks.operations.${operation}`) }));
      await invalidate();
      onClose();
    },
    onError: showError,
  };
  const requestExtension = useMutation(trpc.task.requestExtension.mutationOptions(options));
  const decideExtension = useMutation(trpc.task.decideExtension.mutationOptions(options));
  const transfer = useMutation(trpc.task.transfer.mutationOptions(options));
  const requestCountersign = useMutation(trpc.task.requestCountersign.mutationOptions(options));
  const countersign = useMutation(trpc.task.countersign.mutationOptions(options));
  const instruct = useMutation(trpc.task.instruct.mutationOptions(options));
  const busy = [requestExtension, decideExtension, transfer, requestCountersign, countersign, instruct].some((m) => m.isPending);
  const canTake = useCallback((u: OrgUnit) => takesItems(u), []);

  const submit = async () => {
    const input = (await validate()) as never;
    if (!input) return;
    ({ requestExtension, decideExtension, transfer, requestCountersign, countersign, instruct })[operation].mutate(input);
  };

  const noteField = (required: boolean, label: string, testId: string) => (
    <Form.Item name={operation === 'instruct' ? 'text' : operation === 'requestExtension' ? 'reason' : 'note'} label={label} required={required} rules={[rule]}>
      <Input.TextArea rows={4} maxLength={1000} showCount data-testid={testId} placeholder={t(`tasks.operationHints.${operation}`)} />
    </Form.Item>
  );

  return (
    <Modal
      open
      title={`${t(`tasks.operations.${operation}`)} · ${task.serial}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t(`tasks.operations.${operation}`)}
      okButtonProps={{ 'data-testid': 'confirm-action' } as ButtonProps}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ approve: true, agreed: true }}>
        {operation === 'requestExtension' && (
          <>
            <p className="muted">{t('tasks.extension.current', { date: formatDate(task.deadline) })}</p>
            <Form.Item name="deadline" label={t('tasks.extension.newDeadline')} required rules={[rule]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => !d.isAfter(dayjs(task.deadline), 'day')} data-testid="extension-date" />
            </Form.Item>
            {noteField(true, t('tasks.extension.reason'), 'extension-reason')}
          </>
        )}
        {operation === 'decideExtension' && pending && (
          <>
            <Alert
              type="info"
              showIcon
              className="task-pending-extension"
              title={t('tasks.extension.pending', { from: formatDate(pending.previousDeadline), to: formatDate(pending.requestedDeadline) })}
              description={pending.reason}
            />
            <Form.Item name="approve" label={t('tasks.extension.decision')} required>
              <Radio.Group
                options={[{ value: true, label: t('tasks.extension.approve') }, { value: false, label: t('tasks.extension.reject') }]}
                data-testid="extension-decision"
              />
            </Form.Item>
            {noteField(false, t('tasks.verify.note'), 'extension-note')}
          </>
        )}
        {operation === 'transfer' && (
          <>
            <p className="muted">{t('tasks.transfer.hint')}</p>
            <Form.Item name="unitIds" label={t('tasks.transfer.units')} required rules={[rule]}>
              <OrgUnitMultiSelect selectable={canTake} placeholder={t('tasks.transfer.placeholder')} data-testid="transfer-units" />
            </Form.Item>
            {noteField(false, t('tasks.verify.note'), 'transfer-note')}
          </>
        )}
        {operation === 'requestCountersign' && (
          <>
            <p className="muted">{t('tasks.countersign.requestHint', { units: task.assisting.map((a) => a.orgUnit.name).join('、') })}</p>
            {noteField(false, t('tasks.verify.note'), 'countersign-request-note')}
          </>
        )}
        {operation === 'countersign' && (
          <>
            <Form.Item name="agreed" label={t('tasks.countersign.opinion')} required>
              <Radio.Group options={[{ value: true, label: t('tasks.countersign.agreed') }, { value: false, label: t('tasks.countersign.disagreed') }]} />
            </Form.Item>
            {noteField(false, t('tasks.verify.note'), 'countersign-note')}
          </>
        )}
        {operation === 'instruct' && noteField(true, t('tasks.instruct.text'), 'instruct-text')}
      </Form>
    </Modal>
  );
}
