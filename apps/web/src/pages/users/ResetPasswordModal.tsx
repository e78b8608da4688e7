import { resetPasswordInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { randomPassword } from './random-password.ts';

/** 重置密码: ends every session of the account; the admin passes the new password on. */
export function ResetPasswordModal({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const { form, rule, validate, showError } = useZodForm(resetPasswordInput, () => ({ userId: user.id }));
  const reset = useMutation(trpc.user.resetPassword.mutationOptions());

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    reset.mutate(input, {
      onSuccess: () => {
        message.success(t('users.reset', { username: user.username }));
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal open title={t('users.resetTitle', { username: user.username })} onCancel={onClose} onOk={() => void submit()} okText={t('common.ok')} confirmLoading={reset.isPending} destroyOnHidden>
      <Alert type="warning" showIcon title={t('users.resetHint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" preserve={false} onFinish={() => void submit()}>
        <Form.Item label={t('users.newPassword')} required extra={t('password.rule')}>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="newPassword" noStyle rules={[rule]}>
              <Input className="mono" autoComplete="new-password" />
            </Form.Item>
            <Button onClick={() => form.setFieldValue('newPassword', randomPassword())}>{t('users.generate')}</Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Modal>
  );
}
