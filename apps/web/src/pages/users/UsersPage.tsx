import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePermissionRoots } from '../../components/use-permission-roots.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AccountsTab } from './AccountsTab.tsx';
import { RolesTab } from './RolesTab.tsx';

/** 账号与角色: accounts (who may sign in, with which roles where) and the roles themselves. */
export default function UsersPage() {
  const { t } = useTranslation();
  // role.list is county-wide: the tab is offered only where role.read covers the county.
  const roleRoots = usePermissionRoots('core.role.read').roots;
  const [params, setParams] = useSearchParams();
  const showRoles = roleRoots.some((u) => u.level === 'county');
  const tab = showRoles && params.get('tab') === 'roles' ? 'roles' : 'accounts';

  return (
    <>
      <PageHeader title={t('users.title')} />
      <Card variant="borderless" styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'roles' ? { tab: 'roles' } : {}, { replace: true })}
          items={[
            { key: 'accounts', label: t('users.tabUsers'), children: <AccountsTab /> },
            ...(showRoles ? [{ key: 'roles', label: t('users.tabRoles'), children: <RolesTab /> }] : []),
          ]}
        />
      </Card>
    </>
  );
}
