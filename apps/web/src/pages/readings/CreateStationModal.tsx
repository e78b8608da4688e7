import { createStationInput, defaultReadingUnit, readingKinds, type ReadingKind } from '@duban/api/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { usePermissionRoots, withinRoots } from '../../components/use-permission-roots.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { useFormError } from './FormError.tsx';
import { SettingsFields, settingsOf } from './SettingsFields.tsx';

/** 新建站点: where it sits, what it measures, its threshold and season. */
export function CreateStationModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const manage = usePermissionRoots('core.reading.manage').roots;
  const { form, rule, validate } = useZodForm(createStationInput, (): object => ({ ...settingsOf((n) => form.getFieldValue(n)), subjectRef: (form.getFieldValue('subjectRef') as string | undefined)?.trim() || null }));
  const formError = useFormError(form);
  const create = useMutation(trpc.reading.createStation.mutationOptions());
  const unit = Form.useWatch('unit', form) as string | undefined;

  const submit = async () => {
    formError.clear();
    const input = await validate();
    if (!input) return;
    create.mutate(input, {
      onSuccess: async (r) => {
        message.success(t('readings.created'));
        await queryClient.invalidateQueries({ queryKey: trpc.reading.pathKey() });
        onClose();
        void navigate(`/readings/${r.id}`);
      },
      onError: formError.show,
    });
  };

  return (
    <Modal open width={640} title={t('readings.create')} onCancel={onClose} onOk={() => void submit()} okText={t('readings.create')}
      okButtonProps={{ 'data-testid': 'create-station-submit' } as ButtonProps} confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}
        initialValues={{ orgUnitId: manage[0]?.id, kind: 'rain', unit: defaultReadingUnit.rain, alertAction: 'warning', alertLevel: 'yellow' }}
        onValuesChange={(changed: { kind?: ReadingKind }) => { if (changed.kind) form.setFieldValue('unit', defaultReadingUnit[changed.kind]); }}>
        <Form.Item name="name" label={t('readings.fields.name')} required rules={[rule]}>
          <Input maxLength={60} placeholder={t('readings.fields.namePlaceholder')} data-testid="station-name" />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t('readings.fields.unit')} required rules={[rule]}>
          <OrgUnitTreeSelect selectable={(u) => withinRoots(manage, u)} />
        </Form.Item>
        <div className="rdg-form-row">
          <Form.Item name="kind" label={t('readings.fields.kind')} required rules={[rule]}>
            <Select options={readingKinds.map((k) => ({ value: k, label: t(`readings.kinds.${k}`) }))} data-testid="station-kind" />
          </Form.Item>
          <Form.Item name="unit" label={t('readings.fields.measureUnit')} required rules={[rule]}>
            <Input maxLength={20} />
          </Form.Item>
        </div>
        <Form.Item name="subjectRef" label={t('readings.fields.subjectRef')} extra={t('readings.fields.subjectRefHint')} rules={[rule]}>
          <Input maxLength={120} placeholder="flood-control.reservoir:…" />
        </Form.Item>
        <SettingsFields rule={rule} measureUnit={unit} />
        {formError.alert}
      </Form>
    </Modal>
  );
}
