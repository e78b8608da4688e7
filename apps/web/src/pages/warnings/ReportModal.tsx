import { warningReportInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import type { MineRow } from './MyWarningsPage.tsx';

type Kind = 'rain' | 'waterLevel' | 'hazard' | 'other';

const readBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** 回报情况: what the recipient sees (rain, water level, a hazard), a reading and a photo. */
export function ReportModal({ recipient, onClose, onDone }: { recipient: MineRow; onClose: () => void; onDone: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [photo, setPhoto] = useState<{ contentType: string; base64: string } | null>(null);
  const { form, rule, validate, showError } = useZodForm(warningReportInput, () => ({ recipientId: recipient.id, photo }));
  const kind = (Form.useWatch('kind', form) as Kind | undefined) ?? 'waterLevel';
  const report = useMutation(trpc.warning.report.mutationOptions());
  const submit = async () => {
    const input = await validate();
    if (!input) return;
    report.mutate(input, {
      onSuccess: async () => { message.success(t('warnings.ack.reported')); await onDone(); onClose(); },
      onError: showError,
    });
  };
  return (
    <Modal open title={`${t('warnings.report.title')} · ${recipient.warning.title}`} onCancel={onClose} onOk={() => void submit()} okText={t('warnings.report.submit')} confirmLoading={report.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ kind: 'waterLevel' }}>
        <Form.Item name="kind" label={t('warnings.report.kind')} required rules={[rule]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={(['rain', 'waterLevel', 'hazard', 'other'] as const).map((k) => ({ value: k, label: t(`warnings.report.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="value" label={t(`warnings.report.valueHint.${kind}`)} rules={[rule]}>
          <InputNumber style={{ width: '100%' }} inputMode="decimal" />
        </Form.Item>
        <Form.Item name="text" label={t('warnings.report.text')} required rules={[rule]}>
          <Input.TextArea rows={3} maxLength={500} placeholder={t('warnings.report.textPlaceholder')} data-testid="report-text" />
        </Form.Item>
        <Form.Item label={t('warnings.report.photo')}>
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp"
            capture="environment"
            aria-label={t('warnings.report.addPhoto')}
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return setPhoto(null);
              try { setPhoto({ contentType: file.type, base64: await readBase64(file) }); } catch { message.error(t('common.loadFailed')); }
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
