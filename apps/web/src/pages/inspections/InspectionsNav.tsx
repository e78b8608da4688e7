import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCan } from '../../app/session.ts';

/**
 * 督查 has one side-menu entry; this switches between its screens (visits, rotation, groups,
 * checklist templates, findings). Planning screens show only to those who may read plans.
 */
export function InspectionsNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const can = useCan();
  const sections = [
    { path: '/inspections', label: t('inspections.nav.visits') },
    { path: '/inspections/findings', label: t('inspections.nav.findings') },
    ...(can('core.inspection.plan') || can('core.inspection.inspect')
      ? [{ path: '/inspections/rotation', label: t('inspections.nav.rotation') }, { path: '/inspections/groups', label: t('inspections.nav.groups') }]
      : []),
    ...(can('core.inspection.templates') ? [{ path: '/inspections/templates', label: t('inspections.nav.templates') }] : []),
  ];
  const current = [...sections].reverse().find((s) => pathname === s.path || pathname.startsWith(`${s.path}/`))?.path ?? '/inspections';
  return (
    <Segmented
      data-testid="inspections-nav"
      value={current}
      onChange={(path) => void navigate(path)}
      // A label click navigates even when its section is already selected (from a plan back to the list).
      options={sections.map((s) => ({ value: s.path, label: <span onClick={() => s.path === current && pathname !== s.path && void navigate(s.path)}>{s.label}</span> }))}
    />
  );
}
