import { roleInput, updateRoleInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoleRow } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useInvalidate } from '../../api/use-invalidate.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import type { PermissionGroup } from './permission-groups.ts';
import { PermissionPicker } from './PermissionPicker.tsx';

export type RoleDialog = { mode: 'create' } | { mode: 'edit' | 'copy'; role: RoleRow };

/** New, edited or copied role. Built-in roles are never edited — they are copied. */
export function RoleFormModal({ dialog, groups, onClose }: { dialog: RoleDialog; groups: PermissionGroup[]; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const editing = dialog.mode === 'edit' ? dialog.role : null;
  const source = dialog.mode === 'create' ? null : dialog.role;
  const { form, rule, validate, showError } = useZodForm(editing ? updateRoleInput : roleInput, () => (editing ? { roleId: editing.id } : {}));
  const create = useMutation(trpc.role.create.mutationOptions());
  const update = useMutation(trpc.role.update.mutationOptions());

  const submit = async () => {
    const permissions: string[] = form.getFieldValue('permissions') ?? [];
    if (permissions.length === 0) {
      form.setFields([{ name: 'permissions', errors: [t('roles.permissionsRequired')] }]);
      return;
    }
    const input = await validate({ description: form.getFieldValue('description') || undefined });
    if (!input) return;
    const done = async (saved: { name: string }) => {
      message.success(t(editing ? 'roles.updated' : 'roles.created', { name: saved.name }));
      await invalidate.roles();
      onClose();
    };
    if (editing) update.mutate({ ...input, roleId: editing.id }, { onSuccess: done, onError: showError });
    else create.mutate(input, { onSuccess: done, onError: showError });
  };

  const title =
    dialog.mode === 'create' ? t('roles.createTitle') : dialog.mode === 'edit' ? t('roles.editTitle', { name: dialog.role.name }) : t('roles.copyTitle', { name: dialog.role.name });

  return (
    <Modal open width={760} title={title} onCancel={onClose} onOk={() => void submit()} okText={t('common.save')} confirmLoading={create.isPending || update.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          name: source ? (editing ? source.name : `${source.name}${t('roles.copySuffix')}`) : '',
          nameEn: source ? (editing ? source.nameEn : `${source.nameEn} (copy)`) : '',
          description: source?.description ?? '',
          permissions: source?.permissions ?? [],
        }}
      >
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
          <Form.Item name="name" label={t('roles.name')} required rules={[rule]}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="nameEn" label={t('roles.nameEn')} required rules={[rule]}>
            <Input maxLength={60} />
          </Form.Item>
        </div>
        <Form.Item name="description" label={t('roles.description')} rules={[rule]}>
          <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Alert type="info" showIcon title={t('roles.accessHint')} style={{ marginBottom: 12 }} />
        <Form.Item name="permissions" label={t('roles.permissions')} required>
          <PermissionPicker groups={groups} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
