import { enterReadingInput, parseReadingTime } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { useFormError } from './FormError.tsx';
import { countyTime } from './types.ts';

/** The county's wall clock now, as the picker shows it. */
const countyNow = (timeZone: string) => dayjs(countyTime(new Date().toISOString(), timeZone));

/**
 * 录入数据: time and value. The picker's time is county time (as in the table, the chart and the
 * CSV), read with the CSV's own local-time rule. One submission id per filled form, so a double click or a retry after a
 * lost answer stores the reading once; a new id after success.
 */
export function EnterReadingForm({ stationId, unit, timeZone, onEntered }: { stationId: string; unit: string; timeZone: string; onEntered: () => unknown }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const submission = useRef(crypto.randomUUID());
  const atOf = (d: Dayjs | undefined | null) => (d ? parseReadingTime(d.format('YYYY-MM-DD HH:mm'), timeZone)?.toISOString() : undefined);
  const { form, rule, validate } = useZodForm(enterReadingInput, (): object => ({
    stationId, idempotencyKey: submission.current, measuredAt: atOf(form.getFieldValue('measuredAt') as Dayjs | undefined),
  }));
  const formError = useFormError(form);
  const enter = useMutation(trpc.reading.enter.mutationOptions());

  const submit = async () => {
    formError.clear();
    const input = await validate();
    if (!input) return;
    enter.mutate(input, {
      onSuccess: async (r) => {
        message[r.alerts.length ? 'warning' : 'success'](t(r.stored === 0 ? 'readings.enter.duplicate' : r.alerts.length ? 'readings.enter.alerted' : 'readings.enter.done'));
        submission.current = crypto.randomUUID();
        form.setFieldsValue({ value: null, measuredAt: countyNow(timeZone) });
        await onEntered();
      },
      onError: formError.show,
    });
  };

  return (
    <Form form={form} layout="vertical" initialValues={{ measuredAt: countyNow(timeZone) }} onFinish={() => void submit()} data-testid="enter-reading">
      <div className="rdg-form-row">
        <Form.Item name="measuredAt" label={t('readings.fields.measuredAt')} required rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(countyNow(timeZone).endOf('day'))} data-testid="reading-at" />
        </Form.Item>
        <Form.Item name="value" label={t('readings.fields.value')} required rules={[rule]}>
          <InputNumber style={{ width: '100%' }} suffix={unit} data-testid="reading-value" />
        </Form.Item>
      </div>
      {formError.alert}
      <Button type="primary" htmlType="submit" loading={enter.isPending} data-testid="reading-submit">{t('readings.enter.submit')}</Button>
    </Form>
  );
}
