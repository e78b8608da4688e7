import { PluginWidgets } from '../../plugins/PluginWidgets.tsx';
import { Card, Col, Empty, Row, Tag } from 'antd';
import dayjs from 'dayjs';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconArrowRight } from '../../app/icons.tsx';
import { navigationSnapshot, navLabel, subscribeNavigation, visibleNavigation } from '../../app/navigation.ts';
import { useMe } from '../../app/session.ts';
import { LogoMark } from '../../components/LogoMark.tsx';
import './dashboard.css';
import { greetingKey } from './greeting.ts';
import { ScopeStats } from './ScopeStats.tsx';
import { AssessorHome } from './AssessorHome.tsx';
import { CountyHome } from './CountyHome.tsx';
import { OfficeHome } from './OfficeHome.tsx';
import { ResponsibleHome } from './ResponsibleHome.tsx';
import { WarningsHome } from './WarningsHome.tsx';
import { MyWorkHome } from './MyWorkHome.tsx';
import { useCan } from '../../app/session.ts';
import { usePermissionRoots } from '../../components/use-permission-roots.ts';

/**
 * 工作台, work first: each part the user's permissions call for (the township's items, the 督查室's
 * supervision, an assessor's cells to score, the county view), then modules, then where to go.
 */
export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const can = useCan();
  const countyReader = usePermissionRoots('core.task.read').roots[0]?.level === 'county';
  // The office acts on what it supervises; someone who may also handle (the county admin) sees that view.
  const showResponsible = can('core.task.handle') && !can('core.task.verify');
  const en = i18n.language === 'en';
  const links = visibleNavigation(useSyncExternalStore(subscribeNavigation, navigationSnapshot), me.permissions).filter((e) => e.path !== '/');

  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card variant="borderless">
          <div className="dash-hello">
            <LogoMark large />
            <div>
              <h2>{t(greetingKey(new Date()), { name: me.name })}</h2>
              <p>{t('dashboard.intro2', { date: dayjs().format(en ? 'dddd, D MMMM YYYY' : 'YYYY年M月D日 dddd')})}</p>
            </div>
          </div>
        </Card>
      </Col>

      <Col span={24}><MyWorkHome /></Col>
      {can('core.warning.acknowledge') && <Col span={24}><WarningsHome /></Col>}
      {showResponsible && <Col span={24}><ResponsibleHome /></Col>}
      {can('core.task.verify') && <OfficeHome />}
      {can('core.assessment.score') && <Col span={24}><AssessorHome /></Col>}
      {countyReader && <CountyHome />}

      <PluginWidgets />

      <Col xs={24} lg={14}>
        <Card title={t('dashboard.roles')} variant="borderless" style={{ height: '100%' }}>
          {me.roles.length === 0 ? (
            <Empty description={t('dashboard.noRoles')} />
          ) : (
            <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
              {me.roles.map((role, i) => (
                <div className="dash-role" key={`${role.key ?? role.name}-${i}`}>
                  <span className="dash-role-name">
                    {en ? role.nameEn : role.name}
                  </span>
                  <span className="dash-role-scope">
                    <span>
                      <Tag color="blue">{t('dashboard.capture')}</Tag>
                      {role.captureUnit?.name ?? t('common.unknown')}
                    </span>
                    <span>
                      <Tag>{t('dashboard.view')}</Tag>
                      {role.viewUnit?.name ?? t('common.unknown')}
                    </span>
                  </span>
                </div>
              ))}
              <span className="muted" style={{ fontSize: 12.5 }}>{t('dashboard.scopeHint')}</span>
            </div>
          )}
        </Card>
      </Col>

      <Col xs={24} lg={10}>
        <Card title={t('dashboard.quickLinks')} variant="borderless" style={{ height: '100%' }}>
          <Row gutter={[12, 12]}>
            {links.map((entry) => (
              <Col span={12} key={entry.key}>
                <Link to={entry.path} className="dash-link">
                  <span className="dash-link-icon">{entry.icon && <entry.icon />}</span>
                  <span className="dash-link-label">{navLabel(entry, t, i18n.language)}</span>
                  <IconArrowRight className="duban-icon muted" />
                </Link>
              </Col>
            ))}
          </Row>
        </Card>
      </Col>

      <Col span={24}>
        <ScopeStats />
      </Col>
    </Row>
  );
}
