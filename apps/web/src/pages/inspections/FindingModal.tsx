import { handOverFindingInput } from '@duban/api/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';

export interface FindingSource {
  visitId: string;
  recordId?: string;
  itemKey?: string;
  /** What the failed item says, shown so the inspector knows what is handed over. */
  itemLabel?: string;
  reason?: string;
}

/**
 * 交办整改 in one step: the finding becomes a 督办事项 for the inspected unit (with the item's
 * photos as evidence) and an unannounced return visit is planned after the deadline.
 */
export function FindingModal({ source, onClose }: { source: FindingSource; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { form, rule, validate, showError } = useZodForm(handOverFindingInput, (): { visitId: string; recordId: string | null; itemKey: string | null; deadline?: string } => ({
    visitId: source.visitId, recordId: source.recordId ?? null, itemKey: source.itemKey ?? null,
    deadline: (form.getFieldValue('deadlineDay') as Dayjs | undefined)?.endOf('day').toISOString(),
  }));
  const handOver = useMutation(trpc.inspection.handOverFinding.mutationOptions());

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    handOver.mutate(input, {
      onSuccess: async (r) => {
        message.success(t('inspections.finding.done', { serial: r.serial }));
        await queryClient.invalidateQueries({ queryKey: trpc.inspection.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.task.pathKey() });
        onClose();
        void navigate(`/tasks/${r.taskId}`);
      },
      onError: showError,
    });
  };

  return (
    <Modal
      open title={t('inspections.finding.title')} onCancel={onClose} onOk={() => void submit()} okText={t('inspections.finding.submit')}
      okButtonProps={{ 'data-testid': 'finding-submit' } as ButtonProps} confirmLoading={handOver.isPending} destroyOnHidden
    >
      {source.itemLabel && (
        <p data-testid="finding-item">
          <strong>{source.itemLabel}</strong>
          {source.reason ? `:${source.reason}` : ''}
        </p>
      )}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ returnWithinDays: 15, deadlineDay: dayjs().add(10, 'day') }}>
        <Form.Item name="title" label={t('inspections.finding.titleLabel')} rules={[rule]} extra={source.itemKey ? t('inspections.finding.titleHint') : undefined} required={!source.itemKey}>
          <Input maxLength={100} data-testid="finding-title" />
        </Form.Item>
        <Form.Item name="description" label={t('inspections.finding.description')} rules={[rule]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="deadlineDay" label={t('inspections.finding.deadline')} required rules={[{ required: true, message: t('inspections.finding.deadlineRequired') }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => !d.isAfter(dayjs(), 'day')} data-testid="finding-deadline" />
        </Form.Item>
        <Form.Item name="returnWithinDays" label={t('inspections.finding.returnWithin')} rules={[rule]} extra={t('inspections.finding.returnHint')}>
          <InputNumber min={1} max={60} addonAfter={t('inspections.finding.days')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
