import { renameOrgUnitInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useInvalidate } from '../../api/use-invalidate.ts';
import { useCan } from '../../app/session.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { DistrictSelect } from './DistrictSelect.tsx';

/** 重命名/编辑: name, code and (townships only) district. */
export function EditUnitModal({ unit, open, onClose }: { unit: OrgUnit; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const { form, rule, validate, showError } = useZodForm(renameOrgUnitInput, () => ({ id: unit.id }));
  const update = useMutation(trpc.orgUnit.update.mutationOptions());
  const withDistrict = unit.level === 'township' && can('core.district.read');

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    // districtId left out = unchanged (e.g. for users who cannot see districts).
    update.mutate(withDistrict ? input : { ...input, districtId: undefined }, {
      onSuccess: async (after) => {
        message.success(t('orgUnits.edit.done', { name: after.name }));
        await invalidate.orgUnits();
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal
      open={open}
      title={t('orgUnits.edit.title', { name: unit.name })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ name: unit.name, code: unit.code ?? '', districtId: unit.districtId }}
        onFinish={() => void submit()}
      >
        <Form.Item name="name" label={t('orgUnits.create.name')} required rules={[rule]}>
          <Input maxLength={60} autoFocus />
        </Form.Item>
        <Form.Item name="code" label={t('orgUnits.create.code')} rules={[rule]}>
          <Input placeholder={t('orgUnits.create.codePlaceholder')} maxLength={32} className="mono" />
        </Form.Item>
        {withDistrict && (
          <Form.Item name="districtId" label={t('orgUnits.create.district')} rules={[rule]}>
            <DistrictSelect />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
