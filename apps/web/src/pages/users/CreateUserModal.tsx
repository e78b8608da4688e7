import { createUserInput } from '@duban/api/schemas';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useInvalidate } from '../../api/use-invalidate.ts';
import { useCan } from '../../app/session.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { randomPassword } from './random-password.ts';

/**
 * 新建账号: accounts belong to registered people, so the admin first picks a person without one
 * (searched server-side), then a username, an initial password and optionally a first role.
 */
export function CreateUserModal({ unitId, onClose }: { unitId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const { form, rule, validate, showError } = useZodForm(createUserInput);
  const create = useMutation(trpc.user.create.mutationOptions());
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim());

  const people = useQuery(
    trpc.person.list.queryOptions({ orgUnitId: unitId, includeDescendants: true, search: deferredSearch || undefined, page: 1, pageSize: 50 }),
  );
  const roles = useQuery({ ...trpc.role.list.queryOptions(), enabled: can('core.role.read') });
  const candidates = (people.data?.items ?? []).filter((p) => !p.user);

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    create.mutate(input, {
      onSuccess: async (user) => {
        message.success(t('users.created', { name: user.person.name, username: user.username }));
        await invalidate.users();
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal open title={t('users.createTitle')} onCancel={onClose} onOk={() => void submit()} okText={t('common.create')} confirmLoading={create.isPending} destroyOnHidden width={560}>
      <Alert type="info" showIcon title={t('users.personHint')} style={{ marginBottom: 16 }} />
      {roles.error && <QueryError error={roles.error} />}
      <Form form={form} layout="vertical" preserve={false} onFinish={() => void submit()}>
        <Form.Item name="personId" label={t('users.person')} required rules={[rule]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            loading={people.isFetching}
            placeholder={t('users.personPlaceholder')}
            notFoundContent={people.isFetching ? undefined : t('common.empty')}
            options={candidates.map((p) => ({
              value: p.id,
              label: (
                <span>
                  {p.name}
                  <span className="muted" style={{ marginLeft: 8, fontSize: 12 }}>
                    {[p.position, p.orgUnit.name].filter(Boolean).join(' · ')}
                  </span>
                </span>
              ),
            }))}
          />
        </Form.Item>
        <Form.Item name="username" label={t('users.username')} required rules={[rule]}>
          <Input className="mono" maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('users.initialPassword')} required extra={t('password.rule')}>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="password" noStyle rules={[rule]}>
              <Input className="mono" autoComplete="new-password" />
            </Form.Item>
            <Button onClick={() => form.setFieldValue('password', randomPassword())}>{t('users.generate')}</Button>
          </Space.Compact>
        </Form.Item>
        {can('core.role.read') && (
          <Form.Item name="roleId" label={t('users.initialRole')} extra={t('users.initialRoleHint')} rules={[rule]}>
            <Select
              allowClear
              loading={roles.isPending}
              options={(roles.data ?? []).map((r) => ({ value: r.id, label: i18n.language === 'en' ? r.nameEn : r.name }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
