import { Button, Layout, Skeleton, Tooltip } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { LogoMark } from '../../components/LogoMark.tsx';
import { IconCounty, IconMenuFold, IconMenuUnfold } from '../icons.tsx';
import { useMe } from '../session.ts';
import { InboxBell } from './InboxBell.tsx';
import { SideMenu } from './SideMenu.tsx';
import { UserMenu } from './UserMenu.tsx';

const COLLAPSED_KEY = 'duban.siderCollapsed';
/** antd's md breakpoint: below it the layout is a phone's. */
const NARROW = '(max-width: 767.98px)';

/** The signed-in frame: brand and menu on the left, county and user on top, the page below. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSED_KEY) === '1');
  // Phones (surveys and checklists are filled on one): the menu hides and slides over the page
  // on demand, and closes again on navigation.
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW).matches);
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setMenuOpen(false), [pathname]);
  const siderCollapsed = narrow ? !menuOpen : collapsed;
  const toggle = () => {
    if (narrow) return setMenuOpen(!menuOpen);
    localStorage.setItem(COLLAPSED_KEY, collapsed ? '0' : '1');
    setCollapsed(!collapsed);
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={216}
        collapsedWidth={narrow ? 0 : 64}
        collapsed={siderCollapsed}
        trigger={null}
        breakpoint="md"
        onBreakpoint={(broken) => setNarrow(broken)}
        style={{ position: narrow ? 'fixed' : 'sticky', zIndex: narrow ? 20 : undefined, top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div className="app-brand">
          <LogoMark />
          {!siderCollapsed && (
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
          <Tooltip title={siderCollapsed ? t('layout.expand') : t('layout.collapse')}>
            <Button type="text" aria-label={siderCollapsed ? t('layout.expand') : t('layout.collapse')} onClick={toggle} icon={siderCollapsed ? <IconMenuUnfold /> : <IconMenuFold />} data-testid="menu-toggle" />
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
