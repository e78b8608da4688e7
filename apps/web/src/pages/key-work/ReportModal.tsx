import { reportProgressInput } from '@duban/api/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { fmt, type KeyWorkDetail } from './types.ts';

/** 报送进展: for one target (its cumulative actual) or a note on the work as a whole. */
export function ReportModal({ keyWork, onClose }: { keyWork: KeyWorkDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { form, rule, validate, showError } = useZodForm(reportProgressInput, () => ({ keyWorkId: keyWork.id }));
  const report = useMutation(trpc.keyWork.report.mutationOptions());
  const targetId = Form.useWatch('targetId', form) as string | undefined;
  const target = keyWork.targets.find((x) => x.id === targetId);

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    report.mutate(input, {
      onSuccess: async () => {
        message.success(t('keyWork.report.done'));
        await queryClient.invalidateQueries({ queryKey: trpc.keyWork.pathKey() });
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal
      open
      title={t('keyWork.report.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('keyWork.report.submit')}
      okButtonProps={{ 'data-testid': 'kw-report-submit' } as ButtonProps}
      confirmLoading={report.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ targetId: keyWork.targets[0]?.id }} data-testid="kw-report-form">
        <Form.Item name="targetId" label={t('keyWork.report.target')} rules={[rule]}>
          <Select
            allowClear
            placeholder={t('keyWork.report.noTarget')}
            options={keyWork.targets.map((x) => ({ value: x.id, label: `${x.metric}（${fmt(x.targetValue)} ${x.unit}）` }))}
            data-testid="kw-report-target"
          />
        </Form.Item>
        {targetId && target?.aggregation === 'ratio' && (
          <Space.Compact block>
            <Form.Item name="value" label={t('keyWork.report.numerator')} rules={[rule]} style={{ flex: 1 }}>
              <InputNumber min={0} style={{ width: '100%' }} data-testid="kw-report-value" />
            </Form.Item>
            <Form.Item name="denominator" label={t('keyWork.fields.denominator')} rules={[rule]} style={{ flex: 1 }} extra={t('keyWork.report.denominatorHint')}>
              <InputNumber min={0} style={{ width: '100%' }} data-testid="kw-report-denominator" />
            </Form.Item>
          </Space.Compact>
        )}
        {targetId && target?.aggregation !== 'ratio' && (
          <Form.Item
            name="value"
            label={t('keyWork.report.value')}
            rules={[rule]}
            extra={target ? t(target.aggregation === 'sum' ? 'keyWork.report.valueHint' : 'keyWork.report.rateHint', { actual: fmt(target.actual), unit: target.unit }) : undefined}
          >
            <InputNumber min={0} style={{ width: '100%' }} addonAfter={target?.unit} data-testid="kw-report-value" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('keyWork.report.note')} required rules={[rule]}>
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="kw-report-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
