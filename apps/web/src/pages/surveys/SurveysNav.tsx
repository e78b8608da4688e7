import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCan } from '../../app/session.ts';

const sections = [
  { path: '/surveys', key: 'list', permission: 'core.survey.read' },
  { path: '/surveys/fill', key: 'fill', permission: 'core.survey.fill' },
  { path: '/surveys/quotas', key: 'quotas', permission: 'core.survey.read' },
  { path: '/surveys/callbacks', key: 'callbacks', permission: 'core.survey.read' },
  { path: '/surveys/flags', key: 'flags', permission: 'core.survey.read' },
  { path: '/surveys/forms', key: 'forms', permission: 'core.survey.read' },
] as const;

/** The survey screens share one menu entry (入户调查); this switches between them. */
export function SurveysNav() {
  const { t } = useTranslation();
  const can = useCan();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const visible = sections.filter((s) => can(s.permission));
  const current = visible.find((s) => s.path === pathname)?.path ?? '/surveys';
  return (
    <Segmented
      data-testid="surveys-nav"
      className="surveys-nav"
      value={current}
      onChange={(path) => void navigate(path)}
      options={visible.map((s) => ({ value: s.path, label: t(`surveys.nav.${s.key}`) }))}
    />
  );
}
