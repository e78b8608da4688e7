import { createPersonInput, updatePersonInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { PersonRow } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useInvalidate } from '../../api/use-invalidate.ts';
import { useCanAt } from '../../app/session.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';

interface Props {
  /** null: a new person; else the person being edited. */
  person: PersonRow | null;
  /** The unit a new person starts in (the list's current filter). */
  defaultUnitId?: string;
  onClose: () => void;
}

/** 新增/编辑人员: name, phone, position and unit, validated with the API's own schemas. */
export function PersonFormModal({ person, defaultUnitId, onClose }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const canAt = useCanAt();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const schema = person ? updatePersonInput : createPersonInput;
  const { form, rule, validate, showError } = useZodForm(schema, () => (person ? { personId: person.id } : {}));
  const create = useMutation(trpc.person.create.mutationOptions());
  const update = useMutation(trpc.person.update.mutationOptions());
  const permission = person ? 'core.person.update' : 'core.person.create';
  const selectable = useCallback((u: { path: string }) => canAt(permission, u), [canAt, permission]);

  const submit = async () => {
    const done = async (saved: { name: string }) => {
      message.success(t(person ? 'people.updated' : 'people.created', { name: saved.name }));
      await invalidate.people();
      onClose();
    };
    const input = await validate();
    if (!input) return;
    if (person) update.mutate({ ...input, personId: person.id }, { onSuccess: done, onError: showError });
    // Validated with createPersonInput (schema follows the mode), so orgUnitId is present.
    else create.mutate(input as z.output<typeof createPersonInput>, { onSuccess: done, onError: showError });
  };

  return (
    <Modal
      open
      title={t(person ? 'people.editTitle' : 'people.createTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          person
            ? { name: person.name, phone: person.phone ?? '', position: person.position ?? '', orgUnitId: person.orgUnit.id }
            : { orgUnitId: defaultUnitId }
        }
        onFinish={() => void submit()}
      >
        <Form.Item name="name" label={t('people.name')} required rules={[rule]}>
          <Input maxLength={30} autoFocus />
        </Form.Item>
        <Form.Item name="phone" label={t('people.phone')} rules={[rule]}>
          <Input placeholder={t('people.phonePlaceholder')} maxLength={20} className="mono" />
        </Form.Item>
        <Form.Item name="position" label={t('people.position')} rules={[rule]}>
          <Input placeholder={t('people.positionPlaceholder')} maxLength={40} />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t('people.unit')} required rules={[rule]}>
          <OrgUnitTreeSelect selectable={selectable} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
