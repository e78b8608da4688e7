import { assignRoleInput } from '@duban/api/schemas';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Form, Modal, Select } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useInvalidate } from '../../api/use-invalidate.ts';
import { useCanAt } from '../../app/session.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';

/**
 * 分配角色: a role is held at a unit. The capture (管理) unit is where the user may write; the
 * view (查看) unit, by default the same, is where they may read — never the whole county by default.
 */
export function AssignRoleModal({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const canAt = useCanAt();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const { form, rule, validate, showError } = useZodForm(assignRoleInput, () => ({ userId: user.id }));
  const assign = useMutation(trpc.user.assignRole.mutationOptions());
  const roles = useQuery(trpc.role.list.queryOptions());
  const assignable = useCallback((u: { path: string }) => canAt('core.user.assignRole', u), [canAt]);
  const roleName = (id: string) => {
    const role = roles.data?.find((r) => r.id === id);
    return role ? (i18n.language === 'en' ? role.nameEn : role.name) : '';
  };

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    assign.mutate(input, {
      onSuccess: async () => {
        message.success(t('users.assigned', { name: user.person.name, role: roleName(input.roleId) }));
        await invalidate.users();
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal open title={t('users.assignTitle', { name: user.person.name })} onCancel={onClose} onOk={() => void submit()} okText={t('common.ok')} confirmLoading={assign.isPending} destroyOnHidden width={560}>
      {roles.error && <QueryError error={roles.error} />}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ captureUnitId: user.person.orgUnit.id, viewUnitId: user.person.orgUnit.id }}
        onValuesChange={(changed) => {
          // The view scope follows the capture scope until the admin sets it on purpose.
          if ('captureUnitId' in changed && !form.isFieldTouched('viewUnitId')) form.setFieldValue('viewUnitId', changed.captureUnitId);
        }}
        onFinish={() => void submit()}
      >
        <Form.Item name="roleId" label={t('users.role')} required rules={[rule]}>
          <Select
            loading={roles.isPending}
            options={(roles.data ?? []).map((r) => ({
              value: r.id,
              label: i18n.language === 'en' ? r.nameEn : r.name,
              title: r.description ?? undefined,
            }))}
          />
        </Form.Item>
        <Form.Item name="captureUnitId" label={t('users.captureUnit')} extra={t('users.captureHint')} required rules={[rule]}>
          <OrgUnitTreeSelect selectable={assignable} />
        </Form.Item>
        <Form.Item name="viewUnitId" label={t('users.viewUnit')} extra={t('users.viewHint')} rules={[rule]}>
          <OrgUnitTreeSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
