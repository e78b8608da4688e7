import { createRectificationInput } from '@duban/api/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc.ts';
import { useZodForm } from '../../../forms/use-zod-form.ts';
import type { Problem } from '../types.ts';
import { useAssessmentInvalidate } from '../use-assessment-invalidate.ts';

/** 转为整改事项: hands a listed problem over to the unit as a rectification item (督办), with a deadline. */
export function RectificationModal({ problem, onClose }: { problem: Problem; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const invalidate = useAssessmentInvalidate();
  const { form, rule, validate, showError } = useZodForm(createRectificationInput, (): { problemId: string; deadline?: string } => ({
    problemId: problem.id,
    deadline: (form.getFieldValue('deadlineDay') as Dayjs | undefined)?.endOf('day').toISOString(),
  }));
  const create = useMutation(trpc.assessment.createRectification.mutationOptions());

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    create.mutate(input, {
      onSuccess: async (out) => {
        message.success(t('assessments.problems.handedOver', { serial: out.serial }));
        await Promise.all([invalidate(), queryClient.invalidateQueries({ queryKey: trpc.task.pathKey() })]);
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal
      open
      width={620}
      title={`${t('assessments.problems.toRectification')} · ${problem.orgUnit.name}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ 'data-testid': 'rectify-submit' } as ButtonProps}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ title: `${problem.orgUnit.name}:${problem.description}`.slice(0, 100), description: problem.requirement ?? '', deadlineDay: dayjs().add(30, 'day') }}
      >
        <Form.Item name="title" label={t('assessments.problems.taskTitle')} rules={[rule]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('assessments.problems.requirement')} rules={[rule]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="deadlineDay" label={t('assessments.problems.deadline')} required>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="rectify-deadline" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
