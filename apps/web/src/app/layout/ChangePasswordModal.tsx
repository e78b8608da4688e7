import { changePasswordInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage, zodIssuesOf } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';

/**
 * The user's own password. Other sessions of the account end; this one stays signed in. `forced`:
 * the initial password must be replaced first, so the modal cannot be dismissed, only completed.
 */
export function ChangePasswordModal({ open, onClose, forced }: { open: boolean; onClose: () => void; forced?: { onLogout: () => void } }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const { form, rule, validate, showError } = useZodForm(changePasswordInput);
  const change = useMutation(trpc.auth.changePassword.mutationOptions());

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    change.mutate(input, {
      onSuccess: () => {
        message.success(t('password.changed'));
        onClose();
      },
      onError: (error) => {
        // The one plain BAD_REQUEST here is a wrong current password: say so at that field.
        if (errorCode(error) === 'BAD_REQUEST' && zodIssuesOf(error).length === 0) {
          form.setFields([{ name: 'currentPassword', errors: [errorMessage(error, t)] }]);
        } else showError(error);
      },
    });
  };

  return (
    <Modal
      open={open}
      title={forced ? t('password.forcedTitle') : t('password.title')}
      onCancel={forced ? undefined : onClose}
      closable={!forced}
      maskClosable={!forced}
      keyboard={!forced}
      // Forced: the way out is signing out, not cancelling.
      cancelText={forced ? t('layout.logout') : undefined}
      cancelButtonProps={forced ? { onClick: forced.onLogout } : undefined}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      {forced && <Typography.Paragraph type="secondary">{t('password.forcedIntro')}</Typography.Paragraph>}
      <Form form={form} layout="vertical" preserve={false} onFinish={() => void submit()}>
        <Form.Item name="currentPassword" label={t('password.current')} required rules={[rule]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('password.next')} required rules={[rule]} extra={t('password.rule')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          required
          dependencies={['newPassword']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_rule, value) => {
                if (!value) throw new Error(t('form.required'));
                if (value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
