import { Button, Layout, Skeleton, Tooltip } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { LogoMark } from '../../components/LogoMark.tsx';
import { IconCounty, IconMenuFold, IconMenuUnfold } from '../icons.tsx';
import { useMe } from '../session.ts';
import { InboxBell } from './InboxBell.tsx';
import { SideMenu } from './SideMenu.tsx';
import { UserMenu } from './UserMenu.tsx';

const COLLAPSED_KEY = 'duban.siderCollapsed';

/** The signed-in frame: brand and menu on the left, county and user on top, the page below. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSED_KEY) === '1');
  const toggle = () => {
    localStorage.setItem(COLLAPSED_KEY, collapsed ? '0' : '1');
    setCollapsed(!collapsed);
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={216} collapsedWidth={64} collapsed={collapsed} trigger={null} style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}>
        <div className="app-brand">
          <LogoMark />
          {!collapsed && (
            <div className="app-brand-text">
              <strong>{t('app.name')}</strong>
              <span>{t('app.fullName')}</span>
            </div>
          )}
        </div>
        <SideMenu />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Tooltip title={collapsed ? t('layout.expand') : t('layout.collapse')}>
            <Button type="text" aria-label={collapsed ? t('layout.expand') : t('layout.collapse')} onClick={toggle} icon={collapsed ? <IconMenuUnfold /> : <IconMenuFold />} />
          </Tooltip>
          <span className="app-header-county">
            <IconCounty style={{ color: '#1f5fbf' }} />
            {me.county?.name}
          </span>
          <span className="app-header-spacer" />
          <InboxBell />
          <LanguageSwitch size="small" />
          <UserMenu />
        </Layout.Header>
        <Layout.Content className="app-content">
          {/* Pages load on first visit; the frame stays put while they do. */}
          <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} style={{ padding: 24, background: '#fff', borderRadius: 8 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
        <Layout.Footer className="app-footer">{t('layout.footer')}</Layout.Footer>
      </Layout>
    </Layout>
  );
}
