import { Menu } from 'antd';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { navigationSnapshot, navLabel, subscribeNavigation, visibleNavigation } from '../navigation.ts';
import { useMe } from '../session.ts';

/** The main menu: the navigation registry, filtered by the user's permissions. */
export function SideMenu() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = visibleNavigation(useSyncExternalStore(subscribeNavigation, navigationSnapshot), me.permissions);

  // The longest matching path wins, so /org-units/123 highlights 组织机构 and / only the workbench.
  const active = entries
    .filter((e) => (e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];

  return (
    <Menu
      data-testid="main-menu"
      theme="dark"
      mode="inline"
      selectedKeys={active ? [active.key] : []}
      style={{ borderInlineEnd: 'none', paddingTop: 8 }}
      items={entries.map((entry) => ({
        key: entry.key,
        icon: entry.icon ? <entry.icon /> : undefined,
        label: <a href={entry.path} onClick={(e) => { e.preventDefault(); void navigate(entry.path); }}>{navLabel(entry, t, i18n.language)}</a>,
      }))}
    />
  );
}
