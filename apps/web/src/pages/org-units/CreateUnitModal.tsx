import { createOrgUnitInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useInvalidate } from '../../api/use-invalidate.ts';
import { useCan } from '../../app/session.ts';
import { childLevels } from '../../components/levels.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { DistrictSelect } from './DistrictSelect.tsx';

interface Props {
  parent: OrgUnit;
  open: boolean;
  onClose: () => void;
  onCreated: (unit: { id: string; name: string }) => void;
}

/** 新建下级: only levels valid under the parent are offered (county → township/department …). */
export function CreateUnitModal({ parent, open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const { form, rule, validate, showError } = useZodForm(createOrgUnitInput, () => ({ parentId: parent.id }));
  const create = useMutation(trpc.orgUnit.create.mutationOptions());
  const levels = childLevels[parent.level];
  const level = Form.useWatch('level', form);

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    // A district only applies to townships (the server refuses it elsewhere).
    create.mutate(input.level === 'township' ? input : { ...input, districtId: null }, {
      onSuccess: async (unit) => {
        message.success(t('orgUnits.create.done', { name: unit.name }));
        await invalidate.orgUnits();
        onCreated(unit);
      },
      onError: showError,
    });
  };

  return (
    <Modal
      open={open}
      title={t('orgUnits.create.title', { parent: parent.name })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.create')}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ level: levels[0] }} onFinish={() => void submit()}>
        <Form.Item name="level" label={t('orgUnits.create.level')} required rules={[rule]}>
          <Select options={levels.map((l) => ({ value: l, label: t(`levels.${l}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('orgUnits.create.name')} required rules={[rule]}>
          <Input placeholder={t('orgUnits.create.namePlaceholder')} maxLength={60} autoFocus />
        </Form.Item>
        <Form.Item name="code" label={t('orgUnits.create.code')} rules={[rule]}>
          <Input placeholder={t('orgUnits.create.codePlaceholder')} maxLength={32} className="mono" />
        </Form.Item>
        {level === 'township' && can('core.district.read') && (
          <Form.Item name="districtId" label={t('orgUnits.create.district')} rules={[rule]}>
            <DistrictSelect />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
