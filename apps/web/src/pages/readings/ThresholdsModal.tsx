import { updateStationInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { useFormError } from './FormError.tsx';
import { SettingsFields, settingsOf } from './SettingsFields.tsx';
import type { StationSeries } from './types.ts';

/** 警戒值与统计时段 of a station (a changed threshold applies to readings from now on). */
export function ThresholdsModal({ station, onClose, onSaved }: { station: StationSeries['station']; onClose: () => void; onSaved: () => unknown }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const { form, rule, validate } = useZodForm(updateStationInput, (): object => ({ stationId: station.id, ...settingsOf((n) => form.getFieldValue(n)) }));
  const formError = useFormError(form);
  const save = useMutation(trpc.reading.updateStation.mutationOptions());
  const submit = async () => {
    formError.clear();
    const input = await validate();
    if (!input) return;
    save.mutate(input, { onSuccess: async () => { message.success(t('readings.thresholds.saved')); await onSaved(); onClose(); }, onError: formError.show });
  };
  return (
    <Modal open width={560} title={t('readings.thresholds.title')} onCancel={onClose} onOk={() => void submit()} confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'thresholds-submit' } as ButtonProps} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}
        initialValues={{ threshold: station.threshold, alertAction: station.alertAction, alertLevel: station.alertLevel, seasonStart: station.seasonStart ?? '', seasonEnd: station.seasonEnd ?? '' }}>
        <SettingsFields rule={rule} measureUnit={station.unit} />
        {formError.alert}
      </Form>
    </Modal>
  );
}
