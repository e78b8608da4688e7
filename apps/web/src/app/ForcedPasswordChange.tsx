import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChangePasswordModal } from './layout/ChangePasswordModal.tsx';
import { useLogout } from './layout/use-logout.ts';

/**
 * Shown instead of the app while the account still has a password someone else chose (F15):
 * the server refuses everything but changing it or signing out, so this is all there is to do.
 */
export function ForcedPasswordChange({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <div className="full-center" style={{ minHeight: '100vh', padding: 16 }}>
      <Card style={{ maxWidth: 460, width: '100%' }}>
        <Typography.Title level={4}>{t('password.forcedTitle')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('password.forcedIntro')}</Typography.Paragraph>
        <ChangePasswordModal open forced onClose={onChanged} />
        <Button onClick={() => logout.mutate()} loading={logout.isPending}>{t('layout.logout')}</Button>
      </Card>
    </div>
  );
}
