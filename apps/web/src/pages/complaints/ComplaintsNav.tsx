import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

const sections = [
  { path: '/complaints', labelKey: 'complaints.nav.list' },
  { path: '/complaints/board', labelKey: 'complaints.nav.board' },
] as const;

/** 投诉台账 | 投诉看板: one side-menu entry, two screens with their own addresses. */
export function ComplaintsNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current = sections.find((s) => s.path === pathname)?.path ?? '/complaints';
  return (
    <Segmented
      data-testid="complaints-nav"
      value={current}
      onChange={(path) => void navigate(path)}
      options={sections.map((s) => ({ value: s.path, label: t(s.labelKey) }))}
      style={{ marginBottom: 12 }}
    />
  );
}
