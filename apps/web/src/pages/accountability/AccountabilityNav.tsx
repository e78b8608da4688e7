import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

const sections = [
  { path: '/accountability', key: 'letters' },
  { path: '/accountability/register', key: 'register' },
] as const;

/** 责任状 and 问责台账 share one menu entry; this switches between them. */
export function AccountabilityNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <Segmented
      className="tasks-nav"
      value={sections.find((s) => s.path === pathname)?.path ?? '/accountability'}
      onChange={(path) => void navigate(path)}
      options={sections.map((s) => ({ value: s.path, label: t(`accountability.nav.${s.key}`) }))}
      data-testid="accountability-nav"
    />
  );
}
