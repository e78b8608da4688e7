import { Avatar, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconKey, IconLogout } from '../icons.tsx';
import { useMe } from '../session.ts';
import { ChangePasswordModal } from './ChangePasswordModal.tsx';
import { useLogout } from './use-logout.ts';

/** Who is signed in (name and first role), with change-password and sign-out. */
export function UserMenu() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [changing, setChanging] = useState(false);
  const logout = useLogout();

  const role = me.roles[0];
  const roleName = role ? (i18n.language === 'en' ? role.nameEn : role.name) : '';

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', icon: <IconKey />, label: t('layout.changePassword'), onClick: () => setChanging(true) },
            { type: 'divider' },
            { key: 'logout', icon: <IconLogout />, label: t('layout.logout'), danger: true, onClick: () => logout.mutate() },
          ],
        }}
      >
        <span className="app-user" role="button" tabIndex={0}>
          <Avatar size={30} style={{ background: '#1f5fbf', fontSize: 14 }}>{me.name.slice(-2)}</Avatar>
          <span style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.25 }}>
            <span className="app-user-name" data-testid="current-user">{me.name}</span>
            {roleName && <span className="app-user-role">{roleName}{me.roles.length > 1 ? ` +${me.roles.length - 1}` : ''}</span>}
          </span>
        </span>
      </Dropdown>
      <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
    </>
  );
}
