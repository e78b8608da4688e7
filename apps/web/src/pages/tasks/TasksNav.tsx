import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

const sections = [
  { path: '/tasks', labelKey: 'nav.tasks' },
  { path: '/tasks/dashboard', labelKey: 'nav.taskDashboard' },
  { path: '/tasks/leader', labelKey: 'nav.leaderView' },
  { path: '/tasks/bulletin', labelKey: 'nav.bulletin' },
  { path: '/tasks/post-checks', labelKey: 'nav.postChecks' },
] as const;

/**
 * The task screens share one side-menu entry (督办事项); this switches between them, so the
 * menu stays short while each screen keeps its own address.
 */
export function TasksNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current = sections.find((s) => s.path === pathname)?.path ?? '/tasks';
  return (
    <Segmented
      data-testid="tasks-nav"
      className="tasks-nav"
      value={current}
      onChange={(path) => void navigate(path)}
      options={sections.map((s) => ({ value: s.path, label: t(s.labelKey) }))}
    />
  );
}
