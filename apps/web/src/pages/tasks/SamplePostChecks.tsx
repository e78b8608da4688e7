import { samplePostCheckInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useCanAt, useMe } from '../../app/session.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { useTaskInvalidate } from './use-task-invalidate.ts';

type Period = [Dayjs, Dayjs] | null | undefined;

/** 抽查: draws a share of a unit's items closed in a period for re-inspection (random, unannounced). */
export function SamplePostChecks() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const canAt = useCanAt();
  const invalidate = useTaskInvalidate();
  const { form, rule, validate, showError } = useZodForm(samplePostCheckInput, () => {
    const period = form.getFieldValue('period') as Period;
    return { from: period?.[0].startOf('day').toISOString(), to: period?.[1].endOf('day').toISOString() };
  });
  const sample = useMutation(trpc.supervision.samplePostChecks.mutationOptions());
  const canVerifyAt = useCallback((u: OrgUnit) => canAt('core.task.verify', u), [canAt]);

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    sample.mutate(input, { onSuccess: () => void invalidate(), onError: showError });
  };

  return (
    <Card title={t('tasks.postChecks.sample')} variant="borderless" style={{ marginBottom: 16 }} data-testid="sample-form">
      <Form
        form={form}
        layout="inline"
        initialValues={{ orgUnitId: me.scopes['core.task.verify']?.[0]?.id, sharePercent: 10, period: [dayjs().subtract(3, 'month'), dayjs()] }}
        onFinish={() => void submit()}
        style={{ rowGap: 12 }}
      >
        <Form.Item name="orgUnitId" label={t('tasks.postChecks.unit')} required rules={[rule]}>
          <OrgUnitTreeSelect selectable={canVerifyAt} prune={(u) => u.level === 'group'} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="sharePercent" label={t('tasks.postChecks.share')} required rules={[rule]}>
          <InputNumber min={1} max={100} suffix="%" style={{ width: 110 }} />
        </Form.Item>
        <Form.Item name="period" label={t('tasks.postChecks.period')} required rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker.RangePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={sample.isPending} data-testid="sample-submit">{t('tasks.postChecks.draw')}</Button>
        </Form.Item>
      </Form>
      {sample.data && (
        <Alert
          style={{ marginTop: 16 }}
          type={sample.data.drawn ? 'success' : 'info'}
          showIcon
          title={t('tasks.postChecks.drawn', { eligible: sample.data.eligible, drawn: sample.data.drawn })}
        />
      )}
    </Card>
  );
}
